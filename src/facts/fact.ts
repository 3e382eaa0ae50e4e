import type { Calendar } from '../calendar/index.js';
import type { ParamInForce } from '../define.js';
import type { ParamValue } from '../parameters.js';
import type { Bilingual, DateString } from '../types.js';

/** Why a fact is unknown: the input paths that are missing (and, rarely, another reason). */
export class Missing {
  readonly paths: readonly string[];
  readonly reason: Bilingual | undefined;
  constructor(paths: readonly string[], reason?: Bilingual) {
    this.paths = paths;
    this.reason = reason;
  }
}

/** Marks a fact as unknown because these input paths are missing. */
export function missing(...paths: string[]): Missing {
  return new Missing(paths);
}

/** Marks a fact as unknown for a reason other than a missing field (the path it concerns, and why). */
export function unknownBecause(path: string, reason: Bilingual): Missing {
  return new Missing([path], reason);
}

/** The value types a fact may have (what json-rules-engine's operators compare). */
export type FactValue = number | string | boolean | null | readonly string[];

/** What a fact's computation may read besides the record. */
export interface FactContext {
  /** The Tanggal Penilaian. */
  asOf: DateString;
  /** The code of the village being judged (a candidate's domicile is compared with it). */
  villageCode: string;
  /** The first day after the 12-month window: (asOf − 12 months); dates d with start < d ≤ asOf are in it. */
  windowStart: DateString;
  /** Parameter values in force on `asOf` (after any amendment). */
  params: Readonly<Record<string, ParamValue>>;
  /**
   * A parameter's value in force on another day: the day of the event a provision counts from (a designation, a
   * decree), so that a value from 2027 never reaches a 2026 event.
   */
  paramOn(name: string, date: DateString): ParamInForce | undefined;
  /** Whether a provision is in the text as amended (see `RuleContext.inText`). */
  inText(citation: string): boolean;
  calendar: Calendar;
}

/** A documented fact: derived from the input (and the Tanggal Penilaian) before the engine runs. */
export interface FactDef<Input, T extends FactValue = FactValue> {
  description: Bilingual;
  /** `jumlah`, `rasio`, `tanggal`, `ya/tidak`, `daftar`, `bulan`, … */
  unit: string;
  /** The input paths it reads (documentation, and what "unknown" names when they are absent). */
  reads: readonly string[];
  /**
   * The parameters its computation reads (from `ctx.params`): a finding that compares this fact turns on them
   * too (`dme articles` shows it; a test checks the list is complete).
   */
  params?: readonly string[];
  compute(input: Input, ctx: FactContext): T | Missing;
}

/** Declares a fact (an identity helper that keeps the value type). */
export function defineFact<Input, T extends FactValue>(def: FactDef<Input, T>): FactDef<Input, T> {
  return def;
}

/** The value type of a fact definition. */
export type FactType<D> = D extends FactDef<never, infer T> ? T : never;

/**
 * Three-valued counting for "paling sedikit N": the count of the records known to qualify when that already
 * reaches `min`, or when even counting every record whose data is missing (`unknown`, their paths) could not
 * reach it; otherwise unknown, naming those paths.
 */
export function countAtLeast(known: number, unknown: readonly string[], min: number): number | Missing {
  if (known >= min || known + unknown.length < min) return known;
  return new Missing(unknown);
}
