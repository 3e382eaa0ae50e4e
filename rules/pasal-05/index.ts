import { defineArticle, type RuleContext } from '../../src/define.js';
import { bilingual, formatDate } from '../../src/explain/format.js';
import { dueInWorkingDays } from '../../src/obligations/index.js';
import { param } from '../../src/parameters.js';
import { startsDeadline } from '../pasal-18/in-force.js';
import { designationEnd, designationStatus } from './designation.js';
import { pasal05Facts } from './facts.js';

/** Pasal 5 ayat (4) does not apply to a village that is not (yet) designated on the Tanggal Penilaian. */
function notDesignated(ctx: RuleContext) {
  const d = ctx.record.designation;
  if (d === undefined) {
    return {
      id: 'Desa belum ditetapkan sebagai Desa Migran EMAS (tidak ada data designation); masa berlaku tidak berlaku.',
      en: 'The village has not been designated a Desa Migran EMAS (no designation in the data); there is no validity to judge.',
    };
  }
  if (d.designatedOn > ctx.asOf) {
    return bilingual((l) =>
      l === 'id'
        ? `Penetapan baru berlaku ${formatDate(d.designatedOn, l)}, sesudah Tanggal Penilaian ${formatDate(ctx.asOf, l)}.`
        : `The designation only takes effect on ${formatDate(d.designatedOn, l)}, after the assessment date ${formatDate(ctx.asOf, l)}.`,
    );
  }
  return null;
}

/** Pasal 5 — designation by the Minister, its assessment deadline and its validity. */
export const pasal05 = defineArticle({
  article: 5,
  title: { id: 'Penetapan', en: 'Designation' },
  fixtures: 'fixtures/pasal-05',
  facts: pasal05Facts,
  decides: { designation: (ctx) => designationStatus(ctx.record, ctx.asOf, ctx) },
  provisions: [
    {
      citation: 'Pasal 5 ayat (1)',
      text: 'Bupati/Wali Kota mengusulkan Desa yang memenuhi Pasal 3 dan Pasal 4 kepada Menteri melalui BP3MI.',
      provenance: 'PUB',
      declarative: {
        id: 'Menetapkan jalur usulan; syaratnya dinilai melalui Pasal 3 dan Pasal 4.',
        en: 'Sets the proposal route; its requirements are judged through Pasal 3 and Pasal 4.',
      },
    },
    {
      citation: 'Pasal 5 ayat (2)',
      text: 'BP3MI melakukan verifikasi dan asesmen paling lama {assessmentWorkingDays} Hari sejak usulan diterima secara lengkap.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 5 ayat (3)',
      text: 'Menteri menetapkan Desa Migran EMAS dengan Keputusan Menteri.',
      provenance: 'PUB',
      declarative: {
        id: 'Kewenangan Menteri; penetapan dibaca dari data (designation).',
        en: "The Minister's power; the designation is read from the data (designation).",
      },
    },
    {
      citation: 'Pasal 5 ayat (4)',
      text: 'Status Desa Migran EMAS berlaku selama {validityYears} tahun sejak tanggal penetapan dan dapat diperpanjang berdasarkan hasil evaluasi sebagaimana dimaksud dalam Pasal 12.',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Ayat (2) adalah kewajiban BP3MI dengan tenggat dalam Hari kerja (Hari ke-30 sesudah usulan diterima lengkap; usulan yang diterima sebelum tanggal berlaku tidak memulai tenggat, Pasal 18); ayat (4) memberi masa berlaku status: aktif sampai tanggal penetapan + 3 tahun − 1 hari, atau sampai tanggal akhir perpanjangan terakhir. Ayat (4) adalah klasifikasi: status yang berakhir tidak melanggar apa pun (perpanjangan bersifat "dapat"); ia tampil di blok status (designation). Bila perubahan menghapus ayat (4), teks tidak lagi membatasi masa berlaku: status aktif sejak tanggal penetapan tanpa akhir, dan kewajiban Desa Migran EMAS berjalan terus.',
    en: 'Ayat (2) is an obligation of BP3MI with a due date counted in working days (the 30th working day after the complete proposal was received; a proposal received before the effective date starts no deadline, Pasal 18); ayat (4) gives the status validity: active until designation date + 3 years − 1 day, or until the end date of the latest extension. Ayat (4) is a classification: an expired status breaches nothing (an extension "may" be granted); it shows in the status block (designation). When an amendment removes ayat (4), the text no longer limits the validity: the status is active from the designation date with no end, and the duties of a Desa Migran EMAS go on.',
  },
  parameters: {
    assessmentWorkingDays: param({
      description: {
        id: 'Paling lama verifikasi dan asesmen BP3MI',
        en: 'Maximum time for BP3MI verification and assessment',
      },
      unit: 'Hari',
      provenance: 'ASM',
      value: 30,
      reference: 'Naskah kerja Pasal 5 ayat (2) [ASM]',
    }),
    validityYears: param({
      description: {
        id: 'Masa berlaku status Desa Migran EMAS',
        en: 'Validity of the Desa Migran EMAS status',
      },
      unit: 'tahun',
      provenance: 'ASM',
      value: 3,
      reference: 'Naskah kerja Pasal 5 ayat (4) [ASM]',
    }),
  },
  findings: [
    {
      citation: 'Pasal 5 ayat (4)',
      kind: 'classification',
      label: { id: 'Masa berlaku status Desa Migran EMAS', en: 'Validity of the Desa Migran EMAS status' },
      notApplicable: notDesignated,
      when: { fact: 'designationActive', operator: 'equal', value: true },
      explain: ({ input, asOf, verdict, paramOn }) => {
        const d = input.designation;
        const on = d?.designatedOn ?? asOf;
        // the validity in force on the day of the designation, not on the Tanggal Penilaian
        const years = paramOn('validityYears', on);
        const end = d ? designationEnd(d, Number(years.value)) : asOf;
        const extended = d?.extendedUntil !== undefined && d.extendedUntil === end;
        const message = bilingual((l) => {
          const base =
            l === 'id'
              ? `Ditetapkan ${formatDate(on, l)}${d?.decreeNumber ? ` (Keputusan Menteri ${d.decreeNumber})` : ''}; berlaku ${years.value} tahun${years.changes ? ` (nilai sejak ${formatDate(years.since, l)})` : ''}${extended ? `, diperpanjang sampai ${formatDate(end, l)}` : ` sampai ${formatDate(end, l)}`}`
              : `Designated on ${formatDate(on, l)}${d?.decreeNumber ? ` (ministerial decree ${d.decreeNumber})` : ''}; valid for ${years.value} years${years.changes ? ` (value since ${formatDate(years.since, l)})` : ''}${extended ? `, extended until ${formatDate(end, l)}` : ` until ${formatDate(end, l)}`}`;
          const state =
            verdict === 'met'
              ? l === 'id'
                ? `masih berlaku pada Tanggal Penilaian ${formatDate(asOf, l)}`
                : `still valid on the assessment date ${formatDate(asOf, l)}`
              : l === 'id'
                ? `telah berakhir sebelum Tanggal Penilaian ${formatDate(asOf, l)}; bukan lagi Desa Migran EMAS`
                : `expired before the assessment date ${formatDate(asOf, l)}; no longer a Desa Migran EMAS`;
          return `${base}; ${state}.`;
        });
        return {
          message,
          values: {
            designatedOn: on,
            validityYears: Number(years.value),
            validityYearsSince: years.since,
            extendedUntil: d?.extendedUntil ?? null,
            validUntil: end,
          },
        };
      },
    },
  ],
  obligations: [
    {
      citation: 'Pasal 5 ayat (2)',
      party: 'BP3MI',
      compute: (ctx) => {
        const p = ctx.record.proposal;
        if (p === undefined || p.receivedCompleteOn > ctx.asOf || !startsDeadline(ctx, p.receivedCompleteOn))
          return [];
        const duty = {
          citation: 'Pasal 5 ayat (2)',
          party: 'BP3MI' as const,
          period: null,
          duty: { id: 'melakukan verifikasi dan asesmen usulan', en: 'must verify and assess the proposal' },
          values: { receivedCompleteOn: p.receivedCompleteOn },
        };
        return [
          dueInWorkingDays(ctx, {
            ...duty,
            due: {
              after: p.receivedCompleteOn,
              event: { id: 'usulan diterima secara lengkap', en: 'receipt of the complete proposal' },
              param: 'assessmentWorkingDays',
            },
            fulfilledOn: p.assessedOn,
          }),
        ];
      },
    },
  ],
});
