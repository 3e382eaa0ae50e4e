import { addComparisonTally, type ComparisonTally, emptyComparisonTally } from '../compare/national.js';
import { statusCitations } from '../evaluate/status.js';
import { formatNumber } from '../explain/format.js';
import { shippedRegulation } from '../rules.js';
import type { Lang, Verdict } from '../types.js';
import type { DesignationStatus } from '../verdict.js';
import type { SummaryRow } from './row.js';

/** An evaluation result, or `none` when the regulation gives none. */
export type ResultKey = 'mandiri' | 'berkembang' | 'perlu-pembinaan' | 'none';

/** What was counted of the villages judged (nationally, or in one regency). */
export interface Counts {
  judged: number;
  eligibility: Record<Verdict, number>;
  designation: Record<DesignationStatus, number>;
  evaluationResult: Record<ResultKey, number>;
  /** Villages whose revocation is recommended. */
  revocationRecommended: number;
  /** Villages with at least one obligation late or overdue. */
  lateOrOverdue: number;
}

/** The counts of one regency (kabupaten/kota) of a province; both empty for codes not in the official list. */
export interface AreaCounts extends Counts {
  province: string;
  regency: string;
}

/** How many judged villages fail a citation, and how many cannot be judged on it. */
export interface CitationCounts {
  notMet: number;
  unknown: number;
}

/** What a batch run counted: villages judged (by regency and by citation) and refused records. */
export interface Tally extends Counts {
  invalid: Record<'invalid-json' | 'invalid-record' | 'unknown-village-code' | 'unknown-village', number>;
  /** By regency: the key is `province` + U+0000 + `regency`. */
  areas: Record<string, AreaCounts>;
  /** By citation (of a finding; a Calon PMI's citation counts a village once). */
  citations: Record<string, CitationCounts>;
  /** A comparison's counts (`dme compare` on batch data). */
  comparison?: ComparisonTally;
}

function emptyCounts(): Counts {
  return {
    judged: 0,
    eligibility: { met: 0, not_met: 0, unknown: 0, not_applicable: 0 },
    designation: { not_designated: 0, active: 0, expired: 0 },
    evaluationResult: { mandiri: 0, berkembang: 0, 'perlu-pembinaan': 0, none: 0 },
    revocationRecommended: 0,
    lateOrOverdue: 0,
  };
}

export function emptyTally(): Tally {
  return {
    ...emptyCounts(),
    invalid: { 'invalid-json': 0, 'invalid-record': 0, 'unknown-village-code': 0, 'unknown-village': 0 },
    areas: {},
    citations: {},
  };
}

function addCounts(a: Counts, b: Counts): void {
  a.judged += b.judged;
  for (const k of Object.keys(a.eligibility) as Verdict[]) a.eligibility[k] += b.eligibility[k];
  for (const k of Object.keys(a.designation) as DesignationStatus[]) a.designation[k] += b.designation[k];
  for (const k of Object.keys(a.evaluationResult) as ResultKey[])
    a.evaluationResult[k] += b.evaluationResult[k];
  a.revocationRecommended += b.revocationRecommended;
  a.lateOrOverdue += b.lateOrOverdue;
}

/** Adds `b` into `a`. */
export function addTally(a: Tally, b: Tally): Tally {
  addCounts(a, b);
  for (const k of Object.keys(a.invalid) as (keyof Tally['invalid'])[]) a.invalid[k] += b.invalid[k];
  for (const [key, area] of Object.entries(b.areas)) {
    const mine = a.areas[key];
    if (mine) addCounts(mine, area);
    else a.areas[key] = structuredClone(area);
  }
  for (const [citation, c] of Object.entries(b.citations)) {
    const mine = a.citations[citation];
    if (mine) {
      mine.notMet += c.notMet;
      mine.unknown += c.unknown;
    } else a.citations[citation] = { notMet: c.notMet, unknown: c.unknown };
  }
  if (b.comparison) {
    a.comparison ??= emptyComparisonTally();
    addComparisonTally(a.comparison, b.comparison);
  }
  return a;
}

function countInto(c: Counts, row: SummaryRow): void {
  c.judged++;
  c.eligibility[row.eligibility]++;
  c.designation[row.designation]++;
  c.evaluationResult[row.evaluationResult ?? 'none']++;
  if (row.revocationRecommended) c.revocationRecommended++;
  if (row.obligations.length > 0) c.lateOrOverdue++;
}

/** Counts a judged village: nationally, in its regency, and for each citation it fails or cannot be judged on. */
export function countRow(t: Tally, row: SummaryRow): void {
  countInto(t, row);
  const province = row.province ?? '';
  const regency = row.regency ?? '';
  const key = `${province}\u0000${regency}`;
  let area = t.areas[key];
  if (!area) {
    area = { province, regency, ...emptyCounts() };
    t.areas[key] = area;
  }
  countInto(area, row);
  for (const c of row.notMet) {
    const n = t.citations[c];
    if (n) n.notMet++;
    else t.citations[c] = { notMet: 1, unknown: 0 };
  }
  for (const u of row.unknown) {
    const n = t.citations[u.citation];
    if (n) n.unknown++;
    else t.citations[u.citation] = { notMet: 0, unknown: 1 };
  }
}

/** The counts of each province: the sum of its regencies. */
export function provinceCounts(t: Tally): (Counts & { province: string })[] {
  const out = new Map<string, Counts & { province: string }>();
  for (const area of Object.values(t.areas)) {
    let p = out.get(area.province);
    if (!p) {
      p = { province: area.province, ...emptyCounts() };
      out.set(area.province, p);
    }
    addCounts(p, area);
  }
  return [...out.values()];
}

/** How many records were refused. */
export function invalidCount(t: Tally): number {
  return Object.values(t.invalid).reduce((x, y) => x + y, 0);
}

const WORDS = {
  id: {
    judged: 'desa dinilai',
    eligibility: `kelayakan (${statusCitations(shippedRegulation).eligibility})`,
    met: 'memenuhi',
    not_met: 'tidak memenuhi',
    unknown: 'tidak dapat dinilai',
    not_applicable: 'tidak berlaku',
    designation: 'penetapan DME',
    not_designated: 'belum ditetapkan',
    active: 'aktif',
    expired: 'berakhir',
    evaluationResult: `hasil evaluasi (${statusCitations(shippedRegulation).evaluation})`,
    mandiri: 'mandiri',
    berkembang: 'berkembang',
    'perlu-pembinaan': 'perlu pembinaan',
    none: 'tidak ada',
    revocationRecommended: `rekomendasi pencabutan (${statusCitations(shippedRegulation).revocation})`,
    lateOrOverdue: 'desa dengan kewajiban terlambat atau lewat tenggat',
    invalid: 'rekaman ditolak',
    'invalid-json': 'bukan JSON',
    'invalid-record': 'data tidak sah',
    'unknown-village-code': 'kode desa tidak dikenal',
    'unknown-village': 'baris tanpa desa',
    seconds: 'detik',
    perSecond: 'desa/detik',
  },
  en: {
    judged: 'villages judged',
    eligibility: `eligibility (${statusCitations(shippedRegulation).eligibility})`,
    met: 'met',
    not_met: 'not met',
    unknown: 'unknown',
    not_applicable: 'not applicable',
    designation: 'DME designation',
    not_designated: 'not designated',
    active: 'active',
    expired: 'expired',
    evaluationResult: `evaluation result (${statusCitations(shippedRegulation).evaluation})`,
    mandiri: 'mandiri',
    berkembang: 'berkembang',
    'perlu-pembinaan': 'perlu pembinaan',
    none: 'none',
    revocationRecommended: `revocation recommended (${statusCitations(shippedRegulation).revocation})`,
    lateOrOverdue: 'villages with obligations late or overdue',
    invalid: 'records refused',
    'invalid-json': 'not JSON',
    'invalid-record': 'invalid data',
    'unknown-village-code': 'unknown village code',
    'unknown-village': 'rows without a village',
    seconds: 's',
    perSecond: 'villages/s',
  },
} as const;

/** The end-of-run summary for people (stderr), in the chosen language. */
export function formatSummary(t: Tally, lang: Lang, seconds?: number): string {
  const w = WORDS[lang];
  const n = (x: number) => formatNumber(x, lang);
  const parts = <K extends string>(counts: Record<K, number>) =>
    (Object.keys(counts) as K[])
      .filter((k) => counts[k] > 0)
      .map((k) => `${w[k as keyof typeof w]} ${n(counts[k])}`)
      .join(', ') || '0';
  const lines = [`${n(t.judged)} ${w.judged}${seconds === undefined ? '' : timing(t, seconds, lang)}`];
  lines.push(`  ${w.eligibility}: ${parts(t.eligibility)}`);
  lines.push(`  ${w.designation}: ${parts(t.designation)}`);
  lines.push(`  ${w.evaluationResult}: ${parts(t.evaluationResult)}`);
  lines.push(`  ${w.revocationRecommended}: ${n(t.revocationRecommended)}`);
  lines.push(`  ${w.lateOrOverdue}: ${n(t.lateOrOverdue)}`);
  const refused = invalidCount(t);
  lines.push(`  ${w.invalid}: ${n(refused)}${refused > 0 ? ` (${parts(t.invalid)})` : ''}`);
  return `${lines.join('\n')}\n`;
}

function timing(t: Tally, seconds: number, lang: Lang): string {
  const w = WORDS[lang];
  const fmt = (x: number, d: number) => formatNumber(x, lang, d);
  const total = t.judged + invalidCount(t);
  return ` (${fmt(seconds, 1)} ${w.seconds}, ${fmt(seconds > 0 ? total / seconds : total, 0)} ${w.perSecond})`;
}
