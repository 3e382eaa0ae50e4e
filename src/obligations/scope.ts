import type { RuleContext } from '../define.js';
import { bilingual, formatDate } from '../explain/format.js';
import { designationEnd } from '../status.js';
import type { Bilingual, DateString } from '../types.js';
import { earlierOf, type Period, type PeriodKind, periodsOverlapping } from './periods.js';

// Which obligations arise at all (Pasal 18: no retroactivity; Pasal 10, 11, 15: only for a Desa Migran EMAS).

/** The effective date of the regulation (Pasal 18) in force on the Tanggal Penilaian. */
export function effectiveDate(ctx: RuleContext): DateString {
  return String(ctx.params.effectiveDate);
}

/** Whether an event on `date` can start a deadline: on or after the effective date (no retroactivity). */
export function startsDeadline(ctx: RuleContext, date: DateString): boolean {
  return date >= effectiveDate(ctx);
}

/**
 * The days on which the village is a Desa Migran EMAS, as far as the Tanggal Penilaian: from its designation to
 * the end of its validity (Pasal 5 ayat (4), with extensions). Null when it is not designated on `asOf`.
 */
export function designatedSpan(ctx: RuleContext): { from: DateString; to: DateString } | null {
  const d = ctx.record.designation;
  if (d === undefined || d.designatedOn > ctx.asOf) return null;
  // Asked a dozen times per village (the periodic obligations, exceptions and findings of Pasal 10, 11, 15):
  // the end date is computed once per designation record, as long as what it depends on is unchanged.
  const years = Number(ctx.params.validityYears);
  let end = ends.get(d);
  if (end?.years !== years || end.from !== d.designatedOn || end.extendedUntil !== d.extendedUntil) {
    end = { years, from: d.designatedOn, extendedUntil: d.extendedUntil, to: designationEnd(d, years) };
    ends.set(d, end);
  }
  return { from: d.designatedOn, to: end.to };
}

/** The last days of {@link designatedSpan}, by designation record, with what they were computed from. */
const ends = new WeakMap<
  object,
  { years: number; from: DateString; extendedUntil: DateString | undefined; to: DateString }
>();

/** Whether the village is a Desa Migran EMAS on the Tanggal Penilaian. */
export function isActiveOn(ctx: RuleContext): boolean {
  const span = designatedSpan(ctx);
  return span !== null && ctx.asOf <= span.to;
}

/**
 * The periods of a periodic obligation, up to the one in progress on `asOf`: those that have started by `asOf`
 * and by the end of the village's designation, that end on or after the effective date (Pasal 18), and that
 * end on or after `from` (`rule: 'ends-on-or-after'`, Pasal 10) or start on or after it
 * (`'starts-on-or-after'`, Pasal 11 and 15).
 */
export function dutyPeriods(
  ctx: RuleContext,
  kind: PeriodKind,
  from: DateString,
  rule: 'ends-on-or-after' | 'starts-on-or-after',
  until: DateString,
): Period[] {
  const last = earlierOf(ctx.asOf, until);
  const eff = effectiveDate(ctx);
  return periodsOverlapping(kind, from, last).filter(
    (p) => p.end >= eff && p.end >= from && (rule === 'ends-on-or-after' || p.start >= from),
  );
}

/**
 * Why a provision for Desa Migran EMAS does not apply on the Tanggal Penilaian (not designated, designated only
 * later, or the designation has expired), or null when the village is a Desa Migran EMAS on that date.
 */
export function notActiveReason(ctx: RuleContext): Bilingual | null {
  const d = ctx.record.designation;
  if (d === undefined) {
    return {
      id: 'Desa bukan Desa Migran EMAS (tidak ada data penetapan); ketentuan ini hanya untuk Desa Migran EMAS.',
      en: 'The village is not a Desa Migran EMAS (no designation in the data); this provision applies to Desa Migran EMAS only.',
    };
  }
  if (d.designatedOn > ctx.asOf) {
    return bilingual((l) =>
      l === 'id'
        ? `Desa baru ditetapkan ${formatDate(d.designatedOn, l)}, sesudah Tanggal Penilaian ${formatDate(ctx.asOf, l)}; ketentuan ini hanya untuk Desa Migran EMAS.`
        : `The village is only designated on ${formatDate(d.designatedOn, l)}, after the assessment date ${formatDate(ctx.asOf, l)}; this provision applies to Desa Migran EMAS only.`,
    );
  }
  const span = designatedSpan(ctx);
  if (span && ctx.asOf > span.to) {
    return bilingual((l) =>
      l === 'id'
        ? `Status Desa Migran EMAS berakhir ${formatDate(span.to, l)} (Pasal 5 ayat (4)), sebelum Tanggal Penilaian ${formatDate(ctx.asOf, l)}; ketentuan ini hanya untuk Desa Migran EMAS.`
        : `The Desa Migran EMAS status ended on ${formatDate(span.to, l)} (Pasal 5 ayat (4)), before the assessment date ${formatDate(ctx.asOf, l)}; this provision applies to Desa Migran EMAS only.`,
    );
  }
  return null;
}
