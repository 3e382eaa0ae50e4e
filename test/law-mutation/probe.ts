// A survivor of the law-mutation check either cannot change any outcome (equivalent) or no scenario has the case
// that shows it. The probe looks for that case: generated villages (test/properties/arbitraries.ts) judged on
// generated dates under the shipped text and under the mutant, the verdicts compared. A village they disagree on
// (shrunk by fast-check to a small one) is a scenario to write; none in many runs is evidence, not proof, that the
// mutant is equivalent — docs/mutation.md gives the reason for each one listed so.

import fc from 'fast-check';
import { verdictSignature } from '../../src/coverage.js';
import { evaluate } from '../../src/evaluate.js';
import { buildRegulation, type Regulation } from '../../src/regulation.js';
import { villageRecord } from '../properties/arbitraries.js';
import { type LawMutant, mutatedArticles } from './mutants.js';

/** What the probe found: a village (and date) the mutant judges otherwise, or nothing in `runs` tries. */
export interface ProbeResult {
  runs: number;
  seed: number;
  /** The first village (shrunk) whose verdicts differ, with its Tanggal Penilaian. */
  counterexample?: { asOf: string; village: unknown };
}

/** Tanggal Penilaian from just before the regulation is in force to the years of its obligations. */
const assessmentDate = fc
  .date({ min: new Date('2025-12-01'), max: new Date('2029-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Verdicts, statuses, obligation statuses and candidates' verdicts (no messages) of a village on a date. */
async function verdicts(village: unknown, asOf: string, regulation: Regulation): Promise<string> {
  try {
    const doc = await evaluate(village, { asOf, regulation, engine: 'compiled', explain: false });
    return verdictSignature(doc);
  } catch (e) {
    // a record the schema refuses is refused under either text alike
    return `refused: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Looks for a village whose verdicts differ under the mutant (`runs` generated villages, from `seed`). */
export async function probeMutant(
  mutant: LawMutant,
  base: Regulation,
  options: { runs: number; seed: number },
): Promise<ProbeResult> {
  const mutated = buildRegulation(mutatedArticles(base.articles, mutant), {
    title: base.title,
    version: base.version,
    amendment: base.amendment,
  });
  const details = await fc.check(
    fc.asyncProperty(villageRecord, assessmentDate, async (village, asOf) => {
      return (await verdicts(village, asOf, base)) === (await verdicts(village, asOf, mutated));
    }),
    { numRuns: options.runs, seed: options.seed },
  );
  const found = details.counterexample;
  return {
    runs: details.numRuns,
    seed: options.seed,
    ...(details.failed && found ? { counterexample: { village: found[0], asOf: found[1] } } : {}),
  };
}
