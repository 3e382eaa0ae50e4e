// `npm run bench`: judges every village of Indonesia (one seeded, realistic record per code of the official
// Kemendagri list) with the built package — the full regulation, full explanations, worker threads — and the
// same records with the hand-written baseline, in the same run. Never a test: it only measures and prints.
//
//   npm run bench -- [--workers N] [--limit N] [--out FILE] [--sample N]

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
    sample: { type: 'string', default: '2000' },
    'as-of': { type: 'string', default: '2026-06-30' },
    'generate-to': { type: 'string' },
  },
});
const asOf = args['as-of'] as string;
const workers = Number(args.workers);

// the package as users get it
const lib = (await import(
  new URL('../dist/index.js', import.meta.url).href
)) as typeof import('../src/index.js');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;
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

// 1. one seeded record per official village code, written as JSONL (by a child process, so that the
//    memory of generating does not count in the peak RSS measured below)
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
const listed = readFileSync(join(areaDataDir(), 'villages.csv'), 'utf8').trimEnd().split('\n').length - 1;
const limit = Math.min(Number(args.limit ?? listed), listed);
const dir = mkdtempSync(join(tmpdir(), 'dme-bench-'));
const input = join(dir, 'villages.jsonl');
let t = performance.now();
const child = spawnSync(
  process.execPath,
  [
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    '--generate-to',
    input,
    '--limit',
    String(limit),
    '--as-of',
    asOf,
  ],
  { stdio: 'inherit' },
);
if (child.status !== 0) throw new Error('generating the records failed');
const generated = (performance.now() - t) / 1000;
const inputBytes = statSync(input).size;

// 2. the package: dme batch's own pipeline, worker threads, every verdict serialised
const rssBefore = process.memoryUsage().rss;
const sink = args.out ? createWriteStream(args.out) : nullSink();
t = performance.now();
const cpuBefore = process.cpuUsage();
const tally = await lib.runBatch(lib.jsonlFile(input), sink, { asOf, lang: 'id', workers });
if (args.out) {
  sink.end();
  await finished(sink);
}
const oursWall = (performance.now() - t) / 1000;
const oursCpu = process.cpuUsage(cpuBefore);
const oursRss = peakRss();
const outBytes = 'bytes' in sink ? (sink as { bytes: number }).bytes : statSync(args.out as string).size;

// 3. the hand-written baseline over the same records: parse, judge with explanations, serialise (one thread)
t = performance.now();
let baseBytes = 0;
for await (const item of lib.jsonlFile(input))
  baseBytes += judgeByHand(JSON.parse(item.text as string), asOf).length + 1;
const baseWall = (performance.now() - t) / 1000;

// 4. per village on one thread: the package in this thread vs the baseline, on the first records
const sampleSize = Math.min(Number(args.sample), limit);
const sample: string[] = [];
for await (const item of lib.jsonlFile(input)) {
  if (sample.length >= sampleSize) break;
  sample.push(item.text as string);
}
const { Readable } = await import('node:stream');
const sampleItems = () => Readable.from(sample.map((text, i) => ({ line: i + 1, text })));
await lib.runBatch(sampleItems(), nullSink(), { asOf, lang: 'id', workers: 0 }); // warm-up
t = performance.now();
await lib.runBatch(sampleItems(), nullSink(), { asOf, lang: 'id', workers: 0 });
const oursPerVillage = ((performance.now() - t) * 1000) / sampleSize;
t = performance.now();
for (const text of sample) judgeByHand(JSON.parse(text), asOf);
const basePerVillage = ((performance.now() - t) * 1000) / sampleSize;

// 5. the floor the verdict document sets: only reading each record (JSON.parse) and writing its verdict
//    (JSON.stringify of a freshly built document, then UTF-8), without judging — what any implementation
//    that emits these documents pays on this Node
const docs: unknown[] = [];
for (const text of sample) {
  try {
    docs.push(await lib.evaluate(JSON.parse(text), { asOf, engine: 'compiled' }));
  } catch {
    docs.push(null);
  }
}
let jsonBytes = 0;
t = performance.now();
for (let i = 0; i < sample.length; i++) {
  JSON.parse(sample[i] as string);
  jsonBytes += Buffer.byteLength(JSON.stringify(docs[i]));
}
const jsonPerVillage = ((performance.now() - t) * 1000) / sampleSize;

rmSync(dir, { recursive: true, force: true });

const judged = tally.judged + Object.values(tally.invalid).reduce((a, b) => a + b, 0);
const lines = [
  `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length} (availableParallelism ${availableParallelism()}), ${mb(totalmem())}, Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
  `input: ${fmt(limit)} villages (official list), ${mb(inputBytes)} JSONL, generated in ${generated.toFixed(1)} s; Tanggal Penilaian ${asOf}`,
  '',
  `package (dme batch pipeline, ${workers} worker threads, compiled engine, full explanations):`,
  `  ${fmt(judged)} villages in ${oursWall.toFixed(2)} s wall = ${fmt(judged / oursWall)} villages/s; peak RSS ${mb(oursRss)} (the bench process held ${mb(rssBefore)} before the run); ${mb(outBytes)} of verdicts${args.out ? ` written to ${args.out}` : ' (discarded)'}`,
  `  CPU (all threads) ${((oursCpu.user + oursCpu.system) / 1e6).toFixed(1)} s; eligibility ${JSON.stringify(tally.eligibility)}; designation ${JSON.stringify(tally.designation)}; refused ${judged - tally.judged}`,
  `hand-written baseline (one thread, same records, parse + judge + serialise): ${baseWall.toFixed(2)} s wall = ${fmt(limit / baseWall)} villages/s, ${mb(baseBytes)}`,
  `ratio, wall: package ${workers} threads / baseline 1 thread = ${(oursWall / baseWall).toFixed(2)}×`,
  `per village on one thread (first ${fmt(sampleSize)}): package ${oursPerVillage.toFixed(0)} µs, baseline ${basePerVillage.toFixed(0)} µs = ${(oursPerVillage / basePerVillage).toFixed(1)}×`,
  `JSON alone (parse each record, serialise and encode its verdict of ${(jsonBytes / sampleSize / 1024).toFixed(1)} KB on average, no judging): ${jsonPerVillage.toFixed(0)} µs per village = ${((jsonPerVillage * limit) / 1e6 / Math.max(1, workers)).toFixed(1)} s for ${fmt(limit)} villages on ${Math.max(1, workers)} threads, at best`,
  `goal: ≤ 10 s wall for 83,763 villages on 2 cores, within 3× of the baseline, peak RSS ≤ 500 MB`,
];
process.stdout.write(`${lines.join('\n')}\n`);
