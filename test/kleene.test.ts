import { describe, expect, it } from 'vitest';
import type { Condition } from '../src/engine/condition.js';
import { evaluateKleene, type Outcome } from '../src/engine/kleene.js';

const out = (verdict: Outcome['verdict'], missing: string[] = []): Outcome => ({
  verdict,
  missing,
  reasons: [],
});
const leafs = (...vs: Outcome['verdict'][]): Condition[] =>
  vs.map((_, i) => ({ fact: `f${i}`, operator: 'equal', value: true }));

function run(condition: Condition, verdicts: Outcome['verdict'][], k = 0) {
  return evaluateKleene(condition, {
    leaf: (_l, i) => out(verdicts[i] ?? 'unknown', verdicts[i] === 'unknown' ? [`path${i}`] : []),
    ref: () => ({ verdict: 'not_applicable', missing: [], reasons: [] }),
    members: () => [],
    param: () => k,
  });
}

/** `{ finding, each: true }` members: the verdicts of the findings within the citation. */
function runMembers(condition: Condition, members: Outcome['verdict'][] | 'na-included', k = 0) {
  const list = (members === 'na-included' ? ['met', 'not_applicable', 'met'] : members).map((v) => ({
    verdict: v as Outcome['verdict'] | 'not_applicable',
    missing: v === 'unknown' ? ['m'] : [],
    reasons: [],
  }));
  return evaluateKleene(condition, {
    leaf: () => out('met'),
    ref: () => ({ verdict: 'met', missing: [], reasons: [] }),
    members: () => list,
    param: () => k,
  });
}

describe('references to every finding within a citation (each)', () => {
  const each = { finding: 'Pasal 4 ayat (1)', each: true };
  it('counts every member: at least 2 of (met, met, not_met) is met', () => {
    expect(runMembers({ atLeast: 2, of: [each] }, ['met', 'met', 'not_met']).verdict).toBe('met');
    expect(runMembers({ atLeast: 3, of: [each] }, ['met', 'met', 'not_met']).verdict).toBe('not_met');
  });
  it('a member that does not apply drops out: k stays, n shrinks', () => {
    // (met, not_applicable, met): 2 members, both met; at least 3 can no longer be reached
    expect(runMembers({ atLeast: 2, of: [each] }, 'na-included').verdict).toBe('met');
    expect(runMembers({ atLeast: 3, of: [each] }, 'na-included').verdict).toBe('not_met');
    // in "all of" a member that does not apply imposes nothing
    expect(runMembers({ all: [each] }, 'na-included').verdict).toBe('met');
  });
  it('a reference without each is one part, met when it does not apply, not its members', () => {
    // `run` gives the reference not_applicable and no members: counted as one met part, 2 of 2 are met
    const single = { finding: 'Pasal 5 ayat (1)' };
    expect(run({ atLeast: 2, of: [single, ...leafs('met')] }, ['met']).verdict).toBe('met');
    expect(run({ any: [single, ...leafs('not_met')] }, ['not_met']).verdict).toBe('met');
  });
  it('is unknown when the unknown members decide, naming what is missing', () => {
    expect(runMembers({ atLeast: 2, of: [each] }, ['met', 'unknown', 'not_met'])).toEqual({
      verdict: 'unknown',
      missing: ['m'],
      reasons: [],
    });
  });
});

describe('Kleene three-valued logic', () => {
  it('all is not_met as soon as one part is not_met, even with unknown parts', () => {
    expect(run({ all: leafs('met', 'unknown', 'not_met') }, ['met', 'unknown', 'not_met']).verdict).toBe(
      'not_met',
    );
  });
  it('all is unknown when nothing fails but something is unknown, naming what is missing', () => {
    const r = run({ all: leafs('met', 'unknown') }, ['met', 'unknown']);
    expect(r).toEqual({ verdict: 'unknown', missing: ['path1'], reasons: [] });
  });
  it('any is met as soon as one part is met, even with unknown parts', () => {
    expect(run({ any: leafs('unknown', 'met') }, ['unknown', 'met']).verdict).toBe('met');
  });
  it('any of nothing is not_met', () => {
    expect(run({ any: [] }, []).verdict).toBe('not_met');
  });
  it('not swaps met and not_met and keeps unknown', () => {
    expect(run({ not: { fact: 'a', operator: 'equal', value: 1 } }, ['met']).verdict).toBe('not_met');
    expect(run({ not: { fact: 'a', operator: 'equal', value: 1 } }, ['unknown']).verdict).toBe('unknown');
  });
  it('at least 4 of 6 is met with 4 met and 2 unknown', () => {
    const v: Outcome['verdict'][] = ['met', 'met', 'met', 'met', 'unknown', 'unknown'];
    expect(run({ atLeast: { param: 'k' }, of: leafs(...v) }, v, 4).verdict).toBe('met');
  });
  it('at least 4 of 6 is unknown with 3 met and 1 unknown', () => {
    const v: Outcome['verdict'][] = ['met', 'met', 'met', 'unknown', 'not_met', 'not_met'];
    expect(run({ atLeast: 4, of: leafs(...v) }, v).verdict).toBe('unknown');
  });
  it('at least 4 of 6 is not_met when even the unknowns could not make 4', () => {
    const v: Outcome['verdict'][] = ['met', 'met', 'unknown', 'not_met', 'not_met', 'not_met'];
    expect(run({ atLeast: 4, of: leafs(...v) }, v).verdict).toBe('not_met');
  });
  it('a referenced finding that does not apply counts as met', () => {
    expect(run({ all: [{ finding: 'Pasal 7' }] }, []).verdict).toBe('met');
  });
  it('an unknown combination names each missing path and each reason once, in order', () => {
    const because = (en: string) => ({ id: en, en });
    const parts: Outcome[] = [
      { verdict: 'unknown', missing: ['a', 'b'], reasons: [because('no calendar for 2027')] },
      { verdict: 'met', missing: ['ignored'], reasons: [because('ignored')] },
      {
        verdict: 'unknown',
        missing: ['b', 'c'],
        reasons: [because('no calendar for 2027'), because('other')],
      },
    ];
    const r = evaluateKleene(
      { all: leafs('unknown', 'met', 'unknown') },
      {
        leaf: (_l, i) => parts[i] as Outcome,
        ref: () => ({ verdict: 'met', missing: [], reasons: [] }),
        members: () => [],
        param: () => 0,
      },
    );
    expect(r).toEqual({
      verdict: 'unknown',
      missing: ['a', 'b', 'c'],
      reasons: [because('no calendar for 2027'), because('other')],
    });
  });
});
