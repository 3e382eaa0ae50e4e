import { Engine } from 'json-rules-engine';
import type { FindingDef } from '../define.js';
import type { FactValue, Missing } from '../facts/index.js';
import type { ParamValue } from '../parameters.js';
import { type Comparison, type Condition, forEachComparison, isFactRef, isParamRef } from './condition.js';
import type { Outcome } from './kleene.js';

type EngineCondition = Record<string, unknown>;

/** The compared value a comparison gives the engine: a parameter is replaced by its value in force. */
export function resolvedValue(leaf: Comparison, params: Readonly<Record<string, ParamValue>>): unknown {
  return isParamRef(leaf.value) ? params[leaf.value.param] : leaf.value;
}

/**
 * json-rules-engine's form of a condition. Comparisons keep their depth-first number (`leaf`) so that
 * results map back. Every list (`all`, `any`, `atLeast`) becomes `all`: the engine evaluates each part of a
 * list whatever the others give, and only the comparisons' results are read (the combination is Kleene's).
 * References to other findings are not engine conditions and are left out.
 */
function toEngine(
  c: Condition,
  params: Readonly<Record<string, ParamValue>>,
  counter: { n: number },
): EngineCondition | null {
  if ('operator' in c)
    return { fact: c.fact, operator: c.operator, value: resolvedValue(c, params), leaf: counter.n++ };
  if ('finding' in c) return null;
  if ('not' in c) {
    const inner = toEngine(c.not, params, counter);
    return inner && { not: inner };
  }
  const parts = ('all' in c ? c.all : 'any' in c ? c.any : c.of)
    .map((x) => toEngine(x, params, counter))
    .filter((x): x is EngineCondition => x !== null);
  return { all: parts };
}

interface LeafResult {
  result: boolean;
}

function collectLeaves(c: Record<string, unknown>, out: LeafResult[]): void {
  if (typeof c.leaf === 'number') {
    out[c.leaf] = { result: c.result === true };
    return;
  }
  // the shapes `toEngine` makes: a comparison (above), `all` or `not`
  if (Array.isArray(c.all)) for (const x of c.all) collectLeaves(x as Record<string, unknown>, out);
  else collectLeaves(c.not as Record<string, unknown>, out);
}

/** The facts of one input: the values computed, and why the others are unknown. */
export interface ComputedFacts {
  values: Record<string, FactValue>;
  missing: ReadonlyMap<string, Missing>;
}

/** What the engine said of each comparison of each finding, as three-valued outcomes. */
export type LeafOutcomes = Map<string, Outcome[]>;

/**
 * One json-rules-engine Engine holding one rule per finding (all in one priority band, so every
 * condition is evaluated and explained). Runs are queued: a shared Engine is not safe for concurrent runs.
 */
export class FindingEngine {
  private readonly engine: Engine;
  private readonly leaves = new Map<string, Comparison[]>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(findings: readonly FindingDef[], params: Readonly<Record<string, ParamValue>>) {
    this.engine = new Engine([], { allowUndefinedFacts: true });
    for (const f of findings) {
      const list: Comparison[] = [];
      forEachComparison(f.when, (leaf) => list.push(leaf));
      this.leaves.set(f.citation, list);
      const conditions = toEngine(f.when, params, { n: 0 });
      if (!conditions) continue;
      this.engine.addRule({
        name: f.citation,
        conditions: ('all' in conditions || 'not' in conditions
          ? conditions
          : { all: [conditions] }) as never,
        event: { type: f.citation },
      });
    }
  }

  /** Runs the engine once over the facts and returns every comparison's outcome, by finding (with any). */
  run(facts: ComputedFacts): Promise<LeafOutcomes> {
    const next = this.queue.then(() => this.runNow(facts));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(facts: ComputedFacts): Promise<LeafOutcomes> {
    const { results, failureResults } = await this.engine.run(facts.values);
    const out: LeafOutcomes = new Map();
    for (const rr of [...results, ...failureResults]) {
      const name = rr.name as string;
      const raw: LeafResult[] = [];
      collectLeaves(rr.conditions as unknown as Record<string, unknown>, raw);
      const comparisons = this.leaves.get(name) ?? [];
      out.set(
        name,
        comparisons.map((leaf, i) => leafOutcome(leaf, raw[i]?.result === true, facts)),
      );
    }
    // a finding that is only a reference (`{ finding }`, `{ not: { finding } }`) has no rule and no comparison
    return out;
  }
}

/** A comparison over an unknown fact is unknown whatever the engine made of `undefined`. */
export function leafOutcome(leaf: Comparison, result: boolean, facts: ComputedFacts): Outcome {
  const gone =
    facts.missing.get(leaf.fact) ?? (isFactRef(leaf.value) ? facts.missing.get(leaf.value.fact) : undefined);
  if (gone)
    return { verdict: 'unknown', missing: [...gone.paths], reasons: gone.reason ? [gone.reason] : [] };
  return { verdict: result ? 'met' : 'not_met', missing: [], reasons: [] };
}
