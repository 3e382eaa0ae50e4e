import type { ParamInForce } from '../define.js';
import { valueOn } from '../parameters.js';
import type { Regulation } from '../regulation.js';
import type { DateString } from '../types.js';

/**
 * A lookup of each parameter's value in force on `asOf`, with the date it applies from (the dated values of
 * `src/parameters.ts`, OpenFisca-style), for explanations that must say which value applied.
 */
export function paramsInForce(
  regulation: Regulation,
  asOf: DateString,
): (name: string) => ParamInForce | undefined {
  const cache = new Map<string, ParamInForce>();
  return (name) => {
    const hit = cache.get(name);
    if (hit) return hit;
    const def = regulation.parameters.get(name);
    if (!def) return undefined;
    const v = valueOn(def, asOf);
    const out: ParamInForce = {
      value: v.value,
      since: v.since,
      reference: v.reference,
      changes: Object.keys(def.values).length > 1,
    };
    cache.set(name, out);
    return out;
  };
}
