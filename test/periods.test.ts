import { describe, expect, it } from 'vitest';
import {
  earlierOf,
  laterOf,
  nextPeriod,
  overlaps,
  periodBounds,
  periodContaining,
  periodsOverlapping,
} from '../src/obligations/index.js';

// The calendar periods of the periodic obligations (Pasal 10, 11, 15): their bounds decide which days count
// for which period, so each edge is pinned here (found by mutation testing, docs/mutation.md).

describe('period bounds', () => {
  it('reads January and December as the first and last month of the year', () => {
    expect(periodBounds('2026-01')).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    expect(periodBounds('2026-12')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
  });

  it('refuses month 00 and month 13', () => {
    expect(periodBounds('2026-00')).toBeNull();
    expect(periodBounds('2026-13')).toBeNull();
  });

  it('maps semester 1 to January–June and semester 2 to July–December', () => {
    expect(periodBounds('2026-1')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodBounds('2026-2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
  });

  it('maps each quarter to its three months', () => {
    expect(['Q1', 'Q2', 'Q3', 'Q4'].map((q) => periodBounds(`2026-${q}`))).toEqual([
      { start: '2026-01-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-06-30' },
      { start: '2026-07-01', end: '2026-09-30' },
      { start: '2026-10-01', end: '2026-12-31' },
    ]);
  });

  it('refuses what is no period key nor date', () => {
    for (const key of [
      '2026-Q0',
      '2026-Q5',
      '2026-3',
      '2026-0',
      '26',
      '2026-1x',
      'x2026',
      '2026-03-1',
      'x2026-1',
      'x2026-Q1',
      '2026-Q1x',
      'x2026-03',
      'x2026-03-01',
      '2026-03-01x',
    ])
      expect(periodBounds(key), key).toBeNull();
  });

  it('gives February 29 days in 2000 and 2028, and 28 in 1900, 2100 and 2026 (the century rule)', () => {
    expect(periodBounds('2000-02')?.end).toBe('2000-02-29');
    expect(periodBounds('2028-02')?.end).toBe('2028-02-29');
    expect(periodBounds('1900-02')?.end).toBe('1900-02-28');
    expect(periodBounds('2100-02')?.end).toBe('2100-02-28');
    expect(periodBounds('2026-02')?.end).toBe('2026-02-28');
  });

  it('ends the 30-day months on the 30th and the others on the 31st', () => {
    const ends = Array.from({ length: 12 }, (_, i) =>
      periodBounds(`2026-${String(i + 1).padStart(2, '0')}`)?.end.slice(8),
    );
    expect(ends).toEqual(['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31']);
  });
});

describe('the period containing a date', () => {
  it('puts 1 January and 31 December in the first and last period of each kind', () => {
    expect(periodContaining('month', '2026-01-01').key).toBe('2026-01');
    expect(periodContaining('month', '2026-12-31').key).toBe('2026-12');
    expect(periodContaining('quarter', '2026-12-31').key).toBe('2026-Q4');
    expect(periodContaining('semester', '2026-06-30').key).toBe('2026-1');
    expect(periodContaining('semester', '2026-12-31').key).toBe('2026-2');
    expect(periodContaining('year', '2026-12-31')).toMatchObject({ key: '2026', start: '2026-01-01' });
  });

  it('keys October–December as 2026-10 … 2026-12 and Q4, not with a missing zero or an extra one', () => {
    expect(periodContaining('month', '2026-10-05').key).toBe('2026-10');
    expect(periodContaining('month', '2026-09-05')).toMatchObject({ key: '2026-09', end: '2026-09-30' });
    expect(periodContaining('quarter', '2026-10-05')).toMatchObject({
      start: '2026-10-01',
      end: '2026-12-31',
    });
  });

  it('is the same object every time (one per period, shared by every village)', () => {
    expect(periodContaining('quarter', '2026-02-03')).toBe(periodContaining('quarter', '2026-03-31'));
    expect(Object.isFrozen(periodContaining('quarter', '2026-02-03'))).toBe(true);
  });
});

describe('the next period', () => {
  it('goes from December, Q4, semester 2 and a year into the next year', () => {
    expect(nextPeriod(periodContaining('month', '2026-12-10')).key).toBe('2027-01');
    expect(nextPeriod(periodContaining('quarter', '2026-12-10')).key).toBe('2027-Q1');
    expect(nextPeriod(periodContaining('semester', '2026-12-10')).key).toBe('2027-1');
    expect(nextPeriod(periodContaining('year', '2026-12-10')).key).toBe('2027');
  });

  it('stays in the year before its end', () => {
    expect(nextPeriod(periodContaining('month', '2026-11-10')).key).toBe('2026-12');
    expect(nextPeriod(periodContaining('semester', '2026-01-10'))).toMatchObject({
      key: '2026-2',
      start: '2026-07-01',
    });
  });
});

describe('periods overlapping a range', () => {
  it('is one period when the range lies inside it, including a range of one day', () => {
    expect(periodsOverlapping('quarter', '2026-02-01', '2026-03-31').map((p) => p.key)).toEqual(['2026-Q1']);
    expect(periodsOverlapping('month', '2026-03-31', '2026-03-31').map((p) => p.key)).toEqual(['2026-03']);
  });

  it('includes a period of which the range touches only the first day', () => {
    expect(periodsOverlapping('quarter', '2026-03-31', '2026-04-01').map((p) => p.key)).toEqual([
      '2026-Q1',
      '2026-Q2',
    ]);
  });

  it('lists every month of a year, and the years of a decade, in order', () => {
    expect(periodsOverlapping('month', '2026-01-01', '2026-12-31')).toHaveLength(12);
    expect(periodsOverlapping('year', '2026-06-01', '2035-01-01').map((p) => p.key)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(2026 + i)),
    );
  });

  it('is empty when the range ends before it starts', () => {
    expect(periodsOverlapping('year', '2026-01-02', '2026-01-01')).toEqual([]);
  });
});

describe('overlapping days', () => {
  const q1 = { start: '2026-01-01', end: '2026-03-31' };
  it('counts a range that starts on the last day or ends on the first day (both ends inclusive)', () => {
    expect(overlaps(q1, { start: '2026-03-31', end: '2026-09-30' })).toBe(true);
    expect(overlaps({ start: '2026-03-31', end: '2026-09-30' }, q1)).toBe(true);
    expect(overlaps(q1, { start: '2025-10-01', end: '2026-01-01' })).toBe(true);
    expect(overlaps({ start: '2025-10-01', end: '2026-01-01' }, q1)).toBe(true);
  });
  it('does not count a range that ends the day before or starts the day after', () => {
    expect(overlaps(q1, { start: '2026-04-01', end: '2026-09-30' })).toBe(false);
    expect(overlaps(q1, { start: '2025-10-01', end: '2025-12-31' })).toBe(false);
    expect(overlaps({ start: '2025-10-01', end: '2025-12-31' }, q1)).toBe(false);
  });
});

describe('the later and the earlier of two dates', () => {
  it('returns the later whichever comes first', () => {
    expect(laterOf('2026-03-02', '2026-01-15')).toBe('2026-03-02');
    expect(laterOf('2026-01-15', '2026-03-02')).toBe('2026-03-02');
    expect(laterOf('2026-01-15', '2026-01-15')).toBe('2026-01-15');
  });
  it('returns the earlier whichever comes first', () => {
    expect(earlierOf('2026-03-02', '2026-01-15')).toBe('2026-01-15');
    expect(earlierOf('2026-01-15', '2026-03-02')).toBe('2026-01-15');
  });
});
