import type { Bilingual, Verdict } from '../types.js';
import type { Comparison, Condition, ParamRef } from './condition.js';

/** A three-valued outcome, with what made it unknown. */
export interface Outcome {
  verdict: 'met' | 'not_met' | 'unknown';
  /** When unknown: the input paths whose absence made it so. */
  missing: string[];
  /** When unknown for another reason than a missing field. */
  reasons: Bilingual[];
}

export interface KleeneInputs {
  /** The outcome of a comparison (from the engine's result, or from compiled code). */
  leaf(leaf: Comparison, index: number): Outcome;
  /** The verdict of a finding or article, by citation. */
  ref(citation: string): Omit<Outcome, 'verdict'> & { verdict: Verdict };
  /** The verdicts of every finding within a citation, in order (`{ finding, each: true }`). */
  members(citation: string, through?: string): readonly (Omit<Outcome, 'verdict'> & { verdict: Verdict })[];
  /** A parameter's value in force. */
  param(ref: ParamRef): number;
}

const MET: Outcome = Object.freeze({ verdict: 'met', missing: [], reasons: [] }) as Outcome;
const NOT_MET: Outcome = Object.freeze({ verdict: 'not_met', missing: [], reasons: [] }) as Outcome;

function unknownOf(parts: Outcome[]): Outcome {
  const missing: string[] = [];
  const reasons: Bilingual[] = [];
  for (const p of parts) {
    if (p.verdict !== 'unknown') continue;
    for (const m of p.missing) if (!missing.includes(m)) missing.push(m);
    for (const r of p.reasons) if (!reasons.some((x) => x.en === r.en)) reasons.push(r);
  }
  return { verdict: 'unknown', missing, reasons };
}

/**
 * Evaluates a condition in Kleene's three-valued logic: `all` is not_met if any part is, met if all are;
 * `any` is met if any part is, not_met if all are; `atLeast k` is met when k parts are met and not_met when
 * even the unknown parts could not make k; everything else is unknown. Comparisons are numbered in
 * depth-first order (the order of `forEachComparison`). A referenced finding that is not_applicable
 * counts as met: a requirement that does not apply is not failed.
 */
export function evaluateKleene(condition: Condition, inputs: KleeneInputs): Outcome {
  return walk(condition, inputs, { index: 0 });
}

function walk(c: Condition, inputs: KleeneInputs, at: { index: number }): Outcome {
  if ('operator' in c) return inputs.leaf(c, at.index++);
  if ('finding' in c) {
    const r = inputs.ref(c.finding);
    return r.verdict === 'not_applicable' ? MET : { ...r, verdict: r.verdict };
  }
  if ('not' in c) {
    const inner = walk(c.not, inputs, at);
    return inner.verdict === 'met' ? NOT_MET : inner.verdict === 'not_met' ? MET : inner;
  }
  const list = 'all' in c ? c.all : 'any' in c ? c.any : c.of;
  const parts: Outcome[] = [];
  let met = 0;
  let unknown = 0;
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as Condition;
    if ('finding' in x && x.each === true) {
      // every finding within the citation is a member; one that does not apply drops out
      for (const m of inputs.members(x.finding, x.through)) {
        if (m.verdict === 'not_applicable') continue;
        parts.push(m as Outcome);
        if (m.verdict === 'met') met++;
        else if (m.verdict === 'unknown') unknown++;
      }
      continue;
    }
    const p = walk(x, inputs, at);
    parts.push(p);
    if (p.verdict === 'met') met++;
    else if (p.verdict === 'unknown') unknown++;
  }
  const need = 'all' in c ? parts.length : 'any' in c ? 1 : atLeastOf(c.atLeast, inputs);
  if (met >= need) return MET;
  if (met + unknown < need) return NOT_MET;
  return unknownOf(parts);
}

function atLeastOf(k: number | ParamRef, inputs: KleeneInputs): number {
  return typeof k === 'number' ? k : inputs.param(k);
}
