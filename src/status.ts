import { plusDays, plusYears } from './dates.js';
import type { ParamValue } from './parameters.js';
import type { VillageRecord } from './schema/index.js';
import type { DateString } from './types.js';
import type { DesignationStatus, EvaluationResult } from './verdict.js';

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
 * Pasal 13 ayat (2): the last N recorded annual results (N = revocationConsecutiveYears) are for
 * consecutive years and all Perlu Pembinaan.
 */
export function revocationRecommended(record: VillageRecord, asOf: DateString, n: number): boolean {
  const year = Number(asOf.slice(0, 4));
  const results = (record.evaluations ?? []).filter((e) => e.year <= year).sort((a, b) => a.year - b.year);
  const last = results.slice(-n);
  if (n < 1 || last.length < n) return false;
  return last.every(
    (e, i) => e.result === 'perlu-pembinaan' && (i === 0 || e.year === (last[i - 1]?.year ?? 0) + 1),
  );
}

export type { DesignationStatus, EvaluationResult };
