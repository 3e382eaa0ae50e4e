// The evaluators of comparisons (json-rules-engine or compiled closures), built once per regulation and
// parameter values.

import { CompiledFindingEvaluator, type LeafEvaluator } from '../engine/compiled.js';
import { FindingEngine } from '../engine/engine.js';
import { memoize } from '../memo.js';
import type { ParamValue } from '../parameters.js';
import { parametersOn, type Regulation } from '../regulation.js';

/** The evaluators of comparisons: json-rules-engine itself, or closures compiled from its condition JSON. */
export type EngineKind = 'json-rules-engine' | 'compiled';

export interface Engines {
  village: LeafEvaluator;
  candidate: LeafEvaluator;
}
const engineCache = new WeakMap<Regulation, Map<string, Engines>>();
/** Engines by the very parameter object (from `paramsOn`), so that a batch skips hashing the parameters. */
const enginesByParams = new WeakMap<object, Partial<Record<EngineKind, Engines>>>();
/** `parametersOn`, computed once per regulation and date (a batch judges every village on one date). */
export const paramsOn = memoize(parametersOn, 64);

/** The engines for a regulation with these parameter values (built once, reused: building costs more than a run). */
export function enginesFor(
  regulation: Regulation,
  params: Readonly<Record<string, ParamValue>>,
  kind: EngineKind = 'json-rules-engine',
): Engines {
  const known = enginesByParams.get(params)?.[kind];
  if (known) return known;
  let byParams = engineCache.get(regulation);
  if (!byParams) {
    byParams = new Map();
    engineCache.set(regulation, byParams);
  }
  const key = `${kind} ${JSON.stringify(params)}`;
  let engines = byParams.get(key);
  if (!engines) {
    const Evaluator = kind === 'compiled' ? CompiledFindingEvaluator : FindingEngine;
    engines = {
      village: new Evaluator(
        regulation.order.village.map((f) => f.finding),
        params,
      ),
      candidate: new Evaluator(
        regulation.order.candidate.map((f) => f.finding),
        params,
      ),
    };
    byParams.set(key, engines);
  }
  enginesByParams.set(params, { ...enginesByParams.get(params), [kind]: engines });
  return engines;
}
