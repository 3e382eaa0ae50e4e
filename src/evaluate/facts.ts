// Computing a subject's facts into objects of one shape.

import type { Calendar } from '../calendar/index.js';
import { minusMonths } from '../dates.js';
import type { Subject } from '../define.js';
import { forEachComparison, isFactRef } from '../engine/condition.js';
import type { ComputedFacts } from '../engine/engine.js';
import { type FactContext, type FactDef, type FactValue, Missing } from '../facts/index.js';
import { memoize, memoizeOne } from '../memo.js';
import { paramOnFor } from '../obligations/params.js';
import type { ParamValue } from '../parameters.js';
import { inTextOf, type Regulation } from '../regulation.js';
import type { DateString } from '../types.js';

/**
 * What the facts of a village (or of a Calon PMI of it) read besides the record: the date and its 12-month
 * window, the parameters of the text in force on it (and on any other day), which provisions are in the text.
 */
export function factContext(
  regulation: Regulation,
  params: Readonly<Record<string, ParamValue>>,
  asOf: DateString,
  villageCode: string,
  calendar: Calendar,
): FactContext {
  return {
    asOf,
    villageCode,
    windowStart: minusMonths(asOf, 12),
    params,
    paramOn: paramOnFor(regulation, 'paramOn'),
    inText: inTextOf(regulation),
    calendar,
  };
}

/**
 * Computes the facts of a subject: values for the engine, and why the others are unknown. With `needed` (the
 * facts the conditions read, {@link factsRead}), only those: a caller that reads verdicts only (a batch summary)
 * skips the facts that serve explanations alone (the names of the members who break a rule); the others keep
 * their key, without a value.
 */
export function computeFacts<I>(
  defs: Record<string, FactDef<I>>,
  input: I,
  ctx: FactContext,
  needed?: ReadonlySet<string>,
): ComputedFacts {
  const { template } = factPlan(defs);
  const list = needed ? neededPlan(defs, needed) : factPlan(defs).list;
  const values = { ...template };
  const missing = new Map<string, Missing>();
  for (let i = 0; i < list.length; i++) {
    const [name, def] = list[i] as [string, FactDef<I>];
    const v = def.compute(input, ctx);
    if (v instanceof Missing) {
      missing.set(name, v);
      // no value: the key stays (for the shape) but holds undefined, as an absent fact reads
      values[name] = undefined as unknown as FactValue;
    } else values[name] = v;
  }
  return { values, missing };
}

interface FactPlan<I> {
  /** An object with every fact's key, in the order of the definitions. */
  template: Record<string, FactValue>;
  list: [string, FactDef<I>][];
}

/**
 * The facts to compute, in order, and the object they fill: copied from one template, every village's facts
 * share one shape (one hidden class), which keeps reading them fast.
 */
const factPlan = memoizeOne((defs: Record<string, FactDef<never>>): FactPlan<never> => {
  const template: Record<string, FactValue> = {};
  for (const name in defs) template[name] = null;
  return { template, list: Object.entries(defs) };
}) as <I>(defs: Record<string, FactDef<I>>) => FactPlan<I>;

/** The facts of `defs` in `needed`, in the order of the definitions (worked out once per set). */
const neededPlan = memoize(
  (defs: Record<string, FactDef<never>>, needed: ReadonlySet<string>) =>
    factPlan(defs).list.filter(([name]) => needed.has(name)),
  16,
) as <I>(defs: Record<string, FactDef<I>>, needed: ReadonlySet<string>) => [string, FactDef<I>][];

/**
 * The facts that the conditions of a regulation's findings of one subject compare (a fact or the fact a value
 * refers to): all that a verdict needs (worked out once per regulation).
 */
export const factsRead = memoize((regulation: Regulation, subject: Subject): ReadonlySet<string> => {
  const read = new Set<string>();
  for (const { finding } of regulation.order[subject]) {
    forEachComparison(finding.when, (leaf) => {
      read.add(leaf.fact);
      if (isFactRef(leaf.value)) read.add(leaf.value.fact);
    });
  }
  return read;
});
