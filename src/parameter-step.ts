import { plusDays } from './dates.js';
import type { ParameterDef, ParamValue } from './parameters.js';

/** The smallest meaningful change of a parameter's value, each way. */
export interface ParameterStep {
  /** The step as reports show it: `1`, `0.01`, `1 hari/day`, `true ↔ false`. */
  label: string;
  /** A value moved one step up (`1`) or down (`-1`); a flag is flipped either way. */
  move(value: ParamValue, dir: 1 | -1): ParamValue;
}

/**
 * The smallest meaningful step of a parameter: 1 for counts, days, months and years (values that are whole
 * numbers), 0.01 (one percentage point) for ratios and other fractions, one day for dates, a flip for flags.
 * `dme coverage` moves each parameter by it to see which scenarios pin it; `npm run mutate:law` makes a mutant
 * of each value moved by it.
 */
export function parameterStep(def: Pick<ParameterDef, 'unit' | 'values'>): ParameterStep {
  const values = Object.values(def.values).map((v) => v.value);
  if (values.every((v) => typeof v === 'boolean')) return { label: 'true ↔ false', move: (v) => !v };
  if (values.every((v) => typeof v === 'string'))
    return { label: '1 hari/day', move: (v, dir) => plusDays(String(v), dir) };
  const whole = def.unit !== 'rasio' && values.every((v) => Number.isInteger(v));
  const step = whole ? 1 : 0.01;
  return { label: String(step), move: (v, dir) => Math.round((Number(v) + dir * step) * 10_000) / 10_000 };
}
