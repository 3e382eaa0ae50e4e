// The machinery of facts: how a fact is declared and why one is unknown. The facts themselves live with the
// article that reads them (rules/pasal-NN/facts.ts), gathered in rules/facts.ts.

import type { FactType } from './fact.js';

export {
  countAtLeast,
  defineFact,
  type FactContext,
  type FactDef,
  type FactType,
  type FactValue,
  Missing,
  missing,
  unknownBecause,
} from './fact.js';

/** The computed value of each fact (absent when unknown). */
export type FactValues<D> = { [K in keyof D]?: FactType<D[K]> };
