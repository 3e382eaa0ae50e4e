// The report of a run of the law-mutation check: per article, the mutants, how many the scenarios killed,
// the survivors (each with its citation and change) and the score.

import { compareArticles } from '../../src/citation.js';
import type { ArticleNumber } from '../../src/define.js';
import type { MutantResult } from './judge.js';

export interface ArticleScore {
  article: ArticleNumber;
  mutants: number;
  killed: number;
  survived: number;
  /** killed / mutants, in percent with one decimal (100 for an article without mutants). */
  score: number;
  /** Killed by a scenario's outcome (a verdict, status, obligation, candidate), not only by a message or value. */
  outcome: number;
  /** outcome / mutants, in percent with one decimal. */
  outcomeScore: number;
}

export interface LawMutationReport {
  /** When the run ended (ISO). */
  date: string;
  scenarios: number;
  seconds: number;
  total: ArticleScore;
  articles: ArticleScore[];
  survivors: MutantResult[];
  /** Killed only because a message or value quotes the changed figure: no scenario's outcome turns on it. */
  messageOnly: MutantResult[];
  mutants: MutantResult[];
}

const percent = (killed: number, all: number) => (all === 0 ? 100 : Math.round((killed / all) * 1000) / 10);

function scoreOf(article: ArticleNumber, results: readonly MutantResult[]): ArticleScore {
  const killed = results.filter((r) => r.status === 'killed').length;
  const outcome = results.filter((r) => r.outcomeKilledBy !== undefined).length;
  return {
    article,
    mutants: results.length,
    killed,
    survived: results.length - killed,
    score: percent(killed, results.length),
    outcome,
    outcomeScore: percent(outcome, results.length),
  };
}

export function lawMutationReport(
  results: readonly MutantResult[],
  run: { scenarios: number; seconds: number },
): LawMutationReport {
  const articles = [...new Set(results.map((r) => r.article))].sort(compareArticles);
  return {
    date: new Date().toISOString(),
    scenarios: run.scenarios,
    seconds: run.seconds,
    total: scoreOf('all', results),
    articles: articles.map((a) =>
      scoreOf(
        a,
        results.filter((r) => r.article === a),
      ),
    ),
    survivors: results.filter((r) => r.status === 'survived'),
    messageOnly: results.filter((r) => r.status === 'killed' && r.outcomeKilledBy === undefined),
    mutants: [...results],
  };
}

/** What the probe of generated villages found, as a suffix. */
function probed(r: MutantResult): string {
  if (!r.probe) return '';
  const c = r.probe.counterexample;
  if (!c) return `\n      no generated village tells it apart (${r.probe.runs} tried, seed ${r.probe.seed})`;
  const under = c.amendment !== undefined ? `, under the amendment "${c.amendment}"` : '';
  return `\n      A GENERATED VILLAGE TELLS IT APART (on ${c.asOf}${under}): ${JSON.stringify(c.village)}`;
}

/** The report as the terminal shows it: a table per article, then every survivor. */
export function formatLawMutationReport(report: LawMutationReport): string {
  const rows = [...report.articles, report.total].map((s) => [
    typeof s.article === 'number' ? `Pasal ${s.article}` : s.article,
    String(s.mutants),
    String(s.killed),
    String(s.survived),
    `${s.score.toFixed(1)}%`,
    String(s.outcome),
    `${s.outcomeScore.toFixed(1)}%`,
  ]);
  const head = ['article', 'mutants', 'killed', 'survived', 'score', 'by outcome', 'outcome score'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const out = [line(head), ...rows.map(line)];
  if (report.survivors.length > 0) {
    out.push('', `Survived (${report.survivors.length}):`);
    for (const s of report.survivors) out.push(`  ${s.citation}: ${s.change}${probed(s)}`);
  }
  if (report.messageOnly.length > 0) {
    out.push('', `Killed only by a message or value, no outcome (${report.messageOnly.length}):`);
    for (const s of report.messageOnly)
      out.push(`  ${s.citation}: ${s.change}  [${s.killedBy?.file}]${probed(s)}`);
  }
  out.push(
    '',
    `${report.total.mutants} mutants of the law's data, ${report.scenarios} scenarios, ${report.seconds.toFixed(1)} s.`,
  );
  return out.join('\n');
}
