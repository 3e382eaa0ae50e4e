import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAX_WALK, minusMonths, plusDays, plusYears, walkStep } from '../src/dates.js';
import { InputError } from '../src/errors.js';
import { evaluate } from '../src/evaluate.js';
import { periodsOverlapping } from '../src/obligations/periods.js';
import { isDateString, SUPPORTED_YEARS } from '../src/schema/date.js';
import { anjani } from './support/village.js';

function dme(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function refusal(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

const designated = anjani({ designation: { designatedOn: '2026-01-05', extendedUntil: '2199-12-31' } });

describe('dates outside the supported years', () => {
  it('refuses a Tanggal Penilaian in 9999 for an active designation at once, instead of walking periods forever', async () => {
    const e = await refusal(evaluate(designated, { asOf: '9999-06-01' }));
    expect(e.issues[0]?.path).toBe('asOf');
  });
  it('refuses a record date in year 10000-shaped or 9999 and names the field and the range', async () => {
    const e = await refusal(
      evaluate(anjani({ designation: { designatedOn: '2026-01-05', extendedUntil: '9999-12-31' } }), {
        asOf: '2026-06-30',
      }),
    );
    const issue = e.issues.find((i) => i.path === 'designation.extendedUntil');
    expect(issue?.messages.en).toContain(`${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}`);
    expect(issue?.messages.id).toContain('di luar rentang');
  });
  it('says of a Tanggal Penilaian outside the supported years that the year is the problem, and only then', async () => {
    const { first, last } = SUPPORTED_YEARS;
    const said = async (asOf: string) => (await refusal(evaluate(designated, { asOf }))).issues[0]?.messages;
    expect(await said(`${first - 1}-12-31`)).toEqual({
      id: `Tanggal Penilaian harus tanggal YYYY-MM-DD yang sah: tahun ${first - 1} di luar rentang yang didukung (${first}–${last})`,
      en: `the assessment date must be a valid date YYYY-MM-DD: the year ${first - 1} is outside the supported range (${first}–${last})`,
    });
    expect((await said(`${last + 1}-01-01`))?.en).toBe(
      `the assessment date must be a valid date YYYY-MM-DD: the year ${last + 1} is outside the supported range (${first}–${last})`,
    );
    // an impossible day in the first and the last supported year: the year is not mentioned
    for (const asOf of [`${first}-02-30`, `${last}-02-30`, '2026-13-01']) {
      expect(await said(asOf), asOf).toEqual({
        id: 'Tanggal Penilaian harus tanggal YYYY-MM-DD yang sah',
        en: 'the assessment date must be a valid date YYYY-MM-DD',
      });
    }
  });
  it('accepts the first and last supported days and refuses the days just outside', () => {
    expect(isDateString(`${SUPPORTED_YEARS.first}-01-01`)).toBe(true);
    expect(isDateString(`${SUPPORTED_YEARS.last}-12-31`)).toBe(true);
    expect(isDateString(`${SUPPORTED_YEARS.first - 1}-12-31`)).toBe(false);
    expect(isDateString(`${SUPPORTED_YEARS.last + 1}-01-01`)).toBe(false);
  });
  it('judges an active designation on the last supported day, every period walk ending', async () => {
    const doc = await evaluate(designated, { asOf: `${SUPPORTED_YEARS.last}-12-31` });
    expect(doc.status.designation).toBe('active');
  });
});

describe('dates derived past the four-digit years', () => {
  it('stay four digits long and in order: a term of 100,000 years ends on 9999-12-31, not in year 102026', () => {
    expect(plusYears('2026-01-02', 100_000)).toBe('9999-12-31');
    expect(plusYears('2026-01-02', Number.POSITIVE_INFINITY)).toBe('9999-12-31');
    expect(minusMonths('2026-01-02', 12 * 5000)).toBe('0001-01-01');
    expect(plusDays('2026-01-02', 10_000_000)).toBe('9999-12-31');
    expect(plusYears('2026-01-02', 100_000) > `${SUPPORTED_YEARS.last}-12-31`).toBe(true);
  });
});

describe('every walk over periods is bounded', () => {
  it('lists the months between the first and the last supported day', () => {
    const months = periodsOverlapping(
      'month',
      `${SUPPORTED_YEARS.first}-01-01`,
      `${SUPPORTED_YEARS.last}-12-31`,
    );
    expect(months).toHaveLength((SUPPORTED_YEARS.last - SUPPORTED_YEARS.first + 1) * 12);
  });
  it('refuses, as bad input, a walk longer than the bound', () => {
    expect(() => walkStep(MAX_WALK, '1900-01-01', '99999-01-01')).toThrow(InputError);
    expect(walkStep(MAX_WALK - 1, '1900-01-01', '2199-01-01')).toBe(MAX_WALK);
  });
});

describe('dme check --as-of', () => {
  const scenario = 'fixtures/pasal-15/belum-ada-pendamping-ayat-3-tidak-berlaku.yaml';
  it('refuses an empty --as-of with exit code 2 instead of judging as of today', () => {
    const r = dme('check', scenario, '--as-of', '', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^asOf: /);
    expect(r.stdout).toBe('');
  });
  it('refuses --as-of 9999-06-01 with exit code 2 and no stack trace', () => {
    const r = dme('check', scenario, '--as-of', '9999-06-01');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('    at ');
  });
});
