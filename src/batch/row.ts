import type { Area } from '../area/index.js';
import type { ObligationStatus, Verdict } from '../types.js';
import type { DesignationStatus, EvaluationResult, Finding, VerdictDocument } from '../verdict.js';

/** A citation that could not be judged, with the input paths whose absence made it so. */
export interface UnknownCitation {
  citation: string;
  missing: string[];
}

/** An obligation done after its due date (`late`) or not done by it (`overdue`). */
export interface LateObligation {
  citation: string;
  period: string | null;
  due: string | null;
  status: Extract<ObligationStatus, 'late' | 'overdue'>;
}

/**
 * A village's line of a summary (`dme batch --detail summary`): where it is, its status, and what stands in
 * its way — the citations not met, those that cannot be judged with the missing data, and the obligations
 * late or overdue. Everything in it is read from the verdict document of the same village.
 */
export interface SummaryRow {
  code: string;
  name: string;
  /** From the official Kemendagri list (null for a code not in it, judged with `--no-code-check`). */
  district: string | null;
  regency: string | null;
  province: string | null;
  kind: VerdictDocument['village']['kind'];
  eligibility: Verdict;
  designation: DesignationStatus;
  evaluationResult: EvaluationResult | null;
  revocationRecommended: boolean;
  /** Citations not met: the village's findings, then those of its Calon PMI (each once). */
  notMet: string[];
  unknown: UnknownCitation[];
  obligations: LateObligation[];
}

function collect(
  findings: readonly Finding[],
  notMet: string[],
  unknown: UnknownCitation[],
  seen: Set<string>,
) {
  for (const f of findings) {
    if (seen.has(f.citation)) continue;
    if (f.verdict === 'not_met') {
      seen.add(f.citation);
      notMet.push(f.citation);
    } else if (f.verdict === 'unknown') {
      seen.add(f.citation);
      unknown.push({ citation: f.citation, missing: f.missing ?? [] });
    }
  }
}

/** The summary row of a verdict document; `area` from the official list, when the code is in it. */
export function summaryRow(doc: VerdictDocument, area: Area | undefined): SummaryRow {
  const notMet: string[] = [];
  const unknown: UnknownCitation[] = [];
  const seen = new Set<string>();
  for (const a of doc.articles) collect(a.findings, notMet, unknown, seen);
  // a citation a Calon PMI fails is listed once however many candidates fail it (their missing paths merged)
  const candidateUnknown = new Map<string, UnknownCitation>();
  for (const c of doc.candidates) {
    for (const f of c.findings) {
      if (f.verdict === 'not_met' && !seen.has(f.citation)) {
        seen.add(f.citation);
        notMet.push(f.citation);
      } else if (f.verdict === 'unknown' && !seen.has(f.citation)) {
        const known = candidateUnknown.get(f.citation);
        if (known) known.missing.push(...(f.missing ?? []));
        else candidateUnknown.set(f.citation, { citation: f.citation, missing: [...(f.missing ?? [])] });
      }
    }
  }
  for (const [citation, u] of candidateUnknown) if (!seen.has(citation)) unknown.push(u);
  const obligations: LateObligation[] = [];
  for (const o of doc.obligations) {
    if (o.status === 'late' || o.status === 'overdue')
      obligations.push({ citation: o.citation, period: o.period, due: o.due, status: o.status });
  }
  return {
    code: doc.village.code,
    name: doc.village.name,
    district: area?.district ?? null,
    regency: area?.regency ?? null,
    province: area?.province ?? null,
    kind: doc.village.kind,
    eligibility: doc.status.eligibility,
    designation: doc.status.designation,
    evaluationResult: doc.status.evaluationResult,
    revocationRecommended: doc.status.revocationRecommended,
    notMet,
    unknown,
    obligations,
  };
}
