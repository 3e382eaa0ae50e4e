// What every comparison means: json-rules-engine's default operators (it does not export them), in the one
// table every part of the project compares with — the compiled evaluator and the explanations alike.
// The reference is node_modules/json-rules-engine/dist/engine-default-operators.js and operator.js (7.x):
// an operator is `factValueValidator(factValue) && callback(factValue, jsonValue)`. test/compiled.test.ts
// proves the table equal to the engine on a grid of values (null, strings, numbers, booleans, arrays, objects).

import type { Operator } from './condition.js';

// biome-ignore lint/suspicious/noExplicitAny: the engine's operators are untyped and must stay so to throw as it does
type Test = (factValue: any, jsonValue: any) => boolean;

/** The engine's `numberValidator`: `null`, `undefined`, `true` and non-numeric strings fail every numeric operator. */
function isNumeric(factValue: unknown): boolean {
  return Number.parseFloat(factValue as string).toString() !== 'NaN';
}

/**
 * json-rules-engine's default operators, exactly (validator first, then the callback): `in`/`notIn` search
 * the compared value with `indexOf` (a list, or a string as the engine does), `contains`/`doesNotContain`
 * need a list as the fact, numeric operators refuse a fact that is not a number.
 */
export const OPERATOR_TESTS: Readonly<Record<Operator, Test>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => b.indexOf(a) > -1,
  notIn: (a, b) => b.indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && a < b,
  lessThanInclusive: (a, b) => isNumeric(a) && a <= b,
  greaterThan: (a, b) => isNumeric(a) && a > b,
  greaterThanInclusive: (a, b) => isNumeric(a) && a >= b,
};
