// Which parameters of the text a rule's computation reads, noted as it reads them: what an obligation or an
// exception turns on, so that its result can show their provenance (a due date set by an [ASM] number of days).

import type { RuleContext } from '../define.js';
import { memoize } from '../memo.js';
import type { Regulation } from '../regulation.js';
import type { Provenance } from '../types.js';

/** The provenance of the named parameters (those the regulation defines), or undefined for none. */
export function parameterProvenance(
  regulation: Regulation,
  names: Iterable<string>,
): Record<string, Provenance> | undefined {
  const out: Record<string, Provenance> = {};
  let any = false;
  for (const name of names) {
    const def = regulation.parameters.get(name);
    if (def) {
      out[name] = def.provenance;
      any = true;
    }
  }
  return any ? out : undefined;
}

/**
 * The parameters read by the computation in progress: set around each (rules compute synchronously, so no other
 * village's reads can interleave), null outside them.
 */
let reading: Set<string> | null = null;

function note(name: string): void {
  reading?.add(name);
}

/**
 * The parameters of a regulation's text as a rule reads them, noting each name it reads: one proxy per parameter
 * object (per regulation and date), shared by every village judged with it.
 */
const noted = memoize(
  (params: object, names: ReadonlyMap<string, unknown>) =>
    new Proxy(params, {
      get(target, name, receiver) {
        if (typeof name === 'string' && names.has(name)) note(name);
        return Reflect.get(target, name, receiver);
      },
    }),
  16,
);

/**
 * A village's rule context as its rules see it when what they read is noted: every parameter read from
 * `params` or through `paramInForce` / `paramOn` (build it once per village, use it with {@link parametersRead}).
 */
export function notingContext<C extends RuleContext>(regulation: Regulation, ctx: C): C {
  return {
    ...ctx,
    params: noted(ctx.params, regulation.parameters) as C['params'],
    paramInForce: (name: string) => {
      note(name);
      return ctx.paramInForce(name);
    },
    paramOn: (name: string, date: string) => {
      note(name);
      return ctx.paramOn(name, date);
    },
  };
}

/** Runs a rule's computation (given a {@link notingContext}) and gives its value with the provenance of the parameters it read. */
export function parametersRead<T>(
  regulation: Regulation,
  compute: () => T,
): { value: T; parameterProvenance: Record<string, Provenance> | undefined } {
  const read = new Set<string>();
  const outer = reading;
  reading = read;
  let value: T;
  try {
    value = compute();
  } finally {
    reading = outer;
  }
  return { value, parameterProvenance: read.size === 0 ? undefined : parameterProvenance(regulation, read) };
}
