import { describe, expect, it } from 'vitest';
import { amendedExplain } from '../src/amendment/explain.js';
import type { ExplainContext, FindingDef, Subject } from '../src/define.js';
import type { Operator } from '../src/engine/condition.js';
import { FindingEngine } from '../src/engine/engine.js';

// Explanations say whether each comparison held with json-rules-engine's own answer (one operator table,
// src/engine/operators.ts), not a look-alike: `in`/`notIn` against a text search it as the engine does.

/** json-rules-engine's verdict on one comparison `x <operator> value` with `x = fact`. */
async function engineVerdict(operator: Operator, fact: unknown, value: unknown): Promise<string | undefined> {
  const finding = {
    citation: 'Pasal 99',
    label: { id: 'uji', en: 'test' },
    when: { fact: 'x', operator, value: value as never },
    explain: () => ({ message: { id: '', en: '' } }),
  };
  const outcomes = await new FindingEngine([finding as FindingDef], {}).run({
    values: { x: fact } as unknown as Record<string, never>,
    missing: new Map(),
  });
  return outcomes.get('Pasal 99')?.[0]?.verdict;
}

/** The generic amendment explanation (English) of `x <operator> value` with `x = fact`. */
function explanation(operator: Operator, fact: unknown, value: unknown, verdict: 'met' | 'not_met'): string {
  const explain = amendedExplain(
    'uji',
    { id: 'uji', en: 'test' },
    { fact: 'x', operator, value: value as never },
    undefined,
  );
  const ctx = { verdict, facts: { x: fact }, params: {}, verdictOf: () => 'met' };
  return explain(ctx as unknown as ExplainContext<Subject, string>).message.en;
}

describe('comparisons in explanations', () => {
  it.each([
    ['in', 'desa', 'desa-adat', 'met', 'yes'],
    ['notIn', 'desa', 'desa-adat', 'not_met', 'no'],
    ['notIn', 'kota', 'desa-adat', 'met', 'yes'],
    ['in', 'kota', ['desa', 'desa-adat'], 'not_met', 'no'],
  ] as const)(
    '%s %j against %j says held as the engine judges it (%s)',
    async (op, fact, value, verdict, held) => {
      expect(await engineVerdict(op, fact, value)).toBe(verdict);
      expect(explanation(op, fact, value, verdict)).toContain(`: ${held}`);
    },
  );
});
