import { describe, expect, it } from 'vitest';
import { designationEnd, designationStatus } from '../rules/pasal-05/designation.js';
import { perluPembinaanRun } from '../rules/pasal-13/evaluations.js';
import { defaultCalendar } from '../src/calendar/index.js';
import { statusOf } from '../src/evaluate/status.js';
import { evaluate } from '../src/evaluate.js';
import { paramOnFor, paramsInForce } from '../src/obligations/params.js';
import { inTextOf, parametersOn } from '../src/regulation.js';
import { shippedRegulation } from '../src/rules.js';
import type { VillageRecord } from '../src/schema/index.js';
import type { Verdict } from '../src/types.js';
import type { Finding } from '../src/verdict.js';
import { anjani } from './support/village.js';

const PARAMS = { validityYears: 3, effectiveDate: '2026-01-02', revocationConsecutiveYears: 2 };
/** The parameters as a rule reads them: no value dated otherwise, so the values above on every day. */
const SOURCE = { params: PARAMS, paramOn: () => undefined, inText: () => true };

/** Whether the verdict document recommends revocation (Pasal 13 ayat (2), through its finding). */
async function revocationRecommended(v: VillageRecord, asOf: string): Promise<boolean> {
  return (await evaluate(v, { asOf })).status.revocationRecommended;
}

function village(extra: Partial<VillageRecord> = {}): VillageRecord {
  return { code: '52.03.13.2001', name: 'Anjani', ...extra } as VillageRecord;
}

const EMAS_VILLAGE = anjani({
  pmi: { abroad: 120, procedural: 100, placedLast3Years: 64 },
  designation: { designatedOn: '2026-03-02' },
});

describe('designation (Pasal 5 ayat (4))', () => {
  it('never ends once an amendment removed ayat (4): the text then sets no limit', () => {
    const removed = { ...SOURCE, inText: (c: string) => !c.startsWith('Pasal 5 ayat (4)') };
    const v = village({ designation: { designatedOn: '2022-01-10' } });
    expect(designationStatus(v, '2026-06-30', SOURCE)).toBe('expired');
    expect(designationStatus(v, '2026-06-30', removed)).toBe('active');
    expect(designationEnd({ designatedOn: '2022-01-10' }, null)).toBe('9999-12-31');
  });
  it('lasts until the day before the third anniversary', () => {
    expect(designationEnd({ designatedOn: '2026-03-02' }, 3)).toBe('2029-03-01');
    expect(
      designationStatus(village({ designation: { designatedOn: '2026-03-02' } }), '2029-03-01', SOURCE),
    ).toBe('active');
    expect(
      designationStatus(village({ designation: { designatedOn: '2026-03-02' } }), '2029-03-02', SOURCE),
    ).toBe('expired');
  });

  it('runs to the end of an extension, but an extension ending earlier does not shorten it', () => {
    expect(designationEnd({ designatedOn: '2026-03-02', extendedUntil: '2032-03-01' }, 3)).toBe('2032-03-01');
    expect(designationEnd({ designatedOn: '2026-03-02', extendedUntil: '2027-01-01' }, 3)).toBe('2029-03-01');
  });

  it('is not_designated before the designation date and without a designation', () => {
    expect(
      designationStatus(village({ designation: { designatedOn: '2026-07-01' } }), '2026-06-30', SOURCE),
    ).toBe('not_designated');
    expect(designationStatus(village(), '2026-06-30', SOURCE)).toBe('not_designated');
  });
});

describe('revocation (Pasal 13 ayat (2))', async () => {
  const designated = { designation: { designatedOn: '2026-01-05' } };

  it('is recommended after Perlu Pembinaan in 2026 and 2027', async () => {
    const v = village({
      ...designated,
      evaluations: [
        { year: 2027, result: 'perlu-pembinaan' },
        { year: 2026, result: 'perlu-pembinaan' },
      ],
    });
    expect(perluPembinaanRun(v, '2028-01-15', '2026-01-02')).toEqual({ length: 2, years: [2026, 2027] });
    expect(await revocationRecommended(v, '2028-01-15')).toBe(true);
  });

  it('is not recommended when a year in between is missing or better', async () => {
    const gap = village({
      ...designated,
      evaluations: [
        { year: 2026, result: 'perlu-pembinaan' },
        { year: 2028, result: 'perlu-pembinaan' },
      ],
    });
    expect(await revocationRecommended(gap, '2028-12-31')).toBe(false);
    const better = village({
      ...designated,
      evaluations: [
        { year: 2026, result: 'perlu-pembinaan' },
        { year: 2027, result: 'berkembang' },
        { year: 2028, result: 'perlu-pembinaan' },
      ],
    });
    expect(perluPembinaanRun(better, '2028-12-31', '2026-01-02').length).toBe(1);
    expect(await revocationRecommended(better, '2028-12-31')).toBe(false);
  });

  it('does not count a result of a year before the regulation was in force', async () => {
    const v = village({
      designation: { designatedOn: '2025-03-03' },
      evaluations: [
        { year: 2025, result: 'perlu-pembinaan' },
        { year: 2026, result: 'perlu-pembinaan' },
      ],
    });
    expect(perluPembinaanRun(v, '2027-01-15', '2026-01-02').years).toEqual([2026]);
    expect(await revocationRecommended(v, '2027-01-15')).toBe(false);
  });

  it('does not count a result recorded for a year after the assessment date', async () => {
    const v = village({
      ...designated,
      evaluations: [
        { year: 2026, result: 'perlu-pembinaan' },
        { year: 2027, result: 'perlu-pembinaan' },
      ],
    });
    expect(await revocationRecommended(v, '2026-12-31')).toBe(false);
  });

  it('is never recommended for a village that is not a Desa Migran EMAS', async () => {
    const v = village({
      evaluations: [
        { year: 2026, result: 'perlu-pembinaan' },
        { year: 2027, result: 'perlu-pembinaan' },
      ],
    });
    expect(await revocationRecommended(v, '2028-01-15')).toBe(false);
  });
});

describe('evaluation result (Pasal 12 ayat (2))', () => {
  it('is the predicate whose finding is met, and null when none is', () => {
    const asOf = '2026-06-30';
    const ctx = {
      record: village(),
      asOf,
      params: parametersOn(shippedRegulation, asOf),
      calendar: defaultCalendar,
      paramInForce: paramsInForce(shippedRegulation, asOf),
      paramOn: paramOnFor(shippedRegulation, 'paramOn'),
      inText: inTextOf(shippedRegulation),
    };
    const resultOf = (a: Verdict, b: Verdict, c: Verdict) => {
      const findings = new Map<string, Finding>(
        (['a', 'b', 'c'] as const).map((h, i) => {
          const citation = `Pasal 12 ayat (2) huruf ${h}`;
          const verdict = [a, b, c][i] as Verdict;
          return [
            citation,
            { citation, verdict, message: { id: '', en: '' }, values: {}, provenance: 'ASM' },
          ];
        }),
      );
      return statusOf(shippedRegulation, findings, ctx).evaluationResult;
    };
    expect(resultOf('not_applicable', 'met', 'not_applicable')).toBe('berkembang');
    expect(resultOf('not_applicable', 'not_applicable', 'met')).toBe('perlu-pembinaan');
    expect(resultOf('unknown', 'unknown', 'not_applicable')).toBeNull();
  });

  it('is mandiri for a designated village meeting every Pasal 4 criterion', async () => {
    const doc = await evaluate(EMAS_VILLAGE, { asOf: '2026-06-30' });
    expect(doc.status.evaluationResult).toBe('mandiri');
    expect(doc.status.designation).toBe('active');
  });

  it('is null for the same village when it is not designated', async () => {
    const { designation: _, ...notDesignated } = EMAS_VILLAGE;
    const doc = await evaluate(notDesignated, { asOf: '2026-06-30' });
    expect(doc.status.evaluationResult).toBeNull();
    const huruf = doc.articles.find((a) => a.article === 12)?.findings.map((f) => f.verdict);
    expect(huruf).toEqual(['not_applicable', 'not_applicable', 'not_applicable']);
  });

  it('is null when Pasal 4 ayat (5) is unknown, naming the missing field', async () => {
    const doc = await evaluate({ ...EMAS_VILLAGE, pmi: { abroad: 120 } }, { asOf: '2026-06-30' });
    expect(doc.status.evaluationResult).toBeNull();
    const c = doc.articles
      .find((a) => a.article === 12)
      ?.findings.find((f) => f.citation === 'Pasal 12 ayat (2) huruf c');
    expect(c?.verdict).toBe('unknown');
    expect(c?.missing).toContain('pmi.procedural');
  });

  it('is perlu-pembinaan when an Aman criterion fails, and says which', async () => {
    const doc = await evaluate({ ...EMAS_VILLAGE, legalAidPartners: [] }, { asOf: '2026-06-30' });
    expect(doc.status.evaluationResult).toBe('perlu-pembinaan');
    const c = doc.articles
      .find((a) => a.article === 12)
      ?.findings.find((f) => f.citation === 'Pasal 12 ayat (2) huruf c');
    expect(c?.message.en).toContain('not met: ayat (3) huruf c');
  });
});
