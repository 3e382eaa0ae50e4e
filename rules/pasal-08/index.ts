import { defineArticle, type ObligationContext, type ObligationResult } from '../../src/define.js';
import { cannotJudge, dueInWorkingDays } from '../../src/obligations/index.js';
import { param } from '../../src/parameters.js';
import { startsDeadline } from '../pasal-18/in-force.js';

const AYAT_2 = 'Pasal 8 ayat (2)';

/**
 * Ayat (2): one obligation per complaint received on or after the effective date (Pasal 18) and by the
 * Tanggal Penilaian, while the village has a Tim Kerja Desa (formed on or before the day the complaint came in).
 */
function complaintResponses(ctx: ObligationContext): ObligationResult[] {
  const { complaints, team } = ctx.record;
  if (complaints === undefined || team === null) return [];
  const out: ObligationResult[] = [];
  for (const c of complaints) {
    if (c.receivedOn > ctx.asOf || !startsDeadline(ctx, c.receivedOn)) continue;
    if (team !== undefined && team.decree.issuedOn > c.receivedOn) continue;
    const duty = {
      citation: AYAT_2,
      party: 'Tim Kerja Desa' as const,
      period: c.receivedOn,
      duty: { id: 'menanggapi pengaduan', en: 'must respond to the complaint' },
      values: { receivedOn: c.receivedOn },
    };
    const judged = dueInWorkingDays(ctx, {
      ...duty,
      due: {
        after: c.receivedOn,
        event: { id: 'pengaduan diterima', en: 'receipt of the complaint' },
        param: 'complaintResponseWorkingDays',
      },
      fulfilledOn: c.respondedOn,
    });
    // Without team data it is unknown whether anyone owed the duty; a response in time settles it anyway.
    if (team === undefined && judged.status !== 'met') {
      out.push(
        cannotJudge({
          ...duty,
          due: judged.due,
          missing: ['team'],
          note: {
            id: 'Tidak diketahui apakah Desa memiliki Tim Kerja Desa yang menanggung kewajiban ini.',
            en: 'It is not known whether the village has a work team that owes this duty.',
          },
        }),
      );
      continue;
    }
    out.push(judged);
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
    id: 'Ayat (2) adalah kewajiban Tim Kerja Desa untuk setiap pengaduan yang diterima pada atau sesudah tanggal berlaku dan paling lambat pada Tanggal Penilaian, dengan tenggat Hari kerja ke-7 sesudah diterima (kalender Pasal 1 angka 12). Kewajiban hanya timbul bila ada Tim Kerja Desa (team: null berarti tidak ada; pengaduan sebelum tanggal Keputusan pembentukan tidak dihitung); bila data team tidak ada, statusnya unknown kecuali pengaduan ditanggapi tepat waktu. Periode kewajiban adalah tanggal pengaduan diterima.',
    en: 'Ayat (2) is an obligation of the Tim Kerja Desa for each complaint received on or after the effective date and on or before the assessment date, due on the 7th working day after receipt (calendar of Pasal 1 angka 12). It arises only while there is a Tim Kerja Desa (team: null means none; a complaint received before the team decree does not count); when team is missing its status is unknown unless the complaint was answered in time. The period of the obligation is the date the complaint was received.',
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
