import { describe, expect, it } from 'vitest';
import { emptyTally, formatSummary } from '../src/batch/summary.js';
import { formatNumber, percent } from '../src/explain/format.js';
import { showParam } from '../src/report/condition.js';

describe('numbers as each language writes them', () => {
  it('groups thousands with a dot and writes decimals with a comma in Indonesian', () => {
    expect(formatNumber(83_763, 'id')).toBe('83.763');
    expect(formatNumber(1_234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(0.8, 'id')).toBe('0,8');
    expect(formatNumber(-2_500, 'id')).toBe('-2.500');
  });
  it('groups thousands with a comma and writes decimals with a point in English', () => {
    expect(formatNumber(83_763, 'en')).toBe('83,763');
    expect(formatNumber(1_234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.8, 'en')).toBe('0.8');
  });
  it('keeps a parameter value whole as the regulation states it, and rounds only where asked', () => {
    expect(formatNumber(0.125, 'id')).toBe('0,125');
    expect(formatNumber(2 / 3, 'en', 1)).toBe('0.7');
    expect(formatNumber(12.0, 'id', 1)).toBe('12');
  });
  it('shows shares as percentages with one decimal at most, in the same separators', () => {
    expect(percent(0.8, 'id')).toBe('80%');
    expect(percent(1 / 3, 'id')).toBe('33,3%');
    expect(percent(1 / 3, 'en')).toBe('33.3%');
    expect(percent(12.345, 'id')).toBe('1.234,5%');
  });
  it('writes a parameter in the law text and a national count with the same formatter', () => {
    expect(showParam(0.8, 'id')).toBe('0,8');
    expect(showParam(0.8, 'en')).toBe('0.8');
    expect(showParam(1500, 'id')).toBe('1.500');
  });
});

describe('the national summary', () => {
  it('writes its counts in the chosen language', () => {
    const tally = emptyTally();
    tally.judged = 83_763;
    tally.eligibility.not_met = 82_563;
    tally.eligibility.met = 1_200;
    tally.lateOrOverdue = 1_001;
    const id = formatSummary(tally, 'id');
    const en = formatSummary(tally, 'en');
    expect(id).toMatch(/^83\.763 /);
    expect(id).toContain('82.563');
    expect(en).toMatch(/^83,763 /);
    expect(en).toContain('1,001');
  });
});
