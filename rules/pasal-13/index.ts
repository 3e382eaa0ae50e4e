import { defineArticle } from '../../src/define.js';
import { bilingual, list } from '../../src/explain/format.js';
import { param } from '../../src/parameters.js';
import { notActiveReason } from '../pasal-05/designation.js';
import { perluPembinaanRun } from './evaluations.js';
import { pasal13Facts } from './facts.js';

/** Pasal 13 — warning and revocation after Perlu Pembinaan. */
export const pasal13 = defineArticle({
  article: 13,
  title: { id: 'Teguran dan Pencabutan', en: 'Warning and revocation' },
  fixtures: 'fixtures/pasal-13',
  facts: pasal13Facts,
  decides: { revocation: 'Pasal 13 ayat (2)' },
  provisions: [
    {
      citation: 'Pasal 13 ayat (1)',
      text: 'Desa Migran EMAS yang memperoleh predikat Perlu Pembinaan diberi teguran tertulis dan pendampingan intensif sebagaimana dimaksud dalam Pasal 15 ayat (4).',
      provenance: 'ASM',
      declarative: {
        id: 'Teguran tertulis dibaca dari data (evaluations[].warningIssuedOn); teks tidak menetapkan siapa yang menegur dan sampai kapan, sehingga tidak ada tenggat yang dinilai. Akibat teguran, pendampingan intensif, dinilai menurut Pasal 15 ayat (4) sejak tanggal teguran.',
        en: 'The written warning is read from the data (evaluations[].warningIssuedOn); the text sets neither who warns nor by when, so no due date is judged. Its consequence, intensive mentoring, is judged under Pasal 15 ayat (4) from the date of the warning.',
      },
    },
    {
      citation: 'Pasal 13 ayat (2)',
      text: 'Desa Migran EMAS yang memperoleh predikat Perlu Pembinaan dalam {revocationConsecutiveYears} kali evaluasi tahunan berturut-turut dicabut statusnya dengan Keputusan Menteri.',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Riwayat evaluasi tahunan yang tercatat adalah masukan. Ayat (2) adalah klasifikasi: met (dan revocationRecommended di blok status true) bila N hasil terakhir yang tercatat adalah tahun-tahun berturut-turut dan seluruhnya Perlu Pembinaan. Dihitung hanya hasil untuk tahun sampai tahun Tanggal Penilaian dan untuk tahun yang berakhir pada atau sesudah tanggal berlaku (Pasal 18: predikat sebelum Peraturan Menteri berlaku bukan predikat Pasal 12 ayat (2), dan sanksi tidak berlaku surut). Tanpa data evaluations ayat (2) unknown (menyebut evaluations), kecuali tahun yang dapat dihitung sampai Tanggal Penilaian kurang dari N. Hanya untuk Desa Migran EMAS pada Tanggal Penilaian.',
    en: "The recorded annual evaluation history is input. Ayat (2) is a classification: met (and the status block's revocationRecommended true) when the last N recorded results are for consecutive years and all Perlu Pembinaan. Only results for years up to the year of the assessment date and for years that end on or after the effective date count (Pasal 18: a result from before the regulation is no predicate under Pasal 12 ayat (2), and a sanction is never retroactive). Without `evaluations` ayat (2) is unknown (naming evaluations), unless fewer than N years up to the assessment date can count. Only for a Desa Migran EMAS on the assessment date.",
  },
  parameters: {
    revocationConsecutiveYears: param({
      description: {
        id: 'Jumlah evaluasi tahunan berturut-turut dengan predikat Perlu Pembinaan yang mengakibatkan pencabutan',
        en: 'Consecutive annual Perlu Pembinaan results that lead to revocation',
      },
      unit: 'kali',
      provenance: 'ASM',
      value: 2,
      reference: 'Naskah kerja Pasal 13 ayat (2) [ASM]',
    }),
  },
  findings: [
    {
      citation: 'Pasal 13 ayat (2)',
      kind: 'classification',
      label: { id: 'Pencabutan status', en: 'Revocation of the status' },
      notApplicable: notActiveReason,
      when: {
        fact: 'perluPembinaanYears',
        operator: 'greaterThanInclusive',
        value: { param: 'revocationConsecutiveYears' },
      },
      explain: ({ input, asOf, params, verdict }) => {
        const n = Number(params.revocationConsecutiveYears);
        // The effective date is Pasal 18's parameter: read it from every parameter in force.
        const effective = String((params as Readonly<Record<string, unknown>>).effectiveDate);
        const run = perluPembinaanRun(input, asOf, effective);
        const ignored = (input.evaluations ?? [])
          .filter((e) => e.year < Number(effective.slice(0, 4)))
          .map((e) => String(e.year));
        const years = run.years.map(String);
        const message = bilingual((l) => {
          const runText =
            run.length === 0
              ? l === 'id'
                ? 'Hasil evaluasi tahunan terakhir yang tercatat bukan Perlu Pembinaan'
                : 'The latest recorded annual result is not Perlu Pembinaan'
              : l === 'id'
                ? `Predikat Perlu Pembinaan dalam ${run.length} evaluasi tahunan terakhir berturut-turut (${list(years, l)})`
                : `Perlu Pembinaan in the last ${run.length} consecutive annual evaluation(s) (${list(years, l)})`;
          const rule =
            l === 'id'
              ? `pencabutan bila ${n} kali berturut-turut`
              : `revocation after ${n} consecutive results`;
          const outcome =
            verdict === 'met'
              ? l === 'id'
                ? 'pencabutan status dengan Keputusan Menteri direkomendasikan'
                : 'revocation of the status by ministerial decree is recommended'
              : l === 'id'
                ? 'pencabutan tidak direkomendasikan'
                : 'revocation is not recommended';
          const note = ignored.length
            ? l === 'id'
              ? ` Hasil tahun ${list(ignored, l)} (sebelum Peraturan Menteri berlaku) tidak dihitung.`
              : ` The result(s) of ${list(ignored, l)} (before the regulation was in force) do not count.`
            : '';
          return `${runText}; ${rule}: ${outcome}.${note}`;
        });
        return {
          message,
          values: { consecutiveYears: run.length, years: run.years, required: n, notCounted: ignored },
        };
      },
    },
  ],
});
