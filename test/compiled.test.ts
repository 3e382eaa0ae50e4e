import { describe, expect, it } from 'vitest';
import { recordGenerator } from '../bench/generate.js';
import type { FindingDef } from '../src/define.js';
import { CompiledFindingEvaluator } from '../src/engine/compiled.js';
import { OPERATORS, type Operator } from '../src/engine/condition.js';
import { FindingEngine } from '../src/engine/engine.js';
import { OPERATOR_TESTS } from '../src/engine/operators.js';
import { InputError } from '../src/errors.js';
import { type EngineKind, evaluate } from '../src/evaluate.js';
import { findScenarioFiles, loadScenario, runScenario } from '../src/scenarios.js';

// The compiled evaluator must give byte-identical verdict documents to json-rules-engine, the engine
// whose semantics define the verdicts: operator by operator, on every shipped scenario, and on thousands
// of generated records with missing fields and values on the boundaries.

/** A one-comparison finding, run through an evaluator: its outcome, or the error the run fails with. */
async function outcomeOf(
  Evaluator: typeof FindingEngine | typeof CompiledFindingEvaluator,
  operator: Operator,
  fact: unknown,
  value: unknown,
): Promise<string> {
  const finding = {
    citation: 'Pasal 99',
    label: { id: 'uji', en: 'test' },
    when: { fact: 'x', operator, value: value as never },
    explain: () => ({ message: { id: '', en: '' } }),
  };
  const facts = {
    values: (fact === undefined ? {} : { x: fact }) as Record<string, never>,
    missing: new Map(),
  };
  try {
    const outcomes = await new Evaluator([finding as FindingDef], {}).run(facts);
    return outcomes.get('Pasal 99')?.[0]?.verdict ?? 'none';
  } catch (e) {
    return `throws ${(e as Error).name}: ${(e as Error).message}`;
  }
}

const VALUES: unknown[] = [
  undefined,
  null,
  0,
  1,
  0.8,
  -1,
  Number.NaN,
  '',
  '0',
  '12abc',
  'abc',
  'desa',
  'desa-adat',
  true,
  false,
  [],
  [1],
  ['desa', 'desa-adat'],
  ['a', 'b'],
  { a: 1 },
];

describe('the compiled operators', () => {
  it.each(OPERATORS.map((op) => [op]))(
    '%s gives the outcome json-rules-engine gives (or fails as it does) on every pair of 20 edge values',
    async (operator) => {
      const disagreements: string[] = [];
      for (const fact of VALUES) {
        for (const value of VALUES) {
          if (value === undefined) continue; // a condition without a value is refused when the rule is built
          const expected = await outcomeOf(FindingEngine, operator, fact, value);
          const actual = await outcomeOf(CompiledFindingEvaluator, operator, fact, value);
          if (expected !== actual) {
            disagreements.push(
              `${String(fact)} ${operator} ${JSON.stringify(value)}: engine ${expected}, compiled ${actual}`,
            );
          }
        }
      }
      expect(disagreements).toEqual([]);
    },
  );
  it('rejects null for numeric comparisons as the engine does (null <= 120 is false)', () => {
    expect(OPERATOR_TESTS.lessThanInclusive(null, 120)).toBe(false);
    expect(OPERATOR_TESTS.greaterThanInclusive(null, -1)).toBe(false);
    expect(OPERATOR_TESTS.greaterThanInclusive('7', 5)).toBe(true);
  });
});

/** The verdict document (or the input error) as bytes, for one engine. */
async function judged(record: unknown, asOf: string, engine: EngineKind): Promise<string> {
  try {
    return JSON.stringify(await evaluate(record, { asOf, engine }));
  } catch (e) {
    if (e instanceof InputError) return `InputError ${JSON.stringify(e.issues)}`;
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

// each scenario is read inside its test (not while collecting): see test/fixtures.test.ts
const files = await findScenarioFiles('fixtures');

describe('compiled and json-rules-engine verdicts', () => {
  it('cover every shipped scenario', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(files)('are byte-identical for %s', async (file) => {
    const scenario = await loadScenario(file);
    const reference = await runScenario(scenario, file, { engine: 'json-rules-engine' });
    const compiled = await runScenario(scenario, file, { engine: 'compiled' });
    expect(JSON.stringify(compiled.verdict)).toBe(JSON.stringify(reference.verdict));
    expect(compiled.mismatches).toEqual(reference.mismatches);
  });

  const codes = ['52.03.13.2001', '52.03.13.1004', '94.71.02.3001', '34.04.07.2001', '33.01.01.2002'];
  it.each([
    ['2026-06-30', 0, 0.1],
    ['2026-06-30', 0.15, 0.3],
    ['2027-01-11', 0.05, 0.5],
    ['2026-01-02', 0.3, 0.2],
    ['2025-12-31', 0.1, 0.1],
  ] as const)(
    'are byte-identical on 700 generated records judged on %s (missing rate %s, edge rate %s)',
    async (asOf, missingRate, edgeRate) => {
      const generate = recordGenerator(Number(asOf.replaceAll('-', '')) + missingRate * 100, {
        asOf,
        missingRate,
        edgeRate,
      });
      let differing = 0;
      let inputErrors = 0;
      let unknowns = 0;
      for (let i = 0; i < 700; i++) {
        const record = generate(codes[i % codes.length] as string);
        const reference = await judged(record, asOf, 'json-rules-engine');
        const compiled = await judged(record, asOf, 'compiled');
        if (compiled !== reference) differing++;
        if (reference.startsWith('InputError')) inputErrors++;
        if (reference.includes('"verdict":"unknown"')) unknowns++;
      }
      expect(differing).toBe(0);
      expect(inputErrors).toBe(0);
      // the records exercise unknown findings whenever fields are left out
      if (missingRate > 0 && asOf >= '2026-01-02') expect(unknowns).toBeGreaterThan(100);
    },
  );

  it('refuse the same invalid records with the same issues', async () => {
    const generate = recordGenerator(7, { asOf: '2026-06-30' });
    const broken = [
      { ...generate('52.03.13.2001'), pmi: { abroad: 3, procedural: 5 } },
      { ...generate('52.03.13.2001'), code: '52.03.13.9001' },
      { ...generate('52.03.13.2001'), activities: [{ date: '2026-02-30', kind: 'awareness' }] },
    ];
    for (const record of broken) {
      const reference = await judged(record, '2026-06-30', 'json-rules-engine');
      expect(reference).toMatch(/^InputError/);
      expect(await judged(record, '2026-06-30', 'compiled')).toBe(reference);
    }
  });
});
