import type { Bilingual, DateString, Provenance } from './types.js';

/** A parameter's value: a number, a date string, or a flag. */
export type ParamValue = number | string | boolean;

/** One dated value of a parameter, with the text it comes from (OpenFisca-style). */
export interface DatedValue<V extends ParamValue = ParamValue> {
  value: V;
  /** Where the value comes from: the provision and, for assumptions, who must confirm it. */
  reference: string;
}

/** A statutory bound: a value an amendment of this Peraturan Menteri may not cross. */
export interface StatutoryBound {
  /** The lowest value the statute allows (e.g. a minimum age of 18). */
  min?: number;
  /** The highest value the statute allows. */
  max?: number;
  /** The statute that fixes the bound, e.g. `UU 18/2017 Pasal 5 huruf a`. */
  reference: string;
}

/** A named, typed, dated parameter of the encoding: `{minWomenShare = 0.3}` in the working text. */
export interface ParameterDef<V extends ParamValue = ParamValue> {
  description: Bilingual;
  /** The unit as the regulation counts it: `orang`, `kegiatan`, `rasio`, `bulan`, `tahun`, `Hari`, `tanggal`, `kali`, `Desa`. */
  unit: string;
  provenance: Provenance;
  /** Values by the date from which each applies, e.g. `{ '2026-01-02': { value: 0.8, reference } }`. */
  values: Record<DateString, DatedValue<V>>;
  statutory?: StatutoryBound;
}

/** A parameter as registered: its definition and where it lives. */
export interface RegisteredParameter extends ParameterDef {
  name: string;
  article: number | string;
}

/** The value in force on `asOf`, with the date it applies from: the latest dated value on or before `asOf` (the earliest one before any). */
export function valueOn<V extends ParamValue>(
  def: Pick<ParameterDef<V>, 'values'>,
  asOf: DateString,
): { value: V; since: DateString; reference: string } {
  const dates = Object.keys(def.values).sort();
  let chosen = dates[0];
  for (const d of dates) if (d <= asOf) chosen = d;
  if (chosen === undefined) throw new Error('A parameter needs at least one dated value.');
  const dated = def.values[chosen] as DatedValue<V>;
  return { value: dated.value, since: chosen, reference: dated.reference };
}

/** Shorthand for a parameter with one value from one date. */
export function param<V extends ParamValue>(
  def: Omit<ParameterDef<V>, 'values'> & { value: V; since?: DateString; reference: string },
): ParameterDef<V> {
  const { value, since = '2026-01-02', reference, ...rest } = def;
  return { ...rest, values: { [since]: { value, reference } } };
}
