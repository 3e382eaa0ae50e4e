// A survivor of the law-mutation check either cannot change any outcome (equivalent) or no scenario has the case
// that shows it. The probe looks for that case: generated villages (test/properties/arbitraries.ts) judged on
// generated dates under the shipped text and under the mutant — and under each shipped amendment applied to
// either, where two parameters equal in the shipped text differ —, the verdicts compared. A village they disagree
// on (shrunk by fast-check to a small one) is a scenario to write; none in many runs is evidence, not proof, that
// the mutant is equivalent — docs/mutation.md gives the reason for each one listed so.

import fc from 'fast-check';
import { type Amendment, applyAmendment } from '../../src/amendment/index.js';
import { verdictSignature } from '../../src/coverage.js';
import { maskedJson } from '../../src/errors.js';
import { evaluate } from '../../src/evaluate.js';
import { buildRegulation, type Regulation } from '../../src/regulation.js';
import { villageRecord } from '../properties/arbitraries.js';
import { type LawMutant, mutatedArticles } from './mutants.js';

/** What the probe found: a village (and date) the mutant judges otherwise, or nothing in `runs` tries. */
export interface ProbeResult {
  runs: number;
  seed: number;
  /**
   * The first village (shrunk) whose verdicts differ, with its Tanggal Penilaian and the amendment (its title)
   * both texts were under, if any.
   */
  counterexample?: { asOf: string; village: unknown; amendment?: string };
}

/** Two texts to compare: the shipped one and the mutant, each under the same amendment or none. */
interface TextPair {
  amendment?: string;
  base: Regulation;
  mutated: Regulation;
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

/**
 * The pairs of texts to compare: as shipped, and under each amendment of `amendments` that applies to both
 * (one the mutant makes inconsistent is left out: scenarios under it would fail anyway).
 */
function textPairs(base: Regulation, mutated: Regulation, amendments: readonly Amendment[]): TextPair[] {
  const pairs: TextPair[] = [{ base, mutated }];
  for (const a of amendments) {
    try {
      pairs.push({ amendment: a.title, base: applyAmendment(a, base), mutated: applyAmendment(a, mutated) });
    } catch {
      // refused under the mutant: not a pair to compare
    }
  }
  return pairs;
}

/**
 * Looks for a village whose verdicts differ under the mutant (`runs` generated villages, from `seed`), as shipped
 * and under each of `amendments`.
 */
export async function probeMutant(
  mutant: LawMutant,
  base: Regulation,
  options: { runs: number; seed: number; amendments?: readonly Amendment[] },
): Promise<ProbeResult> {
  const mutated = buildRegulation(mutatedArticles(base.articles, mutant), {
    title: base.title,
    version: base.version,
    amendment: base.amendment,
  });
  const pairs = textPairs(base, mutated, options.amendments ?? []);
  const details = await fc.check(
    fc.asyncProperty(
      villageRecord,
      assessmentDate,
      fc.constantFrom(...pairs),
      async (village, asOf, pair) => {
        return (await verdicts(village, asOf, pair.base)) === (await verdicts(village, asOf, pair.mutated));
      },
    ),
    { numRuns: options.runs, seed: options.seed },
  );
  const found = details.counterexample;
  if (!details.failed || !found) return { runs: details.numRuns, seed: options.seed };
  const [village, asOf, pair] = found;
  return {
    runs: details.numRuns,
    seed: options.seed,
    // masked like every text the package shows: a generated NIK (or any run of 7 digits) is never printed whole
    counterexample: {
      village: JSON.parse(maskedJson(village)) as unknown,
      asOf,
      ...(pair.amendment !== undefined ? { amendment: pair.amendment } : {}),
    },
  };
}
