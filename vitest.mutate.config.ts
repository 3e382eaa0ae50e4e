import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests StrykerJS runs against each mutant (`npm run mutate`, docs/mutation.md): every test that judges in
// this process. Left out are the ones that only drive the built CLI or package in a child process (a mutant
// lives in this process, so they cannot kill it) or need Chromium, and two that judge villages outside any test
// (test/coverage.test.ts in a `beforeAll`, test/national.test.ts while collecting its tests): code run outside a
// test makes each mutant in it "static", to be tested by the whole suite (80% of the mutants of kleene.ts, an
// hour on 2 cores), while the scenarios they judge run as one test each in test/fixtures.test.ts. Left out too:
// test/law-mutation.test.ts, which judges every scenario under each of 240 mutants of the law's data (the rule
// modules' static mutants, checked in-process: `npm run mutate:law`); in Stryker it would run for every mutant.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'test/cli.test.ts',
        'test/obligations-cli.test.ts',
        'test/html.test.ts',
        'test/package.test.ts',
        'test/batch.test.ts',
        'test/coverage.test.ts',
        'test/national.test.ts',
        'test/law-mutation.test.ts',
      ],
    },
  }),
);
