// Due dates: a fixed date, or "paling lama N Hari sejak X" on the working-day calendar; and obligations
// that cannot be judged.

import {
  type AddWorkingDaysResult,
  addWorkingDays,
  type Calendar,
  workingDaysBetween,
} from '../calendar/index.js';
import { plusDays } from '../dates.js';
import type { ObligationResult, RuleContext } from '../define.js';
import { bilingual, formatDate, list } from '../explain/format.js';
import { memoize, memoizeOne } from '../memo.js';
import type { Bilingual, DateString, ObligationStatus } from '../types.js';
import { paramPhrase, sharedParamValues } from './phrases.js';
import {
  type Duty,
  fulfilledAsOf,
  obligationStatus,
  result,
  stateClause,
  unexplained,
  withNote,
} from './status.js';

/** A due date given as a date, with what it is (`tanggal 10 bulan pertama sesudah semester berakhir`). */
export interface FixedDue {
  date: DateString;
  basis: Bilingual;
}

/** An obligation due on a fixed date. */
export function dueOn(
  ctx: RuleContext,
  d: Duty & { due: FixedDue; fulfilledOn: DateString | null | undefined },
) {
  const fulfilledOn = fulfilledAsOf(d.fulfilledOn, ctx.asOf);
  const status = obligationStatus(d.due.date, fulfilledOn, ctx.asOf);
  if (ctx.explain === false) return unexplained(d, d.due.date, status, fulfilledOn);
  const message = bilingual((l) =>
    withNote(
      `${d.party} ${d.duty[l]} ${l === 'id' ? 'paling lambat' : 'by'} ${formatDate(d.due.date, l)} (${d.due.basis[l]}): ${stateClause(status, d.due.date, fulfilledOn, ctx.asOf, l)}.`,
      d.note,
      l,
    ),
  );
  return result(
    d,
    d.due.date,
    status,
    fulfilledOn,
    message,
    Object.assign({}, d.values, { due: d.due.date, fulfilledOn }),
  );
}

/** "paling lama N Hari sejak X": N working days after the event X, the parameter that gives N. */
export interface WorkingDaysDue {
  /** The event's date (not counted). */
  after: DateString;
  /** The event, as a noun phrase: `usulan diterima secara lengkap` / `receipt of the complete proposal`. */
  event: Bilingual;
  /** The parameter giving N. */
  param: string;
}

const HARI: Bilingual = { id: 'Hari', en: 'working days' };

/**
 * The N-th working day after `after`, as {@link addWorkingDays} counts it, remembered per calendar: the same
 * events (complaints, reports, designations) fall on the same days in many villages. At most 4,096 dates are
 * kept per calendar and number of days.
 */
function workingDaysDue(after: DateString, n: number, cal: Calendar): AddWorkingDaysResult {
  return dueDates(cal, n)(after);
}

/** The due dates of {@link workingDaysDue}, by calendar (read-only once built), number of days and date. */
const dueDates = memoize(
  (cal: Calendar, n: number) =>
    // throws on a date or count that is not valid (and a throw is not remembered)
    memoizeOne((after: DateString) => addWorkingDays(after, n, cal), 4096),
  64,
);

/**
 * An obligation due N working days after an event, on the calendar of Pasal 1 angka 12. When the count runs
 * into a year the calendar does not cover, the status is `unknown` with the calendar's reason, unless the
 * covered days alone settle it (done within N working days: met; fewer than N working days gone by the
 * assessment date: pending). Never a guess.
 */
export function dueInWorkingDays(
  ctx: RuleContext,
  d: Duty & { due: WorkingDaysDue; fulfilledOn: DateString | null | undefined },
): ObligationResult {
  // the count in force on the day of the event that starts the deadline (not on the Tanggal Penilaian): the due
  // date of a complaint does not move with the day it is judged
  const after = d.due.after;
  const inForce = ctx.paramOn(d.due.param, after);
  const n = Number(inForce === undefined ? ctx.params[d.due.param] : inForce.value);
  const fulfilledOn = fulfilledAsOf(d.fulfilledOn, ctx.asOf);
  const due = workingDaysDue(after, n, ctx.calendar);
  const status = due.ok ? obligationStatus(due.date, fulfilledOn, ctx.asOf) : null;
  // without the due date (a year the calendar does not cover): settled from the covered days, or unknown
  const done = !due.ok && fulfilledOn ? workingDaysBetween(after, fulfilledOn, ctx.calendar) : null;
  const doneInTime = fulfilledOn !== null && done?.ok === true && done.count <= n;
  const gone = !due.ok && !fulfilledOn ? workingDaysBetween(after, ctx.asOf, ctx.calendar) : null;
  const notYet = gone?.ok === true && gone.count < n;
  if (ctx.explain === false) {
    if (due.ok) return unexplained(d, due.date, status as ObligationStatus, fulfilledOn);
    if (doneInTime) return unexplained(d, null, 'met', fulfilledOn);
    return notYet ? unexplained(d, null, 'pending', null) : unexplained(d, null, 'unknown', fulfilledOn);
  }
  const nText = paramPhrase(ctx, d.due.param, HARI, after);
  const values = Object.assign({}, d.values, sharedParamValues(ctx, d.due.param, after), {
    from: after,
    fulfilledOn,
  });
  const head: Bilingual = {
    id: `${d.party} ${d.duty.id} paling lama ${nText.id} sejak ${d.due.event.id} pada ${formatDate(after, 'id')}`,
    en: `${d.party} ${d.duty.en} within ${nText.en} of ${d.due.event.en} on ${formatDate(after, 'en')}`,
  };
  if (due.ok) {
    const message = bilingual((l) =>
      withNote(
        `${head[l]}, ${l === 'id' ? 'yaitu' : 'that is by'} ${formatDate(due.date, l)}: ${stateClause(status as ObligationStatus, due.date, fulfilledOn, ctx.asOf, l)}.`,
        d.note,
        l,
      ),
    );
    return result(
      d,
      due.date,
      status as ObligationStatus,
      fulfilledOn,
      message,
      Object.assign(values, { due: due.date }),
    );
  }
  if (doneInTime && done?.ok) {
    const message = bilingual((l) =>
      withNote(
        l === 'id'
          ? `${head[l]}: dipenuhi ${formatDate(fulfilledOn as DateString, l)}, ${done.count} Hari sesudahnya, dalam batas ${n} Hari (tanggal tenggat sendiri tidak dapat dihitung: ${due.reason.id}).`
          : `${head[l]}: done on ${formatDate(fulfilledOn as DateString, l)}, ${done.count} working days later, within ${n} (the due date itself cannot be computed: ${due.reason.en}).`,
        d.note,
        l,
      ),
    );
    return result(
      d,
      null,
      'met',
      fulfilledOn,
      message,
      Object.assign(values, { due: null, workingDaysTaken: done.count }),
    );
  }
  if (notYet && gone?.ok) {
    const message = bilingual((l) =>
      withNote(
        l === 'id'
          ? `${head[l]}: belum dipenuhi; pada Tanggal Penilaian ${formatDate(ctx.asOf, l)} baru ${gone.count} Hari berlalu (tanggal tenggat sendiri tidak dapat dihitung: ${due.reason.id}).`
          : `${head[l]}: not done yet; by the assessment date ${formatDate(ctx.asOf, l)} only ${gone.count} working days have passed (the due date itself cannot be computed: ${due.reason.en}).`,
        d.note,
        l,
      ),
    );
    return result(
      d,
      null,
      'pending',
      null,
      message,
      Object.assign(values, { due: null, workingDaysPassed: gone.count }),
    );
  }
  const message = bilingual((l) =>
    withNote(
      `${head[l]}: ${l === 'id' ? 'tenggat tidak dapat dihitung' : 'the due date cannot be computed'} — ${due.reason[l]}.`,
      d.note,
      l,
    ),
  );
  return result(
    d,
    null,
    'unknown',
    fulfilledOn,
    message,
    Object.assign(values, { due: null, calendarYearMissing: due.year }),
  );
}

/** An obligation that cannot be judged because data is missing (the paths) or for another reason. */
export function cannotJudge(
  ctx: RuleContext,
  d: Duty & { due?: DateString | null; missing?: readonly string[]; reason?: Bilingual },
) {
  if (ctx.explain === false) return unexplained(d, d.due ?? null, 'unknown', null);
  const why = bilingual((l) => {
    if (d.reason) return d.reason[l];
    const paths = [...(d.missing ?? [])];
    return l === 'id'
      ? `data ${list(paths, 'id')} tidak tersedia`
      : `${list(paths, 'en')} ${paths.length > 1 ? 'are' : 'is'} missing`;
  });
  const message = bilingual((l) =>
    withNote(
      `${d.party} ${d.duty[l]}${d.due ? ` ${l === 'id' ? 'paling lambat' : 'by'} ${formatDate(d.due, l)}` : ''}: ${l === 'id' ? 'tidak dapat dinilai' : 'cannot be judged'} — ${why[l]}.`,
      d.note,
      l,
    ),
  );
  return result(
    d,
    d.due ?? null,
    'unknown',
    null,
    message,
    Object.assign({}, d.values, { due: d.due ?? null }, d.missing ? { missing: [...d.missing] } : {}),
  );
}

/** The day before `date` (the last day of "N bulan/tahun sejak X" counted as in Pasal 5 ayat (4)). */
export function dayBefore(date: DateString): DateString {
  return plusDays(date, -1);
}
