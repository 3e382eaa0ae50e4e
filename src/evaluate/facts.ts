// Computing a subject's facts into objects of one shape.

import type { ComputedFacts } from '../engine/engine.js';
import { type FactContext, type FactDef, type FactValue, Missing } from '../facts/index.js';
import { memoizeOne } from '../memo.js';

/** Computes every fact of a subject: values for the engine, and why the others are unknown. */
export function computeFacts<I>(defs: Record<string, FactDef<I>>, input: I, ctx: FactContext): ComputedFacts {
  const { template, list } = factPlan(defs);
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
