// Rule coverage of a scenario folder: which findings and comparisons the scenarios exercise as met and as
// not met, which obligations they see fulfilled and failed, and which parameters they pin.

import { candidateFacts, villageFacts } from '../rules/facts.js';
import { regulationUnder } from './amendment/load.js';
import { defaultCalendar } from './calendar/index.js';
import { compareArticles, compareCitations } from './citation.js';
import type { ArticleDef, FindingDef, Subject } from './define.js';
import { CompiledFindingEvaluator } from './engine/compiled.js';
import { forEachComparison } from './engine/condition.js';
import type { LeafOutcomes } from './engine/engine.js';
import { computeFacts, factContext } from './evaluate/facts.js';
import { evaluate } from './evaluate.js';
import type { FactDef } from './facts/index.js';
import { memoize, memoizeOne } from './memo.js';
import { parameterStep } from './parameter-step.js';
import type { ParameterDef, ParamValue } from './parameters.js';
import { buildRegulation, parametersOn, type Regulation } from './regulation.js';
import { showComparison } from './report/condition.js';
import { shippedRegulation } from './rules.js';
import { scenarioAmendmentPath } from './scenario-amendment.js';
import { loadScenarios, obligationKey } from './scenarios.js';
import type { Candidate, Scenario, VillageRecord } from './schema/index.js';
import type { Bilingual, ObligationStatus, Verdict } from './types.js';
import type { VerdictDocument } from './verdict.js';

/** How often one comparison of a finding came out each way. */
export interface ComparisonCoverage {
  /** Depth-first position in the finding's condition. */
  index: number;
  /** The comparison in readable form, e.g. `pmiAbroad ≥ minPmiAbroad`. */
  text: Bilingual;
  met: number;
  not_met: number;
  unknown: number;
}

/** How often a finding was each verdict, and its comparisons. */
export interface FindingCoverage {
  citation: string;
  article: number | string;
  subject: Subject;
  /** A classification (Pasal 3 ayat (2)) is `not_applicable` when it does not hold: that counts as its "not met". */
  classification: boolean;
  /**
   * The amendment whose condition this is, when scenarios judge the same citation under texts whose conditions
   * differ (each condition is tallied on its own: their comparisons are not the same).
   */
  amendment?: string;
  verdicts: Record<Verdict, number>;
  comparisons: ComparisonCoverage[];
}

/** How often an obligation (by citation) had each status. */
export interface ObligationCoverage {
  citation: string;
  article: number | string;
  party: string;
  statuses: Record<ObligationStatus, number>;
}

/** In how many scenarios a parameter mattered, and which. */
export interface ParameterCoverage {
  name: string;
  article: number | string;
  unit: string;
  /** The step it was moved by, each way (`1`, `0.01`, `1 hari/day`, `true ↔ false`). */
  step: string;
  mattered: number;
  scenarios: string[];
}

/** The coverage of a scenario folder. */
export interface CoverageReport {
  dir: string;
  /** The Tanggal Penilaian every scenario was judged on instead of its own (`--as-of`), when one was given. */
  asOf?: string;
  scenarios: number;
  /** Scenarios judged before the regulation is in force (they exercise nothing but Pasal 18). */
  notInForce: number;
  findings: FindingCoverage[];
  obligations: ObligationCoverage[];
  parameters: ParameterCoverage[];
}

const zeroVerdicts = (): Record<Verdict, number> => ({ met: 0, not_met: 0, unknown: 0, not_applicable: 0 });
const zeroStatuses = (): Record<ObligationStatus, number> => ({
  met: 0,
  late: 0,
  overdue: 0,
  pending: 0,
  unknown: 0,
});

/** How often a finding did not hold: not met (or, for a classification, not applicable). */
export function timesNotMet(f: Pick<FindingCoverage, 'verdicts' | 'classification'>): number {
  return f.verdicts.not_met + (f.classification ? f.verdicts.not_applicable : 0);
}

/** A finding's citation as a report shows it: with the amendment whose condition it is, when that is apart. */
export function coverageCitation(f: Pick<FindingCoverage, 'citation' | 'amendment'>): string {
  return f.amendment === undefined ? f.citation : `${f.citation} ("${f.amendment}")`;
}

/** Whether a finding was exercised both ways: met at least once and not met at least once. */
export function exercisedBothWays(f: Pick<FindingCoverage, 'verdicts' | 'classification'>): boolean {
  return f.verdicts.met > 0 && timesNotMet(f) > 0;
}

/** Whether an obligation was seen fulfilled (met) and failed (late or overdue). */
export function obligationBothWays(o: ObligationCoverage): boolean {
  return o.statuses.met > 0 && o.statuses.late + o.statuses.overdue > 0;
}

// ---------------------------------------------------------------------------
// Parameters: does moving one by a step change any verdict of the scenario?
// ---------------------------------------------------------------------------

/** The regulation with one parameter moved by a step (every dated value of it), built like any other. */
export function nudgeParameter(regulation: Regulation, name: string, dir: 1 | -1): Regulation {
  return nudged(regulation, `${dir > 0 ? '+' : '-'}${name}`);
}

/** {@link nudgeParameter} by `+name` / `-name`, built once per regulation and step. */
const nudged = memoize((regulation: Regulation, step: string): Regulation => {
  const dir = step.startsWith('+') ? 1 : -1;
  const name = step.slice(1);
  const articles: ArticleDef[] = regulation.articles.map((a) => {
    const def = (a.parameters as Record<string, ParameterDef> | undefined)?.[name];
    if (!def) return a;
    const { move } = parameterStep(def);
    const values = Object.fromEntries(
      Object.entries(def.values).map(([d, v]) => [d, { ...v, value: move(v.value, dir) }]),
    );
    return { ...a, parameters: { ...a.parameters, [name]: { ...def, values } } } as ArticleDef;
  });
  return buildRegulation(articles, {
    title: regulation.title,
    version: regulation.version,
    amendment: regulation.amendment,
  });
});

/** Every verdict of a verdict document, as one comparable string (messages left out). */
export function verdictSignature(doc: VerdictDocument): string {
  const parts: string[] = [String(doc.inForce), JSON.stringify(doc.status)];
  for (const a of doc.articles) {
    parts.push(`${a.article}:${a.verdict}`);
    for (const f of a.findings) parts.push(`${f.citation}=${f.verdict}`);
  }
  for (const o of doc.obligations) parts.push(`${obligationKey(o)}=${o.status}`);
  doc.candidates.forEach((c, i) => {
    parts.push(`c${i}=${c.verdict}`);
    for (const f of c.findings) parts.push(`c${i}:${f.citation}=${f.verdict}`);
  });
  return parts.join('|');
}

// ---------------------------------------------------------------------------
// Comparisons: what each comparison of each finding came out as
// ---------------------------------------------------------------------------

function leafOutcomes(
  regulation: Regulation,
  subject: Subject,
  facts: ReturnType<typeof computeFacts>,
  params: Readonly<Record<string, ParamValue>>,
): LeafOutcomes {
  return new CompiledFindingEvaluator(
    regulation.order[subject].map((f) => f.finding),
    params,
  ).run(facts);
}

interface Tally {
  /** By key: the citation, or for a condition an amendment changed, the citation and that condition. */
  findings: Map<string, FindingCoverage>;
  /** The condition (as JSON) each finding of `findings` is tallied for. */
  conditions: Map<string, string>;
  obligations: Map<string, ObligationCoverage>;
}

function tallyLeaves(
  tally: Tally,
  keys: ReadonlyMap<string, string>,
  regulation: Regulation,
  outcomes: LeafOutcomes,
  judged: ReadonlyMap<string, { verdict: Verdict; displacedBy?: string }>,
): void {
  for (const [citation, leaves] of outcomes) {
    const key = keys.get(citation);
    const cov = key === undefined ? undefined : tally.findings.get(key);
    const reg = regulation.findings.get(citation);
    const finding = judged.get(citation);
    if (!cov || !reg || !finding) continue;
    // A finding that was not applied (displaced, or not applicable to this village) exercised nothing.
    if (
      finding.verdict === 'not_applicable' &&
      (finding.displacedBy || reg.finding.kind !== 'classification')
    )
      continue;
    leaves.forEach((o, i) => {
      const c = cov.comparisons[i];
      if (c) c[o.verdict]++;
    });
  }
}

/**
 * Adds to the tally the findings and obligations of a text the scenarios are judged under (the base text, or
 * the text under a scenario's amendment): what it adds (an inserted article, a new huruf) is counted like the
 * rest, and a finding whose condition it changed is counted apart. Returns each citation's key in the tally.
 */
function addText(tally: Tally, regulation: Regulation): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { finding, article, subject } of regulation.findings.values()) {
    // a condition the amendment removed is not part of its text: nothing to pin
    if (finding.removed) continue;
    const condition = JSON.stringify(finding.when);
    const seen = tally.conditions.get(finding.citation);
    const key =
      seen === undefined || seen === condition ? finding.citation : `${finding.citation}\u0000${condition}`;
    keys.set(finding.citation, key);
    if (tally.findings.has(key)) continue;
    tally.conditions.set(key, condition);
    const comparisons: ComparisonCoverage[] = [];
    forEachComparison((finding as FindingDef).when, (leaf) => {
      comparisons.push({
        index: comparisons.length,
        text: { id: showComparison(leaf, 'id'), en: showComparison(leaf, 'en') },
        met: 0,
        not_met: 0,
        unknown: 0,
      });
    });
    tally.findings.set(key, {
      citation: finding.citation,
      article: article.article,
      subject,
      classification: finding.kind === 'classification',
      ...(key !== finding.citation ? { amendment: regulation.amendment?.title ?? '' } : {}),
      verdicts: zeroVerdicts(),
      comparisons,
    });
  }
  for (const article of regulation.articles) {
    for (const o of article.obligations ?? [])
      if (!tally.obligations.has(o.citation))
        tally.obligations.set(o.citation, {
          citation: o.citation,
          article: article.article,
          party: o.party,
          statuses: zeroStatuses(),
        });
  }
  return keys;
}

/** Options of {@link coverageOf}. */
export interface CoverageOptions {
  /** The text the scenarios run under (default: the shipped text); a scenario's own `amendment:` amends it. */
  regulation?: Regulation;
  /** Whether to find the parameters that matter (one evaluation per parameter, direction and scenario). */
  parameters?: boolean;
  /** Judge every scenario on this Tanggal Penilaian (YYYY-MM-DD, already checked) instead of its own `asOf`. */
  asOf?: string;
}

/**
 * The coverage of the scenarios under `dir`: for every finding of the regulation how often it was met, not met,
 * unknown and not applicable, and the same for each of its comparisons; for every obligation how often each
 * status was seen; and for every parameter the scenarios in which moving it by one step (either way) changes
 * some verdict — a parameter that matters in no scenario is not pinned by the scenarios.
 */
export async function coverageOf(dir: string, options: CoverageOptions = {}): Promise<CoverageReport> {
  const base = options.regulation ?? shippedRegulation;
  const loaded = (await loadScenarios(dir)).map((s) =>
    options.asOf ? { ...s, scenario: { ...s.scenario, asOf: options.asOf } } : s,
  );
  const tally: Tally = { findings: new Map(), conditions: new Map(), obligations: new Map() };
  const keysOf = memoizeOne((regulation: Regulation) => addText(tally, regulation));
  keysOf(base);
  let notInForce = 0;
  const runs: { file: string; scenario: Scenario; regulation: Regulation; signature: string }[] = [];
  for (const { file, scenario } of loaded) {
    const regulation = scenario.amendment
      ? await regulationUnder(await scenarioAmendmentPath(file, scenario.amendment, dir), base)
      : base;
    const doc = await evaluate(scenario.village, { asOf: scenario.asOf, regulation, engine: 'compiled' });
    runs.push({ file, scenario, regulation, signature: verdictSignature(doc) });
    const keys = keysOf(regulation);
    // a citation the text does not tally (a removed condition, a declarative article) is not looked up
    const findingCoverage = (citation: string) => {
      const key = keys.get(citation);
      return key === undefined ? undefined : tally.findings.get(key);
    };
    if (!doc.inForce) {
      notInForce++;
      continue;
    }
    const village = scenario.village as VillageRecord;
    const judged = new Map(doc.articles.flatMap((a) => a.findings.map((f) => [f.citation, f] as const)));
    for (const f of judged.values()) {
      const cov = findingCoverage(f.citation);
      if (cov) cov.verdicts[f.verdict]++;
    }
    for (const o of doc.obligations) {
      const cov =
        tally.obligations.get(o.citation) ??
        [...tally.obligations.values()].find((x) => o.citation.startsWith(`${x.citation} `));
      if (cov) cov.statuses[o.status]++;
    }
    const params = parametersOn(regulation, doc.asOf);
    const factCtx = factContext(regulation, params, doc.asOf, village.code, defaultCalendar);
    const facts = computeFacts<VillageRecord>(
      villageFacts as Record<string, FactDef<VillageRecord>>,
      village,
      factCtx,
    );
    tallyLeaves(tally, keys, regulation, leafOutcomes(regulation, 'village', facts, params), judged);
    (village.candidates ?? []).forEach((candidate, i) => {
      const verdict = doc.candidates[i];
      if (!verdict) return;
      const cj = new Map(verdict.findings.map((f) => [f.citation, f] as const));
      for (const f of verdict.findings) {
        const cov = findingCoverage(f.citation);
        if (cov) cov.verdicts[f.verdict]++;
      }
      const cf = computeFacts<Candidate>(
        candidateFacts as Record<string, FactDef<Candidate>>,
        candidate,
        factCtx,
      );
      tallyLeaves(tally, keys, regulation, leafOutcomes(regulation, 'candidate', cf, params), cj);
    });
  }
  const parameters: ParameterCoverage[] = [];
  if (options.parameters !== false) {
    for (const [name, def] of base.parameters) {
      const scenarios: string[] = [];
      for (const run of runs) {
        if (!run.regulation.parameters.has(name)) continue;
        for (const dir of [-1, 1] as const) {
          const doc = await evaluate(run.scenario.village, {
            asOf: run.scenario.asOf,
            regulation: nudgeParameter(run.regulation, name, dir),
            engine: 'compiled',
          });
          if (verdictSignature(doc) !== run.signature) {
            scenarios.push(run.file);
            break;
          }
        }
      }
      parameters.push({
        name,
        article: def.article,
        unit: def.unit,
        step: parameterStep(def).label,
        mattered: scenarios.length,
        scenarios,
      });
    }
  }
  const byArticle = <T extends { article: number | string }>(xs: Iterable<T>) =>
    [...xs].sort((a, b) => compareArticles(a.article, b.article));
  const byCitation = <T extends { citation: string }>(xs: Iterable<T>) =>
    [...xs].sort((a, b) => compareCitations(a.citation, b.citation));
  return {
    dir,
    ...(options.asOf ? { asOf: options.asOf } : {}),
    scenarios: loaded.length,
    notInForce,
    findings: byCitation(tally.findings.values()),
    obligations: byCitation(tally.obligations.values()),
    parameters: byArticle(parameters),
  };
}
