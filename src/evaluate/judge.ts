import { candidateFacts, villageFacts } from '../../rules/facts.js';
import { citationInRange, compareCitations } from '../citation.js';
import type { ArticleDef, FindingDef, Provision, RuleContext, Subject } from '../define.js';
import { forEachComparison, isParamRef } from '../engine/condition.js';
import type { ComputedFacts, LeafOutcomes } from '../engine/engine.js';
import { evaluateKleene, type KleeneInputs, type Outcome } from '../engine/kleene.js';
import { type Displacement, displacedFinding, findingDisplacement } from '../exceptions.js';
import { bilingual, list } from '../explain/format.js';
import { memoize } from '../memo.js';
import { paramsInForce } from '../obligations/params.js';
import type { ParamValue } from '../parameters.js';
import { citationWithin, type Regulation } from '../regulation.js';
import type { Bilingual, DateString, Provenance, Verdict } from '../types.js';
import type { Finding } from '../verdict.js';
import { parameterProvenance } from './noting.js';

/** The provenance of a citation: that of the most precise provision containing it (looked up once). */
export const provenanceOf = memoize(findProvenance);

function findProvenance(article: ArticleDef, citation: string): Provenance {
  let best: Provision | undefined;
  for (const p of article.provisions) {
    if (citationWithin(citation, p.citation) && (!best || p.citation.length > best.citation.length)) best = p;
  }
  return best?.provenance ?? 'ASM';
}

/** The parameters a finding's condition reads: its `{ param }` values and the parameters of the facts it compares. */
const paramsOfFinding = memoize((finding: FindingDef, subject: Subject): readonly string[] => {
  const facts: Record<string, { params?: readonly string[] }> =
    subject === 'village' ? villageFacts : candidateFacts;
  const names = new Set<string>();
  const visit = (c: FindingDef['when']): void => {
    if ('atLeast' in c) {
      if (isParamRef(c.atLeast)) names.add(c.atLeast.param);
      for (const x of c.of) visit(x);
    } else if ('all' in c) for (const x of c.all) visit(x);
    else if ('any' in c) for (const x of c.any) visit(x);
    else if ('not' in c) visit(c.not);
  };
  visit(finding.when);
  forEachComparison(finding.when, (leaf) => {
    for (const p of facts[leaf.fact]?.params ?? []) names.add(p);
    if (isParamRef(leaf.value)) names.add(leaf.value.param);
    else if (typeof leaf.value === 'object' && leaf.value !== null && 'fact' in leaf.value)
      for (const p of facts[leaf.value.fact]?.params ?? []) names.add(p);
  });
  return [...names];
});

/**
 * Why a finding is unknown. A reason (a value given but after the Tanggal Penilaian, an option not given) is
 * stated rather than the path it concerns, which is in `missing` but is not always absent from the record.
 */
function unknownMessage(label: Bilingual, outcome: Outcome): Bilingual {
  if (outcome.reasons.length > 0) {
    return bilingual(
      (l) =>
        `${label[l]}: ${l === 'id' ? 'tidak dapat dinilai' : 'cannot be judged'} — ${outcome.reasons.map((r) => r[l]).join('; ')}.`,
    );
  }
  return bilingual((l) =>
    l === 'id'
      ? `${label.id}: tidak dapat dinilai — data ${list(outcome.missing, 'id')} tidak tersedia.`
      : `${label.en}: cannot be judged — ${list(outcome.missing, 'en')} ${outcome.missing.length > 1 ? 'are' : 'is'} missing.`,
  );
}

/** An article's verdict from its findings: not_met if any is, else unknown if any is, else met if any is. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('not_met')) return 'not_met';
  if (verdicts.includes('unknown')) return 'unknown';
  if (verdicts.includes('met')) return 'met';
  return 'not_applicable';
}

export interface JudgeArgs<I> {
  regulation: Regulation;
  subject: Subject;
  input: I;
  outcomes: LeafOutcomes;
  facts: ComputedFacts;
  params: Readonly<Record<string, ParamValue>>;
  asOf: DateString;
  windowStart: DateString;
  /** Exceptions in force for this village (a finding is displaced when `asOf` lies in their days). */
  displaced: readonly Displacement[];
  /** The village and the date, for a finding's `notApplicable` (absent for a candidate judged alone). */
  rule?: RuleContext;
  /** Filled with every finding as judged before any exception displaced it. */
  underlying?: Map<string, Finding>;
  /** Explain each finding (default true); false gives verdicts with empty messages and values. */
  explain?: boolean;
}

/** The message of a finding judged without its explanation (`evaluate(…, { explain: false })`). */
const UNEXPLAINED: Bilingual = Object.freeze({ id: '', en: '' });
/** The values of a finding judged without its explanation: none (one frozen object shared by all). */
const NO_VALUES: Finding['values'] = Object.freeze({});

/**
 * The findings of an evaluation order that lie within a citation (a finding, an ayat, an article), in
 * that order: what a reference to it combines (computed once per order and citation).
 */
const findingsWithin = memoize(
  (order: readonly { finding: { citation: string } }[], citation: string): readonly string[] =>
    order.map((o) => o.finding.citation).filter((c) => citationWithin(c, citation)),
);

/** The findings of an order in the range `from` sampai dengan `through`, in the order of the text. */
const findingsInRange = memoize(
  (order: readonly { finding: { citation: string } }[], range: string): readonly string[] => {
    const [from = '', through] = range.split('\n');
    return order
      .map((o) => o.finding.citation)
      .filter((c) => citationInRange(c, from, through))
      .sort(compareCitations);
  },
);

/** What a finding of the evaluation order carries whatever the village: its provenance and its parameters'. */
interface PlannedFinding {
  provenance: Provenance;
  judgedProvenance: Readonly<{ provenance: Provenance; parameterProvenance?: Record<string, Provenance> }>;
}

/** The provenance of every finding of a subject, in evaluation order: worked out once per regulation. */
const judgingPlan = memoize((regulation: Regulation, subject: Subject): readonly PlannedFinding[] =>
  regulation.order[subject].map(({ finding, article }) => {
    const provenance = provenanceOf(article, finding.citation);
    const pp = parameterProvenance(regulation, paramsOfFinding(finding, subject));
    return {
      provenance,
      judgedProvenance: Object.freeze(
        pp ? { provenance, parameterProvenance: Object.freeze(pp) } : { provenance },
      ),
    };
  }),
);

const NO_LEAF = (): Outcome => ({ verdict: 'unknown', missing: [], reasons: [] });

/** Judges every finding of a subject in order, in three-valued logic, and explains each. */
export function judgeFindings<I>(args: JudgeArgs<I>): Map<string, Finding> {
  const { regulation, subject, outcomes, facts, params } = args;
  const explain = args.explain ?? true;
  const judged = new Map<string, Finding>();
  const order = regulation.order[subject];
  // the findings judged so far within a citation (findings are judged in `order`): what a reference to a
  // finding, or to a whole ayat or article, combines
  const insideOf = (citation: string): Finding[] => {
    const out: Finding[] = [];
    for (const c of findingsWithin(order, citation)) {
      const f = judged.get(c);
      if (f) out.push(f);
    }
    return out;
  };
  // every finding within a citation, or within a range, in the order of the text (for `each` references)
  const inRange = (citation: string, through?: string): Finding[] => {
    const out: Finding[] = [];
    for (const c of findingsInRange(order, through === undefined ? citation : `${citation}\n${through}`)) {
      const f = judged.get(c);
      if (f) out.push(f);
    }
    return out;
  };
  const verdictOf = (citation: string): Verdict => {
    const f = judged.get(citation);
    if (f) return f.verdict;
    return combineVerdicts(insideOf(citation).map((x) => x.verdict));
  };
  const refOutcome = (citation: string): Omit<Outcome, 'verdict'> & { verdict: Verdict } => {
    const verdict = verdictOf(citation);
    const missing =
      verdict === 'unknown' ? [...new Set(insideOf(citation).flatMap((x) => x.missing ?? []))] : [];
    return { verdict, missing, reasons: [] };
  };
  const paramInForce = paramsInForce(regulation, args.asOf);
  const inForce = (name: string) =>
    paramInForce(name) ?? { value: params[name] ?? '', since: args.asOf, reference: '', changes: false };
  const on = (name: string, date: DateString) => paramsInForce(regulation, date)(name) ?? inForce(name);
  const settle = (f: Finding) => {
    args.underlying?.set(f.citation, f);
    const d =
      args.displaced.length > 0 ? findingDisplacement(f.citation, args.asOf, args.displaced) : undefined;
    judged.set(f.citation, d ? displacedFinding(f, d) : f);
  };
  let leaves: readonly Outcome[] = [];
  const kleene: KleeneInputs = {
    leaf: (_leaf, i) => leaves[i] ?? NO_LEAF(),
    ref: refOutcome,
    members: (citation, through) =>
      inRange(citation, through).map((f) => ({
        verdict: f.verdict,
        missing: f.verdict === 'unknown' ? [...(f.missing ?? [])] : [],
        reasons: [],
      })),
    param: (ref) => Number(params[ref.param]),
  };
  const plan = judgingPlan(regulation, subject);
  for (let i = 0; i < order.length; i++) {
    const { finding } = order[i] as (typeof order)[number];
    const { provenance, judgedProvenance } = plan[i] as PlannedFinding;
    const skip = args.rule && finding.notApplicable ? finding.notApplicable(args.rule) : null;
    if (skip) {
      settle({
        citation: finding.citation,
        verdict: 'not_applicable',
        message: skip,
        values: {},
        provenance,
      });
      continue;
    }
    leaves = outcomes.get(finding.citation) ?? [];
    const outcome = evaluateKleene(finding.when, kleene);
    if (outcome.verdict === 'unknown') {
      settle({
        citation: finding.citation,
        verdict: 'unknown',
        message: explain ? unknownMessage(finding.label, outcome) : UNEXPLAINED,
        values: {},
        ...judgedProvenance,
        missing: outcome.missing,
      });
      continue;
    }
    const verdict: Verdict =
      finding.kind === 'classification' && outcome.verdict === 'not_met' ? 'not_applicable' : outcome.verdict;
    if (!explain) {
      settle({
        citation: finding.citation,
        verdict,
        message: UNEXPLAINED,
        values: NO_VALUES,
        ...judgedProvenance,
      });
      continue;
    }
    const explanation = finding.explain({
      verdict: outcome.verdict,
      facts: facts.values as never,
      params: params as never,
      input: args.input as never,
      asOf: args.asOf,
      windowStart: args.windowStart,
      verdictOf,
      within: inRange,
      paramInForce: inForce,
      paramOn: on,
    });
    settle({
      citation: finding.citation,
      verdict,
      message: explanation.message,
      values: explanation.values ?? {},
      ...judgedProvenance,
    });
  }
  return judged;
}
