// `npm run mutate:law`: the static mutants of the rule modules — every `when` condition, parameter value,
// `decides` entry and exception's `displaces` of the shipped regulation changed one step at a time — each judged
// by every shipped scenario, in this process (docs/mutation.md, "The law's data: static mutants").
//
//   npm run mutate:law                      every article
//   npm run mutate:law -- --article 7       one article (repeat for more)
//   npm run mutate:law -- --out FILE        the JSON report elsewhere (default reports/law-mutation.json)
//   npm run mutate:law -- --list            list the mutants without judging them
//   npm run mutate:law -- --probe-runs N    generated villages tried on each mutant no outcome noticed (default
//                                           2000; 0: none), from --seed S
//
// Exits 1 if the shipped scenarios do not all pass under the shipped text (the check would mean nothing);
// survivors do not fail it: they are listed, and docs/mutation.md says why each one left cannot change an outcome.

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAmendment } from '../src/amendment/index.js';
import { shippedRegulation } from '../src/rules.js';
import { loadScenarios, runScenario } from '../src/scenarios.js';
import { judgeMutant, type MutantResult } from './law-mutation/judge.js';
import { lawMutants } from './law-mutation/mutants.js';
import { probeMutant } from './law-mutation/probe.js';
import { formatLawMutationReport, lawMutationReport } from './law-mutation/report.js';

function options() {
  try {
    return parseArgs({
      options: {
        article: { type: 'string', multiple: true },
        out: { type: 'string', default: 'reports/law-mutation.json' },
        fixtures: { type: 'string', default: 'fixtures' },
        list: { type: 'boolean', default: false },
        'probe-runs': { type: 'string', default: '2000' },
        seed: { type: 'string', default: '20261128' },
      },
    }).values;
  } catch (e) {
    // an unknown option or a missing value: say which, without a stack trace
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}
const args = options();

/** A whole number option, or exit naming it. */
function count(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name}: expected a whole number ≥ 0, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return n;
}
const runs = count('probe-runs', args['probe-runs']);
const seed = count('seed', args.seed);

const started = performance.now();
const all = lawMutants(shippedRegulation.articles);
const wanted = args.article?.map((a) => a.replace(/^pasal\s*/i, ''));
const unknown = (wanted ?? []).filter((a) => !all.some((m) => String(m.article) === a));
if (unknown.length > 0) {
  const known = [...new Set(all.map((m) => String(m.article)))].join(', ');
  console.error(
    `--article: no law's data to mutate in Pasal ${unknown.join(', ')}; articles with some: ${known}`,
  );
  process.exit(2);
}
const mutants = all.filter((m) => wanted === undefined || wanted.includes(String(m.article)));
if (args.list) {
  for (const m of mutants) console.log(`${m.id}\t${m.citation}: ${m.change}`);
  process.exit(0);
}

const root = args.fixtures;
const scenarios = await loadScenarios(root).catch((e: unknown) => {
  // a folder that cannot be read, or scenario files that are not valid: the message names the file and field
  console.error(`--fixtures ${root}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
const failing: string[] = [];
for (const { file, scenario } of scenarios) {
  const r = await runScenario(scenario, file, { root });
  if (!r.passed) failing.push(file);
}
if (failing.length > 0) {
  console.error(`These scenarios fail under the shipped text; fix them first:\n  ${failing.join('\n  ')}`);
  process.exit(1);
}

const results: MutantResult[] = [];
for (const [i, mutant] of mutants.entries()) {
  const r = await judgeMutant(mutant, shippedRegulation, scenarios, root);
  results.push(r);
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${mutants.length} ${mutant.id}          `);
}
if (process.stderr.isTTY) process.stderr.write('\n');

// Each mutant no outcome noticed: can a generated village tell it from the shipped text, as shipped or under one
// of the amendments of the fixtures (where two parameters equal in the shipped text differ)?
const amendmentDir = join(root, 'amendments');
const amendments = await Promise.all(
  (await readdir(amendmentDir).catch(() => []))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => loadAmendment(join(amendmentDir, f))),
);
const byId = new Map(mutants.map((m) => [m.id, m]));
for (const r of results) {
  const mutant = byId.get(r.id);
  if (runs > 0 && mutant && r.outcomeKilledBy === undefined)
    r.probe = await probeMutant(mutant, shippedRegulation, { runs, seed, amendments });
}

const report = lawMutationReport(results, {
  scenarios: scenarios.length,
  seconds: (performance.now() - started) / 1000,
});
await mkdir(dirname(args.out), { recursive: true });
await writeFile(args.out, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatLawMutationReport(report));
console.log(`Report: ${args.out}`);
