import { plusDays, plusYears } from './dates.js';
import type { ParamValue } from './parameters.js';
import type { Evaluation, VillageRecord } from './schema/index.js';
import type { DateString, Verdict } from './types.js';
import type { DesignationStatus, EvaluationResult } from './verdict.js';

// The status block of the verdict: designation (Pasal 5 ayat (4)), the evaluation result on the date
// (Pasal 12 ayat (2)) and whether revocation is recommended (Pasal 13 ayat (2)).

/** The last day a designation is in force (Pasal 5 ayat (4)): designatedOn + N years − 1 day, or the latest extension. */
export function designationEnd(
  designation: NonNullable<VillageRecord['designation']>,
  validityYears: number,
): DateString {
  const end = plusDays(plusYears(designation.designatedOn, validityYears), -1);
  const ext = designation.extendedUntil;
  return ext !== undefined && ext > end ? ext : end;
}

/** Whether the village is a Desa Migran EMAS on `asOf` (Pasal 5 ayat (4)). */
export function designationStatus(
  record: VillageRecord,
  asOf: DateString,
  params: Readonly<Record<string, ParamValue>>,
): DesignationStatus {
  const d = record.designation;
  if (d === undefined || d.designatedOn > asOf) return 'not_designated';
  return asOf <= designationEnd(d, Number(params.validityYears)) ? 'active' : 'expired';
}

/**
 * The annual results that count under Pasal 13 on `asOf`, oldest first: recorded for a year up to the year of
 * `asOf`, and for a year that ends on or after the effective date (Pasal 18: a result of a year before the
 * regulation was in force is no predicate under Pasal 12 ayat (2), and a sanction is never retroactive).
 */
export function countedEvaluations(
  record: VillageRecord,
  asOf: DateString,
  effectiveDate: DateString,
): Evaluation[] {
  const year = Number(asOf.slice(0, 4));
  const first = Number(effectiveDate.slice(0, 4));
  return (record.evaluations ?? [])
    .filter((e) => e.year <= year && e.year >= first)
    .sort((a, b) => a.year - b.year);
}

/**
 * How many of the latest counted annual results are Perlu Pembinaan in consecutive years, ending with the
 * latest one (0 when the latest is not Perlu Pembinaan), and the years of that run.
 */
export function perluPembinaanRun(
  record: VillageRecord,
  asOf: DateString,
  effectiveDate: DateString,
): { length: number; years: number[] } {
  const results = countedEvaluations(record, asOf, effectiveDate);
  const years: number[] = [];
  for (let i = results.length - 1; i >= 0; i--) {
    const e = results[i] as Evaluation;
    if (e.result !== 'perlu-pembinaan') break;
    if (years.length > 0 && e.year !== (years[0] as number) - 1) break;
    years.unshift(e.year);
  }
  return { length: years.length, years };
}

/**
 * Pasal 13 ayat (2): a Desa Migran EMAS (active on `asOf`) whose last N counted annual results
 * (N = revocationConsecutiveYears) are for consecutive years and all Perlu Pembinaan.
 */
export function revocationRecommended(
  record: VillageRecord,
  asOf: DateString,
  params: Readonly<Record<string, ParamValue>>,
): boolean {
  const n = Number(params.revocationConsecutiveYears);
  if (!(n >= 1) || designationStatus(record, asOf, params) !== 'active') return false;
  return perluPembinaanRun(record, asOf, String(params.effectiveDate)).length >= n;
}

/** The predicate of Pasal 12 ayat (2) of each huruf. */
export const PREDICATE_CITATIONS: Readonly<Record<EvaluationResult, string>> = {
  mandiri: 'Pasal 12 ayat (2) huruf a',
  berkembang: 'Pasal 12 ayat (2) huruf b',
  'perlu-pembinaan': 'Pasal 12 ayat (2) huruf c',
};

/**
 * The evaluation result on the date (Pasal 12 ayat (2)): the predicate whose finding is met. It is null when no
 * predicate holds for certain: for a village that is not a Desa Migran EMAS on the date (not designated or
 * expired: Pasal 12 evaluates Desa Migran EMAS only), and when the Pasal 4 findings that decide between
 * predicates are unknown (e.g. Pasal 4 ayat (5) unknown; or ayat (5) met with some criterion unknown and none
 * failed, which could be Mandiri or Berkembang).
 */
export function evaluationResultOf(
  verdictOf: (citation: string) => Verdict | undefined,
): EvaluationResult | null {
  for (const [result, citation] of Object.entries(PREDICATE_CITATIONS) as [EvaluationResult, string][]) {
    if (verdictOf(citation) === 'met') return result;
  }
  return null;
}

export type { DesignationStatus, EvaluationResult };
