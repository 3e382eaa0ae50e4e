import { describe, expect, it } from 'vitest';
import { findScenarioFiles, loadScenario, runScenario } from '../src/scenarios.js';

// Every scenario file under fixtures/ is a test: run through the public evaluation path, it must meet its `expect`.
// Each file is read inside its own test, not while the tests are collected: code run while collecting belongs
// to no test, and `npm run mutate` would have to run the whole suite for every mutant in it (docs/mutation.md).
const files = await findScenarioFiles('fixtures');

describe('shipped scenarios', () => {
  it('there are scenarios for every encoded article', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(files)('%s meets its expectations', async (file) => {
    const result = await runScenario(await loadScenario(file), file);
    expect(result.mismatches).toEqual([]);
  });
});
