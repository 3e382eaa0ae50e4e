// The condition language of the rule modules: json-rules-engine's condition JSON (fact, operator, value;
// all, any, not) with three additions that the engine cannot express and this library evaluates itself:
// a parameter as the compared value, "at least k of n", and a reference to another finding's verdict.

/** json-rules-engine's built-in operators (the only ones a rule may use, so that the engine defines them). */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

export type Operator = (typeof OPERATORS)[number];

/** A parameter's value in force on the Tanggal Penilaian, as the compared value. */
export interface ParamRef<P extends string = string> {
  param: P;
}

/** Another fact's value, as the compared value (json-rules-engine's own `{ fact }` value). */
export interface FactRef<F extends string = string> {
  fact: F;
}

/** A literal compared value. */
export type Literal = number | string | boolean | null | readonly (number | string)[];

/** A leaf: compare a fact with a value (json-rules-engine semantics, including its type checks). */
export interface Comparison<F extends string = string, P extends string = string> {
  fact: F;
  operator: Operator;
  value: Literal | ParamRef<P> | FactRef<F>;
}

export interface All<F extends string = string, P extends string = string> {
  all: Condition<F, P>[];
}
export interface Any<F extends string = string, P extends string = string> {
  any: Condition<F, P>[];
}
export interface Not<F extends string = string, P extends string = string> {
  not: Condition<F, P>;
}
/** At least `atLeast` of the conditions hold (Pasal 4 ayat (5)). */
export interface AtLeast<F extends string = string, P extends string = string> {
  atLeast: number | ParamRef<P>;
  of: Condition<F, P>[];
}
/**
 * The verdict of another finding (by citation), or of a whole ayat or article (`Pasal 7`): all the findings
 * within it, as amended. With `each: true`, inside `all`, `any` or `atLeast`, every finding within the citation
 * is a member of its own ("paling sedikit 4 dari 6 kriteria sebagaimana dimaksud pada ayat (1), ayat (2), dan
 * ayat (4)"), and a member that does not apply (removed, displaced) drops out: n shrinks, k stays.
 */
export interface FindingRef {
  finding: string;
  each?: boolean;
  /** The last unit of a range: `{ finding: 'Pasal 4 ayat (1)', through: 'Pasal 4 ayat (4)' }` ("sampai dengan"). */
  through?: string;
}

export type Condition<F extends string = string, P extends string = string> =
  | Comparison<F, P>
  | All<F, P>
  | Any<F, P>
  | Not<F, P>
  | AtLeast<F, P>
  | FindingRef;

export const isParamRef = (v: unknown): v is ParamRef =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'param' in v;
export const isFactRef = (v: unknown): v is FactRef =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'fact' in v;

/** Calls `visit` on every comparison of a condition, in order. */
export function forEachComparison(c: Condition, visit: (leaf: Comparison) => void): void {
  if ('operator' in c) visit(c);
  else if ('all' in c) for (const x of c.all) forEachComparison(x, visit);
  else if ('any' in c) for (const x of c.any) forEachComparison(x, visit);
  else if ('not' in c) forEachComparison(c.not, visit);
  else if ('atLeast' in c) for (const x of c.of) forEachComparison(x, visit);
}

/** The references of a condition to other findings, in order. */
export function findingRefNodes(c: Condition, out: FindingRef[] = []): FindingRef[] {
  if ('finding' in c) out.push(c);
  else if ('all' in c) for (const x of c.all) findingRefNodes(x, out);
  else if ('any' in c) for (const x of c.any) findingRefNodes(x, out);
  else if ('not' in c) findingRefNodes(c.not, out);
  else if ('atLeast' in c) for (const x of c.of) findingRefNodes(x, out);
  return out;
}
