// The evaluators of comparisons (json-rules-engine or compiled closures), built once per regulation and
// parameter values.

import { CompiledFindingEvaluator, type LeafEvaluator } from '../engine/compiled.js';
import { FindingEngine } from '../engine/engine.js';
import { memoize, memoizeOne } from '../memo.js';
import type { ParamValue } from '../parameters.js';
import { parametersOn, type Regulation } from '../regulation.js';

/** The evaluators of comparisons: json-rules-engine itself, or closures compiled from its condition JSON. */
export type EngineKind = 'json-rules-engine' | 'compiled';

export interface Engines {
  village: LeafEvaluator;
  candidate: LeafEvaluator;
}
/** `parametersOn`, computed once per regulation and date (a batch judges every village on one date). */
export const paramsOn = memoize(parametersOn, 64);

type Params = Readonly<Record<string, ParamValue>>;

/** The engines of a regulation by kind and parameter values (`[kind, params]` as JSON): one build per values. */
const enginesByValues = memoize((regulation: Regulation, key: string): Engines => {
  const [kind, params] = JSON.parse(key) as [EngineKind, Params];
  const Evaluator = kind === 'compiled' ? CompiledFindingEvaluator : FindingEngine;
  return {
    village: new Evaluator(
      regulation.order.village.map((f) => f.finding),
      params,
    ),
    candidate: new Evaluator(
      regulation.order.candidate.map((f) => f.finding),
      params,
    ),
  };
});

/** By the very parameter object (from `paramsOn`), so that a batch skips serialising the parameters. */
const enginesByParams = memoize((regulation: Regulation, kind: EngineKind) =>
  memoizeOne((params: Params) => enginesByValues(regulation, JSON.stringify([kind, params]))),
);

/** The engines for a regulation with these parameter values (built once, reused: building costs more than a run). */
export function enginesFor(
  regulation: Regulation,
  params: Params,
  kind: EngineKind = 'json-rules-engine',
): Engines {
  return enginesByParams(regulation, kind)(params);
}
