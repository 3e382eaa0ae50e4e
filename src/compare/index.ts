// Outcome comparison (LexImpact-style): every scenario judged under two texts of the regulation, what changed
// for each village and citation, and the wording that changed beside it.

import { diffArrays } from 'diff';
import { articleOf } from '../amendment/suggest.js';
import { compareArticles } from '../citation.js';
import type { ArticleDef, FindingDef, Provision } from '../define.js';
import { evaluate } from '../evaluate.js';
import type { DatedValue } from '../parameters.js';
import { citationWithin, parametersOn, type Regulation } from '../regulation.js';
import { renderText, showCondition } from '../report/condition.js';
import { obligationKey } from '../scenarios.js';
import type { Scenario } from '../schema/index.js';
import type { Bilingual, DateString, Provenance } from '../types.js';
import type { VerdictDocument } from '../verdict.js';

/** One piece of a word diff: unchanged, removed (only in the base text) or added (only in the amended text). */
export interface DiffPart {
  value: string;
  op: 'same' | 'removed' | 'added';
}

/** A provision whose text, encoded condition or exceptions differ between the two texts. */
export interface ProvisionDiff {
  citation: string;
  article: number | string;
  /** What differs: the wording (with parameter values in it), the encoded condition, an exception. */
  kinds: ('wording' | 'condition' | 'exception')[];
  /** The text before and after, `{param}` placeholders shown as values on the reference date (null: no such provision). */
  before: string | null;
  after: string | null;
  /** The word diff of the two texts. */
  diff: DiffPart[];
  /** The encoded condition in readable form, before and after (null: none encoded). */
  conditionBefore: Bilingual | null;
  conditionAfter: Bilingual | null;
}

/** A parameter whose dated values differ. */
export interface ParameterDiff {
  name: string;
  article: number | string;
  unit: string;
  before: { since: DateString; value: string | number | boolean; reference: string }[];
  after: { since: DateString; value: string | number | boolean; reference: string }[];
}

/** A verdict (or obligation status) with its explanation, on one side of the comparison. */
export interface Side {
  verdict: string;
  message: Bilingual | null;
  /** A finding's: the provenance of its provision (an obligation has none of its own). */
  provenance?: Provenance;
  /** The provenance of each parameter it turned on, by name, on this side (absent: none). */
  parameterProvenance?: Record<string, Provenance>;
}

/** The provenance on one side of a change: the provision's, and that of the parameters it turned on. */
export type SideProvenance = Pick<Side, 'provenance' | 'parameterProvenance'>;

/** The provenance of a side (undefined: absent, or it carries none). */
export function sideProvenance(side: Side | null | undefined): SideProvenance | undefined {
  if (!side || (side.provenance === undefined && side.parameterProvenance === undefined)) return undefined;
  return {
    ...(side.provenance ? { provenance: side.provenance } : {}),
    ...(side.parameterProvenance ? { parameterProvenance: side.parameterProvenance } : {}),
  };
}

/** A side of a finding or an obligation: its verdict (or status), explanation and provenance. */
function sideOf(
  verdict: string,
  x: { message: Bilingual; provenance?: Provenance; parameterProvenance?: Record<string, Provenance> },
): Side {
  return {
    verdict,
    message: x.message,
    ...(x.provenance ? { provenance: x.provenance } : {}),
    ...(x.parameterProvenance ? { parameterProvenance: x.parameterProvenance } : {}),
  };
}

/** One citation of one village whose verdict changed. */
export interface CitationChange {
  /** `finding`, `obligation` (citation and period) or `candidate` (a Calon PMI's finding). */
  kind: 'finding' | 'obligation' | 'candidate';
  citation: string;
  /** The obligation's period, or the candidate's name. */
  detail: string | null;
  before: Side | null;
  after: Side | null;
  /** The amended provision this citation falls under, if its wording or condition changed. */
  provision: string | null;
}

/** A status field of the verdict that changed. */
export interface StatusChange {
  field: 'eligibility' | 'pocket' | 'designation' | 'evaluationResult' | 'revocationRecommended' | 'inForce';
  before: string;
  after: string;
}

/** A village (scenario) whose verdict changed. */
export interface VillageChange {
  file: string;
  scenario: string;
  village: { code: string; name: string };
  asOf: DateString;
  status: StatusChange[];
  citations: CitationChange[];
}

/** Counts of each outcome of a status field, before and after. */
export interface OutcomeCounts {
  field: 'eligibility' | 'designation' | 'evaluationResult' | 'revocationRecommended';
  before: Record<string, number>;
  after: Record<string, number>;
}

/** The comparison of two texts over a set of scenarios. */
export interface ComparisonReport {
  base: { title: string; amendment: string | null; description: string | null };
  amended: { title: string; amendment: string | null; description: string | null };
  /** The date whose parameter values are shown in the texts: the latest date from which any parameter's value applies. */
  referenceDate: DateString;
  villages: number;
  changed: { eligibility: number; designation: number; evaluationResult: number; anyVerdict: number };
  outcomes: OutcomeCounts[];
  changes: VillageChange[];
  provisions: ProvisionDiff[];
  parameters: ParameterDiff[];
}

/** A scenario to compare: its village and date (its own `amendment:` key is not used: both texts are given). */
export interface CompareInput {
  file: string;
  scenario: Pick<Scenario, 'name' | 'asOf' | 'village'>;
}

function allProvisions(regulation: Regulation): Map<string, { article: ArticleDef; provision: Provision }> {
  const out = new Map<string, { article: ArticleDef; provision: Provision }>();
  for (const article of regulation.articles)
    for (const provision of article.provisions) out.set(provision.citation, { article, provision });
  return out;
}

function findingOf(regulation: Regulation, citation: string): FindingDef | undefined {
  return regulation.findings.get(citation)?.finding;
}

function exceptionsOf(regulation: Regulation): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of regulation.articles) for (const e of a.exceptions ?? []) out.set(e.citation, e.displaces);
  return out;
}

/**
 * A word diff: the texts split at white space (so `0,8;` → `0,7;` is one word replaced, not a digit), diffed
 * with the `diff` package, adjacent pieces of the same kind joined.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const words = (s: string) => s.split(/(\s+)/).filter((w) => w !== '');
  const out: DiffPart[] = [];
  for (const change of diffArrays(words(before), words(after))) {
    const op: DiffPart['op'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const value = change.value.join('');
    const last = out.at(-1);
    if (last && last.op === op) last.value += value;
    else out.push({ value, op });
  }
  return out;
}

/** The provisions whose wording (with parameter values), encoded condition or exceptions differ. */
export function diffProvisions(base: Regulation, amended: Regulation, on: DateString): ProvisionDiff[] {
  const before = allProvisions(base);
  const after = allProvisions(amended);
  const pb = parametersOn(base, on);
  const pa = parametersOn(amended, on);
  const exB = exceptionsOf(base);
  const exA = exceptionsOf(amended);
  const citations = [...after.keys(), ...[...before.keys()].filter((c) => !after.has(c))];
  const encoded = new Set([...base.findings.keys(), ...amended.findings.keys()]);
  for (const c of encoded) if (!before.has(c) && !after.has(c)) citations.push(c);
  const out: ProvisionDiff[] = [];
  for (const citation of citations) {
    const b = before.get(citation);
    const a = after.get(citation);
    const textB = b ? renderText(b.provision.text, pb, 'id') : null;
    const textA = a ? renderText(a.provision.text, pa, 'id') : null;
    const fb = findingOf(base, citation);
    const fa = findingOf(amended, citation);
    const kinds: ProvisionDiff['kinds'] = [];
    if (textB !== textA) kinds.push('wording');
    if (JSON.stringify(fb?.when ?? null) !== JSON.stringify(fa?.when ?? null)) kinds.push('condition');
    if (exB.get(citation) !== exA.get(citation)) kinds.push('exception');
    if (kinds.length === 0) continue;
    const diff = wordDiff(textB ?? '', textA ?? '');
    const cond = (f: FindingDef | undefined, params: typeof pb): Bilingual | null =>
      f ? { id: showCondition(f.when, 'id', params), en: showCondition(f.when, 'en', params) } : null;
    const article = (a ?? b)?.article.article ?? articleOf(citation) ?? 0;
    out.push({
      citation,
      article,
      kinds,
      before: textB,
      after: textA,
      diff,
      conditionBefore: cond(fb, pb),
      conditionAfter: cond(fa, pa),
    });
  }
  return out.sort((x, y) => compareArticles(x.article, y.article));
}

/** The parameters whose dated values differ. */
export function diffParameters(base: Regulation, amended: Regulation): ParameterDiff[] {
  const out: ParameterDiff[] = [];
  const rows = (values: Record<string, DatedValue> | undefined) =>
    Object.entries(values ?? {})
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([since, v]) => ({ since, value: v.value, reference: v.reference }));
  const names = new Set([...base.parameters.keys(), ...amended.parameters.keys()]);
  for (const name of names) {
    const b = base.parameters.get(name);
    const a = amended.parameters.get(name);
    const rb = rows(b?.values);
    const ra = rows(a?.values);
    const same =
      rb.length === ra.length && rb.every((x, i) => x.since === ra[i]?.since && x.value === ra[i]?.value);
    if (same) continue;
    out.push({ name, article: (a ?? b)?.article ?? 0, unit: (a ?? b)?.unit ?? '', before: rb, after: ra });
  }
  return out.sort((x, y) => compareArticles(x.article, y.article) || x.name.localeCompare(y.name));
}

function findingsOf(doc: VerdictDocument): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const a of doc.articles) for (const f of a.findings) out.set(f.citation, sideOf(f.verdict, f));
  return out;
}

function obligationsOf(
  doc: VerdictDocument,
): Map<string, { citation: string; period: string | null; side: Side }> {
  const out = new Map<string, { citation: string; period: string | null; side: Side }>();
  for (const o of doc.obligations)
    out.set(obligationKey(o), {
      citation: o.citation,
      period: o.period,
      side: sideOf(o.status, o),
    });
  return out;
}

function candidateFindingsOf(
  doc: VerdictDocument,
): Map<string, { name: string; citation: string; side: Side }> {
  const out = new Map<string, { name: string; citation: string; side: Side }>();
  doc.candidates.forEach((c, i) => {
    for (const f of c.findings)
      out.set(`${i}\u0000${f.citation}`, {
        name: c.name,
        citation: f.citation,
        side: sideOf(f.verdict, f),
      });
  });
  return out;
}

const STATUS_FIELDS = [
  'eligibility',
  'pocket',
  'designation',
  'evaluationResult',
  'revocationRecommended',
] as const;

function show(x: unknown): string {
  return x === null || x === undefined ? '—' : String(x);
}

/** What changed between two verdicts of the same village. */
export function diffVerdicts(
  before: VerdictDocument,
  after: VerdictDocument,
  amended: readonly ProvisionDiff[],
): { status: StatusChange[]; citations: CitationChange[] } {
  const status: StatusChange[] = [];
  if (before.inForce !== after.inForce)
    status.push({ field: 'inForce', before: String(before.inForce), after: String(after.inForce) });
  for (const field of STATUS_FIELDS) {
    if (before.status[field] !== after.status[field])
      status.push({ field, before: show(before.status[field]), after: show(after.status[field]) });
  }
  const provisionOf = (citation: string): string | null =>
    amended
      .filter((p) => citationWithin(citation, p.citation))
      .sort((x, y) => y.citation.length - x.citation.length)[0]?.citation ?? null;
  const citations: CitationChange[] = [];
  const fb = findingsOf(before);
  const fa = findingsOf(after);
  for (const citation of new Set([...fb.keys(), ...fa.keys()])) {
    const b = fb.get(citation) ?? null;
    const a = fa.get(citation) ?? null;
    if (b?.verdict === a?.verdict) continue;
    citations.push({
      kind: 'finding',
      citation,
      detail: null,
      before: b,
      after: a,
      provision: provisionOf(citation),
    });
  }
  const ob = obligationsOf(before);
  const oa = obligationsOf(after);
  for (const key of new Set([...ob.keys(), ...oa.keys()])) {
    const b = ob.get(key);
    const a = oa.get(key);
    if (b?.side.verdict === a?.side.verdict) continue;
    const citation = (a ?? b)?.citation ?? key;
    citations.push({
      kind: 'obligation',
      citation,
      detail: (a ?? b)?.period ?? null,
      before: b?.side ?? null,
      after: a?.side ?? null,
      provision: provisionOf(citation),
    });
  }
  const cb = candidateFindingsOf(before);
  const ca = candidateFindingsOf(after);
  for (const key of new Set([...cb.keys(), ...ca.keys()])) {
    const b = cb.get(key);
    const a = ca.get(key);
    if (b?.side.verdict === a?.side.verdict) continue;
    const citation = (a ?? b)?.citation ?? key;
    citations.push({
      kind: 'candidate',
      citation,
      detail: (a ?? b)?.name ?? null,
      before: b?.side ?? null,
      after: a?.side ?? null,
      provision: provisionOf(citation),
    });
  }
  return { status, citations };
}

function count(docs: readonly VerdictDocument[], field: OutcomeCounts['field']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of docs) {
    const v = d.inForce ? show(d.status[field]) : 'not_in_force';
    out[v] = (out[v] ?? 0) + 1;
  }
  return out;
}

/** The date whose parameter values the texts show: the latest date from which any parameter's value applies. */
export function referenceDateOf(base: Regulation, amended: Regulation): DateString {
  return [...base.parameters.values(), ...amended.parameters.values()]
    .flatMap((p) => Object.keys(p.values))
    .sort()
    .at(-1) as DateString;
}

/**
 * Judges every scenario's village under `base` and under `amended` and reports what changed: counts of
 * villages whose eligibility, designation and evaluation result changed, each changed village and citation
 * with both verdicts and explanations, and the provisions and parameters that differ.
 */
export async function compareRegulations(
  scenarios: readonly CompareInput[],
  base: Regulation,
  amended: Regulation,
): Promise<ComparisonReport> {
  const referenceDate = referenceDateOf(base, amended);
  const provisions = diffProvisions(base, amended, referenceDate);
  const parameters = diffParameters(base, amended);
  const befores: VerdictDocument[] = [];
  const afters: VerdictDocument[] = [];
  const changes: VillageChange[] = [];
  const changed = { eligibility: 0, designation: 0, evaluationResult: 0, anyVerdict: 0 };
  for (const { file, scenario } of scenarios) {
    const before = await evaluate(scenario.village, { asOf: scenario.asOf, regulation: base });
    const after = await evaluate(scenario.village, { asOf: scenario.asOf, regulation: amended });
    befores.push(before);
    afters.push(after);
    const diff = diffVerdicts(before, after, provisions);
    if (diff.status.length === 0 && diff.citations.length === 0) continue;
    const fields = new Set(diff.status.map((s) => s.field));
    if (fields.has('eligibility')) changed.eligibility++;
    if (fields.has('designation')) changed.designation++;
    if (fields.has('evaluationResult')) changed.evaluationResult++;
    changed.anyVerdict++;
    changes.push({
      file,
      scenario: scenario.name,
      village: { code: before.village.code, name: before.village.name },
      asOf: before.asOf,
      status: diff.status,
      citations: diff.citations,
    });
  }
  const side = (r: Regulation) => ({
    title: r.title,
    amendment: r.amendment?.title ?? null,
    description: r.amendment?.description ?? null,
  });
  return {
    base: side(base),
    amended: side(amended),
    referenceDate,
    villages: scenarios.length,
    changed,
    outcomes: (['eligibility', 'designation', 'evaluationResult'] as const).map((field) => ({
      field,
      before: count(befores, field),
      after: count(afters, field),
    })),
    changes,
    provisions,
    parameters,
  };
}
