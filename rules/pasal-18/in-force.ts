import type { RuleContext } from '../../src/define.js';
import {
  earlierOf,
  type Period,
  type PeriodKind,
  periodsOverlapping,
} from '../../src/obligations/periods.js';
import type { DateString } from '../../src/types.js';

// Pasal 18: the effective date, and no retroactivity (which events start a deadline, which periods arise).

/** The effective date of the regulation (Pasal 18) in force on the Tanggal Penilaian. */
export function effectiveDate(ctx: RuleContext): DateString {
  return String(ctx.params.effectiveDate);
}

/** Whether an event on `date` can start a deadline: on or after the effective date (no retroactivity). */
export function startsDeadline(ctx: RuleContext, date: DateString): boolean {
  return date >= effectiveDate(ctx);
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
