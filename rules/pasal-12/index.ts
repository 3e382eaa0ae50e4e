import { defineArticle, type ExplainContext, type Explanation } from '../../src/define.js';
import { bilingual, list } from '../../src/explain/format.js';
import type { Finding } from '../../src/verdict.js';
import { notActiveReason } from '../pasal-05/designation.js';

/** "Seluruh kriteria Pasal 4 ayat (1) sampai dengan ayat (4)": every huruf in that range, as amended. */
const FROM = 'Pasal 4 ayat (1)';
const THROUGH = 'Pasal 4 ayat (4)';
const AYAT_5 = 'Pasal 4 ayat (5)';
const ALL_CRITERIA = { all: [{ finding: FROM, through: THROUGH, each: true }] };

/** What the Pasal 4 findings say, for the messages: how many criteria are met and which are not. */
function criteriaSummary(ctx: Pick<ExplainContext<'village', string>, 'verdictOf' | 'within'>) {
  const criteria = ctx.within(FROM, THROUGH).filter((f) => f.verdict !== 'not_applicable');
  const short = (f: Finding) => f.citation.replace('Pasal 4 ', '');
  const met = criteria.filter((f) => f.verdict === 'met').length;
  const failed = criteria.filter((f) => f.verdict === 'not_met').map(short);
  const unknown = criteria.filter((f) => f.verdict === 'unknown').map(short);
  return { total: criteria.length, met, failed, unknown, ayat5: ctx.verdictOf(AYAT_5) };
}

function explainPredicate(
  predicate: 'Mandiri' | 'Berkembang' | 'Perlu Pembinaan',
  holds: boolean,
  ctx: Pick<ExplainContext<'village', string>, 'verdictOf' | 'within'>,
): Explanation {
  const s = criteriaSummary(ctx);
  const message = bilingual((l) => {
    const criteria =
      l === 'id'
        ? `${s.met} dari ${s.total} kriteria Pasal 4 ayat (1) sampai dengan ayat (4) dipenuhi${s.failed.length ? ` (tidak dipenuhi: ${list(s.failed, l)})` : ''}${s.unknown.length ? ` (tidak diketahui: ${list(s.unknown, l)})` : ''}`
        : `${s.met} of ${s.total} criteria of Pasal 4 ayat (1) to ayat (4) met${s.failed.length ? ` (not met: ${list(s.failed, l)})` : ''}${s.unknown.length ? ` (unknown: ${list(s.unknown, l)})` : ''}`;
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
    values: { criteriaMet: s.met, criteriaTotal: s.total, criteriaNotMet: s.failed, ayat5: s.ayat5 },
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
      explain: (ctx) => explainPredicate('Mandiri', ctx.verdict === 'met', ctx),
    },
    {
      citation: 'Pasal 12 ayat (2) huruf b',
      kind: 'classification',
      label: { id: 'Predikat Berkembang', en: 'Predicate Berkembang' },
      notApplicable: notActiveReason,
      when: { all: [{ finding: AYAT_5 }, { not: ALL_CRITERIA }] },
      explain: (ctx) => explainPredicate('Berkembang', ctx.verdict === 'met', ctx),
    },
    {
      citation: 'Pasal 12 ayat (2) huruf c',
      kind: 'classification',
      label: { id: 'Predikat Perlu Pembinaan', en: 'Predicate Perlu Pembinaan' },
      notApplicable: notActiveReason,
      when: { not: { finding: AYAT_5 } },
      explain: (ctx) => explainPredicate('Perlu Pembinaan', ctx.verdict === 'met', ctx),
    },
  ],
});
