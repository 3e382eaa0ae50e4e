import { type Amendment, applyAmendment } from './amendment/index.js';
import { type Calendar, defaultCalendar } from './calendar/index.js';
import { minusMonths } from './dates.js';
import type { ArticleDef, ObligationContext, Provision, RuleContext, Subject } from './define.js';
import { CompiledFindingEvaluator, type LeafEvaluator } from './engine/compiled.js';
import { type ComputedFacts, FindingEngine, type LeafOutcomes } from './engine/engine.js';
import { evaluateKleene, type KleeneInputs, type Outcome } from './engine/kleene.js';
import { InputError, inputIssue, maskNik } from './errors.js';
import {
  collectDisplacements,
  type Displacement,
  displacedFinding,
  displaceObligations,
  findingDisplacement,
} from './exceptions.js';
import { bilingual, list } from './explain/format.js';
import {
  candidateFacts,
  type FactContext,
  type FactDef,
  type FactValue,
  Missing,
  villageFacts,
  villageKindOf,
} from './facts/index.js';
import { memoize } from './memo.js';
import { paramsInForce } from './obligations/params.js';
import type { ParamValue } from './parameters.js';
import { citationWithin, parametersOn, type Regulation } from './regulation.js';
import { shippedRegulation } from './rules.js';
import { dateString } from './schema/date.js';
import { type Candidate, parseVillage, type VillageRecord } from './schema/index.js';
import { designationStatus, evaluationResultOf, revocationRecommended } from './status.js';
import type { Bilingual, DateString, Provenance, Verdict } from './types.js';
import type {
  ArticleVerdict,
  CandidateVerdict,
  Finding,
  Obligation,
  VerdictDocument,
  VerdictStatus,
} from './verdict.js';

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** The Tanggal Penilaian (default: today). */
  asOf?: DateString;
  /** The regulation to apply: the shipped text (default) or the text under an amendment (`applyAmendment`). */
  regulation?: Regulation;
  /**
   * An amendment to apply to `regulation` (or to the shipped text): from `loadAmendment`, or an object in the
   * amendment file format (`interface.md`: `evaluate(record, { asOf, amendment })`).
   */
  amendment?: Amendment | Record<string, unknown>;
  /** The working-day calendar (default: the shipped 2025–2026 calendar). */
  calendar?: Calendar;
  /**
   * What evaluates the comparisons: json-rules-engine (default, the reference semantics), or `compiled`
   * closures that reproduce its operators synchronously, ~10× faster, with byte-identical verdicts (batch runs).
   */
  engine?: EngineKind;
}

/** The evaluators of comparisons: json-rules-engine itself, or closures compiled from its condition JSON. */
export type EngineKind = 'json-rules-engine' | 'compiled';

/** Today's date in Indonesia's western zone (the default Tanggal Penilaian). */
export function today(): DateString {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

interface Engines {
  village: LeafEvaluator;
  candidate: LeafEvaluator;
}
const engineCache = new WeakMap<Regulation, Map<string, Engines>>();
/** Engines by the very parameter object (from `paramsOn`), so that a batch skips hashing the parameters. */
const enginesByParams = new WeakMap<object, Partial<Record<EngineKind, Engines>>>();
/** `parametersOn`, computed once per regulation and date (a batch judges every village on one date). */
const paramsOn = memoize(parametersOn, 64);

/** The engines for a regulation with these parameter values (built once, reused: building costs more than a run). */
function enginesFor(
  regulation: Regulation,
  params: Readonly<Record<string, ParamValue>>,
  kind: EngineKind = 'json-rules-engine',
): Engines {
  const known = enginesByParams.get(params)?.[kind];
  if (known) return known;
  let byParams = engineCache.get(regulation);
  if (!byParams) {
    byParams = new Map();
    engineCache.set(regulation, byParams);
  }
  const key = `${kind} ${JSON.stringify(params)}`;
  let engines = byParams.get(key);
  if (!engines) {
    const Evaluator = kind === 'compiled' ? CompiledFindingEvaluator : FindingEngine;
    engines = {
      village: new Evaluator(
        regulation.order.village.map((f) => f.finding),
        params,
      ),
      candidate: new Evaluator(
        regulation.order.candidate.map((f) => f.finding),
        params,
      ),
    };
    byParams.set(key, engines);
  }
  enginesByParams.set(params, { ...enginesByParams.get(params), [kind]: engines });
  return engines;
}

/** Computes every fact of a subject: values for the engine, and why the others are unknown. */
export function computeFacts<I>(defs: Record<string, FactDef<I>>, input: I, ctx: FactContext): ComputedFacts {
  const { template, list } = factPlan(defs);
  const values = { ...template };
  const missing = new Map<string, Missing>();
  for (let i = 0; i < list.length; i++) {
    const [name, def] = list[i] as [string, FactDef<I>];
    const v = def.compute(input, ctx);
    if (v instanceof Missing) {
      missing.set(name, v);
      // no value: the key stays (for the shape) but holds undefined, as an absent fact reads
      values[name] = undefined as unknown as FactValue;
    } else values[name] = v;
  }
  return { values, missing };
}

interface FactPlan<I> {
  /** An object with every fact's key, in the order of the definitions. */
  template: Record<string, FactValue>;
  list: [string, FactDef<I>][];
}

const factPlans = new WeakMap<object, FactPlan<never>>();

/**
 * The facts to compute, in order, and the object they fill: copied from one template, every village's facts
 * share one shape (one hidden class), which keeps reading them fast.
 */
function factPlan<I>(defs: Record<string, FactDef<I>>): FactPlan<I> {
  let plan = factPlans.get(defs) as FactPlan<I> | undefined;
  if (!plan) {
    const template: Record<string, FactValue> = {};
    for (const name in defs) template[name] = null;
    plan = { template, list: Object.entries(defs) };
    factPlans.set(defs, plan as FactPlan<never>);
  }
  return plan;
}

/** The provenance of a citation: that of the most precise provision containing it (looked up once). */
const provenanceOf = memoize(findProvenance);

function findProvenance(article: ArticleDef, citation: string): Provenance {
  let best: Provision | undefined;
  for (const p of article.provisions) {
    if (citationWithin(citation, p.citation) && (!best || p.citation.length > best.citation.length)) best = p;
  }
  return best?.provenance ?? 'ASM';
}

function unknownMessage(label: Bilingual, outcome: Outcome): Bilingual {
  if (outcome.reasons.length > 0 && outcome.missing.length === 0) {
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

interface JudgeArgs<I> {
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
}

/**
 * The findings of an evaluation order that lie within a citation (a finding, an ayat, an article), in
 * that order: what a reference to it combines (computed once per order and citation).
 */
const findingsWithin = memoize(
  (order: readonly { finding: { citation: string } }[], citation: string): readonly string[] =>
    order.map((o) => o.finding.citation).filter((c) => citationWithin(c, citation)),
);

const NO_LEAF = (): Outcome => ({ verdict: 'unknown', missing: [], reasons: [] });

/** Judges every finding of a subject in order, in three-valued logic, and explains each. */
function judgeFindings<I>(args: JudgeArgs<I>): Map<string, Finding> {
  const { regulation, subject, outcomes, facts, params } = args;
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
    param: (ref) => Number(params[ref.param]),
  };
  for (const { finding, article } of order) {
    const provenance = provenanceOf(article, finding.citation);
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
        message: unknownMessage(finding.label, outcome),
        values: {},
        provenance,
        missing: outcome.missing,
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
      paramInForce: inForce,
    });
    const verdict: Verdict =
      finding.kind === 'classification' && outcome.verdict === 'not_met' ? 'not_applicable' : outcome.verdict;
    settle({
      citation: finding.citation,
      verdict,
      message: explanation.message,
      values: explanation.values ?? {},
      provenance,
    });
  }
  return judged;
}

/** Validates a Tanggal Penilaian (`asOf`), or throws an `InputError` naming `asOf`. */
export function parseAsOf(asOf: unknown): DateString {
  const r = dateString.safeParse(asOf);
  if (!r.success) {
    throw new InputError([
      inputIssue('asOf', {
        id: 'Tanggal Penilaian harus tanggal YYYY-MM-DD yang sah',
        en: 'the assessment date must be a valid date YYYY-MM-DD',
      }),
    ]);
  }
  return r.data;
}

/**
 * Judges one village record on a Tanggal Penilaian and returns the verdict document, every finding
 * explained and cited. Invalid input rejects with an `InputError` listing every problem as `{ path, message }`.
 */
export async function evaluate(record: unknown, options: EvaluateOptions = {}): Promise<VerdictDocument> {
  const base = options.regulation ?? shippedRegulation;
  const regulation = options.amendment ? applyAmendment(options.amendment, base) : base;
  const calendar = options.calendar ?? defaultCalendar;
  const asOf = parseAsOf(options.asOf ?? today());
  const village = parseVillage(record);
  const kind = villageKindOf(village.code);
  if (kind === 'tidak-dikenal') {
    throw new InputError([
      inputIssue('code', {
        id: 'bagian 4 digit kode desa harus diawali 1 (kelurahan), 2 (desa) atau 3 (desa adat)',
        en: 'the 4-digit part of the village code must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)',
      }),
    ]);
  }
  const params = paramsOn(regulation, asOf);
  const regulationInfo = {
    title: regulation.title,
    version: regulation.version,
    amendment: regulation.amendment?.title ?? null,
  };
  const villageInfo = { code: village.code, name: village.name, kind };
  if (asOf < String(params.effectiveDate)) {
    return {
      regulation: regulationInfo,
      asOf,
      inForce: false,
      village: villageInfo,
      status: {
        eligibility: 'not_applicable',
        pocket: null,
        designation: 'not_designated',
        evaluationResult: null,
        revocationRecommended: false,
      },
      articles: [],
      obligations: [],
      candidates: [],
    };
  }
  const windowStart = minusMonths(asOf, 12);
  const factCtx: FactContext = { asOf, villageCode: village.code, windowStart, params, calendar };
  // every finding as judged before any exception displaced it: filled by judgeFindings, read by obligations
  const underlying = new Map<string, Finding>();
  const ctx: ObligationContext = {
    record: village,
    asOf,
    params,
    calendar,
    paramInForce: paramsInForce(regulation, asOf),
    findings: underlying,
  };
  const displaced = collectDisplacements(regulation, ctx);
  const engines = enginesFor(regulation, params, options.engine);

  const facts = computeFacts<VillageRecord>(
    villageFacts as Record<string, FactDef<VillageRecord>>,
    village,
    factCtx,
  );
  const outcomes = await engines.village.run(facts);
  const findings = judgeFindings({
    regulation,
    subject: 'village',
    input: village,
    outcomes,
    facts,
    params,
    asOf,
    windowStart,
    displaced,
    rule: ctx,
    underlying,
  });

  const obligations: Obligation[] = [];
  const articles: ArticleVerdict[] = [];
  for (const article of regulation.articles) {
    if ((article.subject ?? 'village') !== 'village') continue;
    const own = (article.findings ?? []).map((f) => findings.get(f.citation) as Finding);
    const { kept: duties, notes } = displaceObligations(
      article,
      (article.obligations ?? []).flatMap((o) => o.compute(ctx)),
      displaced,
      asOf,
      provenanceOf,
    );
    obligations.push(...duties);
    if (
      own.length === 0 &&
      duties.length === 0 &&
      (article.findings ?? []).length + (article.obligations ?? []).length === 0
    ) {
      articles.push({
        article: article.article,
        title: article.title,
        verdict: 'not_applicable',
        findings: [declarativeFinding(article)],
      });
      continue;
    }
    const dutyVerdicts: Verdict[] = duties.map((d) =>
      d.status === 'late' || d.status === 'overdue'
        ? 'not_met'
        : d.status === 'met'
          ? 'met'
          : d.status === 'unknown'
            ? 'unknown'
            : 'not_applicable',
    );
    articles.push({
      article: article.article,
      title: article.title,
      verdict: combineVerdicts([...own.map((f) => f.verdict), ...dutyVerdicts]),
      findings: [...own, ...notes],
    });
  }
  obligations.sort(
    (a, b) => collator.compare(a.due ?? '9999', b.due ?? '9999') || collator.compare(a.citation, b.citation),
  );

  const status = statusOf(village, findings, asOf, params);
  const candidates = await judgeCandidates(regulation, village, engines, factCtx, displaced);
  const candidateArticles = regulation.articles.filter((a) => a.subject === 'candidate');
  for (const article of candidateArticles) {
    const verdicts = candidates.map((c) => c.verdict);
    articles.push({
      article: article.article,
      title: article.title,
      verdict: verdicts.length === 0 ? 'not_applicable' : combineVerdicts(verdicts),
      findings: [],
    });
  }
  articles.sort((a, b) => a.article - b.article);
  return {
    regulation: regulationInfo,
    asOf,
    inForce: true,
    village: villageInfo,
    status,
    articles,
    obligations,
    candidates,
  };
}

function declarativeFinding(article: ArticleDef): Finding {
  const reason = article.provisions.find((p) => p.declarative)?.declarative ?? {
    id: 'Ketentuan deklaratif; tidak ada yang dinilai.',
    en: 'Declarative provision; nothing to evaluate.',
  };
  return {
    citation: `Pasal ${article.article}`,
    verdict: 'not_applicable',
    message: reason,
    values: {},
    provenance: provenanceOf(article, `Pasal ${article.article}`),
  };
}

/** `String.prototype.localeCompare`'s order (the default locale), without building a collator per call. */
const collator = new Intl.Collator();

const ELIGIBILITY_CITATIONS = ['Pasal 3 ayat (1)', 'Pasal 4 ayat (5)'];

function statusOf(
  village: VillageRecord,
  findings: ReadonlyMap<string, Finding>,
  asOf: DateString,
  params: Readonly<Record<string, ParamValue>>,
): VerdictStatus {
  const within = (prefix: string) => [...findings.values()].filter((f) => citationWithin(f.citation, prefix));
  const eligibilityParts = ELIGIBILITY_CITATIONS.flatMap(within).map((f) => f.verdict);
  const eligibility = combineVerdicts(eligibilityParts.map((v) => (v === 'not_applicable' ? 'met' : v)));
  const pocketFinding = findings.get('Pasal 3 ayat (2)');
  const pocket =
    !pocketFinding || pocketFinding.verdict === 'unknown' ? null : pocketFinding.verdict === 'met';
  const designation = designationStatus(village, asOf, params);
  // Pasal 12 ayat (2) and Pasal 13 ayat (2): see src/status.ts for what they are when they cannot be told.
  const evaluationResult = evaluationResultOf((c) => findings.get(c)?.verdict);
  return {
    eligibility,
    pocket,
    designation,
    evaluationResult,
    revocationRecommended: revocationRecommended(village, asOf, params),
  };
}

async function judgeCandidates(
  regulation: Regulation,
  village: VillageRecord,
  engines: Engines,
  factCtx: FactContext,
  displaced: readonly Displacement[],
): Promise<CandidateVerdict[]> {
  const out: CandidateVerdict[] = [];
  const list = village.candidates ?? [];
  for (let i = 0; i < list.length; i++) {
    const candidate = list[i] as Candidate;
    out.push(
      await judgeCandidateWith(engines.candidate, {
        regulation,
        candidate,
        factCtx,
        displaced,
        pathPrefix: `candidates[${i}].`,
      }),
    );
  }
  return out;
}

/** What `judgeCandidate` needs: the regulation, the (validated) Calon PMI and the fact context. */
export interface JudgeCandidateArgs {
  regulation: Regulation;
  candidate: Candidate;
  /** The Tanggal Penilaian, the verifying village's code (`''` when not known), parameters and calendar. */
  factCtx: FactContext;
  /** Exceptions that apply (from the village record; none for a candidate judged alone). */
  displaced?: readonly Displacement[];
  /** Put before every missing path: `candidates[2].` in a verdict document, nothing for `verifyCandidate`. */
  pathPrefix?: string;
  engine?: EngineKind;
}

/**
 * Judges one Calon PMI under the candidate articles (Pasal 9): the one code path of the verdict document's
 * `candidates` section and of `verifyCandidate`. The NIK is masked; the outstanding requirements come from
 * each article's `outstanding` hook.
 */
export function judgeCandidate(args: JudgeCandidateArgs): Promise<CandidateVerdict> {
  return judgeCandidateWith(enginesFor(args.regulation, args.factCtx.params, args.engine).candidate, args);
}

async function judgeCandidateWith(
  evaluator: LeafEvaluator,
  args: JudgeCandidateArgs,
): Promise<CandidateVerdict> {
  const { regulation, candidate, factCtx, pathPrefix = '' } = args;
  const computed = computeFacts<Candidate>(
    candidateFacts as Record<string, FactDef<Candidate>>,
    candidate,
    factCtx,
  );
  const facts: ComputedFacts =
    pathPrefix === ''
      ? computed
      : {
          values: computed.values,
          missing: new Map(
            [...computed.missing].map(([name, m]) => [
              name,
              new Missing(
                m.paths.map((p) => `${pathPrefix}${p}`),
                m.reason,
              ),
            ]),
          ),
        };
  const outcomes = await evaluator.run(facts);
  const findings = judgeFindings({
    regulation,
    subject: 'candidate',
    input: candidate,
    outcomes,
    facts,
    params: factCtx.params,
    asOf: factCtx.asOf,
    windowStart: factCtx.windowStart,
    displaced: args.displaced ?? [],
  });
  const list = [...findings.values()];
  const outstanding = regulation.articles
    .filter((a) => a.subject === 'candidate')
    .flatMap((a) => a.outstanding?.(candidate) ?? []);
  return {
    name: candidate.name,
    nik: candidate.nik === undefined ? null : maskNik(candidate.nik),
    verdict: combineVerdicts(list.map((f) => f.verdict)),
    findings: list,
    outstanding,
  };
}
