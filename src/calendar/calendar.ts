import { InputError, type InputIssue, inputIssue } from '../errors.js';
import { memoizeOne } from '../memo.js';
import type { Bilingual, DateString } from '../types.js';
import { builtInYears, type CalendarYear, type HolidayDay, type HolidayKind } from './data.js';

// Dates are handled as whole day numbers (days since 1970-01-01 in the proleptic Gregorian calendar),
// computed from the `YYYY-MM-DD` string by integer arithmetic: no Date object and no time zone is ever
// involved, so no date can move by a day whatever the machine's zone, and the loops allocate nothing.

/**
 * The working-day calendar of Pasal 1 angka 12: the years it covers, every libur nasional and cuti bersama
 * it knows, and the decrees each year comes from.
 */
export interface Calendar {
  /** The years whose holidays are all known: only in these can a working day be told. */
  years: ReadonlySet<number>;
  /** Every known libur nasional and cuti bersama, by date. */
  holidays: ReadonlyMap<DateString, HolidayDay>;
  /** The decrees (SKB 3 Menteri) of each covered year. */
  sources: ReadonlyMap<number, string[]>;
}

/** Options of {@link createCalendar}. */
export interface CreateCalendarOptions {
  /** Whole years to add; a year given here replaces the built-in year of the same number. */
  extraYears?: readonly CalendarYear[];
  /**
   * Single holiday dates to add (e.g. a cuti bersama decreed late). A date in a year that is not covered
   * does not make that year covered.
   */
  extraDates?: readonly HolidayDay[];
  /** Leave out the built-in years (2025 and 2026): only `extraYears` are covered. */
  replaceBuiltIn?: boolean;
}

/** A computation that needs a year the calendar does not cover: it says which, and never guesses. */
export interface CalendarGap {
  ok: false;
  /** Why the answer is unknown, naming the year. */
  reason: Bilingual;
  /** The first year needed that the calendar does not cover. */
  year: number;
}

/** The result of {@link addWorkingDays}. */
export type AddWorkingDaysResult = { ok: true; date: DateString } | CalendarGap;

/** The result of {@link workingDaysBetween}. */
export type WorkingDaysBetweenResult = { ok: true; count: number } | CalendarGap;

const HOLIDAY_KINDS: readonly HolidayKind[] = ['libur-nasional', 'cuti-bersama'];
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of a proleptic Gregorian date; `month` is 1–12. */
function dayNumber(year: number, month: number, day: number): number {
  // H. Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** The `YYYY-MM-DD` string of a day number. */
function formatDay(n: number): DateString {
  // H. Hinnant's civil_from_days.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The year of a day number. */
function yearOfDay(n: number): number {
  return Number(formatDay(n).slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a `YYYY-MM-DD` string, or `undefined` when it is not a real calendar date. */
function parseDay(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  const m = DATE_PATTERN.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (so `2026-02-29` is not). */
export function isValidDateString(value: unknown): value is DateString {
  return parseDay(value) !== undefined;
}

const NOT_A_DATE: Bilingual = { id: 'bukan tanggal yang sah', en: 'not a valid date' };

function requireDay(date: DateString, path: string): number {
  const n = parseDay(date);
  if (n === undefined) {
    throw new InputError([
      inputIssue(path, {
        id: `${NOT_A_DATE.id} (YYYY-MM-DD): ${JSON.stringify(date)}`,
        en: `${NOT_A_DATE.en} (YYYY-MM-DD): ${JSON.stringify(date)}`,
      }),
    ]);
  }
  return n;
}

/** The failure of a computation that needs `year`, which the calendar does not cover. */
export function calendarGap(year: number): CalendarGap {
  return {
    ok: false,
    reason: {
      id: `Kalender hari kerja tahun ${year} belum tersedia; tambahkan dengan --calendar`,
      en: `The working-day calendar has no data for ${year}; add it with --calendar`,
    },
    year,
  };
}

// Per-calendar precomputation: the holidays as day numbers. Calendars are read-only once built.
const holidayDaysOf = memoizeOne((cal: Calendar): ReadonlySet<number> => {
  const days = new Set<number>();
  for (const date of cal.holidays.keys()) {
    const n = parseDay(date);
    if (n !== undefined) days.add(n);
  }
  return days;
});

/** Checks a year of calendar data (as given to {@link createCalendar}) and collects its problems. */
function checkYear(y: CalendarYear, path: string, issues: InputIssue[]): void {
  if (!Number.isInteger(y.year) || y.year < 1000 || y.year > 9999) {
    issues.push(
      inputIssue(`${path}.year`, {
        id: 'harus berupa tahun empat angka',
        en: 'must be a four-digit year',
      }),
    );
  }
  y.days.forEach((d, j) => {
    checkDay(d, `${path}.days[${j}]`, issues);
    if (isValidDateString(d.date) && Number(d.date.slice(0, 4)) !== y.year) {
      issues.push(
        inputIssue(`${path}.days[${j}].date`, {
          id: `tanggal ${d.date} tidak berada di tahun ${y.year}`,
          en: `the date ${d.date} is not in the year ${y.year}`,
        }),
      );
    }
  });
}

function checkDay(d: HolidayDay, path: string, issues: InputIssue[]): void {
  if (!isValidDateString(d.date)) issues.push(inputIssue(`${path}.date`, NOT_A_DATE));
  if (!HOLIDAY_KINDS.includes(d.kind)) {
    issues.push(
      inputIssue(`${path}.kind`, {
        id: "harus salah satu dari: 'libur-nasional', 'cuti-bersama'",
        en: "must be one of: 'libur-nasional', 'cuti-bersama'",
      }),
    );
  }
}

function copyDay(d: HolidayDay): HolidayDay {
  const day: HolidayDay = { date: d.date, kind: d.kind };
  if (d.name) day.name = Object.freeze({ id: d.name.id, en: d.name.en });
  return Object.freeze(day);
}

/**
 * Builds a working-day calendar: the built-in years (2025 and 2026, unless `replaceBuiltIn`), with the user's
 * `extraYears` (a year given replaces the built-in one) and `extraDates`.
 *
 * @throws InputError when a date is not a valid `YYYY-MM-DD` date, a year's day is not in that year, or a kind
 * is unknown.
 */
export function createCalendar(options: CreateCalendarOptions = {}): Calendar {
  const { extraYears = [], extraDates = [], replaceBuiltIn = false } = options;
  const issues: InputIssue[] = [];
  extraYears.forEach((y, i) => {
    checkYear(y, `extraYears[${i}]`, issues);
  });
  extraDates.forEach((d, i) => {
    checkDay(d, `extraDates[${i}]`, issues);
  });
  if (issues.length > 0) throw new InputError(issues);

  const byYear = new Map<number, CalendarYear>();
  if (!replaceBuiltIn) for (const y of builtInYears) byYear.set(y.year, y);
  for (const y of extraYears) byYear.set(y.year, y);
  const ordered = [...byYear.values()].sort((a, b) => a.year - b.year);

  const byDate = new Map<DateString, HolidayDay>();
  const sources = new Map<number, string[]>();
  for (const y of ordered) {
    sources.set(y.year, Object.freeze([...y.sources]) as string[]);
    for (const d of y.days) byDate.set(d.date, copyDay(d));
  }
  for (const d of extraDates) byDate.set(d.date, copyDay(d));
  const holidays = new Map([...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  const cal: Calendar = Object.freeze({ years: new Set(ordered.map((y) => y.year)), holidays, sources });
  holidayDaysOf(cal);
  return cal;
}

/** The calendar of the built-in data only: 2025 and 2026, as the working text lists them. */
export const defaultCalendar: Calendar = createCalendar();

/**
 * Whether `date` is a working day ("Hari", Pasal 1 angka 12): Monday to Friday and not a libur nasional or
 * cuti bersama. `undefined` when the calendar does not cover the date's year (never a guess).
 *
 * @throws InputError when `date` is not a valid `YYYY-MM-DD` date.
 */
export function isWorkingDay(date: DateString, cal: Calendar = defaultCalendar): boolean | undefined {
  const n = requireDay(date, 'date');
  if (!cal.years.has(Number(date.slice(0, 4)))) return undefined;
  const wd = weekday(n);
  return wd !== 0 && wd !== 6 && !cal.holidays.has(date);
}

/** The libur nasional or cuti bersama on `date`, if the calendar knows one. */
export function holidayOn(date: DateString, cal: Calendar = defaultCalendar): HolidayDay | undefined {
  return cal.holidays.get(date);
}

/**
 * The deadline "paling lama `n` Hari sejak `from`": the `n`-th working day after `from`, `from` itself not
 * counted (so `from` may be a weekend or holiday). `n = 0` gives `from`. When a year that the count runs
 * through is not covered, the result is a {@link CalendarGap} naming that year.
 *
 * @throws InputError when `from` is not a valid date or `n` is not a whole number ≥ 0.
 */
export function addWorkingDays(
  from: DateString,
  n: number,
  cal: Calendar = defaultCalendar,
): AddWorkingDaysResult {
  const start = requireDay(from, 'from');
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new InputError([
      inputIssue('n', {
        id: `jumlah hari harus bilangan bulat ≥ 0: ${n}`,
        en: `the number of days must be a whole number ≥ 0: ${n}`,
      }),
    ]);
  }
  if (n === 0) return { ok: true, date: from };
  const holidays = holidayDaysOf(cal);
  let d = start + 1;
  let year = yearOfDay(d);
  let nextYear = dayNumber(year + 1, 1, 1);
  if (!cal.years.has(year)) return calendarGap(year);
  let left = n;
  for (;;) {
    if (d >= nextYear) {
      year++;
      nextYear = dayNumber(year + 1, 1, 1);
      if (!cal.years.has(year)) return calendarGap(year);
    }
    const wd = weekday(d);
    if (wd !== 0 && wd !== 6 && !holidays.has(d)) {
      left--;
      if (left === 0) return { ok: true, date: formatDay(d) };
    }
    d++;
  }
}

/**
 * The number of working days `d` with `from < d ≤ to` (0 when `to ≤ from`): e.g. how many Hari after the
 * event a deed was done. A {@link CalendarGap} when a year in between is not covered.
 *
 * @throws InputError when `from` or `to` is not a valid date.
 */
export function workingDaysBetween(
  from: DateString,
  to: DateString,
  cal: Calendar = defaultCalendar,
): WorkingDaysBetweenResult {
  const start = requireDay(from, 'from');
  const end = requireDay(to, 'to');
  if (end <= start) return { ok: true, count: 0 };
  const holidays = holidayDaysOf(cal);
  let d = start + 1;
  let year = yearOfDay(d);
  let nextYear = dayNumber(year + 1, 1, 1);
  if (!cal.years.has(year)) return calendarGap(year);
  let count = 0;
  for (; d <= end; d++) {
    if (d >= nextYear) {
      year++;
      nextYear = dayNumber(year + 1, 1, 1);
      if (!cal.years.has(year)) return calendarGap(year);
    }
    const wd = weekday(d);
    if (wd !== 0 && wd !== 6 && !holidays.has(d)) count++;
  }
  return { ok: true, count };
}
