import { addDays, addMonths, addYears, differenceInYears, format, parseISO, subMonths } from 'date-fns';
import type { DateString } from './types.js';

// Dates are calendar dates with no zone: they are parsed at local midnight and formatted back the same
// way, so no arithmetic here can move a date by a day whatever the machine's time zone.

/** A `YYYY-MM-DD` string as a local-midnight Date. */
export function toDate(date: DateString): Date {
  return parseISO(date);
}

/** A Date as `YYYY-MM-DD`. */
export function toDateString(date: Date): DateString {
  return format(date, 'yyyy-MM-dd');
}

/** `date` minus `months` months, clamped to the month's end (31 Aug − 6 months = 28/29 Feb), as date-fns does. */
export function minusMonths(date: DateString, months: number): DateString {
  return toDateString(subMonths(toDate(date), months));
}

/** `date` plus `months` months, clamped to the month's end. */
export function plusMonths(date: DateString, months: number): DateString {
  return toDateString(addMonths(toDate(date), months));
}

/** `date` plus `years` years (29 Feb + 1 year = 28 Feb, as date-fns does). */
export function plusYears(date: DateString, years: number): DateString {
  return toDateString(addYears(toDate(date), years));
}

/** `date` plus `days` calendar days (negative to go back). */
export function plusDays(date: DateString, days: number): DateString {
  return toDateString(addDays(toDate(date), days));
}

/** Age in whole years on `on`: N from the N-th anniversary (born 29 Feb: a year older on 1 Mar in common years). */
export function ageOn(birthDate: DateString, on: DateString): number {
  return differenceInYears(toDate(on), toDate(birthDate));
}

/** Whether `d` lies in the 12-month window before `asOf`: (asOf − 12 months) < d ≤ asOf. */
export function inLast12Months(d: DateString, asOf: DateString, windowStart: DateString): boolean {
  return d > windowStart && d <= asOf;
}

/** The semester `YYYY-n` a date falls in (January–June is 1, July–December is 2). */
export function semesterOf(date: DateString): string {
  return `${date.slice(0, 4)}-${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}
