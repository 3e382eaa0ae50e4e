// The pipeline: a village record and a Tanggal Penilaian in, the verdict document out. Its parts live in
// src/evaluate/ (engines, facts, judging, article assembly, status, candidates).

import { villageFacts } from '../rules/facts.js';
import { villageKindOf } from '../rules/pasal-01/facts.js';
import { type Amendment, applyAmendment } from './amendment/index.js';
import { type Calendar, defaultCalendar } from './calendar/index.js';
import { compareArticles } from './citation.js';
import type { ObligationContext } from './define.js';
import { InputError, inputIssue } from './errors.js';
import { candidateArticles, villageArticles } from './evaluate/articles.js';
import { judgeCandidates } from './evaluate/candidates.js';
import { type EngineKind, enginesFor, paramsOn } from './evaluate/engines.js';
import { computeFacts, factContext, factsRead } from './evaluate/facts.js';
import { judgeFindings } from './evaluate/judge.js';
import { inForceDate, statusOf } from './evaluate/status.js';
import { collectDisplacements } from './exceptions.js';
import type { FactDef } from './facts/index.js';
import { paramOnFor, paramsInForce } from './obligations/params.js';
import { inTextOf, type Regulation } from './regulation.js';
import { shippedRegulation } from './rules.js';
import { DATE_PATTERN, dateString, yearProblem } from './schema/date.js';
import { parseVillage, type VillageRecord } from './schema/index.js';
import { maskRecordText } from './schema/personal.js';
import type { DateString } from './types.js';
import type { Finding, VerdictDocument } from './verdict.js';

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
  /**
   * Explain every finding (default true). A caller that reads only verdicts (a batch summary) passes false:
   * findings then carry empty messages and values, and everything else is as with explanations.
   */
  explain?: boolean;
}

/** Today's date in Indonesia's western zone (the default Tanggal Penilaian). */
export function today(): DateString {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Validates a Tanggal Penilaian (`asOf`), or throws an `InputError` naming `asOf`. */
export function parseAsOf(asOf: unknown): DateString {
  const r = dateString.safeParse(asOf);
  if (!r.success) {
    const year = typeof asOf === 'string' ? DATE_PATTERN.exec(asOf)?.[1] : undefined;
    const outside = year === undefined ? null : yearProblem(Number(year));
    throw new InputError([
      inputIssue('asOf', {
        id: `Tanggal Penilaian harus tanggal YYYY-MM-DD yang sah${outside ? `: ${outside.id}` : ''}`,
        en: `the assessment date must be a valid date YYYY-MM-DD${outside ? `: ${outside.en}` : ''}`,
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
  const text = textAndDate(options);
  return judgeVillage(parseVillage(record), text, options);
}

/**
 * `evaluate` of a record already validated (`parseVillage`): a caller that judges one record under two
 * texts (`dme compare` on batch data) validates it once.
 */
export async function evaluateRecord(
  village: VillageRecord,
  options: EvaluateOptions = {},
): Promise<VerdictDocument> {
  return judgeVillage(village, textAndDate(options), options);
}

interface TextAndDate {
  regulation: Regulation;
  calendar: Calendar;
  asOf: DateString;
}

/** The regulation (under any amendment), the calendar and the Tanggal Penilaian of an evaluation. */
function textAndDate(options: EvaluateOptions): TextAndDate {
  const base = options.regulation ?? shippedRegulation;
  const regulation = options.amendment ? applyAmendment(options.amendment, base) : base;
  const calendar = options.calendar ?? defaultCalendar;
  return { regulation, calendar, asOf: parseAsOf(options.asOf ?? today()) };
}

async function judgeVillage(
  record: VillageRecord,
  { regulation, calendar, asOf }: TextAndDate,
  options: EvaluateOptions,
): Promise<VerdictDocument> {
  // an NIK typed into a name or title is masked before any of it reaches the verdict
  const village = maskRecordText(record);
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
  const inForceFrom = inForceDate(regulation, params);
  if (inForceFrom !== null && asOf < inForceFrom) {
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
  const explain = options.explain ?? true;
  const factCtx = factContext(regulation, params, asOf, village.code, calendar);
  const windowStart = factCtx.windowStart;
  // every finding as judged before any exception displaced it: filled by judgeFindings, read by obligations
  const underlying = new Map<string, Finding>();
  const ctx: ObligationContext = {
    record: village,
    asOf,
    params,
    calendar,
    paramInForce: paramsInForce(regulation, asOf),
    paramOn: paramOnFor(regulation, 'paramOn'),
    inText: inTextOf(regulation),
    findings: underlying,
    explain,
  };
  const displaced = collectDisplacements(regulation, ctx);
  const engines = enginesFor(regulation, params, options.engine);

  const facts = computeFacts<VillageRecord>(
    villageFacts as Record<string, FactDef<VillageRecord>>,
    village,
    factCtx,
    // without explanations, only the facts the conditions compare
    explain ? undefined : factsRead(regulation, 'village'),
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
    explain,
  });
  const { articles, obligations } = villageArticles(regulation, findings, ctx, displaced);
  const status = statusOf(regulation, findings, ctx);
  const candidates = await judgeCandidates(regulation, village, engines, factCtx, displaced, explain);
  articles.push(...candidateArticles(regulation, candidates));
  articles.sort((a, b) => compareArticles(a.article, b.article));
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

export type { EngineKind };
