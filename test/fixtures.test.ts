import { describe, expect, it } from 'vitest';
import { loadScenarios, runScenario } from '../src/scenarios.js';

// Every scenario file under fixtures/ is a test: run through the public evaluation path, it must meet its `expect`.
const scenarios = await loadScenarios('fixtures');

describe('shipped scenarios', () => {
  it('there are scenarios for every encoded article', () => {
    expect(scenarios.length).toBeGreaterThan(20);
  });
  it.each(scenarios.map((s) => [s.file, s] as const))(
    '%s meets its expectations',
    async (_file, { file, scenario }) => {
      const result = await runScenario(scenario, file);
      expect(result.mismatches).toEqual([]);
    },
  );
});
