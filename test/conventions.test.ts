import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, InputError, loadRecord, loadScenario } from '../src/index.js';
import { anjani } from './support/village.js';

const CLI = resolve('dist/cli.js');

function dme(args: string[], options: { input?: string; cwd?: string } = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', ...options });
}

describe('command-line conventions', () => {
  it('dme --version prints the package version and exits 0', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = dme([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(pkg.version);
    }
  });

  it('reads a record from standard input when the file is -, JSON or YAML', async () => {
    const record = anjani();
    const json = dme(['check', '-', '--as-of', '2026-06-30', '--format', 'json'], {
      input: JSON.stringify(record),
    });
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual(await evaluate(record, { asOf: '2026-06-30' }));
    const yaml = dme(['check', '-', '--as-of', '2026-06-30', '--format', 'json'], {
      input: 'code: "52.03.13.2001"\nname: Anjani\n',
    });
    expect(JSON.parse(yaml.stdout).village.name).toBe('Anjani');
  });

  it('names standard input in its errors, in the chosen language', () => {
    const en = dme(['check', '-', '--lang', 'en'], { input: '{"code": "52.03.13.2001",' });
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/^stdin: JSON syntax error at line 1/);
    const id = dme(['check', '-'], { input: 'code: "x"\n' });
    expect(id.status).toBe(2);
    expect(id.stderr).toContain('stdin: code: harus kode wilayah desa');
    expect(id.stderr).toContain('stdin: name: wajib diisi');
  });

  it("runs the package's own scenarios where ./fixtures does not exist, and says so", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'dme-cwd-'));
    const r = dme(['scenarios', '--lang', 'en'], { cwd: elsewhere });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('./fixtures does not exist; using the scenarios shipped in the package:');
    expect(r.stdout).toMatch(/\d+ passed, 0 failed/);
    const id = dme(['coverage', '--no-parameters'], { cwd: elsewhere });
    expect(id.status).toBe(0);
    expect(id.stderr).toContain('./fixtures tidak ada; memakai skenario bawaan paket:');
    // A folder that is named and missing is an error, not a fallback.
    const missing = dme(['scenarios', 'nope', '--lang', 'en'], { cwd: elsewhere });
    expect(missing.status).toBe(2);
  });
});

describe('loadRecord and loadScenario', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dme-load-'));

  it('read and validate a record file, YAML or JSON', async () => {
    writeFileSync(join(dir, 'anjani.json'), JSON.stringify(anjani()));
    const record = await loadRecord(join(dir, 'anjani.json'));
    expect(record.name).toBe('Anjani');
    expect((await evaluate(record, { asOf: '2026-06-30' })).village.code).toBe('52.03.13.2001');
  });

  it('refuse a bad record with every issue and the file named', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'code: "x"\npmi: { abroad: -1 }\n');
    const err = await loadRecord(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).source).toBe(file);
    expect((err as InputError).issues.map((i) => i.path)).toEqual(['code', 'name', 'pmi.abroad']);
  });

  it('read a scenario with its village validated', async () => {
    const scenario = await loadScenario('fixtures/pasal-07/anggota-berdomisili-di-desa-lain.yaml');
    expect(scenario.village.code).toMatch(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);
    expect(scenario.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const file = join(dir, 'scenario.yaml');
    writeFileSync(file, 'name: x\nasOf: 2026-06-30\nvillage: { code: "52.03.13.2001" }\nexpect: {}\n');
    const err = (await loadScenario(file).catch((e: unknown) => e)) as InputError;
    expect(err.source).toBe(file);
    expect(err.issues.map((i) => i.path)).toEqual(['village.name']);
  });
});
