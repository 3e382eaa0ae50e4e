import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  builtInYears,
  type CalendarYear,
  createCalendar,
  defaultCalendar,
  holidayOn,
  isValidDateString,
  isWorkingDay,
  loadCalendarFile,
  parseCalendarYears,
  workingDaysBetween,
} from '../src/calendar/index.js';
import { formatIssue, InputError } from '../src/errors.js';

// The lists of the working text, section "Working days (Pasal 1 angka 12)", copied as written there.
const SPEC = {
  2025: {
    liburNasional: [
      '1 Jan',
      '27 Jan',
      '29 Jan',
      '29 Mar',
      '31 Mar',
      '1 Apr',
      '18 Apr',
      '20 Apr',
      '1 May',
      '12 May',
      '29 May',
      '1 Jun',
      '6 Jun',
      '27 Jun',
      '17 Aug',
      '5 Sep',
      '25 Dec',
    ],
    cutiBersama: [
      '28 Jan',
      '28 Mar',
      '2 Apr',
      '3 Apr',
      '4 Apr',
      '7 Apr',
      '13 May',
      '30 May',
      '9 Jun',
      '18 Aug',
      '26 Dec',
    ],
    sources: [
      'SKB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024',
      'SKB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025',
    ],
  },
  2026: {
    liburNasional: [
      '1 Jan',
      '16 Jan',
      '17 Feb',
      '19 Mar',
      '21 Mar',
      '22 Mar',
      '3 Apr',
      '5 Apr',
      '1 May',
      '14 May',
      '27 May',
      '31 May',
      '1 Jun',
      '16 Jun',
      '17 Aug',
      '25 Aug',
      '25 Dec',
    ],
    cutiBersama: ['16 Feb', '18 Mar', '20 Mar', '23 Mar', '24 Mar', '15 May', '28 May', '24 Dec'],
    sources: ['SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025'],
  },
} as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '29 Mar' of 2025 → '2025-03-29'. */
function specDate(year: number, text: string): string {
  const [day, month] = text.split(' ');
  const m = MONTHS.indexOf(month ?? '') + 1;
  if (m === 0 || !day) throw new Error(`bad spec date ${text}`);
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Weekday by the platform's UTC calendar, as an independent check of the library's own arithmetic. */
function utcWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

function everyDayOf(year: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function deadline(from: string, n: number, cal = defaultCalendar): string {
  const r = addWorkingDays(from, n, cal);
  if (!r.ok) throw new Error(r.reason.en);
  return r.date;
}

describe('built-in data (2025 and 2026)', () => {
  for (const year of [2025, 2026] as const) {
    const data = builtInYears.find((y) => y.year === year);
    const spec = SPEC[year];

    it(`lists exactly the ${year} libur nasional and cuti bersama of the working text`, () => {
      expect(data).toBeDefined();
      const byKind = (kind: string) =>
        (data?.days ?? [])
          .filter((d) => d.kind === kind)
          .map((d) => d.date)
          .sort();
      expect(byKind('libur-nasional')).toEqual(spec.liburNasional.map((t) => specDate(year, t)).sort());
      expect(byKind('cuti-bersama')).toEqual(spec.cutiBersama.map((t) => specDate(year, t)).sort());
      expect(data?.days).toHaveLength(spec.liburNasional.length + spec.cutiBersama.length);
    });

    it(`cites the ${year} SKB decrees as the working text writes them`, () => {
      expect(data?.sources).toEqual(spec.sources);
      expect(defaultCalendar.sources.get(year)).toEqual(spec.sources);
    });

    it(`makes every listed ${year} date a non-working day`, () => {
      for (const d of data?.days ?? []) {
        expect(isWorkingDay(d.date), d.date).toBe(false);
        expect(holidayOn(d.date)?.kind).toBe(d.kind);
      }
    });

    it(`makes every ${year} weekday that is not listed a working day, and no weekend day a working day`, () => {
      const listed = new Set(data?.days.map((d) => d.date));
      for (const date of everyDayOf(year)) {
        const wd = utcWeekday(date);
        const expected = wd !== 0 && wd !== 6 && !listed.has(date);
        expect(isWorkingDay(date), date).toBe(expected);
      }
    });
  }

  it('counts 17 libur nasional + 11 cuti bersama in 2025 and 17 + 8 in 2026', () => {
    const count = (year: number, kind: string) =>
      builtInYears.find((y) => y.year === year)?.days.filter((d) => d.kind === kind).length;
    expect(count(2025, 'libur-nasional')).toBe(17);
    expect(count(2025, 'cuti-bersama')).toBe(11);
    expect(count(2026, 'libur-nasional')).toBe(17);
    expect(count(2026, 'cuti-bersama')).toBe(8);
  });

  it('holds dates that belong to their year, with no duplicates', () => {
    for (const y of builtInYears) {
      const dates = y.days.map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of dates) {
        expect(isValidDateString(date)).toBe(true);
        expect(date.startsWith(`${y.year}-`)).toBe(true);
      }
    }
  });

  it('names the common holidays (18 August 2025 is the cuti bersama added by the amending SKB)', () => {
    expect(holidayOn('2025-08-18')).toEqual({
      date: '2025-08-18',
      kind: 'cuti-bersama',
      name: {
        id: 'Cuti bersama Hari Proklamasi Kemerdekaan Republik Indonesia',
        en: 'Collective leave for Independence Day',
      },
    });
    expect(holidayOn('2026-03-21')?.name?.en).toBe('Eid al-Fitr');
    expect(holidayOn('2026-12-25')?.name?.id).toBe('Hari Raya Natal');
    expect(holidayOn('2026-03-02')).toBeUndefined();
  });

  it('counts 237 working days in 2025 and 240 in 2026', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toEqual({ ok: true, count: 237 });
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toEqual({ ok: true, count: 240 });
  });

  it('is frozen, so the cited data cannot be changed by accident', () => {
    expect(Object.isFrozen(builtInYears)).toBe(true);
    expect(Object.isFrozen(builtInYears[0]?.days[0])).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it('never counts a Saturday or a Sunday', () => {
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(isWorkingDay('2026-03-08')).toBe(false);
  });

  it('counts an ordinary Monday', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true);
  });

  it('is unknown (undefined) for a year the calendar does not cover', () => {
    expect(isWorkingDay('2027-01-04')).toBeUndefined();
    expect(isWorkingDay('2024-12-31')).toBeUndefined();
  });

  it('refuses a date that does not exist', () => {
    expect(() => isWorkingDay('2026-02-29')).toThrow(InputError);
    expect(() => isWorkingDay('2026-3-2')).toThrow(/not a valid date/);
  });
});

describe('addWorkingDays ("paling lama N Hari sejak X")', () => {
  it('counts the 20th working day after 2026-03-02 as 2026-04-07 across the Lebaran holidays', () => {
    // 3–6, 9–13, 16–17 Mar (11); 18–24 Mar Nyepi and Idul Fitri with cuti bersama; 25–27, 30–31 Mar,
    // 1–2 Apr (18); 3 Apr Wafat Yesus Kristus; 6 and 7 Apr (20).
    expect(addWorkingDays('2026-03-02', 20)).toEqual({ ok: true, date: '2026-04-07' });
    expect(workingDaysBetween('2026-03-02', '2026-04-07')).toEqual({ ok: true, count: 20 });
  });

  it('does not count the starting day: 1 working day after a Monday is the Tuesday', () => {
    expect(deadline('2026-03-02', 1)).toBe('2026-03-03');
  });

  it('counts 7 working days after a Friday as the Tuesday of the second week', () => {
    expect(deadline('2026-07-03', 7)).toBe('2026-07-14');
  });

  it('skips a holiday on the way: 7 working days after Friday 2026-01-09 is 2026-01-21 (Isra Mikraj on the 16th)', () => {
    expect(deadline('2026-01-09', 7)).toBe('2026-01-21');
  });

  it('starts counting after a weekend start: 1 working day after Sunday 2026-01-04 is Monday 2026-01-05', () => {
    expect(deadline('2026-01-04', 1)).toBe('2026-01-05');
  });

  it('starts counting after a holiday start: 1 working day after Idul Fitri 2026-03-21 is 2026-03-25', () => {
    expect(deadline('2026-03-21', 1)).toBe('2026-03-25');
  });

  it('counts 3 working days after Idul Fitri 2025-04-01 as 2025-04-10, past four cuti bersama', () => {
    expect(deadline('2025-04-01', 3)).toBe('2025-04-10');
  });

  it('gives the starting day itself for 0 working days', () => {
    expect(deadline('2026-03-21', 0)).toBe('2026-03-21');
  });

  it('runs from one covered year into the next: 2025-12-24 + 3 is 2025-12-31 and + 4 is 2026-01-02', () => {
    expect(deadline('2025-12-24', 3)).toBe('2025-12-31');
    expect(deadline('2025-12-24', 4)).toBe('2026-01-02');
  });

  it('computes a late-December 2026 deadline that ends within 2026: 2026-12-21 + 5 is 2026-12-30', () => {
    expect(deadline('2026-12-21', 5)).toBe('2026-12-30');
    expect(deadline('2026-12-21', 6)).toBe('2026-12-31');
  });

  it('makes a deadline running from late December 2026 into 2027 unknown, naming 2027', () => {
    const r = addWorkingDays('2026-12-28', 5);
    expect(r).toEqual({
      ok: false,
      year: 2027,
      reason: {
        id: 'Kalender hari kerja tahun 2027 belum tersedia; tambahkan dengan --calendar',
        en: 'The working-day calendar has no data for 2027; add it with --calendar',
      },
    });
    expect(addWorkingDays('2026-12-31', 1)).toMatchObject({ ok: false, year: 2027 });
  });

  it('makes a deadline that needs 2024 unknown, naming 2024', () => {
    expect(addWorkingDays('2024-12-20', 3)).toMatchObject({ ok: false, year: 2024 });
  });

  it('does not need the starting year itself: 1 working day after 2024-12-31 is 2025-01-02', () => {
    expect(deadline('2024-12-31', 1)).toBe('2025-01-02');
  });

  it('refuses a negative or fractional number of days, and an invalid start date', () => {
    expect(() => addWorkingDays('2026-03-02', -1)).toThrow(InputError);
    expect(() => addWorkingDays('2026-03-02', 1.5)).toThrow(InputError);
    expect(() => addWorkingDays('2026-13-01', 1)).toThrow(/not a valid date/);
  });

  it('is fast: 100,000 deadlines of 20 working days in well under a second', () => {
    const start = performance.now();
    let last = '';
    for (let i = 0; i < 100_000; i++) {
      const r = addWorkingDays('2026-03-02', 20);
      if (r.ok) last = r.date;
    }
    expect(last).toBe('2026-04-07');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days d with from < d ≤ to', () => {
    expect(workingDaysBetween('2026-07-03', '2026-07-14')).toEqual({ ok: true, count: 7 });
    expect(workingDaysBetween('2026-03-17', '2026-03-25')).toEqual({ ok: true, count: 1 });
  });

  it('is 0 when to is not after from', () => {
    expect(workingDaysBetween('2026-03-02', '2026-03-02')).toEqual({ ok: true, count: 0 });
    expect(workingDaysBetween('2026-03-10', '2026-03-02')).toEqual({ ok: true, count: 0 });
  });

  it('is unknown when the range reaches an uncovered year, naming it', () => {
    expect(workingDaysBetween('2026-12-01', '2027-01-05')).toMatchObject({ ok: false, year: 2027 });
  });
});

describe('createCalendar', () => {
  const year2027: CalendarYear = {
    year: 2027,
    sources: ['test fixture'],
    days: [{ date: '2027-01-01', kind: 'libur-nasional' }],
  };

  it('covers exactly the built-in years by default', () => {
    expect([...defaultCalendar.years]).toEqual([2025, 2026]);
    expect(defaultCalendar.holidays.size).toBe(28 + 25);
  });

  it('adds a year, making its deadlines computable', () => {
    const cal = createCalendar({ extraYears: [year2027] });
    expect([...cal.years]).toEqual([2025, 2026, 2027]);
    expect(addWorkingDays('2026-12-28', 5, cal)).toEqual({ ok: true, date: '2027-01-05' });
    expect(cal.sources.get(2027)).toEqual(['test fixture']);
  });

  it('replaces a built-in year with a year of the same number', () => {
    const cal = createCalendar({ extraYears: [{ year: 2026, sources: ['replacement'], days: [] }] });
    expect(isWorkingDay('2026-03-20', cal)).toBe(true);
    expect(isWorkingDay('2025-04-02', cal)).toBe(false);
    expect(cal.sources.get(2026)).toEqual(['replacement']);
    expect(cal.holidays.has('2026-03-20')).toBe(false);
  });

  it('leaves out the built-in years with replaceBuiltIn', () => {
    const cal = createCalendar({ extraYears: [year2027], replaceBuiltIn: true });
    expect([...cal.years]).toEqual([2027]);
    expect(isWorkingDay('2026-03-02', cal)).toBeUndefined();
  });

  it('adds a single extra holiday date to a covered year', () => {
    const cal = createCalendar({ extraDates: [{ date: '2026-07-06', kind: 'cuti-bersama' }] });
    expect(isWorkingDay('2026-07-06', cal)).toBe(false);
    expect(deadline('2026-07-03', 7, cal)).toBe('2026-07-15');
    expect(deadline('2026-07-03', 7)).toBe('2026-07-14');
  });

  it('does not cover a year because of an extra date in it', () => {
    const cal = createCalendar({ extraDates: [{ date: '2027-01-01', kind: 'libur-nasional' }] });
    expect(cal.years.has(2027)).toBe(false);
    expect(cal.holidays.has('2027-01-01')).toBe(true);
    expect(isWorkingDay('2027-01-04', cal)).toBeUndefined();
    expect(addWorkingDays('2026-12-31', 1, cal)).toMatchObject({ ok: false, year: 2027 });
  });

  it('handles leap days in an added year (2028-02-28 + 1 is 2028-02-29)', () => {
    const cal = createCalendar({ extraYears: [{ year: 2028, sources: ['test fixture'], days: [] }] });
    expect(deadline('2028-02-28', 1, cal)).toBe('2028-02-29');
    expect(deadline('2028-02-25', 3, cal)).toBe('2028-03-01');
  });

  it('refuses invalid extra data with path-named errors', () => {
    let error: unknown;
    try {
      createCalendar({
        extraYears: [{ year: 2027, sources: ['x'], days: [{ date: '2026-05-01', kind: 'libur-nasional' }] }],
        extraDates: [{ date: '2027-02-30', kind: 'cuti-bersama' }],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => formatIssue(i, 'en'))).toEqual([
      'extraYears[0].days[0].date: the date 2026-05-01 is not in the year 2027',
      'extraDates[0].date: not a valid date',
    ]);
  });
});

describe('calendar files', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dme-calendar-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(name: string, text: string): Promise<string> {
    const file = join(dir, name);
    await writeFile(file, text, 'utf8');
    return file;
  }

  async function issuesOf(file: string): Promise<string[]> {
    try {
      await loadCalendarFile(file);
    } catch (e) {
      if (e instanceof InputError) return e.issues.map((i) => `${formatIssue(i, 'id')} / ${i.messages.en}`);
      throw e;
    }
    throw new Error('no error');
  }

  it('loads extra years from a YAML file (unquoted dates stay strings), making 2027 deadlines computable', async () => {
    const file = await write(
      'cal.yaml',
      [
        'years:',
        '  - year: 2027',
        '    sources: [test fixture]',
        '    days:',
        '      - date: 2027-01-01',
        '        kind: libur-nasional',
        "        name: { id: Tahun Baru Masehi, en: New Year's Day }",
        '      - { date: 2027-01-04, kind: cuti-bersama }',
        '',
      ].join('\n'),
    );
    const years = await loadCalendarFile(file);
    expect(years).toEqual([
      {
        year: 2027,
        sources: ['test fixture'],
        days: [
          {
            date: '2027-01-01',
            kind: 'libur-nasional',
            name: { id: 'Tahun Baru Masehi', en: "New Year's Day" },
          },
          { date: '2027-01-04', kind: 'cuti-bersama' },
        ],
      },
    ]);
    const cal = createCalendar({ extraYears: years });
    expect(addWorkingDays('2026-12-28', 5, defaultCalendar)).toMatchObject({ ok: false, year: 2027 });
    // 29, 30, 31 Dec; 1 Jan holiday, 2–3 weekend, 4 Jan cuti bersama; 5 and 6 Jan.
    expect(addWorkingDays('2026-12-28', 5, cal)).toEqual({ ok: true, date: '2027-01-06' });
    expect(isWorkingDay('2027-01-05', cal)).toBe(true);
  });

  it('loads a JSON file', async () => {
    const file = await write(
      'cal.json',
      JSON.stringify({
        years: [
          { year: 2027, sources: ['test fixture'], days: [{ date: '2027-01-01', kind: 'libur-nasional' }] },
        ],
      }),
    );
    expect(await loadCalendarFile(file)).toEqual([
      { year: 2027, sources: ['test fixture'], days: [{ date: '2027-01-01', kind: 'libur-nasional' }] },
    ]);
  });

  it('rejects an invalid calendar file, naming the path of every problem in both languages', async () => {
    const file = await write(
      'bad.yaml',
      [
        'years:',
        '  - year: 2027',
        '    sources: [test fixture]',
        '    days:',
        '      - { date: 2027-01-01, kind: libur-nasional }',
        '      - { date: 2027-01-02, kind: libur }',
        '      - { date: 2026-12-31, kind: cuti-bersama }',
        '      - { date: 2027-02-30, kind: cuti-bersama }',
        '      - { date: 2027-01-01, kind: cuti-bersama, note: x }',
        '  - year: 2027',
        '    days: []',
        '',
      ].join('\n'),
    );
    const issues = await issuesOf(file);
    expect(issues).toEqual(
      expect.arrayContaining([
        "years[0].days[1].kind: harus salah satu dari: 'libur-nasional', 'cuti-bersama' / must be one of: 'libur-nasional', 'cuti-bersama'",
        'years[0].days[2].date: tanggal 2026-12-31 tidak berada di tahun 2027 / the date 2026-12-31 is not in the year 2027',
        'years[0].days[3].date: bukan tanggal yang sah / not a valid date',
        'years[0].days[4]: kunci tidak dikenal: note / unknown key(s): note',
        'years[0].days[4].date: tanggal 2027-01-01 sudah tercantum di days[0] / the date 2027-01-01 is already listed at days[0]',
        'years[1].sources: wajib diisi / is required',
        'years[1].year: tahun 2027 sudah tercantum di years[0] / the year 2027 is already listed at years[0]',
      ]),
    );
    expect(issues).toHaveLength(7);
  });

  it('names the file in the error message', async () => {
    const file = await write('bad2.yaml', 'years:\n  - year: 2027.5\n    sources: []\n    days: {}\n');
    await expect(loadCalendarFile(file)).rejects.toThrow(
      `${file}: years[0].year: must be a whole number; years[0].sources: must not be empty; years[0].days: must be a list`,
    );
  });

  it('rejects a file that is not YAML, an empty file and a missing file', async () => {
    const broken = await write('broken.yaml', 'years: [\n');
    expect((await issuesOf(broken))[0]).toMatch(
      /^kesalahan sintaks YAML pada baris 2, kolom 1: .* \/ YAML syntax error at line 2, column 1/,
    );
    const empty = await write('empty.yaml', '');
    expect(await issuesOf(empty)).toEqual(['harus berupa objek / must be an object']);
    expect(await issuesOf(join(dir, 'missing.yaml'))).toEqual(['berkas tidak ditemukan / file not found']);
  });

  it('reads a calendar file as the other documents are read: nesting and duplicate keys refused, never quoted', async () => {
    // the yaml library's own error was 'Maximum call stack size exceeded' with an excerpt of the file
    const deep = await write('deep.yaml', `years: ${'['.repeat(3000)}`);
    expect(await issuesOf(deep)).toEqual([
      'bersarang lebih dari 64 tingkat (objek/daftar di dalam objek/daftar) / nested more than 64 levels deep (objects or lists within objects or lists)',
    ]);
    // JSON.parse kept the last "years" without a word
    const twice = await write('twice.json', '{"years":[],"years":[{"year":2027,"sources":["x"],"days":[]}]}');
    expect(await issuesOf(twice)).toEqual([
      'years: kunci "years" ditulis dua kali dalam satu objek / the key "years" is written twice in one object',
    ]);
  });

  it('validates already parsed data the same way', () => {
    expect(() => parseCalendarYears({ years: [] })).toThrow('years: must not be empty');
    expect(() =>
      parseCalendarYears({ years: [{ year: 2027, sources: ['x'], days: [{ date: 20270101 }] }] }),
    ).toThrow('years[0].days[0].date: must be a text; years[0].days[0].kind: is required');
  });
});
