import type { Evaluation, VillageRecord } from '../../src/schema/index.js';
import type { DateString } from '../../src/types.js';

// Pasal 13: the annual results that count, and the run of Perlu Pembinaan results.

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
