import { memoizeOne } from '../memo.js';
import { daysInMonth } from '../schema/date.js';
import type { DateString } from '../types.js';

// Calendar periods of the periodic obligations, keyed exactly as scenario files write them
// (village-data.md): a month `2026-03`, a quarter `2026-Q1`, a semester `2026-1`, a year `2026`.
// Dates are `YYYY-MM-DD` strings, compared as strings; no Date object, so no time zone is involved.

/** The kinds of period a periodic obligation counts in. */
export type PeriodKind = 'month' | 'quarter' | 'semester' | 'year';

/** One calendar period: its key and its first and last day (both inclusive). */
export interface Period {
  kind: PeriodKind;
  /** `2026-03`, `2026-Q1`, `2026-1` or `2026`. */
  key: string;
  start: DateString;
  end: DateString;
}

/** How many months each kind of period spans. */
const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 };

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The period of a kind that starts with month `month` (1–12, already aligned) of `year`: one frozen object per
 * period, shared by every village (the periods of a batch are a few dozen; at most 4,096 are kept).
 */
function periodFrom(kind: PeriodKind, year: number, month: number): Period {
  return periods((year * 12 + month - 1) * 4 + KIND_INDEX[kind]);
}

const KIND_INDEX: Record<PeriodKind, number> = { month: 0, quarter: 1, semester: 2, year: 3 };
const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'semester', 'year'];

/** The periods of {@link periodFrom} by `(year × 12 + month − 1) × 4 + kind`. */
const periods = memoizeOne((id: number): Period => {
  const months = Math.floor(id / 4);
  return Object.freeze(newPeriod(KINDS[id % 4] as PeriodKind, Math.floor(months / 12), (months % 12) + 1));
}, 4096);

function newPeriod(kind: PeriodKind, year: number, month: number): Period {
  const lastMonth = month + MONTHS[kind] - 1;
  const index = (month - 1) / MONTHS[kind] + 1;
  const key =
    kind === 'month'
      ? `${year}-${pad2(month)}`
      : kind === 'quarter'
        ? `${year}-Q${index}`
        : kind === 'semester'
          ? `${year}-${index}`
          : String(year);
  return {
    kind,
    key,
    start: `${year}-${pad2(month)}-01`,
    end: `${year}-${pad2(lastMonth)}-${pad2(daysInMonth(year, lastMonth))}`,
  };
}

/** The period of `kind` that contains `date`. */
export function periodContaining(kind: PeriodKind, date: DateString): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const span = MONTHS[kind];
  return periodFrom(kind, year, Math.floor((month - 1) / span) * span + 1);
}

/** The period right after `p`. */
export function nextPeriod(p: Period): Period {
  const year = Number(p.end.slice(0, 4));
  const month = Number(p.end.slice(5, 7));
  // month 13 is January of the next year: periodFrom counts months from year 0
  return periodFrom(p.kind, year, month + 1);
}

/**
 * Every period of `kind` that overlaps the days `from` … `to` (inclusive), in order; none when `to < from`.
 * The loop runs a counted number of times (the periods from the first to the last), never "until a date is
 * passed": a wrong step can make the list wrong, never endless.
 */
export function periodsOverlapping(kind: PeriodKind, from: DateString, to: DateString): Period[] {
  const out: Period[] = [];
  if (to < from) return out;
  const first = periodContaining(kind, from);
  const count = (monthIndex(to) - monthIndex(first.start)) / MONTHS[kind];
  for (let i = 0, p = first; i <= count; i++, p = nextPeriod(p)) out.push(p);
  return out;
}

/** Months since year 0 of a date's month: consecutive months differ by one. */
function monthIndex(date: DateString): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

const KEY_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => Period | null][] = [
  [/^(\d{4})$/, (m) => periodFrom('year', Number(m[1]), 1)],
  [/^(\d{4})-([12])$/, (m) => periodFrom('semester', Number(m[1]), Number(m[2]) === 1 ? 1 : 7)],
  [/^(\d{4})-Q([1-4])$/, (m) => periodFrom('quarter', Number(m[1]), (Number(m[2]) - 1) * 3 + 1)],
  [
    /^(\d{4})-(\d{2})$/,
    (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? periodFrom('month', Number(m[1]), Number(m[2])) : null),
  ],
];

/**
 * The first and last day of an obligation's period as the verdict writes it: a period key, or an event's date
 * `YYYY-MM-DD` (that one day). `null` when the text is neither.
 */
export function periodBounds(period: string): { start: DateString; end: DateString } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return { start: period, end: period };
  for (const [pattern, build] of KEY_PATTERNS) {
    const m = pattern.exec(period);
    if (m) {
      const p = build(m);
      return p ? { start: p.start, end: p.end } : null;
    }
  }
  return null;
}

/** Whether the days `a` and `b` (each inclusive) have at least one day in common. */
export function overlaps(
  a: { start: DateString; end: DateString },
  b: { start: DateString; end: DateString },
): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The later of two dates. */
export function laterOf(a: DateString, b: DateString): DateString {
  if (a > b) return a;
  return b;
}

/** The earlier of two dates. */
export function earlierOf(a: DateString, b: DateString): DateString {
  if (a < b) return a;
  return b;
}
