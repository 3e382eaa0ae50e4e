import { describe, expect, it } from 'vitest';
import type { ArticleDef, ObligationResult } from '../src/define.js';
import {
  type Displacement,
  displacedFinding,
  displaceObligations,
  findingDisplacement,
} from '../src/exceptions.js';
import type { Finding } from '../src/verdict.js';

// The one mechanism by which an exception displaces a general rule (Pasal 17 over Pasal 7, Pasal 15 ayat (4)
// over ayat (2), exceptions added by an amendment): which days it covers, and what the verdict then says.

const because = { id: 'Masa peralihan.', en: 'Transition period.' };
const ex = (over: Partial<Displacement> = {}): Displacement => ({
  by: 'Pasal 17',
  displaces: 'Pasal 7',
  message: because,
  ...over,
});

/** Pasal 7 ayat (3) not met: 2 of 9 members are women. */
const womenShare: Finding = {
  citation: 'Pasal 7 ayat (3)',
  verdict: 'not_met',
  message: { id: '2 dari 9 perempuan.', en: '2 of 9 are women.' },
  values: { women: 2 },
  provenance: 'ASM',
};

describe('a displaced finding', () => {
  it('is displaced on the first and on the last day of the exception, not the day before or after', () => {
    const d = ex({ from: '2026-01-02', to: '2026-07-01' });
    expect(findingDisplacement('Pasal 7 ayat (3)', '2026-01-02', [d])).toBe(d);
    expect(findingDisplacement('Pasal 7 ayat (3)', '2026-07-01', [d])).toBe(d);
    expect(findingDisplacement('Pasal 7 ayat (3)', '2026-01-01', [d])).toBeUndefined();
    expect(findingDisplacement('Pasal 7 ayat (3)', '2026-07-02', [d])).toBeUndefined();
  });

  it('is displaced on any day by an exception without a first or last day', () => {
    expect(findingDisplacement('Pasal 7', '1900-01-01', [ex()])).toBeDefined();
    expect(findingDisplacement('Pasal 7', '2199-12-31', [ex({ from: '2026-01-02' })])).toBeDefined();
    expect(findingDisplacement('Pasal 7', '1900-01-01', [ex({ to: '2026-07-01' })])).toBeDefined();
  });

  it('only within the displaced citation (Pasal 7 does not reach Pasal 70 nor Pasal 6)', () => {
    expect(findingDisplacement('Pasal 70', '2026-03-01', [ex()])).toBeUndefined();
    expect(findingDisplacement('Pasal 6 ayat (1)', '2026-03-01', [ex()])).toBeUndefined();
  });

  it('says what the provision would have found and until when it is displaced', () => {
    const underlying = womenShare;
    expect(displacedFinding(underlying, ex({ to: '2026-07-01' }))).toEqual({
      citation: 'Pasal 7 ayat (3)',
      verdict: 'not_applicable',
      message: {
        id: 'Tidak diterapkan: dikecualikan oleh Pasal 17. Masa peralihan. Tanpa pengecualian ini: tidak memenuhi — 2 dari 9 perempuan.',
        en: 'Not applied: displaced by Pasal 17. Transition period. Without this exception: not met — 2 of 9 are women.',
      },
      values: { displacedVerdict: 'not_met', displacedUntil: '2026-07-01' },
      provenance: 'ASM',
      displacedBy: 'Pasal 17',
    });
    expect(displacedFinding(underlying, ex()).values.displacedUntil).toBeNull();
  });

  it('keeps the provenance of the values what it would have found turned on', () => {
    const underlying: Finding = { ...womenShare, parameterProvenance: { minWomenShare: 'ASM' } };
    expect(displacedFinding(underlying, ex()).parameterProvenance).toEqual({ minWomenShare: 'ASM' });
  });
});

describe('displaced obligations', () => {
  const article = { article: 15, title: { id: 'x', en: 'x' } } as ArticleDef;
  const quarter = (period: string): ObligationResult => ({
    citation: 'Pasal 15 ayat (2)',
    party: 'BP3MI',
    period,
    due: null,
    status: 'overdue',
    fulfilledOn: null,
    message: { id: period, en: period },
  });
  const warning = ex({
    by: 'Pasal 15 ayat (4)',
    displaces: 'Pasal 15 ayat (2)',
    from: '2026-03-31',
    to: '2026-09-29',
    message: { id: 'Teguran.', en: 'Warning.' },
  });
  const run = (obligations: ObligationResult[], displacements: Displacement[], asOf = '2026-12-31') =>
    displaceObligations(article, obligations, displacements, asOf, () => 'ASM');

  it('drops each period the exception touches, even by one day, and keeps the others', () => {
    const r = run(['2025-Q4', '2026-Q1', '2026-Q3', '2026-Q4'].map(quarter), [warning]);
    expect(r.kept.map((o) => o.period)).toEqual(['2025-Q4', '2026-Q4']);
    expect(r.notes).toEqual([
      {
        citation: 'Pasal 15 ayat (2)',
        verdict: 'not_applicable',
        message: {
          id: 'Pasal 15 ayat (2) tidak dinilai untuk 2026-Q1 dan 2026-Q3: dikecualikan oleh Pasal 15 ayat (4) (31 Mar 2026 – 29 Sep 2026). Teguran.',
          en: 'Pasal 15 ayat (2) is not judged for 2026-Q1 and 2026-Q3: displaced by Pasal 15 ayat (4) (31 Mar 2026 – 29 Sep 2026). Warning.',
        },
        values: { displacedPeriods: ['2026-Q1', '2026-Q3'] },
        provenance: 'ASM',
        displacedBy: 'Pasal 15 ayat (4)',
      },
    ]);
  });

  it('leaves obligations of other citations alone, and returns nothing for no obligations', () => {
    const other = { ...quarter('2026-Q2'), citation: 'Pasal 15 ayat (5)' };
    expect(run([other], [warning]).kept).toEqual([other]);
    expect(run([], [warning])).toEqual({ kept: [], notes: [] });
  });

  it('judges a one-off obligation by its due date, or by the assessment date when it has none', () => {
    const oneOff = (due: string | null): ObligationResult => ({ ...quarter('x'), period: null, due });
    expect(run([oneOff('2026-09-29')], [warning]).kept).toEqual([]);
    expect(run([oneOff('2026-09-30')], [warning]).kept).toHaveLength(1);
    expect(run([oneOff(null)], [warning], '2026-03-31').notes[0]?.values).toEqual({
      displacedPeriods: ['—'],
    });
    expect(run([oneOff(null)], [warning], '2026-03-30').kept).toHaveLength(1);
    expect(run([oneOff('2026-04-01')], [warning]).notes[0]?.values).toEqual({
      displacedPeriods: ['2026-04-01'],
    });
  });

  it('names the assessment date for an open end, and each exception of the same provision once', () => {
    const open = ex({ by: 'Pasal 15 ayat (4)', displaces: 'Pasal 15', message: { id: 'A.', en: 'A.' } });
    const second = { ...warning, message: { id: 'B.', en: 'B.' } };
    const r = run([quarter('2026-Q1'), quarter('2026-Q2')], [open, second], '2026-06-30');
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]?.message).toEqual({
      id: 'Pasal 15 ayat (2) tidak dinilai untuk 2026-Q1 dan 2026-Q2: dikecualikan oleh Pasal 15 ayat (4) (30 Jun 2026 – 30 Jun 2026 dan 31 Mar 2026 – 29 Sep 2026). A. B.',
      en: 'Pasal 15 ayat (2) is not judged for 2026-Q1 and 2026-Q2: displaced by Pasal 15 ayat (4) (30 Jun 2026 – 30 Jun 2026 and 31 Mar 2026 – 29 Sep 2026). A. B.',
    });
  });

  it('keeps a note per excepting provision', () => {
    const other = { ...warning, by: 'Pasal 17', from: '2026-01-01', to: '2026-01-31' };
    const r = run([quarter('2026-Q1'), quarter('2026-Q3')], [other, warning]);
    // 2026-Q1 overlaps both; it is noted under the first, which names only its own days and reason
    expect(r.notes.map((n) => [n.displacedBy, n.values.displacedPeriods, n.message.en])).toEqual([
      [
        'Pasal 17',
        ['2026-Q1'],
        'Pasal 15 ayat (2) is not judged for 2026-Q1: displaced by Pasal 17 (1 Jan 2026 – 31 Jan 2026). Warning.',
      ],
      [
        'Pasal 15 ayat (4)',
        ['2026-Q3'],
        'Pasal 15 ayat (2) is not judged for 2026-Q3: displaced by Pasal 15 ayat (4) (31 Mar 2026 – 29 Sep 2026). Warning.',
      ],
    ]);
  });
});
