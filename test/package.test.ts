import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const record = {
  code: '52.03.13.2001',
  name: 'Anjani',
  pmi: { abroad: 10, procedural: 9 },
  informationService: true,
};

type Package = typeof import('../src/index.js');
// The built entry points (test/global-setup.ts builds them); typed by the sources they are built from.
const builtEsm = (): Promise<Package> => import(new URL('../dist/index.js', import.meta.url).href);

describe('the published package', () => {
  it('works from CommonJS and ESM and returns the same document', async () => {
    const require = createRequire(import.meta.url);
    const cjs: Package = require('../dist/index.cjs');
    const esm = await builtEsm();
    const a = await cjs.evaluate(record, { asOf: '2026-06-30' });
    const b = await esm.evaluate(record, { asOf: '2026-06-30' });
    expect(a).toEqual(b);
    expect(a.status.eligibility).toBe('unknown');
  });
  it('rejects invalid input with every issue as { path, message }', async () => {
    const esm = await builtEsm();
    const err = await esm
      .evaluate({ code: 'x', pmi: { abroad: -1 } }, { asOf: '2026-06-30' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(esm.InputError);
    const paths = (err as { issues: { path: string; message: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'name', 'pmi.abroad']));
  });
  it("loads none of the command line's own dependencies when the library is imported", () => {
    // A fresh process: what requiring the library pulls from node_modules.
    const script = `require('./dist/index.cjs');
      const names = Object.keys(require.cache).map((f) => /node_modules\\/((@[^/]+\\/)?[^/]+)/.exec(f)?.[1]).filter(Boolean);
      process.stdout.write(JSON.stringify([...new Set(names)]));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const loaded: string[] = JSON.parse(r.stdout);
    expect(loaded).toContain('zod');
    for (const cliOnly of ['commander', 'cli-progress', 'exceljs', 'hono', '@hono/node-server'])
      expect(loaded).not.toContain(cliOnly);
  });
});
