// `npm run fuzz`: the property suite of test/properties/ at scale, in one process (one core). Each property runs in
// rounds of FUZZ_ROUND cases (default 1,000), each round with its own seed, until FUZZ_CASES cases in all (default
// 1,000,000) or FUZZ_SECONDS have passed; the spawned-process properties run FUZZ_ROUND/500 cases a round (a process
// per case). Prints the cases, time and rate of each property — wall-clock and CPU time (the CPU seconds are what one
// core spends, whatever else the machine runs) — the seeds, and every failure with its counterexample and the
// command that replays it.

import { PROPERTIES, type RunOptions, SPAWNED } from './properties/properties.js';

type Run = (o: RunOptions) => Promise<void>;

const total = Number(process.env.FUZZ_CASES ?? 1_000_000);
const seconds = Number(process.env.FUZZ_SECONDS ?? Number.POSITIVE_INFINITY);
const firstSeed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const only = process.env.FUZZ_ONLY;
const replayPath = process.env.FUZZ_PATH;
const ROUND = Number(process.env.FUZZ_ROUND ?? 1000);

const all: [string, Run, number][] = [
  ...Object.entries(PROPERTIES).map(([n, r]): [string, Run, number] => [n, r, ROUND]),
  ...Object.entries(SPAWNED).map(([n, r]): [string, Run, number] => [
    n,
    r,
    Math.max(1, Math.round(ROUND / 500)),
  ]),
];
const chosen = all.filter(([n]) => only === undefined || n.includes(only));
const started = Date.now();
const cases = new Map(chosen.map(([n]) => [n, 0]));
const spent = new Map(chosen.map(([n]) => [n, 0]));
const cpu = new Map(chosen.map(([n]) => [n, 0]));
/** CPU seconds this process has used (a spawned process's own are not counted: its wall time is). */
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const cpuStart = cpuSeconds();
const failures: { name: string; seed: number; numRuns: number; error: string }[] = [];
let seed = firstSeed;
let done = 0;
const elapsed = () => (Date.now() - started) / 1000;
const clock = (s: number) => `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s`;

console.log(
  `fuzz: ${chosen.length} properties, up to ${total.toLocaleString('en-US')} cases, first seed ${firstSeed}, ` +
    `Node ${process.version}, ${new Date(started).toISOString()}`,
);
outer: for (;;) {
  for (const [name, run, perRound] of chosen) {
    if (done >= total || elapsed() >= seconds) break outer;
    const numRuns = Math.min(perRound, total - done);
    const t = performance.now();
    const c = cpuSeconds();
    try {
      await run({ numRuns, seed, ...(replayPath ? { path: replayPath } : {}) });
    } catch (e) {
      // fast-check's message (seed, path, counterexample), then what the property threw (its cause)
      const cause = e instanceof Error && e.cause instanceof Error ? `\nCause: ${e.cause.message}` : '';
      const error = `${String(e instanceof Error ? e.message : e).slice(0, 4000)}${cause}`;
      failures.push({ name, seed, numRuns, error });
      console.log(
        `FAILED ${name} (seed ${seed}):\n${error}\n` +
          `replay: FUZZ_ONLY=${JSON.stringify(name)} FUZZ_SEED=${seed} FUZZ_ROUND=${numRuns} FUZZ_CASES=${numRuns} npm run fuzz` +
          ' (add FUZZ_PATH=… from the fast-check message above to go straight to the counterexample)',
      );
    }
    cases.set(name, (cases.get(name) ?? 0) + numRuns);
    spent.set(name, (spent.get(name) ?? 0) + (performance.now() - t) / 1000);
    cpu.set(name, (cpu.get(name) ?? 0) + cpuSeconds() - c);
    done += numRuns;
    seed++;
  }
  const s = elapsed();
  const c = cpuSeconds() - cpuStart;
  console.log(
    `${done.toLocaleString('en-US')} cases, ${clock(s)} (CPU ${clock(c)}), ${(done / s).toFixed(0)} cases/s, ${failures.length} failures`,
  );
}
const s = elapsed();
const c = cpuSeconds() - cpuStart;
const rate = (n: number, t: number) => (n / Math.max(t, 0.001)).toFixed(0).padStart(8);
console.log('\n     cases   wall s  cases/s    CPU s  cases/CPU s  property');
for (const [name, n] of cases) {
  const t = spent.get(name) ?? 0;
  const u = cpu.get(name) ?? 0;
  console.log(
    `${n.toLocaleString('en-US').padStart(10)}  ${t.toFixed(0).padStart(7)}  ${rate(n, t)}  ${u.toFixed(0).padStart(7)}  ${rate(n, u).padStart(11)}  ${name}`,
  );
}
console.log(
  `\nfuzz: ${done.toLocaleString('en-US')} cases in ${clock(s)} (${(done / s).toFixed(0)} cases/s; CPU ${clock(c)}, ` +
    `${(done / c).toFixed(0)} cases per CPU second), seeds ${firstSeed}–${seed - 1}, Node ${process.version}, ` +
    `${failures.length} failures`,
);
for (const f of failures) console.log(`  FAILED ${f.name}: seed ${f.seed}, ${f.numRuns} cases`);
process.exitCode = failures.length > 0 ? 1 : 0;
