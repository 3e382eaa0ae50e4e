import { describe, expect, it } from 'vitest';
import type { FindingDef } from '../src/define.js';
import { CompiledFindingEvaluator } from '../src/engine/compiled.js';
import type { Condition } from '../src/engine/condition.js';
import { FindingEngine } from '../src/engine/engine.js';
import { Missing } from '../src/facts/index.js';

// Each comparison of a finding gets its own outcome from either evaluator, wherever it sits in the condition:
// inside `not`, `any` and `atLeast` too (the shipped rules only put finding references there, so the scenarios
// never reach those paths), and beside references to other findings, which are no comparisons.

const finding = (citation: string, when: Condition) =>
  ({
    citation,
    label: { id: citation, en: citation },
    when,
    explain: () => ({ message: { id: '', en: '' } }),
  }) as FindingDef;

const FINDINGS = [
  finding('Pasal 91', { not: { fact: 'a', operator: 'equal', value: 1 } }),
  finding('Pasal 92', {
    any: [
      { fact: 'a', operator: 'equal', value: 2 },
      { not: { fact: 'b', operator: 'greaterThan', value: { param: 'limit' } } },
    ],
  }),
  finding('Pasal 93', {
    atLeast: 2,
    of: [
      { finding: 'Pasal 91' },
      { fact: 'b', operator: 'lessThan', value: 10 },
      { fact: 'c', operator: 'in', value: ['x', 'y'] },
    ],
  }),
  finding('Pasal 94', { not: { finding: 'Pasal 91' } }),
  finding('Pasal 95', { all: [{ finding: 'Pasal 91' }, { finding: 'Pasal 92' }] }),
  // another fact as the compared value: a < b
  finding('Pasal 96', { fact: 'a', operator: 'lessThan', value: { fact: 'b' } }),
];

const facts = {
  values: { a: 1, b: 7, c: 'z' },
  missing: new Map([['c', new Missing(['village.c'], { id: 'c sesudah tanggal', en: 'c after the date' })]]),
};

const verdicts = (outcomes: Map<string, { verdict: string; missing: string[]; reasons: unknown[] }[]>) =>
  Object.fromEntries(
    FINDINGS.map((f) => [f.citation, (outcomes.get(f.citation) ?? []).map((o) => o.verdict)]),
  );

describe('comparisons inside not, any and atLeast', () => {
  it('json-rules-engine gives each its own outcome, in depth-first order', async () => {
    const outcomes = await new FindingEngine(FINDINGS, { limit: 5 }).run(facts);
    expect(verdicts(outcomes)).toEqual({
      // a = 1: the comparison itself is met (the `not` is Kleene's, not the engine's)
      'Pasal 91': ['met'],
      // a = 2 is not met; b > 5 is met (7)
      'Pasal 92': ['not_met', 'met'],
      // b < 10 met; c is unknown for a reason, naming its path and the reason
      'Pasal 93': ['met', 'unknown'],
      'Pasal 94': [],
      'Pasal 95': [],
      'Pasal 96': ['met'],
    });
    expect(outcomes.get('Pasal 93')?.[1]).toEqual({
      verdict: 'unknown',
      missing: ['village.c'],
      reasons: [{ id: 'c sesudah tanggal', en: 'c after the date' }],
    });
  });

  it('the compiled evaluator gives the same outcomes', async () => {
    const reference = await new FindingEngine(FINDINGS, { limit: 5 }).run(facts);
    const compiled = new CompiledFindingEvaluator(FINDINGS, { limit: 5 }).run(facts);
    expect(verdicts(compiled)).toEqual(verdicts(reference));
    expect(compiled.get('Pasal 93')).toEqual(reference.get('Pasal 93'));
  });

  it('a comparison turns with the values: a = 2, b = 1', async () => {
    const other = { values: { a: 2, b: 1, c: 'x' }, missing: new Map() };
    const outcomes = await new FindingEngine(FINDINGS, { limit: 5 }).run(other);
    expect(verdicts(outcomes)).toMatchObject({
      'Pasal 91': ['not_met'],
      'Pasal 92': ['met', 'not_met'],
      'Pasal 93': ['met', 'met'],
      'Pasal 96': ['not_met'],
    });
  });

  it('a comparison with another fact is unknown when that fact is, naming its path', async () => {
    const gone = { values: { a: 1 }, missing: new Map([['b', new Missing(['village.b'])]]) };
    for (const outcomes of [
      await new FindingEngine(FINDINGS, { limit: 5 }).run(gone),
      new CompiledFindingEvaluator(FINDINGS, { limit: 5 }).run(gone),
    ])
      expect(outcomes.get('Pasal 96')).toEqual([{ verdict: 'unknown', missing: ['village.b'], reasons: [] }]);
  });
});

describe('an operator json-rules-engine does not have', () => {
  it('is refused when the compiled evaluator is built, naming the finding and the operator', () => {
    const bad = finding('Pasal 97', { fact: 'a', operator: 'between' as never, value: 1 });
    expect(() => new CompiledFindingEvaluator([bad], {})).toThrow('Pasal 97: unknown operator between');
  });
});
