import { defineArticle, type Explanation } from '../../src/define.js';
import { bilingual, list } from '../../src/explain/format.js';
import type { Verdict } from '../../src/types.js';
import { notActiveReason } from '../pasal-05/designation.js';

/** Every criterion of Pasal 4 ayat (1) to ayat (4), huruf by huruf. */
const CRITERIA = [
  'Pasal 4 ayat (1) huruf a',
  'Pasal 4 ayat (1) huruf b',
  'Pasal 4 ayat (2) huruf a',
  'Pasal 4 ayat (2) huruf b',
  'Pasal 4 ayat (3) huruf a',
  'Pasal 4 ayat (3) huruf b',
  'Pasal 4 ayat (3) huruf c',
  'Pasal 4 ayat (4) huruf a',
  'Pasal 4 ayat (4) huruf b',
];
const AYAT_5 = 'Pasal 4 ayat (5)';
const ALL_CRITERIA = { all: CRITERIA.map((finding) => ({ finding })) };

/** What the Pasal 4 findings say, for the messages: how many criteria are met and which are not. */
function criteriaSummary(verdictOf: (c: string) => Verdict) {
  const met = CRITERIA.filter((c) => verdictOf(c) === 'met').length;
  const failed = CRITERIA.filter((c) => verdictOf(c) === 'not_met').map((c) => c.replace('Pasal 4 ', ''));
  const unknown = CRITERIA.filter((c) => verdictOf(c) === 'unknown').map((c) => c.replace('Pasal 4 ', ''));
  return { met, failed, unknown, ayat5: verdictOf(AYAT_5) };
}

function explainPredicate(
  predicate: 'Mandiri' | 'Berkembang' | 'Perlu Pembinaan',
  holds: boolean,
  verdictOf: (c: string) => Verdict,
): Explanation {
  const s = criteriaSummary(verdictOf);
  const message = bilingual((l) => {
    const criteria =
      l === 'id'
        ? `${s.met} dari ${CRITERIA.length} kriteria Pasal 4 ayat (1) sampai dengan ayat (4) dipenuhi${s.failed.length ? ` (tidak dipenuhi: ${list(s.failed, l)})` : ''}${s.unknown.length ? ` (tidak diketahui: ${list(s.unknown, l)})` : ''}`
        : `${s.met} of ${CRITERIA.length} criteria of Pasal 4 ayat (1) to ayat (4) met${s.failed.length ? ` (not met: ${list(s.failed, l)})` : ''}${s.unknown.length ? ` (unknown: ${list(s.unknown, l)})` : ''}`;
    const ayat5 =
      s.ayat5 === 'met'
        ? l === 'id'
          ? 'Pasal 4 ayat (5) dipenuhi'
          : 'Pasal 4 ayat (5) is met'
        : l === 'id'
          ? 'Pasal 4 ayat (5) tidak dipenuhi'
          : 'Pasal 4 ayat (5) is not met';
    const verdict = holds
      ? l === 'id'
        ? `predikat ${predicate}`
        : `predicate ${predicate}`
      : l === 'id'
        ? `bukan predikat ${predicate}`
        : `not the predicate ${predicate}`;
    return `${criteria}; ${ayat5}: ${verdict}.`;
  });
  return {
    message,
    values: { criteriaMet: s.met, criteriaTotal: CRITERIA.length, criteriaNotMet: s.failed, ayat5: s.ayat5 },
  };
}

/** Pasal 12 — the annual evaluation and its predicates (Mandiri, Berkembang, Perlu Pembinaan). */
export const pasal12 = defineArticle({
  article: 12,
  title: { id: 'Evaluasi', en: 'Evaluation' },
  fixtures: 'fixtures/pasal-12',
  decides: {
    evaluationResult: {
      mandiri: 'Pasal 12 ayat (2) huruf a',
      berkembang: 'Pasal 12 ayat (2) huruf b',
      'perlu-pembinaan': 'Pasal 12 ayat (2) huruf c',
    },
  },
  provisions: [
    {
      citation: 'Pasal 12 ayat (1)',
      text: 'Evaluasi Desa Migran EMAS dilakukan setiap tahun berdasarkan kriteria sebagaimana dimaksud dalam Pasal 4.',
      provenance: 'ASM',
      declarative: {
        id: 'Teks tidak menyebut siapa yang mengevaluasi dan sampai kapan, sehingga tidak ada tenggat yang dapat dinilai; hasil evaluasi tahunan yang tercatat (evaluations[]) adalah masukan bagi Pasal 13, dan hasil pada Tanggal Penilaian dihitung menurut ayat (2).',
        en: 'The text names neither who evaluates nor by when, so there is no due date to judge; the recorded annual results (evaluations[]) are input to Pasal 13, and the result on the assessment date is computed under ayat (2).',
      },
    },
    { citation: 'Pasal 12 ayat (2)', text: 'Hasil evaluasi dinyatakan dengan predikat:', provenance: 'ASM' },
    {
      citation: 'Pasal 12 ayat (2) huruf a',
      text: 'Mandiri, apabila memenuhi seluruh kriteria Pasal 4 ayat (1) sampai dengan ayat (4);',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 12 ayat (2) huruf b',
      text: 'Berkembang, apabila memenuhi Pasal 4 ayat (5) tetapi tidak memenuhi huruf a; atau',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 12 ayat (2) huruf c',
      text: 'Perlu Pembinaan, apabila tidak memenuhi Pasal 4 ayat (5).',
      provenance: 'ASM',
    },
  ],
  encoding: {
    id: 'Ayat (2) adalah klasifikasi atas temuan Pasal 4 pada Tanggal Penilaian: tepat satu huruf berstatus met bila temuan Pasal 4 yang menentukan diketahui; huruf lain not_applicable. Hanya untuk Desa Migran EMAS pada Tanggal Penilaian; untuk Desa lain (belum ditetapkan atau masa berlakunya berakhir) seluruh huruf not_applicable dan hasil evaluasi di blok status null. Bila Pasal 4 ayat (5) tidak diketahui, atau dipenuhi tetapi ada kriteria yang tidak diketahui dan tidak ada yang gagal (Mandiri atau Berkembang), hasilnya null.',
    en: "Ayat (2) classifies the Pasal 4 findings on the assessment date: exactly one huruf is met when the deciding Pasal 4 findings are known; the others are not_applicable. Only for a Desa Migran EMAS on the assessment date; for any other village (not designated, or its validity ended) every huruf is not_applicable and the status block's evaluationResult is null. When Pasal 4 ayat (5) is unknown, or met with some criterion unknown and none failed (Mandiri or Berkembang), the result is null.",
  },
  findings: [
    {
      citation: 'Pasal 12 ayat (2) huruf a',
      kind: 'classification',
      label: { id: 'Predikat Mandiri', en: 'Predicate Mandiri' },
      notApplicable: notActiveReason,
      when: ALL_CRITERIA,
      explain: ({ verdict, verdictOf }) => explainPredicate('Mandiri', verdict === 'met', verdictOf),
    },
    {
      citation: 'Pasal 12 ayat (2) huruf b',
      kind: 'classification',
      label: { id: 'Predikat Berkembang', en: 'Predicate Berkembang' },
      notApplicable: notActiveReason,
      when: { all: [{ finding: AYAT_5 }, { not: ALL_CRITERIA }] },
      explain: ({ verdict, verdictOf }) => explainPredicate('Berkembang', verdict === 'met', verdictOf),
    },
    {
      citation: 'Pasal 12 ayat (2) huruf c',
      kind: 'classification',
      label: { id: 'Predikat Perlu Pembinaan', en: 'Predicate Perlu Pembinaan' },
      notApplicable: notActiveReason,
      when: { not: { finding: AYAT_5 } },
      explain: ({ verdict, verdictOf }) => explainPredicate('Perlu Pembinaan', verdict === 'met', verdictOf),
    },
  ],
});
