import { extname } from 'node:path';
import { z } from 'zod';
import { InputError, type InputIssue, inputIssue, quotedKeys } from '../errors.js';
import { SUPPORTED_YEARS } from '../schema/date.js';
import { loadDocumentAs } from '../schema/document.js';
import type { Bilingual } from '../types.js';
import { isValidDateString } from './calendar.js';
import type { CalendarYear, HolidayDay } from './data.js';

// A calendar file:
//
//   years:
//     - year: 2027
//       sources: [SKB Nomor … Tahun 2026, …]
//       days:
//         - { date: 2027-01-01, kind: libur-nasional, name: { id: Tahun Baru Masehi, en: New Year's Day } }
//         - { date: 2027-02-08, kind: cuti-bersama }
//
// YAML is read with the core schema, so an unquoted 2027-01-01 stays the string '2027-01-01'.

/** A custom issue whose message is given in both languages (carried in the issue's `params`). */
function bilingual(messages: Bilingual): { message: string; params: Bilingual } {
  return { message: messages.en, params: messages };
}

const nonEmptyText = z.string().trim().min(1);

const daySchema = z.strictObject({
  date: z
    .string()
    .refine(isValidDateString, bilingual({ id: 'bukan tanggal yang sah', en: 'not a valid date' })),
  kind: z.enum(['libur-nasional', 'cuti-bersama']),
  name: z.strictObject({ id: nonEmptyText, en: nonEmptyText }).optional(),
});

type LooseYear = { year?: unknown; days?: unknown };

/** Lets a cross-field check run even when some fields have problems (so every problem is listed at once). */
function isObjectPayload(payload: { value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null;
}

const yearSchema = z
  .strictObject({
    year: z.int().min(SUPPORTED_YEARS.first).max(SUPPORTED_YEARS.last),
    sources: z.array(nonEmptyText).min(1),
    days: z.array(daySchema),
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when other fields have problems, so every problem is listed at once: read defensively.
      const { year, days } = value as LooseYear;
      if (!Array.isArray(days)) return;
      const seen = new Map<string, number>();
      days.forEach((d: unknown, j) => {
        const date = (d as { date?: unknown } | null)?.date;
        if (!isValidDateString(date)) return;
        if (typeof year === 'number' && Number(date.slice(0, 4)) !== year) {
          ctx.addIssue({
            code: 'custom',
            path: ['days', j, 'date'],
            ...bilingual({
              id: `tanggal ${date} tidak berada di tahun ${year}`,
              en: `the date ${date} is not in the year ${year}`,
            }),
          });
        }
        const first = seen.get(date);
        if (first === undefined) seen.set(date, j);
        else {
          ctx.addIssue({
            code: 'custom',
            path: ['days', j, 'date'],
            ...bilingual({
              id: `tanggal ${date} sudah tercantum di days[${first}]`,
              en: `the date ${date} is already listed at days[${first}]`,
            }),
          });
        }
      });
    },
    { when: isObjectPayload },
  );

const fileSchema = z.strictObject({ years: z.array(yearSchema).min(1) }).superRefine(
  (value, ctx) => {
    const { years } = value as { years?: unknown };
    if (!Array.isArray(years)) return;
    const seen = new Map<number, number>();
    years.forEach((y: unknown, i) => {
      const year = (y as LooseYear | null)?.year;
      if (typeof year !== 'number') return;
      const first = seen.get(year);
      if (first === undefined) seen.set(year, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['years', i, 'year'],
          ...bilingual({
            id: `tahun ${year} sudah tercantum di years[${first}]`,
            en: `the year ${year} is already listed at years[${first}]`,
          }),
        });
      }
    });
  },
  { when: isObjectPayload },
);

/** `years[0].days[3].date` from a zod path. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { id: 'teks', en: 'a text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'objek', en: 'an object' },
};

const SIZE_UNITS: Record<string, Bilingual> = {
  array: { id: 'isi', en: 'item(s)' },
  string: { id: 'karakter', en: 'character(s)' },
};

/** The two-language message of a zod issue. */
function issueMessages(issue: z.core.$ZodIssue): Bilingual {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
    return { id: 'wajib diisi', en: 'is required' };
  }
  switch (issue.code) {
    case 'custom': {
      const p = issue.params as Partial<Bilingual> | undefined;
      if (p && typeof p.id === 'string' && typeof p.en === 'string') return { id: p.id, en: p.en };
      break;
    }
    case 'invalid_type': {
      const t = TYPE_NAMES[issue.expected] ?? { id: issue.expected, en: issue.expected };
      return { id: `harus berupa ${t.id}`, en: `must be ${t.en}` };
    }
    case 'invalid_value': {
      const list = issue.values.map((v) => JSON.stringify(v).replaceAll('"', "'")).join(', ');
      return { id: `harus salah satu dari: ${list}`, en: `must be one of: ${list}` };
    }
    case 'unrecognized_keys': {
      const list = quotedKeys(issue.keys);
      return { id: `kunci tidak dikenal: ${list.id}`, en: `unknown key(s): ${list.en}` };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'array' && issue.minimum === 1)
        return { id: 'tidak boleh kosong', en: 'must not be empty' };
      if (issue.origin === 'string' && issue.minimum === 1)
        return { id: 'tidak boleh kosong', en: 'must not be empty' };
      const unit = SIZE_UNITS[issue.origin];
      if (unit) return { id: `minimal ${min} ${unit.id}`, en: `must have at least ${min} ${unit.en}` };
      return { id: `tidak boleh kurang dari ${min}`, en: `must be at least ${min}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      return { id: `tidak boleh lebih dari ${max}`, en: `must be at most ${max}` };
    }
    default:
      break;
  }
  return { id: issue.message, en: issue.message };
}

/**
 * Checks parsed calendar data (`{ years: [ { year, sources, days: [ { date, kind, name? } ] } ] }`) and returns
 * its years.
 *
 * @param source names the data in the error (e.g. the file name).
 * @throws InputError listing every problem as `path: message`, e.g. `years[0].days[3].date: not a valid date`.
 */
export function parseCalendarYears(data: unknown, source?: string): CalendarYear[] {
  const result = fileSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const issues: InputIssue[] = result.error.issues.map((i) =>
      inputIssue(formatPath(i.path), issueMessages(i)),
    );
    throw new InputError(issues, source);
  }
  return result.data.years.map((y) => ({
    year: y.year,
    sources: [...y.sources],
    days: y.days.map((d) => {
      const day: HolidayDay = { date: d.date, kind: d.kind };
      if (d.name) day.name = { id: d.name.id, en: d.name.en };
      return day;
    }),
  }));
}

/**
 * Reads a calendar file, JSON (`.json`) or YAML (any other name), of the shape
 * `{ years: [ { year, sources, days: [ { date, kind, name? } ] } ] }`; pass its years to `createCalendar`
 * as `extraYears`.
 *
 * @throws InputError when the file cannot be read or parsed, or its content is not a valid calendar.
 */
export async function loadCalendarFile(file: string): Promise<CalendarYear[]> {
  // the document reader: its size and nesting limits, duplicate keys refused, file errors as messages
  const data = await loadDocumentAs(file, extname(file).toLowerCase() === '.json' ? 'json' : 'yaml');
  return parseCalendarYears(data, file);
}
