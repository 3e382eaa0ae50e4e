import type { FindingDef } from '../define.js';
import type { FactValue } from '../facts/index.js';
import type { ParamValue } from '../parameters.js';
import { type Comparison, forEachComparison, isFactRef } from './condition.js';
import type { ComputedFacts, LeafOutcomes } from './engine.js';
import { resolvedValue } from './engine.js';
import type { Outcome } from './kleene.js';
import { OPERATOR_TESTS } from './operators.js';

// json-rules-engine defines what every comparison means; this module evaluates conditions as plain
// synchronous closures, for speed (no promises, no cloning of condition trees, no fact-cache hashing), with
// the engine's own operator semantics from ./operators.js. The differential test (test/compiled.test.ts)
// proves byte-identical verdict documents against the engine.

/**
 * The engine's `almanac.getValue`: a compared value that is an object with its own `fact` property is that
 * fact's value (undefined when the fact is not given, as with `allowUndefinedFacts`); anything else is itself.
 */
function isEngineFactRef(value: unknown): value is { fact: string } {
  return value != null && typeof value === 'object' && Object.hasOwn(value, 'fact');
}

const MET: Outcome = Object.freeze({ verdict: 'met', missing: [], reasons: [] }) as unknown as Outcome;
const NOT_MET: Outcome = Object.freeze({
  verdict: 'not_met',
  missing: [],
  reasons: [],
}) as unknown as Outcome;

interface CompiledLeaf {
  leaf: Comparison;
  fact: string;
  test: (typeof OPERATOR_TESTS)[keyof typeof OPERATOR_TESTS];
  /** The fact whose value is compared against, for `{ fact }` values; else null and `value` is used. */
  valueFact: string | null;
  value: unknown;
  /** The fact `leafOutcome` consults after `fact` for a missing value (a typed `FactRef`), or null. */
  missingFact: string | null;
}

interface CompiledFinding {
  citation: string;
  leaves: CompiledLeaf[];
}

/** What produces every comparison's outcome for one set of facts: json-rules-engine or compiled closures. */
export interface LeafEvaluator {
  run(facts: ComputedFacts): LeafOutcomes | Promise<LeafOutcomes>;
}

/**
 * The same contract as `FindingEngine` — every comparison of every finding, as a three-valued outcome —
 * computed synchronously by closures that reproduce json-rules-engine's operators. Like the engine, a
 * comparison is evaluated even when its fact is missing (an operator that throws on `undefined` makes the
 * run fail as the engine's would); the outcome is then `unknown`, naming the missing paths.
 */
export class CompiledFindingEvaluator implements LeafEvaluator {
  private readonly findings: CompiledFinding[] = [];

  constructor(findings: readonly FindingDef[], params: Readonly<Record<string, ParamValue>>) {
    for (const f of findings) {
      const leaves: CompiledLeaf[] = [];
      forEachComparison(f.when, (leaf) => {
        const value = resolvedValue(leaf, params);
        const test = OPERATOR_TESTS[leaf.operator];
        if (!test) throw new Error(`${f.citation}: unknown operator ${leaf.operator}`);
        leaves.push({
          leaf,
          fact: leaf.fact,
          test,
          valueFact: isEngineFactRef(value) ? value.fact : null,
          // The engine compares against a deep clone of the rule's conditions made on every run, so a literal
          // array or object is never the very object a fact holds (`equal` on them is false): clone it once
          // (a number, string, boolean or null clones to itself).
          value: structuredClone(value),
          missingFact: isFactRef(leaf.value) ? leaf.value.fact : null,
        });
      });
      this.findings.push({ citation: f.citation, leaves });
    }
  }

  /** Every comparison's outcome, by finding citation. */
  run(facts: ComputedFacts): LeafOutcomes {
    const values = facts.values as Record<string, FactValue | undefined>;
    const missing = facts.missing;
    const out: LeafOutcomes = new Map();
    for (const f of this.findings) {
      const list: Outcome[] = new Array(f.leaves.length);
      for (let i = 0; i < f.leaves.length; i++) {
        const c = f.leaves[i] as CompiledLeaf;
        const result = c.test(values[c.fact], c.valueFact === null ? c.value : values[c.valueFact]);
        const gone = missing.get(c.fact) ?? (c.missingFact === null ? undefined : missing.get(c.missingFact));
        list[i] = gone
          ? { verdict: 'unknown', missing: [...gone.paths], reasons: gone.reason ? [gone.reason] : [] }
          : result === true
            ? MET
            : NOT_MET;
      }
      out.set(f.citation, list);
    }
    return out;
  }
}
