// Judging Calon PMI under the candidate articles (Pasal 9).

import { candidateFacts } from '../../rules/facts.js';
import type { LeafEvaluator } from '../engine/compiled.js';
import type { ComputedFacts } from '../engine/engine.js';
import { maskNik } from '../errors.js';
import type { Displacement } from '../exceptions.js';
import { type FactContext, type FactDef, Missing } from '../facts/index.js';
import { memoize } from '../memo.js';
import type { Regulation } from '../regulation.js';
import type { Candidate, VillageRecord } from '../schema/index.js';
import type { CandidateVerdict } from '../verdict.js';
import { type EngineKind, type Engines, enginesFor } from './engines.js';
import { computeFacts } from './facts.js';
import { combineVerdicts, judgeFindings } from './judge.js';

export async function judgeCandidates(
  regulation: Regulation,
  village: VillageRecord,
  engines: Engines,
  factCtx: FactContext,
  displaced: readonly Displacement[],
  explain = true,
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
        explain,
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
  /** Explain each finding (default true). */
  explain?: boolean;
}

/**
 * Judges one Calon PMI under the candidate articles (Pasal 9): the one code path of the verdict document's
 * `candidates` section and of `verifyCandidate`. The NIK is masked; the outstanding requirements come from
 * each article's `outstanding` hook.
 */
export function judgeCandidate(args: JudgeCandidateArgs): Promise<CandidateVerdict> {
  return judgeCandidateWith(enginesFor(args.regulation, args.factCtx.params, args.engine).candidate, args);
}

/** The candidate articles that list outstanding requirements (once per regulation). */
const outstandingHooks = memoize((regulation: Regulation, subject: 'candidate') =>
  regulation.articles.filter((a) => a.subject === subject && a.outstanding !== undefined),
);

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
    explain: args.explain ?? true,
  });
  const list = [...findings.values()];
  const outstanding = outstandingHooks(regulation, 'candidate').flatMap(
    (a) => a.outstanding?.(candidate) ?? [],
  );
  return {
    name: candidate.name,
    nik: candidate.nik === undefined ? null : maskNik(candidate.nik),
    verdict: combineVerdicts(list.map((f) => f.verdict)),
    findings: list,
    outstanding,
  };
}
