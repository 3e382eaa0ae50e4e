import { z } from 'zod';
import type { Bilingual, DateString } from '../types.js';

/** The shape of a calendar date: `YYYY-MM-DD`, digits only. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date may fall in (inclusive). Every date the library reads (a record's, a Tanggal Penilaian, a
 * calendar's, an amendment's) is refused outside them, so every date it works with, and every date it derives
 * from them (terms, windows, due dates), has four digits: the ordering of the strings is the ordering of the
 * days, and every walk over periods between two dates ends within a few thousand steps.
 */
export const SUPPORTED_YEARS = { first: 1900, last: 2199 } as const;

/** Why a year is not supported, or `null` when it is. */
export function yearProblem(year: number): Bilingual | null {
  return year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last ? null : unsupportedYear(year);
}

function unsupportedYear(year: number): Bilingual {
  return {
    id: `tahun ${year} di luar rentang yang didukung (${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last})`,
    en: `the year ${year} is outside the supported range (${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last})`,
  };
}

const MONTHS: readonly Bilingual[] = [
  { id: 'Januari', en: 'January' },
  { id: 'Februari', en: 'February' },
  { id: 'Maret', en: 'March' },
  { id: 'April', en: 'April' },
  { id: 'Mei', en: 'May' },
  { id: 'Juni', en: 'June' },
  { id: 'Juli', en: 'July' },
  { id: 'Agustus', en: 'August' },
  { id: 'September', en: 'September' },
  { id: 'Oktober', en: 'October' },
  { id: 'November', en: 'November' },
  { id: 'Desember', en: 'December' },
];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (`month` 1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Why a string of the shape `YYYY-MM-DD` is not a supported date (asked only of one that is not): the month, the
 * day, the length of the month or, when the day exists, the year. The explanation quotes the date (it is never
 * personal data: it has the date's shape).
 */
function calendarProblem(value: string): Bilingual {
  const year = Number(value.slice(0, 4));
  const mm = value.slice(5, 7);
  const dd = value.slice(8, 10);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12) {
    return {
      id: `${value} bukan tanggal yang ada (tidak ada bulan ${mm})`,
      en: `${value} is not a calendar date (there is no month ${mm})`,
    };
  }
  if (day < 1) {
    return {
      id: `${value} bukan tanggal yang ada (tidak ada tanggal ${dd})`,
      en: `${value} is not a calendar date (there is no day ${dd})`,
    };
  }
  const days = daysInMonth(year, month);
  if (day > days) {
    // month is 1–12 here
    const name = MONTHS[month - 1] as Bilingual;
    return {
      id: `${value} bukan tanggal yang ada (${name.id} ${year} hanya ${days} hari)`,
      en: `${value} is not a calendar date (${name.en} ${year} has ${days} days)`,
    };
  }
  // The day exists, so its year is what is not supported.
  const outside = unsupportedYear(year);
  return { id: `${value}: ${outside.id}`, en: `${value}: ${outside.en}` };
}

/**
 * The value of the ASCII digit at `index` of `text`, or a negative number when it is not one (as `\d` in
 * {@link DATE_PATTERN}): a character below `0` is negative already, one above `9` becomes -1.
 */
function digitAt(text: string, index: number): number {
  const d = text.charCodeAt(index) - 48;
  return d <= 9 ? d : -1;
}

/**
 * True when `value` is `YYYY-MM-DD` naming a day that exists: what {@link DATE_PATTERN} and
 * {@link calendarProblem} say together, read digit by digit (a record holds some thirty dates,
 * and this is most of the time spent on them).
 */
function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return (
    year >= SUPPORTED_YEARS.first &&
    year <= SUPPORTED_YEARS.last &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True when `value` is a string `YYYY-MM-DD` naming a day that exists (no `2026-02-30`) in a supported year. */
export function isDateString(value: unknown): value is DateString {
  return typeof value === 'string' && isCalendarDate(value);
}

/**
 * What kind of value this is, in both languages, for messages such as
 * "expected a number, received text". Never quotes the value itself.
 */
export function describeValue(value: unknown): Bilingual {
  if (value === undefined) return { id: 'kosong', en: 'nothing' };
  if (value === null) return { id: 'null', en: 'null' };
  if (Array.isArray(value)) return { id: 'daftar', en: 'a list' };
  if (value instanceof Date) return { id: 'objek Date', en: 'a Date object' };
  switch (typeof value) {
    case 'string':
      return { id: 'teks', en: 'text' };
    case 'number':
      return Number.isFinite(value)
        ? { id: 'angka', en: 'a number' }
        : { id: 'angka tak hingga/NaN', en: String(value) };
    case 'boolean':
      return { id: 'true/false', en: 'true/false' };
    case 'bigint':
      return { id: 'angka (bigint)', en: 'a bigint' };
    case 'object':
      return { id: 'objek', en: 'an object' };
    default:
      return { id: typeof value, en: `a ${typeof value}` };
  }
}

/**
 * A calendar date `YYYY-MM-DD`, with no time and no zone, that exists in the calendar.
 *
 * Only strings are accepted: a JavaScript `Date` (whose day depends on a time zone) is an error,
 * and so is a number such as `20260630`. An impossible date (`2026-02-30`, `2025-02-29`) is an
 * error that says why. An absent value is reported as `invalid_type` (so: "required").
 */
export const dateString = z
  .custom<DateString>()
  .superRefine((value, ctx) => {
    if (typeof value === 'string' && isCalendarDate(value)) return;
    if (value === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: value });
      return;
    }
    if (typeof value !== 'string') {
      const got = describeValue(value);
      const hint =
        value === null
          ? {
              id: '; hapus kolom ini bila tanggalnya tidak diketahui',
              en: '; leave the field out when the date is not known',
            }
          : { id: '', en: '' };
      const params = {
        id: `harus tanggal YYYY-MM-DD, bukan ${got.id}${hint.id}`,
        en: `expected a date YYYY-MM-DD, received ${got.en}${hint.en}`,
      };
      ctx.addIssue({ code: 'custom', params, message: params.en, input: value });
      return;
    }
    if (!DATE_PATTERN.test(value)) {
      const params = {
        id: 'bukan tanggal yang sah (YYYY-MM-DD, mis. 2026-06-30)',
        en: 'not a valid date (YYYY-MM-DD, e.g. 2026-06-30)',
      };
      ctx.addIssue({ code: 'custom', params, message: params.en, input: value });
      return;
    }
    const problem = calendarProblem(value);
    ctx.addIssue({ code: 'custom', params: problem, message: problem.en, input: value });
  })
  // What the JSON Schema says of it (a custom check has no JSON Schema of its own).
  .meta({ type: 'string', format: 'date', pattern: DATE_PATTERN.source });
