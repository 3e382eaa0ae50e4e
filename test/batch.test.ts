import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { recordGenerator } from '../bench/generate.js';
import { regulationUnder } from '../src/amendment/load.js';
import { jsonlItems } from '../src/batch/jsonl.js';
import type { BatchOptions } from '../src/batch/run.js';
import { runBatch } from '../src/batch/run.js';
import { spreadsheetItems, writeTemplate } from '../src/batch/spreadsheet.js';
import { columnsOf, TABLES } from '../src/batch/tables.js';
import { run } from '../src/command.js';
import { evaluate } from '../src/evaluate.js';

const tmp = mkdtempSync(join(tmpdir(), 'dme-batch-'));
const ASOF = '2026-06-30';
const CODES = [
  '52.03.13.2001',
  '52.03.13.2002',
  '52.03.13.2003',
  '34.04.07.2001',
  '91.03.01.3007',
  '12.01.01.1001',
];

/** Runs a batch over JSONL text (full bilingual documents unless told); returns the output lines (parsed) and the tally. */
async function batchOf(text: string, options: Partial<BatchOptions> = {}) {
  const out = new PassThrough();
  let got = '';
  out.on('data', (d: Buffer) => {
    got += d.toString();
  });
  const tally = await runBatch(jsonlItems(Readable.from([text])), out, {
    asOf: ASOF,
    lang: 'en',
    workers: 0,
    detail: 'full',
    bilingual: true,
    ...options,
  });
  return {
    text: got,
    lines: got
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l)),
    tally,
  };
}

function generated(n: number, seed = 11): string[] {
  const g = recordGenerator(seed, { asOf: ASOF, missingRate: 0.05 });
  return Array.from({ length: n }, (_, i) => JSON.stringify(g(CODES[i % CODES.length] as string)));
}

describe('dme batch over JSONL', () => {
  it('writes one verdict per record in input order, each as evaluate() gives it plus the village area', async () => {
    const records = generated(30);
    const { lines, tally } = await batchOf(`${records.join('\n')}\n`, { chunkSize: 4 });
    expect(lines.map((l) => l.village.code)).toEqual(records.map((r) => JSON.parse(r).code));
    for (const [i, line] of lines.entries()) {
      const { area, ...village } = line.village;
      const reference = await evaluate(JSON.parse(records[i] as string), { asOf: ASOF });
      expect({ ...line, village }).toEqual(reference);
      expect(area.province).toBe(
        {
          '52': 'NUSA TENGGARA BARAT',
          '34': 'DAERAH ISTIMEWA YOGYAKARTA',
          '91': 'PAPUA',
          '12': 'SUMATERA UTARA',
        }[String(village.code).slice(0, 2)],
      );
    }
    expect(tally.judged).toBe(30);
    expect(Object.values(tally.eligibility).reduce((a, b) => a + b, 0)).toBe(30);
    expect(Object.values(tally.designation).reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('refuses bad lines with their line number and goes on: not JSON, invalid fields, unknown code', async () => {
    const good = generated(3);
    const text = [
      good[0],
      '{"code": "52.03.13.2001", "name": ',
      '',
      JSON.stringify({ code: '52.03.13.2001', name: 'Anjani', pmi: { abroad: 2, procedural: 5 } }),
      JSON.stringify({ code: '52.03.13.2999', name: 'Tidak Ada' }),
      good[1],
    ].join('\r\n');
    const { lines, tally } = await batchOf(text);
    expect(lines).toHaveLength(5); // the blank line 3 is no record
    expect(lines[0].village.code).toBe(JSON.parse(good[0] as string).code);
    expect(lines[1]).toMatchObject({ line: 2, code: null, error: 'invalid-json' });
    expect(lines[1].errors[0].message).toContain('not valid JSON');
    expect(lines[2]).toMatchObject({ line: 4, code: '52.03.13.2001', error: 'invalid-record' });
    expect(lines[2].errors).toEqual([
      {
        path: 'pmi.procedural',
        message: expect.stringContaining('5 procedural PMI exceed the 2 PMI working abroad'),
      },
    ]);
    expect(lines[3]).toMatchObject({ line: 5, code: '52.03.13.2999', error: 'unknown-village-code' });
    expect(lines[3].errors[0]).toMatchObject({ path: 'code' });
    expect(lines[3].errors[0].message).toMatch(/nearest codes: 52\.03\.13\.\d{4} \(/);
    expect(lines[4].village.code).toBe(JSON.parse(good[1] as string).code);
    expect(tally.judged).toBe(2);
    expect(tally.invalid).toEqual({
      'invalid-json': 1,
      'invalid-record': 1,
      'unknown-village-code': 1,
      'unknown-village': 0,
    });
  });

  it('never prints an NIK whole, even in an error message', async () => {
    const nik = '5203015708000001';
    const record = {
      code: '52.03.13.2001',
      name: 'Anjani',
      candidates: [{ name: 'Baiq', nik, birthDate: 'x' }],
    };
    const { text } = await batchOf(
      `${JSON.stringify(record)}\n${JSON.stringify({ ...record, candidates: [{ name: 'B', nik }] })}\n`,
    );
    expect(text).not.toContain(nik);
    expect(text).toContain('5203**********01');
  });

  it('gives the same output with two worker threads as in one thread, in input order', async () => {
    const records = generated(120, 5);
    records.splice(17, 0, 'not json', JSON.stringify({ code: '11.01.01.2999', name: 'X' }));
    const text = `${records.join('\n')}\n`;
    const one = await batchOf(text, { workers: 0 });
    const two = await batchOf(text, { workers: 2, chunkSize: 7 });
    expect(two.text).toBe(one.text);
    expect(two.tally).toEqual(one.tally);
    expect(one.lines).toHaveLength(122);
  });

  it('reports progress after each chunk (records done, bytes read), also with worker threads', async () => {
    const records = generated(9).map((r, i) => (i === 4 ? r.replace('"name":"', '"name":"Désa ') : r));
    const text = `${records.join('\n')}\n`;
    const seen: { records: number; bytes: number }[] = [];
    await batchOf(text, { workers: 1, chunkSize: 4, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.records)).toEqual([4, 8, 9]);
    expect(seen.at(-1)?.bytes).toBe(Buffer.byteLength(text));
    expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
  });

  it('judges under an amendment, in worker threads as in this thread', async () => {
    const amendment = 'fixtures/amendments/ambang-prosedural-70.yaml';
    const regulation = await regulationUnder(amendment);
    const record = { code: '52.03.13.2001', name: 'Anjani', pmi: { abroad: 100, procedural: 79 } };
    const text = `${JSON.stringify(record)}\n`;
    const here = await batchOf(text, { regulation, amendment });
    const threads = await batchOf(text, { regulation, amendment, workers: 1 });
    expect(threads.text).toBe(here.text);
    const finding = (line: { articles: { findings: { citation: string; verdict: string }[] }[] }) =>
      line.articles.flatMap((a) => a.findings).find((f) => f.citation === 'Pasal 4 ayat (3) huruf a')
        ?.verdict;
    expect(finding(here.lines[0])).toBe('met');
    expect(finding((await batchOf(text)).lines[0])).toBe('not_met');
  });

  it('reads lazily: with a slow reader and a small chunk size, output begins before the input ends', async () => {
    const records = generated(12);
    let pulled = 0;
    let pulledWhenFirstWritten = -1;
    const source = Readable.from(
      (async function* () {
        for (const r of records) {
          pulled++;
          yield `${r}\n`;
        }
      })(),
    );
    const out = new PassThrough();
    out.on('data', () => {
      if (pulledWhenFirstWritten < 0) pulledWhenFirstWritten = pulled;
    });
    await runBatch(jsonlItems(source), out, { asOf: ASOF, lang: 'en', workers: 0, chunkSize: 2 });
    expect(pulledWhenFirstWritten).toBeGreaterThan(0);
    expect(pulledWhenFirstWritten).toBeLessThan(records.length);
  });
});

/** CSV text from rows. */
function csv(rows: (string | number)[][]): string {
  return `${rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : c)).join(',')).join('\n')}\n`;
}

describe('dme batch over spreadsheets', () => {
  const dir = join(tmp, 'csv');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'villages.csv'),
    csv([
      [
        'code',
        'name',
        'pmi.abroad',
        'pmi.procedural',
        'informationService',
        'legalAidPartners',
        'team',
        'team.decree.issuedOn',
        'villageRegulation',
      ],
      ['52.03.13.2001', 'Anjani', 120, 100, 'ya', 'LBH Mataram; Migrant Care', '', '2026-01-15', ''],
      ['52.03.13.2002', 'Kerumut', 'banyak', 3, 'tidak', '', 'tidak ada', '', 'tidak ada'],
      ['52.03.13.2003', 'Suralaga', 10, 8, 'mungkin', 'tidak ada', '', '', ''],
    ]),
  );
  writeFileSync(
    join(dir, 'activities.csv'),
    csv([
      ['villageCode', 'date', 'kind'],
      ['52.03.13.2001', '2026-02-10', 'awareness'],
      ['52.03.13.2001', '2026-04-02', 'entrepreneurship'],
      ['52.03.13.2003', '2026-02-30', 'awareness'],
      ['52.03.13.2777', '2026-02-10', 'awareness'],
    ]),
  );
  writeFileSync(
    join(dir, 'members.csv'),
    csv([
      ['villageCode', 'name', 'sex', 'background'],
      ['52.03.13.2001', 'Siti', 'female', 'kepala-desa'],
      ['52.03.13.2001', 'Made', 'male', 'purna-pmi; keluarga-pmi'],
    ]),
  );
  writeFileSync(join(dir, 'notes.txt'), 'not a table');

  it('joins the tables of a CSV folder by village code into records', async () => {
    const items = await spreadsheetItems(dir, 'en');
    expect(items[0]?.record).toEqual({
      code: '52.03.13.2001',
      name: 'Anjani',
      pmi: { abroad: 120, procedural: 100 },
      informationService: true,
      legalAidPartners: ['LBH Mataram', 'Migrant Care'],
      team: {
        decree: { issuedOn: '2026-01-15' },
        members: [
          { name: 'Siti', sex: 'female', background: ['kepala-desa'] },
          { name: 'Made', sex: 'male', background: ['purna-pmi', 'keluarga-pmi'] },
        ],
      },
      activities: [
        { date: '2026-02-10', kind: 'awareness' },
        { date: '2026-04-02', kind: 'entrepreneurship' },
      ],
    });
    // a village without activity rows has none (the table is the complete list); none for "tidak ada"
    expect(items[1]?.record).toMatchObject({ team: null, villageRegulation: null, activities: [] });
  });

  it('refuses a village with a bad cell naming the file, row and column, and judges the others', async () => {
    const out = new PassThrough();
    let got = '';
    out.on('data', (d: Buffer) => {
      got += d.toString();
    });
    const items = await spreadsheetItems(dir, 'en');
    const tally = await runBatch(Readable.from(items), out, {
      asOf: ASOF,
      lang: 'en',
      workers: 0,
      detail: 'full',
    });
    const lines = got
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].village).toMatchObject({ code: '52.03.13.2001', area: { district: 'Suralaga' } });
    expect(lines[1]).toMatchObject({
      sheet: 'villages.csv',
      row: 3,
      code: '52.03.13.2002',
      error: 'invalid-record',
    });
    expect(lines[1].errors).toEqual([
      {
        path: 'pmi.abroad',
        message: '"banyak" is not a whole number',
        sheet: 'villages.csv',
        row: 3,
        column: 'pmi.abroad',
      },
    ]);
    expect(lines[2]).toMatchObject({ sheet: 'villages.csv', row: 4, error: 'invalid-record' });
    expect(lines[2].errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'villages.csv',
          row: 4,
          column: 'informationService',
          path: 'informationService',
        }),
        expect.objectContaining({
          sheet: 'activities.csv',
          row: 4,
          column: 'date',
          path: 'activities[0].date',
        }),
      ]),
    );
    expect(lines[3]).toMatchObject({
      sheet: 'activities.csv',
      row: 5,
      code: '52.03.13.2777',
      error: 'unknown-village',
    });
    expect(lines[3].errors[0]).toMatchObject({
      column: 'villageCode',
      message: 'village 52.03.13.2777 is not in the villages.csv table',
    });
    expect(tally.judged).toBe(1);
    expect(tally.invalid['invalid-record']).toBe(2);
    expect(tally.invalid['unknown-village']).toBe(1);
  });

  it('documents every table and column in docs/spreadsheet.md', () => {
    const doc = readFileSync('docs/spreadsheet.md', 'utf8');
    for (const table of TABLES) {
      expect(doc).toContain(`### \`${table.name}\``);
      for (const column of columnsOf(table))
        expect(doc).toMatch(new RegExp(`\\| \`${column.name.replaceAll('.', '\\.')}\` +\\|`));
    }
  });

  it('refuses a table with an unknown column, naming it', async () => {
    const bad = join(tmp, 'bad-header');
    mkdirSync(bad);
    writeFileSync(
      join(bad, 'villages.csv'),
      csv([
        ['code', 'name', 'pmi.abrod'],
        ['52.03.13.2001', 'Anjani', 3],
      ]),
    );
    await expect(spreadsheetItems(bad, 'en')).rejects.toThrow('villages.csv: unknown column "pmi.abrod"');
  });

  it('reads the template workbook back as a record that judges without error', async () => {
    const file = join(tmp, 'template.xlsx');
    await writeTemplate(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['petunjuk', ...TABLES.map((t) => t.name)]);
    const items = await spreadsheetItems(file, 'en');
    expect(items).toHaveLength(1);
    expect(items[0]?.problems).toEqual([]);
    const doc = await evaluate(items[0]?.record, { asOf: ASOF });
    expect(doc.village.name).toBe('Anjani');
    expect(doc.candidates.map((c) => c.name)).toEqual(['Baiq Lestari']);
  });

  it('reads typed XLSX cells (numbers, booleans, dates) and names sheet, row and column of a bad one', async () => {
    const workbook = new ExcelJS.Workbook();
    const villages = workbook.addWorksheet('villages');
    villages.addRow(['code', 'name', 'pmi.abroad', 'informationService', 'dataCollection.lastUpdatedOn']);
    villages.addRow(['52.03.13.2001', 'Anjani', 120, true, new Date(Date.UTC(2026, 2, 1))]);
    villages.addRow(['52.03.13.2002', 'Kerumut', 4.5, 'ya', '2026-03-01']);
    const candidates = workbook.addWorksheet('candidates');
    candidates.addRow(['villageCode', 'name', 'nik']);
    candidates.addRow(['52.03.13.2002', 'Baiq', 5203015708000001]);
    const file = join(tmp, 'typed.xlsx');
    await workbook.xlsx.writeFile(file);
    const items = await spreadsheetItems(file, 'id');
    expect(items[0]?.record).toEqual({
      code: '52.03.13.2001',
      name: 'Anjani',
      pmi: { abroad: 120 },
      informationService: true,
      dataCollection: { lastUpdatedOn: '2026-03-01' },
      candidates: [],
    });
    const out = new PassThrough();
    let got = '';
    out.on('data', (d: Buffer) => {
      got += d.toString();
    });
    await runBatch(Readable.from(items), out, { asOf: ASOF, lang: 'id', workers: 0 });
    const refused = JSON.parse(got.trimEnd().split('\n')[1] as string);
    expect(refused).toMatchObject({ sheet: 'villages', row: 3, error: 'invalid-record' });
    expect(refused.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'villages', row: 3, column: 'pmi.abroad', path: 'pmi.abroad' }),
        expect.objectContaining({ sheet: 'candidates', row: 2, column: 'nik', path: 'candidates[0].nik' }),
      ]),
    );
    expect(got).not.toContain('5203015708000001');
  });
});

describe('the dme command', () => {
  function dme(...args: string[]) {
    const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** `dme ARGS` in this process, with its standard streams collected. */
  async function dmeIn(args: string[]) {
    const text = { stdout: '', stderr: '' };
    const sink = (name: 'stdout' | 'stderr') =>
      new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          text[name] += String(chunk);
          done();
        },
      });
    const code = await run(['node', 'dme', ...args], { stdout: sink('stdout'), stderr: sink('stderr') });
    return { code, ...text };
  }

  it('judges a JSONL file into --out with worker threads and prints a summary on stderr', () => {
    const input = join(tmp, 'in.jsonl');
    const records = generated(40, 3);
    writeFileSync(input, `${records.join('\n')}\n{oops\n`);
    const out = join(tmp, 'out.jsonl');
    const r = dme('batch', input, '--as-of', ASOF, '--out', out, '--workers', '2', '--lang', 'en');
    expect(r.stderr).toContain('40 villages judged');
    expect(r.stderr).toMatch(/records refused: 1 \(not JSON 1\)/);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(41); // one per record, each saying what produced it
    for (const l of lines) expect(JSON.parse(l).run).toMatchObject({ asOf: ASOF, detail: 'full' });
    expect(JSON.parse(lines[0] as string).articles.length).toBeGreaterThan(10);
    expect(JSON.parse(lines[40] as string)).toMatchObject({ line: 41, error: 'invalid-json' });
  });

  it('writes its summary and the template notice to the streams it is run with, not to the process (run(argv, io))', async () => {
    const input = join(tmp, 'in-process.jsonl');
    writeFileSync(input, `${generated(3, 5).join('\n')}\n`);
    const out = join(tmp, 'in-process.csv');
    const template = join(tmp, 'in-process-template.xlsx');
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const batch = await dmeIn([
        'batch',
        input,
        '--as-of',
        ASOF,
        '--out',
        out,
        '--workers',
        '0',
        '--lang',
        'en',
      ]);
      expect(batch.code).toBe(0);
      expect(batch.stderr).toContain('3 villages judged');
      const made = await dmeIn(['template', '--out', template, '--lang', 'id']);
      expect(made.stderr).toBe(
        `Templat ditulis ke ${template}; lihat lembar "petunjuk" dan docs/spreadsheet.md.\n`,
      );
      const schema = await dmeIn(['schema', 'village-record', '--compact']);
      expect(JSON.parse(schema.stdout).type).toBe('object');
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual([]);
  });

  it('writes one verdict document per record to stdout by default (interface.md), and exits 2 on a missing file or a bad --workers', async () => {
    const input = join(tmp, 'one.jsonl');
    const [record] = generated(1);
    writeFileSync(input, `${record}\n`);
    const ok = dme('batch', input, '--as-of', ASOF, '--workers', '0', '--lang', 'id');
    const [verdict, ...more] = ok.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(more).toEqual([]);
    expect(verdict.run).toMatchObject({ asOf: ASOF, detail: 'full', package: { name: 'desa-migran-emas' } });
    const { run: _run, ...document } = verdict;
    const evaluated = await evaluate(JSON.parse(record as string), { asOf: ASOF });
    expect(document.status).toEqual(evaluated.status);
    expect(document.obligations.map((o: { due: string }) => o.due)).toEqual(
      evaluated.obligations.map((o) => o.due),
    );
    expect(document.village).toMatchObject({ ...evaluated.village, area: { province: expect.any(String) } });
    expect(verdict.asOf).toBe(ASOF);
    expect(typeof verdict.articles[0].title).toBe('string'); // one language unless --bilingual
    expect(ok.stderr).toContain('1 desa dinilai');
    const missing = dme('batch', join(tmp, 'nope.jsonl'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('berkas atau folder tidak ditemukan');
    const unwritable = dme('batch', input, '--out', join(tmp, 'no-such-folder', 'out.jsonl'), '--lang', 'en');
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('--out: cannot write the file');
    expect(unwritable.stderr).not.toContain('    at ');
    const workers = dme('batch', input, '--workers', 'many', '--lang', 'en');
    expect(workers.code).toBe(2);
    expect(workers.stderr).toContain('--workers: must be a whole number');
  });

  it('writes the template workbook', () => {
    const file = join(tmp, 'from-cli.xlsx');
    const r = dme('template', '--out', file);
    expect(r.code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});
