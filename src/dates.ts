import { InputError, inputIssue } from './errors.js';
import { daysInMonth, SUPPORTED_YEARS } from './schema/date.js';
import type { DateString } from './types.js';

// Dates are calendar dates with no zone (`YYYY-MM-DD`). The arithmetic runs on the digits of the date, without
// Date objects: it is on every village's path (windows, ages, terms, deadlines) and date-fns' parse/format cost
// ~5 µs a call. It reproduces date-fns exactly — addMonths clamps to the month's end, addYears is
// addMonths(12 n), differenceInYears counts a year from each anniversary — and test/compiled-dates.test.ts proves
// it equal to date-fns over every day of 1996–2031 and across the century years 1900, 2000 and 2100.

function ymd(date: DateString): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * The date string of a day. A day past year 9999 (or before year 1) — reached only by adding an amended term of
 * thousands of years — is written as the last (first) day of that range: still later (earlier) than every
 * supported date, and four digits long, so that comparing date strings stays comparing days.
 */
function dateOf(year: number, month: number, day: number): DateString {
  if (!(year <= 9999)) return '9999-12-31';
  if (year < 1) return '0001-01-01';
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `date` plus `months` months (negative to go back), clamped to the month's end, as date-fns addMonths. */
function addMonthsTo(date: DateString, months: number): DateString {
  const [y, m, d] = ymd(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dateOf(year, month, Math.min(d, daysInMonth(year, month)));
}

/** `date` minus `months` months, clamped to the month's end (31 Aug − 6 months = 28/29 Feb), as date-fns does. */
export function minusMonths(date: DateString, months: number): DateString {
  return addMonthsTo(date, -months);
}

/** `date` plus `months` months, clamped to the month's end. */
export function plusMonths(date: DateString, months: number): DateString {
  return addMonthsTo(date, months);
}

/** `date` plus `years` years (29 Feb + 1 year = 28 Feb, as date-fns does). */
export function plusYears(date: DateString, years: number): DateString {
  return addMonthsTo(date, years * 12);
}

/** `date` plus `days` calendar days (negative to go back). */
export function plusDays(date: DateString, days: number): DateString {
  const [y, m, d] = ymd(date);
  const day = d + days;
  // within the month, or one day into the next or previous (the common moves: windows, last days of terms)
  const last = daysInMonth(y, m);
  if (day >= 1 && day <= last) return `${date.slice(0, 8)}${pad(day, 2)}`;
  if (day === last + 1) return m === 12 ? dateOf(y + 1, 1, 1) : dateOf(y, m + 1, 1);
  if (day === 0) return m === 1 ? dateOf(y - 1, 12, 31) : dateOf(y, m - 1, daysInMonth(y, m - 1));
  const t = new Date(Date.UTC(y, m - 1, day));
  return dateOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole years from `from` to `to` when `from` ≤ `to`: the year turns on each anniversary (29 Feb: on 1 Mar). */
function fullYears(from: DateString, to: DateString): number {
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);
}

/** Age in whole years on `on`: N from the N-th anniversary (born 29 Feb: a year older on 1 Mar in common years). */
export function ageOn(birthDate: DateString, on: DateString): number {
  return on >= birthDate ? fullYears(birthDate, on) : -fullYears(on, birthDate) || 0;
}

/**
 * The most steps a walk from one date to another may take (months, periods, anniversaries): the months between
 * the first and the last supported year, with room for terms and due dates derived past the last. Every date
 * the library reads lies in {@link SUPPORTED_YEARS}, so no walk comes near it; the bound makes that a
 * guarantee, not an assumption.
 */
export const MAX_WALK = (SUPPORTED_YEARS.last - SUPPORTED_YEARS.first + 200) * 12;

/** Counts the steps of a walk over dates, refusing (as bad input) one that would exceed {@link MAX_WALK}. */
export function walkStep(steps: number, from: DateString, to: DateString): number {
  if (steps < MAX_WALK) return steps + 1;
  throw new InputError([
    inputIssue('asOf', {
      id: `rentang ${from} – ${to} terlalu panjang untuk dinilai (tahun yang didukung: ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last})`,
      en: `the span ${from} – ${to} is too long to judge (supported years: ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last})`,
    }),
  ]);
}
