// The status block of the verdict document: each output from the findings of the article that decides it
// (`decides` in rules/), so that every output follows the regulation as amended.

import type { ArticleDef, RuleContext, StatusDecisions } from '../define.js';
import { memoizeOne } from '../memo.js';
import type { ParamValue } from '../parameters.js';
import { citationWithin, type Regulation } from '../regulation.js';
import type { EvaluationResult, Finding, VerdictStatus } from '../verdict.js';
import { combineVerdicts } from './judge.js';

interface Decisions {
  eligibility: string[];
  pocket: string | undefined;
  designation: StatusDecisions['designation'] | undefined;
  evaluationResult: (readonly [EvaluationResult, string])[];
  revocation: string | undefined;
  /** The article deciding entry into force, and how. */
  inForce:
    | {
        article: ArticleDef;
        citation: string;
        param: string;
        notYet: NonNullable<StatusDecisions['inForce']>['notYet'];
      }
    | undefined;
}

/** What the articles of a regulation decide, gathered once per regulation. */
export function decisionsOf(regulation: Regulation): Decisions {
  return gathered(regulation);
}

const gathered = memoizeOne((regulation: Regulation): Decisions => {
  const out: Decisions = {
    eligibility: [],
    pocket: undefined,
    designation: undefined,
    evaluationResult: [],
    revocation: undefined,
    inForce: undefined,
  };
  for (const article of regulation.articles) {
    const d = article.decides;
    if (!d) continue;
    out.eligibility.push(...(d.eligibility ?? []));
    if (d.pocket !== undefined) out.pocket = d.pocket;
    if (d.designation !== undefined) out.designation = d.designation;
    if (d.evaluationResult)
      out.evaluationResult.push(...(Object.entries(d.evaluationResult) as [EvaluationResult, string][]));
    if (d.revocation !== undefined) out.revocation = d.revocation;
    if (d.inForce) out.inForce = { article, citation: `Pasal ${article.article}`, ...d.inForce };
  }
  return out;
});

/** The village findings that eligibility combines: those within a citation that decides it (once per regulation). */
const eligibilityFindings = memoizeOne((regulation: Regulation): readonly string[] => {
  const deciding = decisionsOf(regulation).eligibility;
  return regulation.order.village
    .map((o) => o.finding.citation)
    .filter((c) => deciding.some((e) => citationWithin(c, e)));
});

/** The status block from the judged findings (as displaced by exceptions) and the village's context. */
export function statusOf(
  regulation: Regulation,
  findings: ReadonlyMap<string, Finding>,
  ctx: RuleContext,
): VerdictStatus {
  const d = decisionsOf(regulation);
  const eligibilityParts: Finding[] = [];
  for (const c of eligibilityFindings(regulation)) {
    const f = findings.get(c);
    if (f) eligibilityParts.push(f);
  }
  const eligibility = combineVerdicts(
    eligibilityParts.map((f) => (f.verdict === 'not_applicable' ? 'met' : f.verdict)),
  );
  const pocketFinding = d.pocket === undefined ? undefined : findings.get(d.pocket);
  const pocket =
    !pocketFinding || pocketFinding.verdict === 'unknown' ? null : pocketFinding.verdict === 'met';
  // A predicate that cannot be told (the deciding findings unknown, or the village not a Desa Migran EMAS):
  // no result. See the deciding article's encoding notes.
  let evaluationResult: EvaluationResult | null = null;
  for (const [result, citation] of d.evaluationResult) {
    if (findings.get(citation)?.verdict === 'met') {
      evaluationResult = result;
      break;
    }
  }
  return {
    eligibility,
    pocket,
    designation: d.designation ? d.designation(ctx) : 'not_designated',
    evaluationResult,
    revocationRecommended: d.revocation !== undefined && findings.get(d.revocation)?.verdict === 'met',
  };
}

/** The date the regulation enters into force (from the deciding article's parameter), or null if none does. */
export function inForceDate(
  regulation: Regulation,
  params: Readonly<Record<string, ParamValue>>,
): string | null {
  const f = decisionsOf(regulation).inForce;
  return f === undefined ? null : String(params[f.param]);
}

/** The citations behind each output of the status block, as report headings show them. */
export interface StatusCitations {
  inForce: string;
  eligibility: string;
  evaluation: string;
  revocation: string;
  candidates: string;
  outstanding: string;
}

/** Where each output of the status block comes from in a regulation (one per regulation). */
export function statusCitations(regulation: Regulation): StatusCitations {
  return citationsOf(regulation);
}

const citationsOf = memoizeOne((regulation: Regulation): StatusCitations => {
  const d = decisionsOf(regulation);
  const articleOf = (citation: string | undefined) =>
    regulation.articles.find((a) => citation !== undefined && citationWithin(citation, `Pasal ${a.article}`));
  const evaluation = articleOf(d.evaluationResult[0]?.[1]);
  const candidates = regulation.articles.filter((a) => a.subject === 'candidate');
  return {
    inForce: d.inForce?.citation ?? '',
    eligibility: d.eligibility.join(' + '),
    evaluation: evaluation ? `Pasal ${evaluation.article}` : '',
    revocation: d.revocation ?? '',
    candidates: candidates.map((a) => `Pasal ${a.article}`).join(', '),
    outstanding: candidates.flatMap((a) => a.decides?.outstanding ?? []).join(', '),
  };
});
