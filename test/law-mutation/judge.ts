// Judging a mutant of the law's data: the regulation built from the mutated articles as the shipped one is
// built, and the scenario files run under it by the scenario runner of `dme scenarios` and the fixture tests.
// A mutant is killed when some scenario's expectations fail under it (or it cannot even be built or run).

import type { ArticleNumber } from '../../src/define.js';
import { buildRegulation, type Regulation } from '../../src/regulation.js';
import { type Mismatch, runScenario } from '../../src/scenarios.js';
import type { Scenario } from '../../src/schema/index.js';
import { type LawMutant, type MutantKind, mutatedArticles } from './mutants.js';
import type { ProbeResult } from './probe.js';

/** A scenario file, read and validated. */
export interface LoadedScenario {
  file: string;
  scenario: Scenario;
}

/** What a mutant came to. */
export interface MutantResult {
  id: string;
  article: ArticleNumber;
  citation: string;
  kind: MutantKind;
  change: string;
  status: 'killed' | 'survived';
  /** The first scenario that failed under it, and how (the first expectation not met, or the error). */
  killedBy?: { file: string; reason: string };
  /**
   * The first scenario whose *outcome* failed under it: a verdict, status, obligation's status, candidate or entry
   * into force (not only a message or a value), or that could not run. Absent when only messages or values
   * noticed the change: the scenarios then state the figure but test no case on either side of it.
   */
  outcomeKilledBy?: { file: string; reason: string };
  /** How many scenarios ran (all of them unless an outcome failed). */
  scenariosRun: number;
  /** For a mutant no outcome noticed: what generated villages showed (`probe.ts`). */
  probe?: ProbeResult;
}

/** The sections of a scenario's `expect` that state an outcome rather than how it is explained. */
const OUTCOMES: ReadonlySet<string> = new Set(['inForce', 'status', 'findings', 'obligations', 'candidates']);

function showMismatch(m: Mismatch): string {
  const field = m.field ? ` ${m.field}` : '';
  return `${m.section} "${m.key}"${field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`;
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 3).join(' ');
}

/**
 * Runs the scenarios under the regulation with the mutant's change, the scenarios of the mutated article's own
 * fixtures folder first (they are the likeliest to fail), until one fails on an outcome (a message or value that
 * fails kills the mutant too, but the run goes on to see whether an outcome notices it).
 */
export async function judgeMutant(
  mutant: LawMutant,
  base: Regulation,
  scenarios: readonly LoadedScenario[],
  root: string,
): Promise<MutantResult> {
  type Kill = MutantResult['killedBy'];
  const result = (scenariosRun: number, killedBy: Kill, outcomeKilledBy: Kill): MutantResult => ({
    id: mutant.id,
    article: mutant.article,
    citation: mutant.citation,
    kind: mutant.kind,
    change: mutant.change,
    status: killedBy ? 'killed' : 'survived',
    ...(killedBy ? { killedBy } : {}),
    ...(outcomeKilledBy ? { outcomeKilledBy } : {}),
    scenariosRun,
  });
  let regulation: Regulation;
  try {
    regulation = buildRegulation(mutatedArticles(base.articles, mutant), {
      title: base.title,
      version: base.version,
      amendment: base.amendment,
    });
  } catch (e) {
    // the shipped text would not even load: every test fails
    const kill = { file: '(the regulation)', reason: errorText(e) };
    return result(0, kill, kill);
  }
  const own = base.articles.find((a) => a.article === mutant.article)?.fixtures;
  const rank = (s: LoadedScenario) => (own !== undefined && s.file.startsWith(`${own}/`) ? 0 : 1);
  const ordered = [...scenarios].sort((a, b) => rank(a) - rank(b));
  let run = 0;
  let first: Kill;
  for (const { file, scenario } of ordered) {
    run++;
    try {
      const { mismatches } = await runScenario(scenario, file, { regulation, root });
      const [m] = mismatches;
      if (m) first ??= { file, reason: showMismatch(m) };
      const outcome = mismatches.find((x) => OUTCOMES.has(x.section));
      if (outcome) return result(run, first, { file, reason: showMismatch(outcome) });
    } catch (e) {
      const kill = { file, reason: errorText(e) };
      return result(run, first ?? kill, kill);
    }
  }
  return result(run, first, undefined);
}
