import type { ObligationResult, RuleContext } from '../define.js';
import { bilingual, formatDate, list } from '../explain/format.js';
import { memoizeOne } from '../memo.js';
import type { Bilingual, DateString } from '../types.js';
import { cannotJudge } from './due.js';
import type { Period } from './periods.js';
import { paramPhrase, sharedParamValues, timesText } from './phrases.js';
import { type Duty, obligationStatus, result, unexplained, withNote } from './status.js';

const PERIOD_NAME: Record<Period['kind'], Bilingual> = {
  month: { id: 'bulan', en: 'month' },
  quarter: { id: 'triwulan', en: 'quarter' },
  semester: { id: 'semester', en: 'semester' },
  year: { id: 'tahun', en: 'year' },
};

/** `triwulan 2026-Q1 (1 Jan – 31 Mar 2026)` / `quarter 2026-Q1 (1 Jan – 31 Mar 2026)`. */
/** One label per period (the periods of `periods.ts` are shared objects). */
export const periodLabel: (p: Period) => Bilingual = memoizeOne((p: Period) =>
  Object.freeze(
    bilingual(
      (l) => `${PERIOD_NAME[p.kind][l]} ${p.key} (${formatDate(p.start, l)} – ${formatDate(p.end, l)})`,
    ),
  ),
);

/**
 * A periodic obligation "paling sedikit `required` kali setiap <period>": met on the date of the
 * `required`-th event inside the period (counting only events up to `asOf`), overdue when the period has
 * ended without enough of them, pending while it runs; unknown when the list of events is missing.
 * An event outside its period never fulfils it.
 */
/** The events of a period that have happened by `asOf`, in date order. */
function eventsIn(events: readonly DateString[], p: Period, asOf: DateString): DateString[] {
  return events.filter((e) => e >= p.start && e <= p.end && e <= asOf).sort();
}

/** The day the `required`-th of the period's events happened (the duty was met), or null if it has not. */
function metOn(inside: readonly DateString[], p: Period, required: number): DateString | null {
  return inside.length >= required ? (inside[Math.max(0, required - 1)] ?? p.start) : null;
}

export function timesInPeriod(
  ctx: RuleContext,
  d: Duty & {
    period: string;
    within: Period;
    required: number;
    /** The dates of the events (undefined: the list is missing from the record). */
    events: readonly DateString[] | undefined;
    /** The record path of the list, named when it is missing. */
    path: string;
    /** What is counted: `kunjungan pemantauan` / `monitoring visits`. */
    what: Bilingual;
    /** The parameter giving `required`, if any (its value and date are then shown). */
    param?: string;
  },
): ObligationResult {
  const p = d.within;
  // the number required is the value in force on the first day of the period (a value from 2027 never reaches
  // a 2026 quarter)
  const inForce = d.param === undefined ? undefined : ctx.paramOn(d.param, p.start);
  const required = inForce === undefined ? d.required : Number(inForce.value);
  if (ctx.explain === false) {
    if (d.events === undefined) return unexplained(d, p.end, 'unknown', null);
    const fulfilledOn = metOn(eventsIn(d.events, p, ctx.asOf), p, required);
    return unexplained(d, p.end, obligationStatus(p.end, fulfilledOn, ctx.asOf), fulfilledOn);
  }
  const label = periodLabel(p);
  const times = d.param
    ? paramPhrase(ctx, d.param, timesText, p.start)
    : bilingual((l) => timesText(String(required), l));
  const duty = bilingual((l) =>
    l === 'id'
      ? `${d.duty.id} paling sedikit ${times.id} dalam ${label.id}`
      : `${d.duty.en} at least ${times.en} in the ${label.en}`,
  );
  const values = Object.assign(
    {},
    d.values,
    d.param ? sharedParamValues(ctx, d.param, p.start) : { required },
    {
      from: p.start,
      to: p.end,
    },
  );
  if (d.events === undefined) {
    return cannotJudge(ctx, Object.assign({}, d, { duty, due: p.end, missing: [d.path], values }));
  }
  const inside = eventsIn(d.events, p, ctx.asOf);
  const fulfilledOn = metOn(inside, p, required);
  const status = obligationStatus(p.end, fulfilledOn, ctx.asOf);
  const count = inside.length;
  const message = bilingual((l) => {
    const counted =
      l === 'id'
        ? `${count} ${d.what.id} dalam periode${
            count > 0
              ? ` (${list(
                  inside.map((e) => formatDate(e, l)),
                  l,
                )})`
              : ''
          }`
        : `${count} ${d.what.en} in the period${
            count > 0
              ? ` (${list(
                  inside.map((e) => formatDate(e, l)),
                  l,
                )})`
              : ''
          }`;
    const state =
      status === 'met'
        ? l === 'id'
          ? `dipenuhi ${formatDate(fulfilledOn ?? p.end, l)}`
          : `met on ${formatDate(fulfilledOn ?? p.end, l)}`
        : status === 'overdue'
          ? l === 'id'
            ? `kurang dari ${required}; periode berakhir ${formatDate(p.end, l)}`
            : `fewer than ${required}; the period ended on ${formatDate(p.end, l)}`
          : l === 'id'
            ? `periode berjalan sampai ${formatDate(p.end, l)}`
            : `the period runs until ${formatDate(p.end, l)}`;
    return withNote(`${d.party} ${duty[l]}: ${counted}; ${state}.`, d.note, l);
  });
  return result(
    d,
    p.end,
    status,
    fulfilledOn,
    message,
    Object.assign(values, { count, due: p.end, fulfilledOn }),
  );
}
