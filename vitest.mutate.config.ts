import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests StrykerJS runs against each mutant (`npm run mutate`, docs/mutation.md): every test that judges in
// this process. Left out are the ones that only drive the built CLI or package in a child process (a mutant
// lives in this process, so they cannot kill it) or need Chromium; they would only slow each run down.
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
      ],
    },
  }),
);
