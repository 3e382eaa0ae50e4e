import { describe, it } from 'vitest';
import { PROPERTIES, SPAWNED } from './properties/properties.js';

// The property suite with a fixed seed: the same properties as `npm run fuzz`, a few hundred cases each.
// A failure prints its seed and counterexample; replay it with FUZZ_SEED=… FUZZ_ONLY=… npm run fuzz.

const SEED = 20261128;
/** Cases per property: fewer for the two whose case is many evaluations (2–3 records twice; up to 6 lines twice). */
const runs = (name: string) => (name.startsWith('batch') || name.includes('concurrency') ? 30 : 150);

describe('properties (fast-check, fixed seed)', () => {
  for (const [name, run] of Object.entries(PROPERTIES)) {
    it(name, async () => {
      await run({ numRuns: runs(name), seed: SEED });
    });
  }
  // a process per case: a few, to hold the executable itself (exit codes, streams) to what the in-process runs show
  for (const [name, run] of Object.entries(SPAWNED)) {
    it(name, async () => {
      await run({ numRuns: 6, seed: SEED });
    });
  }
});
