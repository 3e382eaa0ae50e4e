import type { ParamInForce } from '../define.js';
import { memoize, memoizeOne } from '../memo.js';
import { valueOn } from '../parameters.js';
import type { Regulation } from '../regulation.js';
import type { DateString } from '../types.js';

type Lookup = (name: string) => ParamInForce | undefined;

/**
 * A lookup of each parameter's value in force on `asOf`, with the date it applies from (the dated values of
 * `src/parameters.ts`, OpenFisca-style), for explanations that must say which value applied. One lookup per
 * regulation and date, shared by every village judged on that date.
 */
export const paramsInForce: (regulation: Regulation, asOf: DateString) => Lookup = memoize(newLookup, 64);

function newLookup(regulation: Regulation, asOf: DateString): Lookup {
  return memoizeOne((name: string): ParamInForce | undefined => {
    const def = regulation.parameters.get(name);
    if (!def) return undefined;
    const v = valueOn(def, asOf);
    return Object.freeze({
      value: v.value,
      since: v.since,
      reference: v.reference,
      changes: Object.keys(def.values).length > 1,
    });
  });
}

/** `paramOn` of a rule context: a parameter's value in force on any day, by regulation (see `paramsInForce`). */
export const paramOnFor: (
  regulation: Regulation,
  _: 'paramOn',
) => (name: string, date: DateString) => ParamInForce | undefined = memoize(
  (regulation: Regulation) => (name: string, date: DateString) => paramsInForce(regulation, date)(name),
);
