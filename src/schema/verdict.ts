import { z } from 'zod';
import { dateString } from './date.js';
import { described as d } from './describe.js';
import { DESIGNATION_STATUSES, OBLIGATION_STATUSES, VERDICTS } from './scenario.js';
import { EVALUATION_RESULTS } from './village.js';

// The verdict document as a schema, for the JSON Schema and the OpenAPI document (not for parsing:
// evaluate() builds it), and the one declaration of its types: Finding, Obligation, VerdictDocument… are
// what these schemas output, so the type and the published schema cannot part ways.

const bilingual = d(z.strictObject({ id: z.string(), en: z.string() }), {
  id: 'teks dalam bahasa Indonesia (id) dan Inggris (en)',
  en: 'text in Indonesian (id) and English (en)',
});
const verdict = d(z.enum(VERDICTS), {
  id: 'putusan: met (memenuhi), not_met (tidak memenuhi), unknown (data kurang), not_applicable (tidak berlaku)',
  en: 'verdict: met, not_met, unknown (data missing), not_applicable',
  example: 'met',
});
const provenance = d(z.enum(['UU18', 'PUB', 'ASM']), {
  id: 'asal ketentuan: UU18 (undang-undang), PUB (pernyataan publik), ASM (asumsi kerja)',
  en: 'where the provision comes from: UU18 (statute), PUB (public statement), ASM (working assumption)',
});
const parameterProvenance = d(z.record(z.string(), provenance), {
  id: 'asal nilai setiap parameter yang dibaca (mis. kriteria [PUB] dengan ambang [ASM]), menurut nama parameter',
  en: 'the provenance of each parameter read (e.g. a [PUB] criterion with an [ASM] threshold), by parameter name',
}).exactOptional();
const explainValue = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])).readonly(),
]);
const values = d(z.record(z.string(), explainValue), {
  id: 'angka dan tanggal yang dibandingkan',
  en: 'the numbers and dates compared',
});

/** One finding of the verdict document. */
export const findingSchema = z.strictObject({
  citation: d(z.string(), {
    id: 'satuan terkecil yang dinilai',
    en: 'the most precise unit judged',
  }),
  verdict,
  message: bilingual,
  values,
  provenance,
  parameterProvenance,
  missing: d(z.array(z.string()), {
    id: 'bila unknown: jalur data yang tidak ada',
    en: 'when unknown: the paths of the missing data',
  }).exactOptional(),
  displacedBy: d(z.string(), {
    id: 'bila dikesampingkan: ketentuan pengecualiannya',
    en: 'when displaced by an exception: the excepting provision',
  }).exactOptional(),
});

/** One obligation of the verdict document. */
export const obligationSchema = z.strictObject({
  citation: z.string(),
  party: d(z.enum(['BP3MI', 'Kepala Desa', 'Tim Kerja Desa', 'Pendamping DME', 'Menteri']), {
    id: 'pihak yang wajib',
    en: 'the party obliged',
  }),
  period: d(z.string().nullable(), {
    id: 'periode (2026-Q1, 2026-1, 2026-03, 2026), tanggal peristiwa, atau null untuk kewajiban sekali',
    en: 'period (2026-Q1, 2026-1, 2026-03, 2026), the date of the event, or null for a one-off obligation',
  }),
  due: dateString.nullable(),
  status: d(z.enum(OBLIGATION_STATUSES), {
    id: 'met (tepat waktu), late (terlambat), overdue (lewat waktu, belum), pending (belum jatuh tempo), unknown',
    en: 'met (on time), late (done after the due date), overdue (not done, past due), pending (not yet due), unknown',
  }),
  fulfilledOn: dateString.nullable(),
  message: bilingual,
  values: values.exactOptional(),
  parameterProvenance,
});

const verdictStatusSchema = z.strictObject({
  eligibility: verdict,
  pocket: d(z.boolean().nullable(), {
    id: 'kantong PMI; null bila tidak diketahui',
    en: 'PMI pocket; null when unknown',
  }),
  designation: z.enum(DESIGNATION_STATUSES),
  evaluationResult: z.enum(EVALUATION_RESULTS).nullable(),
  revocationRecommended: z.boolean(),
});

const articleVerdictSchema = z.strictObject({
  article: z
    .union([z.int().min(1), z.string().regex(/^[1-9][0-9]*[A-Z]$/)])
    .describe('17; an inserted article (by an amendment) is a string label: "17A", between 17 and 18'),
  title: bilingual,
  verdict,
  findings: z.array(findingSchema),
});

const candidateVerdictSchema = z.strictObject({
  name: z.string(),
  nik: d(z.string().nullable(), {
    id: 'NIK tersamar: paling banyak 4 angka pertama dan 2 terakhir',
    en: 'masked NIK: at most the first 4 and the last 2 digits',
    example: '5203**********01',
  }),
  verdict,
  findings: z.array(findingSchema),
  outstanding: d(z.array(z.string()), {
    id: 'persyaratan Pasal 9 ayat (2) yang belum dipenuhi',
    en: 'requirements of Pasal 9 ayat (2) not yet fulfilled',
  }),
});

/** The verdict document that `evaluate` returns and `dme check --format json` prints. */
export const verdictSchema = z.strictObject({
  regulation: z.strictObject({
    title: z.string(),
    version: z.string(),
    amendment: d(z.string().nullable(), {
      id: 'judul perubahan yang diterapkan, atau null',
      en: 'title of the amendment applied, or null',
    }),
  }),
  asOf: d(dateString, { id: 'Tanggal Penilaian', en: 'the date judged on', example: '2026-06-30' }),
  inForce: d(z.boolean(), {
    id: 'false sebelum peraturan berlaku: selain itu tidak ada yang dinilai',
    en: 'false before the regulation takes effect: then nothing else is judged',
  }),
  village: z.strictObject({
    code: z.string(),
    name: z.string(),
    kind: z.enum(['desa', 'desa-adat', 'kelurahan']),
  }),
  status: verdictStatusSchema,
  articles: z.array(articleVerdictSchema),
  obligations: z.array(obligationSchema),
  candidates: z.array(candidateVerdictSchema),
});

/** One judged provision: its verdict, explanation, values, provenance (and its parameters'), missing paths. */
export interface Finding extends z.output<typeof findingSchema> {}
/** One obligation with its due date and status (`interface.md`): what an obligation rule lists. */
export interface Obligation extends z.output<typeof obligationSchema> {}
/** One article and its findings. */
export interface ArticleVerdict extends z.output<typeof articleVerdictSchema> {}
/** One Calon PMI judged under the candidate articles (Pasal 9). */
export interface CandidateVerdict extends z.output<typeof candidateVerdictSchema> {}
/** The status block of a verdict. */
export interface VerdictStatus extends z.output<typeof verdictStatusSchema> {}
/** The verdict document of `interface.md`. */
export interface VerdictDocument extends z.output<typeof verdictSchema> {}
/** `not_designated`, `active` or `expired`. */
export type DesignationStatus = VerdictStatus['designation'];
/** The party an obligation binds. */
export type Party = Obligation['party'];
