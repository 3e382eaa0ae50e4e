import type { Lang, Verdict } from '../types.js';
import type { DesignationStatus } from '../verdict.js';

/** What a batch run counted: villages judged, their eligibility and designation, and refused records. */
export interface Tally {
  judged: number;
  eligibility: Record<Verdict, number>;
  designation: Record<DesignationStatus, number>;
  invalid: Record<'invalid-json' | 'invalid-record' | 'unknown-village-code' | 'unknown-village', number>;
}

export function emptyTally(): Tally {
  return {
    judged: 0,
    eligibility: { met: 0, not_met: 0, unknown: 0, not_applicable: 0 },
    designation: { not_designated: 0, active: 0, expired: 0 },
    invalid: { 'invalid-json': 0, 'invalid-record': 0, 'unknown-village-code': 0, 'unknown-village': 0 },
  };
}

/** Adds `b` into `a`. */
export function addTally(a: Tally, b: Tally): Tally {
  a.judged += b.judged;
  for (const k of Object.keys(a.eligibility) as Verdict[]) a.eligibility[k] += b.eligibility[k];
  for (const k of Object.keys(a.designation) as DesignationStatus[]) a.designation[k] += b.designation[k];
  for (const k of Object.keys(a.invalid) as (keyof Tally['invalid'])[]) a.invalid[k] += b.invalid[k];
  return a;
}

/** How many records were refused. */
export function invalidCount(t: Tally): number {
  return Object.values(t.invalid).reduce((x, y) => x + y, 0);
}

const WORDS = {
  id: {
    judged: 'desa dinilai',
    eligibility: 'kelayakan (Pasal 3 ayat (1) + Pasal 4 ayat (5))',
    met: 'memenuhi',
    not_met: 'tidak memenuhi',
    unknown: 'tidak dapat dinilai',
    not_applicable: 'tidak berlaku',
    designation: 'penetapan DME',
    not_designated: 'belum ditetapkan',
    active: 'aktif',
    expired: 'berakhir',
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
    eligibility: 'eligibility (Pasal 3 ayat (1) + Pasal 4 ayat (5))',
    met: 'met',
    not_met: 'not met',
    unknown: 'unknown',
    not_applicable: 'not applicable',
    designation: 'DME designation',
    not_designated: 'not designated',
    active: 'active',
    expired: 'expired',
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
  const n = (x: number) => x.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
  const parts = <K extends string>(counts: Record<K, number>) =>
    (Object.keys(counts) as K[])
      .filter((k) => counts[k] > 0)
      .map((k) => `${w[k as keyof typeof w]} ${n(counts[k])}`)
      .join(', ') || '0';
  const lines = [`${n(t.judged)} ${w.judged}${seconds === undefined ? '' : timing(t, seconds, lang)}`];
  lines.push(`  ${w.eligibility}: ${parts(t.eligibility)}`);
  lines.push(`  ${w.designation}: ${parts(t.designation)}`);
  const refused = invalidCount(t);
  lines.push(`  ${w.invalid}: ${n(refused)}${refused > 0 ? ` (${parts(t.invalid)})` : ''}`);
  return `${lines.join('\n')}\n`;
}

function timing(t: Tally, seconds: number, lang: Lang): string {
  const w = WORDS[lang];
  const fmt = (x: number, d: number) =>
    x.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: d });
  const total = t.judged + invalidCount(t);
  return ` (${fmt(seconds, 1)} ${w.seconds}, ${fmt(seconds > 0 ? total / seconds : total, 0)} ${w.perSecond})`;
}
