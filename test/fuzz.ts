// `npm run fuzz`: the property suite of test/properties/ at scale. Each property runs in rounds of 1,000 cases,
// each round with its own seed, until FUZZ_CASES cases in all (default 1,000,000) or FUZZ_SECONDS have passed.
// Prints each property's cases, rate and any failure with its seed (replay: FUZZ_SEED=… FUZZ_ONLY=…).

import { PROPERTIES } from './properties/properties.js';

const total = Number(process.env.FUZZ_CASES ?? 1_000_000);
const seconds = Number(process.env.FUZZ_SECONDS ?? Number.POSITIVE_INFINITY);
const firstSeed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const only = process.env.FUZZ_ONLY;
const ROUND = Number(process.env.FUZZ_ROUND ?? 1000);

const names = Object.keys(PROPERTIES).filter((n) => only === undefined || n.includes(only));
const started = Date.now();
const cases = new Map(names.map((n) => [n, 0]));
const spent = new Map(names.map((n) => [n, 0]));
const failures: { name: string; seed: number; error: string }[] = [];
let seed = firstSeed;
let done = 0;

console.log(
  `fuzz: ${names.length} properties, up to ${total.toLocaleString('en-US')} cases, first seed ${firstSeed}`,
);
outer: for (;;) {
  for (const name of names) {
    if (done >= total || (Date.now() - started) / 1000 >= seconds) break outer;
    const run = PROPERTIES[name] as (o: { numRuns: number; seed: number }) => Promise<void>;
    const numRuns = Math.min(ROUND, total - done);
    const t = Date.now();
    try {
      await run({ numRuns, seed });
    } catch (e) {
      failures.push({ name, seed, error: String(e instanceof Error ? e.message : e).slice(0, 2000) });
      console.log(`FAILED ${name} (seed ${seed}):\n${failures.at(-1)?.error}`);
    }
    cases.set(name, (cases.get(name) ?? 0) + numRuns);
    spent.set(name, (spent.get(name) ?? 0) + (Date.now() - t) / 1000);
    done += numRuns;
    seed++;
  }
  const s = (Date.now() - started) / 1000;
  console.log(
    `${done.toLocaleString('en-US')} cases, ${s.toFixed(0)} s, ${(done / s).toFixed(0)} cases/s, ${failures.length} failures`,
  );
}
const s = (Date.now() - started) / 1000;
for (const [name, n] of cases) {
  const t = spent.get(name) ?? 0;
  console.log(
    `  ${n.toLocaleString('en-US').padStart(10)}  ${t.toFixed(0).padStart(5)} s  ${(n / Math.max(t, 0.001)).toFixed(0).padStart(6)}/s  ${name}`,
  );
}
console.log(
  `fuzz: ${done.toLocaleString('en-US')} cases in ${s.toFixed(0)} s (${(done / s).toFixed(0)}/s), seeds ${firstSeed}–${seed - 1}, ${failures.length} failures`,
);
process.exitCode = failures.length > 0 ? 1 : 0;
