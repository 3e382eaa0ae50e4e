import { addDays, addMonths, addYears, differenceInYears, format, parseISO, subMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { rng } from '../bench/generate.js';
import { ageOn, MAX_WALK, minusMonths, plusDays, plusMonths, plusYears, walkStep } from '../src/dates.js';
import { InputError } from '../src/errors.js';

// src/dates.ts computes on the digits of a date, for speed; date-fns (local midnight, as the library
// used it before) is the reference that the working text names. Every day of 1996–2031 is checked.

const ref = {
  minusMonths: (d: string, n: number) => format(subMonths(parseISO(d), n), 'yyyy-MM-dd'),
  plusMonths: (d: string, n: number) => format(addMonths(parseISO(d), n), 'yyyy-MM-dd'),
  plusYears: (d: string, n: number) => format(addYears(parseISO(d), n), 'yyyy-MM-dd'),
  plusDays: (d: string, n: number) => format(addDays(parseISO(d), n), 'yyyy-MM-dd'),
  ageOn: (b: string, on: string) => differenceInYears(parseISO(on), parseISO(b)),
};

const DAYS: string[] = [];
for (let t = Date.UTC(1996, 0, 1); t <= Date.UTC(2031, 11, 31); t += 86_400_000)
  DAYS.push(new Date(t).toISOString().slice(0, 10));

const VALID = new Set(DAYS);

describe('date arithmetic without Date objects', () => {
  it('moves by months exactly as date-fns, clamping to the month end (31 Aug − 6 months = 28/29 Feb)', () => {
    const wrong: string[] = [];
    for (const d of DAYS) {
      for (const n of [0, 1, 2, 3, 6, 11, 12, 13, 24, 36, 37]) {
        if (minusMonths(d, n) !== ref.minusMonths(d, n)) wrong.push(`${d} - ${n}`);
        if (plusMonths(d, n) !== ref.plusMonths(d, n)) wrong.push(`${d} + ${n}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(minusMonths('2026-08-31', 6)).toBe('2026-02-28');
    expect(minusMonths('2028-08-31', 6)).toBe('2028-02-29');
  });

  it('moves by years as date-fns (29 Feb + 1 year = 28 Feb) and by days across months and leap years', () => {
    const wrong: string[] = [];
    for (const d of DAYS) {
      for (const n of [-3, -1, 1, 3, 4])
        if (plusYears(d, n) !== ref.plusYears(d, n)) wrong.push(`${d} y${n}`);
      for (const n of [-400, -31, -1, 0, 1, 10, 29, 366])
        if (plusDays(d, n) !== ref.plusDays(d, n)) wrong.push(`${d} d${n}`);
    }
    expect(wrong).toEqual([]);
    expect(plusYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('counts ages as differenceInYears, including 29 February birthdays and dates before birth', () => {
    const random = rng(29);
    const pick = () => DAYS[Math.floor(random() * DAYS.length)] as string;
    const wrong: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const b = pick();
      const anniversary = `${Number(b.slice(0, 4)) + Math.floor(random() * 20)}${b.slice(4)}`;
      const on = i % 4 === 0 && VALID.has(anniversary) ? anniversary : pick();
      if (ageOn(b, on) !== ref.ageOn(b, on)) wrong.push(`${b} → ${on}`);
    }
    for (const b of DAYS.filter((d) => d.endsWith('-02-29'))) {
      for (const on of DAYS.filter((d) => /-(02-2[89]|03-01)$/.test(d)))
        if (ageOn(b, on) !== ref.ageOn(b, on)) wrong.push(`${b} → ${on}`);
    }
    expect(wrong).toEqual([]);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(Object.is(ageOn('2000-05-01', '1999-06-01'), 0)).toBe(true);
  });
});

describe('date arithmetic across century years', () => {
  // 1900 and 2100 are not leap years (divisible by 100), 2000 is (divisible by 400).
  const around = (year: number) => {
    const out: string[] = [];
    for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 2, 31); t += 86_400_000)
      out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  };
  const days = [1900, 2000, 2100].flatMap(around);

  it('moves by days, months and years as date-fns around February 1900, 2000 and 2100', () => {
    const wrong: string[] = [];
    for (const d of days) {
      for (const n of [-1, 1, 28, 29, -29])
        if (plusDays(d, n) !== ref.plusDays(d, n)) wrong.push(`${d} d${n}`);
      for (const n of [1, 12, 13]) if (plusMonths(d, n) !== ref.plusMonths(d, n)) wrong.push(`${d} + ${n}`);
      if (minusMonths(d, 1) !== ref.minusMonths(d, 1)) wrong.push(`${d} - 1`);
      if (plusYears(d, 100) !== ref.plusYears(d, 100)) wrong.push(`${d} y100`);
    }
    expect(wrong).toEqual([]);
  });

  it('has 29 February in 2000 but not in 1900 or 2100', () => {
    expect(plusDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(plusDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(plusDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(plusMonths('2000-01-31', 1)).toBe('2000-02-29');
    expect(plusMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(plusYears('2000-02-29', 100)).toBe('2100-02-28');
    expect(minusMonths('1900-03-31', 1)).toBe('1900-02-28');
  });

  it('turns a 29 February birthday a year older on 1 March of 2100', () => {
    expect(ageOn('2000-02-29', '2100-02-28')).toBe(99);
    expect(ageOn('2000-02-29', '2100-03-01')).toBe(100);
  });
});

describe('walks over dates', () => {
  it('count their steps and refuse, naming the span, one that would pass the bound', () => {
    expect(walkStep(0, '2026-01-01', '2026-12-31')).toBe(1);
    let err: unknown;
    try {
      walkStep(MAX_WALK, '1900-01-01', '2199-12-31');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const issues = (err as InputError).issues;
    expect(issues.map((i) => i.path)).toEqual(['asOf']);
    expect(issues[0]?.messages.en).toMatch(/^the span 1900-01-01 – 2199-12-31 is too long to judge/);
    expect(issues[0]?.messages.id).toMatch(/^rentang 1900-01-01 – 2199-12-31 terlalu panjang untuk dinilai/);
  });
});
