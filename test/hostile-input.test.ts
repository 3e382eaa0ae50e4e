import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseAmendment, validateAmendment } from '../src/amendment/index.js';
import { nearest } from '../src/amendment/suggest.js';
import { parseCalendarYears } from '../src/calendar/load.js';
import { fileDigest, InputError, maskDigits, maskedJson, maskNik } from '../src/errors.js';
import { evaluate } from '../src/evaluate.js';
import { writeProblem } from '../src/files.js';
import { LIMITS } from '../src/limits.js';
import { formatMarkdown, formatText } from '../src/report/text.js';
import { parseJson, parseYaml } from '../src/schema/document.js';
import { anjani } from './support/village.js';
import { deflatedSpaces, zipOf } from './support/zip.js';

// One regression test for each hostile input of issue 11 that did not hold, by class.

const tmp = mkdtempSync(join(tmpdir(), 'dme-hostile-'));
function file(name: string, text: string | Buffer): string {
  const f = join(tmp, name);
  writeFileSync(f, text);
  return f;
}
function dme(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function refusal(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('not refused');
}

const NIK = '5203134101990001';
const record = (over: Record<string, unknown> = {}) => JSON.stringify(anjani(over));

describe('limits', () => {
  it('refuses a JSONL record longer than the limit as one error line and judges every other record', () => {
    const big = record({ name: 'x'.repeat(LIMITS.recordChars + 10) });
    const f = file('big.jsonl', `${record()}\n${big}\n${record({ name: 'Sesudah' })}\n`);
    const r = dme('batch', f, '--as-of', '2026-06-30', '--workers', '1', '--lang', 'en');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1] as string)).toMatchObject({ line: 2, error: 'invalid-json' });
    expect(lines[1]).toContain('longer than the limit of 1 MB');
    expect(JSON.parse(lines[2] as string).village.name).toBe('Sesudah');
  });
  it('refuses JSON nested past the depth limit, naming the path, in records and amendments', () => {
    const deep = `{"team":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const e = refusal(() => parseJson(deep, 'deep.json'));
    expect(e.issues[0]?.path).toMatch(/^team(\[0\])+$/);
    expect(e.issues[0]?.messages.en).toContain(`more than ${LIMITS.depth} levels`);
    let nested: unknown = { fact: 'pmiAbroad', operator: 'equal', value: 1 };
    for (let i = 0; i < 20_000; i++) nested = { not: nested };
    const a = refusal(() =>
      parseAmendment({ title: 'Dalam', changes: [{ citation: 'Pasal 4 ayat (5)', when: nested }] }, 'a.yaml'),
    );
    expect(a.issues[0]?.messages.id).toContain('bersarang lebih dari');
  });
  it('refuses YAML nested thousands deep with the depth message, not a stack overflow text', () => {
    const e = refusal(() => parseYaml(`a: ${'['.repeat(3000)}${']'.repeat(3000)}`, 'deep.yaml'));
    expect(e.issues[0]?.messages.en).toContain('levels deep');
    expect(e.message).not.toContain('call stack');
  });
  it('refuses YAML nested thousands deep in every shape before the parser recurses, and lives through several in one run', () => {
    // `dme scenarios` reads them all in one process: the yaml library's recursion ran the stack down, and the second
    // such file killed V8 itself (FATAL ERROR: RegExpCompiler Allocation failed, exit 134), past any try/catch
    const dir = mkdtempSync(join(tmp, 'deep-yaml-'));
    const shapes = {
      'flow.yaml': '['.repeat(1000),
      'flow-deeper.yaml': '['.repeat(5000),
      'maps.yaml': '{"a":'.repeat(20_000),
      'dashes.yaml': '- '.repeat(20_000),
      'stairs.yaml': Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
    };
    for (const [name, text] of Object.entries(shapes)) writeFileSync(join(dir, name), text);
    const r = dme('scenarios', dir, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').sort()).toEqual(
      Object.keys(shapes)
        .sort()
        .map(
          (name) =>
            `${join(dir, name)}: nested more than ${LIMITS.depth} levels deep (objects or lists within objects or lists)`,
        ),
    );
    // YAML as deep as the limit allows is read
    const ok = parseYaml(`${'- '.repeat(LIMITS.depth - 1)}x`, 'ok.yaml');
    expect(JSON.stringify(ok)).toBe(`${'['.repeat(LIMITS.depth - 1)}"x"${']'.repeat(LIMITS.depth - 1)}`);
  });
  it('bounds the "did you mean" search: a megabyte-long unknown name is refused without a suggestion (no edit distance computed)', () => {
    const name = 'minAwareness'.repeat(100_000);
    expect(nearest(name, ['minAwarenessActivities12m'])).toEqual([]);
    const issues = validateAmendment(
      parseAmendment({ title: 'T', changes: [{ parameter: name, value: 3 }] }),
    );
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.messages.en).join()).not.toContain('Did you mean');
    expect(nearest('minAwarenesActivities12m', ['minAwarenessActivities12m'])).toEqual([
      'minAwarenessActivities12m',
    ]);
  });
  it('refuses an .xlsx whose parts unzip past the limit before anything is inflated (a zip bomb)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(4096));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // a bomb's directory: the sheet declares 300 MB unzipped (a few kilobytes as stored)
    for (
      let at = bytes.indexOf('PK\x01\x02', 0, 'latin1');
      at >= 0;
      at = bytes.indexOf('PK\x01\x02', at + 4, 'latin1')
    )
      if (bytes.readUInt32LE(at + 24) === 4096) bytes.writeUInt32LE(300 * 1024 * 1024, at + 24);
    const bomb = file('bomb.xlsx', bytes);
    const r = dme('batch', bomb, '--as-of', '2026-06-30', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${bomb}: its unzipped size exceeds the limit of 256 MB; split the workbook or use JSONL\n`,
    );
    expect(r.stdout).toBe('');
  });
  it('quotes at most 60 characters of a long unknown name an amendment writes, in every message that names it', () => {
    const long = `minAwareness${'x'.repeat(20_000)}`;
    const cut = `${long.slice(0, LIMITS.quotedChars)}…`;
    const issues = validateAmendment(
      parseAmendment({
        title: 'T',
        changes: [
          { parameter: long, value: 3 },
          { citation: `Pasal 4 ${long}`, text: 'x' },
          {
            citation: 'Pasal 4 ayat (1) huruf b',
            when: { fact: long, operator: long, value: { param: long } },
            text: `{${long}}`,
          },
        ],
      }),
    );
    expect(issues.length).toBeGreaterThanOrEqual(6);
    for (const issue of issues) {
      for (const text of [issue.messages.en, issue.messages.id]) {
        expect(text.length).toBeLessThan(1_000);
        expect(text).not.toContain(long.slice(0, LIMITS.quotedChars + 1));
      }
    }
    expect(issues.map((i) => i.messages.en).join('\n')).toContain(`unknown parameter ${cut}.`);
    // an unknown key too, and only the first ten of many
    const keys = refusal(() =>
      parseAmendment({
        title: 'T',
        changes: [{ parameter: 'validityYears', value: 3 }],
        ...Object.fromEntries(
          [long, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((k) => [k, 1]),
        ),
      }),
    );
    expect(keys.issues.map((x) => x.messages.en)).toContain(
      `unknown keys: ${cut}, a, b, c, d, e, f, g, h, i and 2 more (check the spelling; field names are fixed)`,
    );
  });
  it('refuses an .xlsx whose zip directory declares small sizes but whose part inflates past the limit', async () => {
    // 4 KB declared in the central directory and the local header; 300 MB of spaces when inflated
    const lying = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>'), method: 0, declaredSize: 8 },
      { name: 'xl/worksheets/sheet1.xml', data: await deflatedSpaces(300), method: 8, declaredSize: 4096 },
    ]);
    const f = file('lying.xlsx', lying);
    const r = dme('batch', f, '--as-of', '2026-06-30', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${f}: its unzipped size exceeds the limit of 256 MB; split the workbook or use JSONL\n`,
    );
    expect(r.stdout).toBe('');
  });
  it('refuses more worker threads than cores', () => {
    const r = dme('batch', file('one.jsonl', `${record()}\n`), '--workers', '64', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--workers: must be a whole number 0–\d+/);
  });
});

describe('one output writer', () => {
  const scenario = 'fixtures/pasal-09/calon-memenuhi-seluruh-syarat.yaml';
  it('turns a full disk into exit code 2 with a message, not a stack trace', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" dist/cli.js check ${scenario} --lang en > /dev/full`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('stdout: no space left on the device\n');
  });
  it('stops quietly when the reader of a pipe goes away', () => {
    const lines = Array.from({ length: 400 }, () => record()).join('\n');
    const f = file('many.jsonl', `${lines}\n`);
    const r = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" dist/cli.js batch ${f} --as-of 2026-06-30 --workers 0 | head -c 10; echo " $?"`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/ 0\n$/);
  });
  it('writes the template workbook whole, and refuses an --out in a missing folder with a message', () => {
    const out = join(tmp, 'template.xlsx');
    expect(dme('template', '--out', out).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const r = dme('template', '--out', join(tmp, 'no-such-folder', 't.xlsx'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--out: cannot write the file .*t\.xlsx: its folder does not exist\n$/);
  });
  it('writes dme compare --out CSV and XLSX through the writer: a directory in the way is exit 2 with a message, no temporary file left', () => {
    const dir = mkdtempSync(join(tmp, 'compare-out-'));
    const data = file('compare.jsonl', `${record()}\n`);
    const compareTo = (out: string) =>
      dme(
        'compare',
        data,
        '--amendment',
        'fixtures/amendments/ambang-prosedural-70.yaml',
        '--as-of',
        '2026-06-30',
        '--out',
        out,
        '--workers',
        '0',
        '--lang',
        'en',
      );
    for (const name of ['changes.csv', 'changes.xlsx']) {
      const out = join(dir, name);
      mkdirSync(out);
      const r = compareTo(out);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`--out: cannot write the file ${out}: this is a directory, not a file\n`);
    }
    expect(readdirSync(dir).sort()).toEqual(['changes.csv', 'changes.xlsx']);
    const out = join(dir, 'written.csv');
    const ok = compareTo(out);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe(`Written to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^\ufeffcode,name,/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('says why a write error happened for the file and for standard output', () => {
    expect(writeProblem({ code: 'EACCES' })).toEqual({
      id: 'tidak ada izin untuk menulis',
      en: 'permission denied',
    });
    expect(writeProblem({ code: 'ENOSPC' }).en).toBe('no space left on the device');
  });
  it('writes --out whole: into a temporary file renamed when complete', () => {
    const out = join(tmp, 'verdicts.jsonl');
    const r = dme(
      'batch',
      file('two.jsonl', `${record()}\n${record()}\n`),
      '--as-of',
      '2026-06-30',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('leaves no torn --out file when interrupted, and says so', async () => {
    const dir = mkdtempSync(join(tmp, 'sigint-'));
    const input = file('sigint.jsonl', `${Array.from({ length: 20_000 }, () => record()).join('\n')}\n`);
    const out = join(dir, 'out.jsonl');
    const child = spawn(process.execPath, [
      'dist/cli.js',
      'batch',
      input,
      '--as-of',
      '2026-06-30',
      '--out',
      out,
      '--workers',
      '0',
      '--lang',
      'en',
    ]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // wait until the temporary file holds some output, then interrupt
    for (let i = 0; i < 600; i++) {
      const temp = readdirSync(dir).find((f) => f.endsWith('.tmp'));
      if (temp && readFileSync(join(dir, temp)).length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toContain(`Interrupted (SIGINT): ${out} was not written.`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('file errors as messages', () => {
  it('names the file and says what is wrong, in the chosen language', () => {
    expect(dme('check', join(tmp, 'none.yaml')).stderr).toBe(
      `${join(tmp, 'none.yaml')}: berkas tidak ditemukan\n`,
    );
    expect(dme('check', tmp, '--lang', 'en').stderr).toBe(`${tmp}: this is a directory, not a file\n`);
    const r = dme('batch', join(tmp, 'none.jsonl'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('none.jsonl');
    expect(r.stderr).not.toContain('ENOENT');
  });
  it('speaks Indonesian about spreadsheets under --lang id', () => {
    const dir = mkdtempSync(join(tmp, 'csv-id-'));
    writeFileSync(join(dir, 'villages.csv'), 'code,nama\n52.03.13.2001,Anjani\n');
    const header = dme('batch', dir, '--as-of', '2026-06-30', '--lang', 'id');
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('villages.csv: kolom "nama" tidak dikenal');
    writeFileSync(join(dir, 'lain.csv'), 'a\n1\n');
    const table = dme('batch', dir, '--as-of', '2026-06-30', '--lang', 'id');
    expect(table.stderr).toContain('lain.csv: bukan tabel data desa');
    expect(header.stderr + table.stderr).not.toMatch(/unknown column|not a table/);
  });
});

describe('no NIK in any message or output', () => {
  it('masks an NIK used as the header of a header-less CSV, and one after a stray quote', () => {
    const dir = mkdtempSync(join(tmp, 'csv-nik-'));
    writeFileSync(join(dir, 'villages.csv'), 'code,name\n52.03.13.2001,Anjani\n');
    writeFileSync(join(dir, 'candidates.csv'), `${NIK},Siti\n52.03.13.2001,x\n`);
    const r = dme('batch', dir, '--as-of', '2026-06-30', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown column "5203**********01"');
    expect(r.stderr + r.stdout).not.toContain(NIK);
    writeFileSync(join(dir, 'candidates.csv'), `villageCode,nik\n52.03.13.2001,x"${NIK}\n`);
    const quote = dme('batch', dir, '--as-of', '2026-06-30', '--lang', 'en');
    expect(quote.stderr + quote.stdout).not.toContain(NIK);
  });
  it('masks an NIK in CSV syntax errors', () => {
    const dir = mkdtempSync(join(tmp, 'csv-quote-'));
    writeFileSync(join(dir, 'villages.csv'), `code,name\n52.03.13.2001,"Anjani ${NIK}\n`);
    const r = dme('batch', dir, '--as-of', '2026-06-30', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('villages.csv: CSV error');
    expect(r.stderr).not.toContain(NIK);
  });
  it('masks an NIK in amendment and calendar errors', () => {
    const a = refusal(() => {
      const issues = validateAmendment(
        parseAmendment({ title: 'T', changes: [{ parameter: `p${NIK}`, value: 1 }] }),
      );
      throw new InputError(issues);
    });
    expect(a.message).not.toContain(NIK);
    const c = refusal(() =>
      parseCalendarYears({ years: [{ year: 2027, sources: [NIK], days: [{ date: NIK, kind: 'x' }] }] }),
    );
    expect(c.message).not.toContain(NIK);
    expect(c.issues.map((i) => i.messages.id).join()).not.toContain(NIK);
  });
  it('masks an NIK typed into a free-text field of the verdict, in JSON, text and Markdown', async () => {
    const doc = await evaluate(anjani({ name: `Anjani ${NIK}`, legalAidPartners: [`LBH ${NIK}`] }), {
      asOf: '2026-06-30',
    });
    for (const out of [maskedJson(doc), formatText(doc, 'id'), formatMarkdown(doc, 'en')]) {
      expect(out).not.toContain(NIK);
    }
    expect(doc.village.name).toBe('Anjani 5203**********01');
  });
  it('dme compare --format json masks an NIK in its strings, keeps the SHA-256 of the amendment whole, and stays JSON', () => {
    const dir = mkdtempSync(join(tmp, 'compare-json-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      JSON.stringify({
        name: `Anjani ${NIK}`,
        asOf: '2026-06-30',
        village: anjani({ name: `Anjani ${NIK}` }),
        expect: {},
      }),
    );
    // an amendment whose digest holds a run of 7 digits, which text masking would cut
    const base = readFileSync('fixtures/amendments/ambang-prosedural-70.yaml', 'utf8');
    let text = base;
    for (let i = 0; !/\d{7}/.test(createHash('sha256').update(text).digest('hex')); i++)
      text = `${base}# ${i}\n`;
    const amendment = file('digest.yaml', text);
    const sha256 = createHash('sha256').update(text).digest('hex');
    const r = dme('compare', dir, '--amendment', amendment, '--format', 'json', '--lang', 'en');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.run.regulation.amendment.sha256).toBe(sha256);
    expect(r.stdout).not.toContain(NIK);
    expect(r.stdout).toContain('Anjani 5203**********01');
    // the national comparison's text and Markdown name the amendment by its digest too, whole
    const villages = file('digest-villages.jsonl', `${JSON.stringify(anjani({ name: `Anjani ${NIK}` }))}\n`);
    for (const format of ['text', 'md', 'html']) {
      const t = dme(
        'compare',
        villages,
        '--amendment',
        amendment,
        '--as-of',
        '2026-06-30',
        '--format',
        format,
      );
      expect(t.code, t.stderr).toBe(0);
      expect(t.stdout).toContain(`SHA-256 ${sha256}`);
      expect(t.stdout).not.toContain(NIK);
    }
  });
  it('shows a digest of a file read whole, but masks a run of digits in a word of the input that looks like one', () => {
    const digest = fileDigest(`${'0123456789'.repeat(6)}abcd`);
    const lookalike = `${'9876543210'.repeat(6)}abcd`;
    expect(maskDigits(`SHA-256 ${digest}, NIK ${NIK}`)).toBe(`SHA-256 ${digest}, NIK 5203**********01`);
    expect(maskDigits(`name ${lookalike}`)).toBe(`name ${maskNik(lookalike.slice(0, 60))}abcd`);
    expect(maskDigits(`${digest}1`)).not.toContain(digest.slice(0, 60));
  });
  it('masks long digit runs in strings only, never in numbers', () => {
    expect(maskDigits(`NIK ${NIK}, 2026-06-30, 52.03.13.2001`)).toBe(
      'NIK 5203**********01, 2026-06-30, 52.03.13.2001',
    );
    expect(JSON.parse(maskedJson({ n: NIK, share: 0.2222222222222222 }))).toEqual({
      n: '5203**********01',
      share: 0.2222222222222222,
    });
  });
});

describe('files a scenario may name', () => {
  it('refuses an amendment path outside the scenario folder tree without reading it', () => {
    const dir = mkdtempSync(join(tmp, 'scn-'));
    mkdirSync(join(dir, 'pasal-01'));
    const secret = file('secret.yaml', 'password: hunter2\n');
    const s = join(dir, 'pasal-01', 's.yaml');
    writeFileSync(
      s,
      `name: x\nasOf: 2026-06-30\namendment: ${secret}\nvillage: {code: "52.03.13.2001", name: A}\nexpect: {inForce: true}\n`,
    );
    for (const r of [dme('check', s, '--lang', 'en'), dme('scenarios', dir, '--lang', 'en')]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('lies outside the scenario folder');
      expect(r.stderr).not.toContain('password');
    }
  });
  it('still reads a scenario amendment in a sibling amendments/ folder, as the fixtures do', () => {
    const r = dme('check', 'fixtures/pasal-07/perubahan-perempuan-40-persen-3-dari-10-tidak-memenuhi.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });
});

describe('Markdown output', () => {
  it('escapes a village name and text so that no HTML or link is made of them', async () => {
    const doc = await evaluate(anjani({ name: '<img src=x onerror=alert(1)> [a](javascript:x)' }), {
      asOf: '2026-06-30',
    });
    const md = formatMarkdown(doc, 'id');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\[a\\](javascript:x)');
  });
  it('escapes a Calon PMI\'s NIK that is not one (found by npm run fuzz: "<A" beside a candidate made HTML)', async () => {
    const doc = await evaluate(
      {
        code: '52.03.13.2001',
        name: 'Desa',
        candidates: [{ name: 'Calon', nik: '<img src=x onerror=alert(1)>' }],
      },
      { asOf: '2026-01-02' },
    );
    const md = formatMarkdown(doc, 'en');
    expect(md).not.toMatch(/<[a-z]/i);
    expect(md).toContain('- Calon (NIK &lt;img');
  });
});

describe('no silent change to input', () => {
  it('refuses CSV cells beyond the header, naming the cell', () => {
    const dir = mkdtempSync(join(tmp, 'csv-extra-'));
    writeFileSync(join(dir, 'villages.csv'), 'code,name\n52.03.13.2001,Anjani,100\n');
    const r = dme('batch', dir, '--as-of', '2026-06-30', '--lang', 'en');
    const line = JSON.parse(r.stdout.trim().split('\n')[0] as string);
    expect(line).toMatchObject({ sheet: 'villages.csv', row: 2, error: 'invalid-record' });
    expect(line.errors[0]).toMatchObject({ column: 'C', row: 2 });
    expect(line.errors[0].message).toContain("cell C2 holds data beyond the header's 2 columns");
  });
  it('finds a key written twice even when the two are escaped differently', () => {
    const e = refusal(() => parseJson('{"ab":1,"a\\u0062":2}', 'x.json'));
    expect(e.issues[0]?.path).toBe('ab');
    expect(parseJson('{"a\\"b":1,"a\\\\":2,"ab":3}', 'x.json')).toEqual({ 'a"b': 1, 'a\\': 2, ab: 3 });
  });
  it('refuses a key written twice in a JSON document and in a JSONL line, naming the key', () => {
    const e = refusal(() => parseJson('{"code":"52.03.13.2001","pmi":{"abroad":1,"abroad":2}}', 'x.json'));
    expect(e.issues[0]?.path).toBe('pmi.abroad');
    expect(e.issues[0]?.messages.id).toBe('kunci "abroad" ditulis dua kali dalam satu objek');
    const r = dme(
      'batch',
      file('dup.jsonl', '{"code":"52.03.13.2001","name":"A","name":"B"}\n'),
      '--lang',
      'en',
    );
    expect(JSON.parse(r.stdout.split('\n')[0] as string)).toMatchObject({
      line: 1,
      error: 'invalid-json',
      errors: [{ path: 'name' }],
    });
  });
});
