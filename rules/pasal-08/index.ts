import { plusYears } from '../../src/dates.js';
import { defineArticle, type ObligationContext, type ObligationResult } from '../../src/define.js';
import { cannotJudge, dueInWorkingDays } from '../../src/obligations/index.js';
import { param } from '../../src/parameters.js';
import type { Bilingual, DateString } from '../../src/types.js';
import { teamTermOf } from '../pasal-06/facts.js';
import { startsDeadline } from '../pasal-18/in-force.js';

const AYAT_2 = 'Pasal 8 ayat (2)';

/** Whether a Tim Kerja Desa was in office on `date` (Pasal 6: from its decree for `teamTermYears` years). */
function teamInOffice(ctx: ObligationContext, date: DateString): boolean | undefined {
  const team = ctx.record.team;
  if (team === undefined) return undefined;
  if (team === null) return false;
  const from = team.decree.issuedOn;
  return from <= date && date < plusYears(from, teamTermOf(from, ctx));
}

/**
 * Ayat (2): one obligation per complaint received on or after the effective date (Pasal 18) and by the
 * Tanggal Penilaian, whether or not a Tim Kerja Desa was in office (the ayat binds the village's complaint
 * service): the party is the team in office, or the Kepala Desa when none was. Without `complaints` it cannot
 * be told whether any complaint was received: one `unknown` entry naming the field.
 */
function complaintResponses(ctx: ObligationContext): ObligationResult[] {
  const { complaints } = ctx.record;
  if (complaints === undefined) {
    return [
      cannotJudge(ctx, {
        citation: AYAT_2,
        party: 'Tim Kerja Desa',
        period: null,
        duty: { id: 'menanggapi setiap pengaduan', en: 'must respond to every complaint' },
        missing: ['complaints'],
      }),
    ];
  }
  const out: ObligationResult[] = [];
  for (const c of complaints) {
    if (c.receivedOn > ctx.asOf || !startsDeadline(ctx, c.receivedOn)) continue;
    const inOffice = teamInOffice(ctx, c.receivedOn);
    const note: Bilingual | undefined =
      inOffice === true
        ? undefined
        : inOffice === false
          ? {
              id: 'Tidak ada Tim Kerja Desa yang menjabat ketika pengaduan diterima; Kepala Desa menanggung layanan pengaduan Desa.',
              en: 'No village work team was in office when the complaint was received; the village head answers for the village complaint service.',
            }
          : {
              id: 'Data Tim Kerja Desa tidak ada (team); kewajiban tetap dinilai untuk layanan pengaduan Desa.',
              en: 'The work team data is missing (team); the duty of the village complaint service is judged all the same.',
            };
    out.push(
      dueInWorkingDays(ctx, {
        citation: AYAT_2,
        party: inOffice === true ? 'Tim Kerja Desa' : 'Kepala Desa',
        period: c.receivedOn,
        duty: { id: 'menanggapi pengaduan', en: 'must respond to the complaint' },
        ...(note ? { note } : {}),
        values: { receivedOn: c.receivedOn },
        due: {
          after: c.receivedOn,
          event: { id: 'pengaduan diterima', en: 'receipt of the complaint' },
          param: 'complaintResponseWorkingDays',
        },
        fulfilledOn: c.respondedOn,
      }),
    );
  }
  return out;
}

/** Pasal 8 — duties of the Tim Kerja Desa; complaints answered within 7 working days. */
export const pasal08 = defineArticle({
  article: 8,
  title: { id: 'Tugas Tim Kerja Desa', en: 'Duties of the village work team' },
  fixtures: 'fixtures/pasal-08',
  provisions: [
    {
      citation: 'Pasal 8 ayat (1)',
      text: 'Tim Kerja Desa bertugas: a. melakukan pendataan Calon PMI, PMI, Purna PMI, dan Keluarga PMI; b. melakukan sosialisasi migrasi aman; c. melakukan verifikasi data Calon PMI sebagaimana dimaksud dalam Pasal 9; d. memantau keberangkatan dan kepulangan PMI; e. menyelenggarakan layanan pengaduan; dan f. menyampaikan laporan sebagaimana dimaksud dalam Pasal 10.',
      provenance: 'UU18',
      provenanceNote: 'UU18 Pasal 42 (adapted)',
      declarative: {
        id: 'Mendaftar tugas yang dapat dinilai melalui pasal lain (Pasal 4, Pasal 9, Pasal 10); tidak dinilai tersendiri.',
        en: 'Lists duties that other articles make checkable (Pasal 4, Pasal 9, Pasal 10); not judged on its own.',
      },
    },
    {
      citation: AYAT_2,
      text: 'Pengaduan ditanggapi paling lama {complaintResponseWorkingDays} Hari sejak diterima.',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Ayat (2) adalah kewajiban untuk setiap pengaduan yang diterima pada atau sesudah tanggal berlaku dan paling lambat pada Tanggal Penilaian, dengan tenggat Hari kerja ke-N sesudah diterima (N = complaintResponseWorkingDays) (kalender Pasal 1 angka 12), baik ada maupun tidak ada Tim Kerja Desa yang menjabat ketika pengaduan diterima: ayat ini mengikat layanan pengaduan Desa; pihaknya Tim Kerja Desa, atau Kepala Desa bila tidak ada tim yang menjabat (Pasal 6 ayat (2)). Rekaman tanpa complaints membuat ayat (2) unknown dengan menyebut data itu; complaints: [] berarti tidak ada pengaduan. Periode kewajiban adalah tanggal pengaduan diterima.',
    en: 'Ayat (2) is an obligation for each complaint received on or after the effective date and on or before the assessment date, due on the N-th working day after receipt (N = complaintResponseWorkingDays) (calendar of Pasal 1 angka 12), whether or not a Tim Kerja Desa was in office when it was received: the ayat binds the village complaint service; the party is the Tim Kerja Desa, or the Kepala Desa when no team was in office (Pasal 6 ayat (2)). A record without complaints makes ayat (2) unknown, naming the field; complaints: [] means none were received. The period of the obligation is the date the complaint was received.',
  },
  parameters: {
    complaintResponseWorkingDays: param({
      description: {
        id: 'Paling lama tanggapan atas pengaduan',
        en: 'Maximum time to respond to a complaint',
      },
      unit: 'Hari',
      provenance: 'ASM',
      value: 7,
      reference: 'Naskah kerja Pasal 8 ayat (2) [ASM]',
    }),
  },
  obligations: [{ citation: AYAT_2, party: 'Tim Kerja Desa', compute: complaintResponses }],
});
