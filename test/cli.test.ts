import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The command as a user runs it: the built `dme`, as a separate process.
function dme(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'dme-cli-'));
function file(name: string, text: string): string {
  const f = join(tmp, name);
  writeFileSync(f, text);
  return f;
}

describe('dme check', () => {
  it('explains each Pasal 4 finding in Indonesian with the numbers and the window it compared', () => {
    const r = dme(
      'check',
      'fixtures/pasal-04/sosialisasi-tepat-12-bulan-sebelum-tidak-dihitung.yaml',
      '--as-of',
      '2026-06-30',
    );
    expect(r.stdout).toContain('Pasal 4 ayat (1) huruf b');
    expect(r.stdout).toContain(
      '1 kegiatan sosialisasi dalam 12 bulan terakhir (1 Jul 2025 – 30 Jun 2026); paling sedikit 2 disyaratkan.',
    );
    expect(r.code).toBe(1);
  });
  it('speaks English with --lang en', () => {
    const r = dme(
      'check',
      'fixtures/pasal-04/sosialisasi-tepat-12-bulan-sebelum-tidak-dihitung.yaml',
      '--lang',
      'en',
    );
    expect(r.stdout).toContain(
      '1 awareness activities in the last 12 months (1 Jul 2025 – 30 Jun 2026); at least 2 required.',
    );
  });
  it('prints exactly the verdict document with --format json and exits 0 when nothing is not met', () => {
    const r = dme('check', 'fixtures/pasal-04/emas-seluruh-kriteria.yaml', '--format', 'json');
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual([
      'regulation',
      'asOf',
      'inForce',
      'village',
      'status',
      'articles',
      'obligations',
      'candidates',
    ]);
    expect(doc.village).toEqual({ code: '52.03.13.2001', name: 'Anjani', kind: 'desa' });
    expect(doc.status.eligibility).toBe('met');
    const finding = doc.articles.find((a: { article: number }) => a.article === 4).findings[0];
    expect(Object.keys(finding)).toEqual(
      expect.arrayContaining(['citation', 'verdict', 'message', 'values', 'provenance']),
    );
    expect(doc.articles.filter((a: { verdict: string }) => a.verdict === 'not_met')).toEqual([]);
    expect(r.code).toBe(0);
  });
  it('takes the Tanggal Penilaian from --as-of over the scenario', () => {
    const r = dme(
      'check',
      'fixtures/pasal-03/memenuhi-seluruh-syarat.yaml',
      '--format',
      'json',
      '--as-of',
      '2026-01-01',
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ asOf: '2026-01-01', inForce: false, articles: [] });
  });
  it('refuses a malformed record with exit 2 and one line per problem naming the path', () => {
    const f = file(
      'bad.json',
      JSON.stringify({
        code: '52.03.13.2001',
        name: 'X',
        pmi: { abroad: 10, procedural: 11 },
        dataCollection: { lastUpdatedOn: '2026-02-30' },
      }),
    );
    const r = dme('check', f, '--as-of', '2026-06-30');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // Each line names the file, then the path.
    expect(r.stderr).toMatch(/^\S*bad\.json: pmi\.procedural: /m);
    expect(r.stderr).toMatch(/^\S*bad\.json: dataCollection\.lastUpdatedOn: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('exits 2 on a file that does not exist and on a bad option', () => {
    expect(dme('check', join(tmp, 'nope.yaml')).code).toBe(2);
    expect(dme('check', 'fixtures/pasal-03/memenuhi-seluruh-syarat.yaml', '--format', 'pdf').code).toBe(2);
    expect(dme('check', 'fixtures/pasal-03/memenuhi-seluruh-syarat.yaml', '--as-of', '2026-13-01').code).toBe(
      2,
    );
  });
  it('reads a plain JSON record, not only scenarios', () => {
    const f = file('kel.json', JSON.stringify({ code: '52.03.13.1005', name: 'Kelurahan Contoh' }));
    const r = dme('check', f, '--as-of', '2026-06-30', '--format', 'json');
    const doc = JSON.parse(r.stdout);
    expect(doc.village.kind).toBe('kelurahan');
    expect(doc.status.eligibility).toBe('not_met');
    expect(r.code).toBe(1);
  });
});

describe('dme scenarios', () => {
  it('runs the shipped fixtures and ends with the N passed, N failed line', () => {
    const r = dme('scenarios');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(r.code).toBe(0);
  });
  it('says that PASS means the expectations matched, beside a verdict column that may say "tidak memenuhi"', () => {
    const r = dme('scenarios');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/kelayakan\s+penetapan\s+sesuai expect$/);
    expect(lines.some((l) => /tidak memenuhi .*PASS$/.test(l))).toBe(true);
    expect(lines.at(-2)).toContain('PASS: setiap harapan dalam `expect` skenario cocok dengan putusan.');
  });
  it('prints each mismatch with both verdicts and the message, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dme-sc-'));
    writeFileSync(
      join(dir, 'salah.yaml'),
      [
        'name: Harapan yang salah',
        'asOf: 2026-06-30',
        'village: { code: "52.03.13.1005", name: Kelurahan Contoh }',
        'expect:',
        '  findings:',
        '    "Pasal 3 ayat (1) huruf a": met',
        '    "Pasal 99 ayat (1)": met',
      ].join('\n'),
    );
    const r = dme('scenarios', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '"Pasal 3 ayat (1) huruf a": diharapkan met, hasil not_met — Kode 52.03.13.1005 menunjukkan kelurahan',
    );
    expect(r.stdout).toContain('"Pasal 99 ayat (1)": diharapkan met, hasil (tidak ada / absent)');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
  it('exits 2 when a scenario file is invalid, naming the file and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dme-sc-'));
    writeFileSync(
      join(dir, 'rusak.yaml'),
      'name: Rusak\nasOf: 2026-06-31\nvillage: { code: "52.03.13.2001", name: A }\nexpect: {}\n',
    );
    const r = dme('scenarios', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rusak.yaml: asOf');
  });
});
