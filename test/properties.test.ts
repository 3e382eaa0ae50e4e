import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { mutatedRecord } from './properties/arbitraries.js';
import { PROPERTIES } from './properties/properties.js';

// The property suite with a fixed seed: the same properties as `npm run fuzz`, a few hundred cases each.
// A failure prints its seed and counterexample; replay it with FUZZ_SEED=… FUZZ_ONLY=… npm run fuzz.

const SEED = 20261128;
/** Cases per property: fewer for the two whose case is many evaluations (8 records; 12 lines judged twice). */
const runs = (name: string) => (name.startsWith('batch') || name.includes('concurrency') ? 30 : 150);

describe('properties (fast-check, fixed seed)', () => {
  for (const [name, run] of Object.entries(PROPERTIES)) {
    it(name, async () => {
      await run({ numRuns: runs(name), seed: SEED });
    });
  }
});

describe('dme check on generated bad records', () => {
  it('exits 2 with one located line per problem, and no NIK, for every refused record', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dme-prop-cli-'));
    fc.assert(
      fc.property(mutatedRecord, (record) => {
        const f = join(tmp, 'r.json');
        writeFileSync(f, JSON.stringify(record));
        const r = spawnSync(
          process.execPath,
          ['dist/cli.js', 'check', f, '--as-of', '2026-06-30', '--lang', 'en'],
          {
            encoding: 'utf8',
          },
        );
        if (r.status === 2) {
          const lines = r.stderr.trimEnd().split('\n');
          for (const line of lines) if (!/^[^:\s][^:]*: \S/.test(line)) throw new Error(`unlocated: ${line}`);
          if (r.stdout !== '') throw new Error('output on a refusal');
        } else if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
        for (const n of JSON.stringify(record).match(/\d{16}/g) ?? [])
          if ((r.stdout + r.stderr).includes(n)) throw new Error('an NIK in the output');
      }),
      { numRuns: 6, seed: SEED },
    );
  });
});
