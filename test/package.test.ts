import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { served } from './support/serve.js';

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

describe('the packed tarball in a fresh project, following README and docs/', () => {
  const project = mkdtempSync(join(tmpdir(), 'dme-app-'));
  let packed = '';

  beforeAll(() => {
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
      encoding: 'utf8',
    });
    expect(pack.status, pack.stderr).toBe(0);
    packed = join(project, (JSON.parse(pack.stdout) as { filename: string }[])[0]?.filename ?? '');
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module' }),
    );
    const install = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', packed, 'ajv@8', 'ajv-formats@3'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);
  }, 240_000);

  it('ships the docs an app developer needs, the JSON Schemas and the licence', () => {
    const list = spawnSync('tar', ['-tzf', packed], { encoding: 'utf8' }).stdout;
    for (const file of [
      'package/docs/village-record.md',
      'package/docs/verdict.md',
      'package/docs/http-api.md',
      'package/docs/spreadsheet.md',
      'package/schemas/village-record.schema.json',
      'package/schemas/verdict.schema.json',
      'package/LICENSE',
      'package/README.md',
    ])
      expect(list).toContain(file);
  });

  it('validates a record against the JSON Schema and evaluates it from code (ESM and CommonJS)', () => {
    writeFileSync(
      join(project, 'app.mjs'),
      `import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from 'desa-migran-emas/schemas/village-record.schema.json' with { type: 'json' };
import { evaluate } from 'desa-migran-emas';
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const record = { code: '52.03.13.2001', name: 'Anjani', pmi: { abroad: 100, procedural: 75 } };
const bad = { code: '52.03.13.2001', name: 'Anjani', pmi: { abroad: -1 } };
const verdict = await evaluate(record, { asOf: '2026-06-30' });
console.log(JSON.stringify({ valid: validate(record), invalid: validate(bad), path: validate.errors?.[0]?.instancePath, eligibility: verdict.status.eligibility }));
`,
    );
    const esm = spawnSync(process.execPath, ['app.mjs'], { cwd: project, encoding: 'utf8' });
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual({
      valid: true,
      invalid: false,
      path: '/pmi/abroad',
      eligibility: 'not_met',
    });
    writeFileSync(
      join(project, 'app.cjs'),
      `const { evaluate } = require('desa-migran-emas');
const schema = require('desa-migran-emas/schemas/verdict.schema.json');
evaluate({ code: '52.03.13.2001', name: 'Anjani' }, { asOf: '2026-06-30' }).then((v) =>
  console.log(JSON.stringify({ title: schema.title, keys: Object.keys(v) })));
`,
    );
    const cjs = spawnSync(process.execPath, ['app.cjs'], { cwd: project, encoding: 'utf8' });
    expect(cjs.stderr).toBe('');
    expect(JSON.parse(cjs.stdout)).toEqual({
      title: 'Verdict document',
      keys: ['regulation', 'asOf', 'inForce', 'village', 'status', 'articles', 'obligations', 'candidates'],
    });
  });

  it('prints the schema with dme schema and answers curl through dme serve', async () => {
    const bin = join(project, 'node_modules', '.bin', 'dme');
    const schema = spawnSync(bin, ['schema', 'village-record'], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(schema.stdout).title).toBe('Village record');
    const server = spawn(bin, ['serve', '--port', '0'], {
      cwd: project,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const url = await served(server).url;
      const body = JSON.stringify({ record: { code: '52.03.13.2001', name: 'Anjani' }, asOf: '2026-06-30' });
      const curl = spawnSync(
        'curl',
        ['-s', '-w', '\n%{http_code}', `${url}/evaluate`, '-H', 'content-type: application/json', '-d', body],
        { encoding: 'utf8' },
      );
      const [answer, status] = curl.stdout.trimEnd().split('\n');
      expect(status).toBe('200');
      expect(JSON.parse(answer ?? '').village.name).toBe('Anjani');
      const health = spawnSync('curl', ['-s', `${url}/health`], { encoding: 'utf8' });
      expect(JSON.parse(health.stdout).status).toBe('ok');
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });
});
