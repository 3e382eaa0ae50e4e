import type { ExplainValue, ParamInForce, RuleContext } from '../define.js';
import { bilingual, formatDate } from '../explain/format.js';
import { memoize } from '../memo.js';
import type { Bilingual, DateString, Lang } from '../types.js';

/** How a count reads: `N Hari` / `N working days`, or a function of the value and the language. */
export type UnitText = Bilingual | ((value: string, lang: Lang) => string);

/** A number of times: "N kali" / "once", "twice", "N times". */
export function timesText(n: string, l: Lang): string {
  if (l === 'id') return `${n} kali`;
  return n === '1' ? 'once' : n === '2' ? 'twice' : `${n} times`;
}

/** "N Hari" / "N working days", with the date the value applies from when the parameter changes over time. */
export function paramPhrase(ctx: RuleContext, name: string, unit: UnitText, on?: DateString): Bilingual {
  const p = on === undefined ? ctx.paramInForce(name) : ctx.paramOn(name, on);
  // A parameter of the regulation reads the same for every village judged on the same date: built once.
  return p === undefined ? phrase(ctx.params[name], p, unit) : sharedPhrase(p, unit);
}

/**
 * The phrases of {@link paramPhrase}, by parameter in force (one object per regulation, date and name, see
 * `paramsInForce`) and unit: they go when the parameter lookup of that date does.
 */
const sharedPhrase = memoize((p: ParamInForce, unit: UnitText) => Object.freeze(phrase(p.value, p, unit)));

function phrase(value: unknown, p: ParamInForce | undefined, unit: UnitText): Bilingual {
  const since = (l: Lang) =>
    p?.changes === true
      ? l === 'id'
        ? ` (nilai yang berlaku sejak ${formatDate(p.since, l)})`
        : ` (the value in force since ${formatDate(p.since, l)})`
      : '';
  return bilingual(
    (l) => `${typeof unit === 'function' ? unit(String(value), l) : `${value} ${unit[l]}`}${since(l)}`,
  );
}

/** The parameter's value and the date it applies from, for an obligation's `values`. */
export function paramValues(ctx: RuleContext, name: string, on?: DateString): Record<string, ExplainValue> {
  return { ...sharedParamValues(ctx, name, on) };
}

/**
 * {@link paramValues} as one frozen object per parameter in force (one per regulation, date and name): the
 * same for every village judged on that date, to copy from.
 */
export function sharedParamValues(
  ctx: RuleContext,
  name: string,
  on?: DateString,
): Readonly<Record<string, ExplainValue>> {
  const p = on === undefined ? ctx.paramInForce(name) : ctx.paramOn(name, on);
  if (p === undefined) return { [name]: (ctx.params[name] ?? null) as ExplainValue, [`${name}Since`]: null };
  return valuesInForce(p, name);
}

const valuesInForce = memoize((p: ParamInForce, name: string) =>
  Object.freeze({ [name]: p.value, [`${name}Since`]: p.since }),
);
