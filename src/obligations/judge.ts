import {
  type AddWorkingDaysResult,
  addWorkingDays,
  type Calendar,
  workingDaysBetween,
} from '../calendar/index.js';
import { plusDays } from '../dates.js';
import type { ExplainValue, ObligationResult, ParamInForce, Party, RuleContext } from '../define.js';
import { bilingual, formatDate, list } from '../explain/format.js';
import { memoize } from '../memo.js';
import type { Bilingual, DateString, Lang, ObligationStatus } from '../types.js';
import type { Period } from './periods.js';

// The shared machinery of every obligation: a due date (a fixed date, or "paling lama N Hari sejak X" on the
// working-day calendar), the status on the Tanggal Penilaian, and a message quoting the party and the dates
// compared. Statuses (interface.md): met (done by the due date), late (done after it), overdue (not done, due
// date passed), pending (not done, not yet due), unknown (the data or the calendar cannot tell).
//
// What happened after the Tanggal Penilaian has not happened yet on that date: a fulfilment dated after
// `asOf` is ignored. The due date itself still counts as in time ("paling lama", "paling lambat").
//
// The `values` of a result are built with `Object.assign({}, …)`, not `{ ...a, b }`: in V8's optimised code
// (Node 20) an object literal that starts with a spread and goes on gets a hidden class of its own for every
// object, which costs ~0.5 µs a property and leaves every later reader of the verdict (JSON.stringify) on its
// slow path. The order of the keys is the same.

/** What every obligation says: its citation, who owes it, its period, and what is owed. */
export interface Duty {
  citation: string;
  party: Party;
  /** `2026-Q1`, `2026-1`, `2026-03`, `2026`, an event's date, or null for a one-off obligation. */
  period: string | null;
  /** What the party must do, a phrase that follows the party's name: `melakukan verifikasi…` / `verify…`. */
  duty: Bilingual;
  /** Extra sentence(s) to add to the message (e.g. what is still wrong). */
  note?: Bilingual;
  values?: Record<string, ExplainValue>;
}

/** The status of an obligation on `asOf` from its due date and the date it was fulfilled (null: not done). */
export function obligationStatus(
  due: DateString,
  fulfilledOn: DateString | null,
  asOf: DateString,
): ObligationStatus {
  if (fulfilledOn !== null && fulfilledOn <= asOf) return fulfilledOn <= due ? 'met' : 'late';
  return asOf > due ? 'overdue' : 'pending';
}

/** A fulfilment as known on `asOf`: a date after `asOf` has not happened yet. */
export function fulfilledAsOf(date: DateString | null | undefined, asOf: DateString): DateString | null {
  return date !== undefined && date !== null && date <= asOf ? date : null;
}

/** How a count reads: `N Hari` / `N working days`, or a function of the value and the language. */
export type UnitText = Bilingual | ((value: string, lang: Lang) => string);

/** A number of times: "N kali" / "once", "twice", "N times". */
export function timesText(n: string, l: Lang): string {
  if (l === 'id') return `${n} kali`;
  return n === '1' ? 'once' : n === '2' ? 'twice' : `${n} times`;
}

/** "N Hari" / "N working days", with the date the value applies from when the parameter changes over time. */
export function paramPhrase(ctx: RuleContext, name: string, unit: UnitText): Bilingual {
  const p = ctx.paramInForce(name);
  // A parameter of the regulation reads the same for every village judged on the same date: built once.
  return p === undefined ? phrase(ctx.params[name], p, unit) : sharedPhrase(p, unit);
}

/**
 * The phrases of {@link paramPhrase}, by parameter in force (one object per regulation, date and name, see
 * `paramsInForce`) and unit: they go when the parameter lookup of that date does.
 */
const sharedPhrase = memoize((p: ParamInForce, unit: UnitText) => Object.freeze(phrase(p.value, p, unit)));

function phrase(value: unknown, p: ParamInForce | undefined, unit: UnitText): Bilingual {
  const since = (l: Lang) =>
    p?.changes === true
      ? l === 'id'
        ? ` (nilai yang berlaku sejak ${formatDate(p.since, l)})`
        : ` (the value in force since ${formatDate(p.since, l)})`
      : '';
  return bilingual(
    (l) => `${typeof unit === 'function' ? unit(String(value), l) : `${value} ${unit[l]}`}${since(l)}`,
  );
}

/** The parameter's value and the date it applies from, for an obligation's `values`. */
export function paramValues(ctx: RuleContext, name: string): Record<string, ExplainValue> {
  return { ...sharedParamValues(ctx, name) };
}

/**
 * {@link paramValues} as one frozen object per parameter in force (one per regulation, date and name): the
 * same for every village judged on that date, to copy from.
 */
function sharedParamValues(ctx: RuleContext, name: string): Readonly<Record<string, ExplainValue>> {
  const p = ctx.paramInForce(name);
  if (p === undefined) return { [name]: (ctx.params[name] ?? null) as ExplainValue, [`${name}Since`]: null };
  return valuesInForce(p, name);
}

const valuesInForce = memoize((p: ParamInForce, name: string) =>
  Object.freeze({ [name]: p.value, [`${name}Since`]: p.since }),
);

function calendarDaysBetween(from: DateString, to: DateString): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function stateClause(
  status: ObligationStatus,
  due: DateString,
  fulfilledOn: DateString | null,
  asOf: DateString,
  l: Lang,
) {
  switch (status) {
    case 'met': {
      const f = fulfilledOn ? formatDate(fulfilledOn, l) : '';
      return l === 'id' ? `dipenuhi ${f}, tepat waktu` : `done on ${f}, on time`;
    }
    case 'late': {
      const f = fulfilledOn ? formatDate(fulfilledOn, l) : '';
      const k = calendarDaysBetween(due, fulfilledOn ?? due);
      return l === 'id'
        ? `dipenuhi ${f}, terlambat ${k} hari`
        : `done on ${f}, ${k} day${k === 1 ? '' : 's'} late`;
    }
    case 'overdue':
      return l === 'id'
        ? `belum dipenuhi pada Tanggal Penilaian ${formatDate(asOf, l)}; tenggat telah lewat`
        : `not done by the assessment date ${formatDate(asOf, l)}; the due date has passed`;
    default:
      return l === 'id'
        ? `belum dipenuhi; tenggat belum lewat pada Tanggal Penilaian ${formatDate(asOf, l)}`
        : `not done yet; not yet due on the assessment date ${formatDate(asOf, l)}`;
  }
}

function withNote(text: string, note: Bilingual | undefined, l: Lang): string {
  return note ? `${text} ${note[l]}` : text;
}

function result(
  d: Duty,
  due: DateString | null,
  status: ObligationStatus,
  fulfilledOn: DateString | null,
  message: Bilingual,
  values: Record<string, ExplainValue>,
): ObligationResult {
  return {
    citation: d.citation,
    party: d.party,
    period: d.period,
    due,
    status,
    fulfilledOn,
    message,
    values,
  };
}

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
  let byCount = dueDates.get(cal);
  if (!byCount) {
    byCount = new Map();
    dueDates.set(cal, byCount);
  }
  const byDate = byCount.get(n);
  const known = byDate?.get(after);
  if (known) return known;
  const due = addWorkingDays(after, n, cal); // throws on a date or count that is not valid
  if (!byDate) {
    if (byCount.size >= 64) byCount.clear();
    byCount.set(n, new Map([[after, due]]));
  } else {
    if (byDate.size >= 4096) byDate.clear();
    byDate.set(after, due);
  }
  return due;
}

/** The due dates of {@link workingDaysDue}, by calendar (read-only once built) and number of days. */
const dueDates = new WeakMap<Calendar, Map<number, Map<DateString, AddWorkingDaysResult>>>();

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
  const n = Number(ctx.params[d.due.param]);
  const nText = paramPhrase(ctx, d.due.param, HARI);
  const after = d.due.after;
  const fulfilledOn = fulfilledAsOf(d.fulfilledOn, ctx.asOf);
  const values = Object.assign({}, d.values, sharedParamValues(ctx, d.due.param), {
    from: after,
    fulfilledOn,
  });
  const head: Bilingual = {
    id: `${d.party} ${d.duty.id} paling lama ${nText.id} sejak ${d.due.event.id} pada ${formatDate(after, 'id')}`,
    en: `${d.party} ${d.duty.en} within ${nText.en} of ${d.due.event.en} on ${formatDate(after, 'en')}`,
  };
  const due = workingDaysDue(after, n, ctx.calendar);
  if (due.ok) {
    const status = obligationStatus(due.date, fulfilledOn, ctx.asOf);
    const message = bilingual((l) =>
      withNote(
        `${head[l]}, ${l === 'id' ? 'yaitu' : 'that is by'} ${formatDate(due.date, l)}: ${stateClause(status, due.date, fulfilledOn, ctx.asOf, l)}.`,
        d.note,
        l,
      ),
    );
    return result(d, due.date, status, fulfilledOn, message, Object.assign(values, { due: due.date }));
  }
  // The due date needs a year the calendar does not cover: settle it from the covered days, or say why not.
  const done = fulfilledOn ? workingDaysBetween(after, fulfilledOn, ctx.calendar) : null;
  if (fulfilledOn && done?.ok && done.count <= n) {
    const message = bilingual((l) =>
      withNote(
        l === 'id'
          ? `${head[l]}: dipenuhi ${formatDate(fulfilledOn, l)}, ${done.count} Hari sesudahnya, dalam batas ${n} Hari (tanggal tenggat sendiri tidak dapat dihitung: ${due.reason.id}).`
          : `${head[l]}: done on ${formatDate(fulfilledOn, l)}, ${done.count} working days later, within ${n} (the due date itself cannot be computed: ${due.reason.en}).`,
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
  const gone = fulfilledOn ? null : workingDaysBetween(after, ctx.asOf, ctx.calendar);
  if (gone?.ok && gone.count < n) {
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
  d: Duty & { due?: DateString | null; missing?: readonly string[]; reason?: Bilingual },
) {
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

const PERIOD_NAME: Record<Period['kind'], Bilingual> = {
  month: { id: 'bulan', en: 'month' },
  quarter: { id: 'triwulan', en: 'quarter' },
  semester: { id: 'semester', en: 'semester' },
  year: { id: 'tahun', en: 'year' },
};

/** `triwulan 2026-Q1 (1 Jan – 31 Mar 2026)` / `quarter 2026-Q1 (1 Jan – 31 Mar 2026)`. */
export function periodLabel(p: Period): Bilingual {
  let label = labels.get(p);
  if (!label) {
    label = Object.freeze(
      bilingual(
        (l) => `${PERIOD_NAME[p.kind][l]} ${p.key} (${formatDate(p.start, l)} – ${formatDate(p.end, l)})`,
      ),
    );
    labels.set(p, label);
  }
  return label;
}

/** The labels of {@link periodLabel}, by period (the periods of `periods.ts` are shared objects). */
const labels = new WeakMap<Period, Bilingual>();

/**
 * A periodic obligation "paling sedikit `required` kali setiap <period>": met on the date of the
 * `required`-th event inside the period (counting only events up to `asOf`), overdue when the period has
 * ended without enough of them, pending while it runs; unknown when the list of events is missing.
 * An event outside its period never fulfils it.
 */
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
  const label = periodLabel(p);
  const times = d.param
    ? paramPhrase(ctx, d.param, timesText)
    : bilingual((l) => timesText(String(d.required), l));
  const duty = bilingual((l) =>
    l === 'id'
      ? `${d.duty.id} paling sedikit ${times.id} dalam ${label.id}`
      : `${d.duty.en} at least ${times.en} in the ${label.en}`,
  );
  const values = Object.assign(
    {},
    d.values,
    d.param ? sharedParamValues(ctx, d.param) : { required: d.required },
    {
      from: p.start,
      to: p.end,
    },
  );
  if (d.events === undefined) {
    return cannotJudge(Object.assign({}, d, { duty, due: p.end, missing: [d.path], values }));
  }
  const inside = d.events.filter((e) => e >= p.start && e <= p.end && e <= ctx.asOf).sort();
  const fulfilledOn = inside.length >= d.required ? (inside[Math.max(0, d.required - 1)] ?? p.start) : null;
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
            ? `kurang dari ${d.required}; periode berakhir ${formatDate(p.end, l)}`
            : `fewer than ${d.required}; the period ended on ${formatDate(p.end, l)}`
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

/** The day before `date` (the last day of "N bulan/tahun sejak X" counted as in Pasal 5 ayat (4)). */
export function dayBefore(date: DateString): DateString {
  return plusDays(date, -1);
}

/** The working-day calendar a rule uses (re-exported for rule modules). */
export type { Calendar };
