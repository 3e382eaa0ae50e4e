import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordGenerator } from '../bench/generate.js';
import { areaDataDir, readAreaCsv } from '../src/area/index.js';
import { spreadsheetItems } from '../src/batch/spreadsheet.js';
import { CHROMIUM_INSTALL_TIMEOUT, chromium, chromiumPath } from './support/chromium.js';
import { countColour, decodePng } from './support/png.js';

// `dme compare DATA --amendment FILE`: the national impact of an amendment, on the batch inputs (JSONL, a CSV
// folder, a workbook), checked against the scenario comparison of the same villages.

const tmp = mkdtempSync(join(tmpdir(), 'dme-national-compare-'));
const ASOF = '2026-06-30';
const AMENDMENT = 'fixtures/amendments/ambang-prosedural-70.yaml';

function dme(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(...args: string[]) {
  const r = dme(...args, '--format', 'json', '--lang', 'en');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** Writes each record as a scenario file (its village on ASOF, nothing expected). */
function asScenarios(dir: string, records: unknown[]): void {
  mkdirSync(dir, { recursive: true });
  for (const [i, village] of records.entries()) {
    const file = join(dir, `v${String(i).padStart(4, '0')}.yaml`);
    writeFileSync(file, JSON.stringify({ name: `village ${i}`, asOf: ASOF, village, expect: {} }));
  }
}

interface Change {
  code?: string;
  village?: { code: string };
  status: { field: string; before: string; after: string }[];
  citations: { citation: string; detail: string | null; before: unknown; after: unknown }[];
}

/** A change as both comparisons report it: the code, the status changes, each citation's verdicts. */
function shape(c: Change) {
  const verdict = (s: unknown) =>
    s === null || typeof s === 'string' ? s : (s as { verdict: string }).verdict;
  return {
    code: c.code ?? c.village?.code,
    status: c.status,
    citations: c.citations.map((x) => [x.citation, x.detail, verdict(x.before), verdict(x.after)]),
  };
}

/** Every 650th village of the official list, generated records. */
const CODES = readAreaCsv(readFileSync(join(areaDataDir(), 'villages.csv'), 'utf8'))
  .filter((_, i) => i % 650 === 0)
  .map(([code]) => code as string);
const generate = recordGenerator(8, { asOf: ASOF, missingRate: 0.02, designatedRate: 0.5 });
const records = CODES.map((code) => generate(code));
const jsonl = join(tmp, 'villages.jsonl');
writeFileSync(
  jsonl,
  `${[
    ...records.slice(0, 30).map((r) => JSON.stringify(r)),
    '{"code": "oops',
    JSON.stringify({ code: '11.01.01.2001', name: 'X', pmi: { abroad: 1, procedural: 9 } }),
    ...records.slice(30).map((r) => JSON.stringify(r)),
  ].join('\n')}\n`,
);
asScenarios(join(tmp, 'scenarios'), records);

/** `dme compare` of the JSONL villages under the amendment on ASOF, with more options. */
const compareJsonl = (...extra: string[]) =>
  dme('compare', jsonl, '--amendment', AMENDMENT, '--as-of', ASOF, ...extra);

describe('dme compare on village data', () => {
  let report: {
    villages: number;
    refused: Record<string, number>;
    changed: Record<string, number>;
    changes: Change[];
    provinces: Record<string, number | string>[];
    regencies: Record<string, number | string>[];
    drivers: { citation: string; status: number; anyVerdict: number }[];
    run: { regulation: { amendment: { sha256: string } }; asOf: string; package: { version: string } };
  };
  beforeAll(() => {
    report = json('compare', jsonl, '--amendment', AMENDMENT, '--as-of', ASOF, '--workers', '2');
  });

  it('on JSONL agrees with the comparison of the same villages as scenarios: counts, changed villages, status and citations', () => {
    const scenarios = json('compare', join(tmp, 'scenarios'), '--amendment', AMENDMENT);
    expect(report.villages).toBe(records.length);
    expect(scenarios.villages).toBe(records.length);
    expect(report.changed.eligibility).toBe(scenarios.changed.eligibility);
    expect(report.changed.designation).toBe(scenarios.changed.designation);
    expect(report.changed.evaluationResult).toBe(scenarios.changed.evaluationResult);
    expect(report.changed.anyVerdict).toBe(scenarios.changed.anyVerdict);
    expect(report.changed.eligibility).toBeGreaterThan(0);
    expect(report.changes.map(shape)).toEqual(scenarios.changes.map(shape));
  });

  it('keeps input order, counts refused records without stopping, and its province and regency counts add up to the national ones', () => {
    const order = report.changes.map((c) => CODES.indexOf(c.code as string));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(report.refused).toMatchObject({ 'invalid-json': 1, 'invalid-record': 1 });
    for (const key of ['judged', 'eligibility', 'evaluationResult', 'status', 'anyVerdict']) {
      expect(report.provinces.reduce((n, p) => n + Number(p[key]), 0)).toBe(report.changed[key]);
      expect(report.regencies.reduce((n, p) => n + Number(p[key]), 0)).toBe(report.changed[key]);
    }
    expect(report.changed.judged).toBe(records.length);
    expect(report.provinces.length).toBeGreaterThan(20);
    for (const p of report.provinces)
      expect(report.changes.filter((c) => (c as { province?: string }).province === p.province).length).toBe(
        p.anyVerdict,
      );
    // the provision whose threshold moved drives every change
    expect(report.drivers[0]).toMatchObject({
      citation: 'Pasal 4 ayat (3) huruf a',
      anyVerdict: report.changed.anyVerdict,
    });
    expect(report.run.asOf).toBe(ASOF);
    expect(report.run.regulation.amendment.sha256).toBe(
      createHash('sha256').update(readFileSync(AMENDMENT)).digest('hex'),
    );
  });

  it('compares an amendment against another (--base), naming both texts', () => {
    const base = 'fixtures/amendments/perempuan-40-persen.yaml';
    const both = json(
      'compare',
      jsonl,
      '--amendment',
      AMENDMENT,
      '--base',
      base,
      '--as-of',
      ASOF,
      '--workers',
      '0',
    );
    const scenarios = json('compare', join(tmp, 'scenarios'), '--amendment', AMENDMENT, '--base', base);
    expect(both.changes.map(shape)).toEqual(scenarios.changes.map(shape));
    expect(both.run.base.amendment.title).toBe(both.base.amendment);
    expect(both.drivers.map((d: { citation: string }) => d.citation)).toContain('Pasal 4 ayat (3) huruf a');
    expect(both.drivers.map((d: { citation: string }) => d.citation)).toContain('Pasal 7 ayat (3)');
  });

  it('reads as text and as a Markdown memo: counts, provinces, drivers, the first changed villages, what produced it', () => {
    const text = compareJsonl('--workers', '0', '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `${records.length} villages judged under both texts on the assessment date ${ASOF}; records refused 2.`,
    );
    expect(text.stdout).toContain(`any verdict ${report.changed.anyVerdict}.`);
    expect(text.stdout).toMatch(/Villages that changed, by province[^\n]*:\n {2}[A-Z ]+: \d+ \/ \d+ \/ \d+/);
    // beside each driver the provenance of the provision and of its threshold, before → after (the amendment
    // rewords huruf a: its new wording is a working assumption)
    expect(report.drivers[0]).toMatchObject({
      citation: 'Pasal 4 ayat (3) huruf a',
      before: { provenance: 'PUB', parameterProvenance: { minProceduralShare: 'ASM' } },
      after: { provenance: 'ASM', parameterProvenance: { minProceduralShare: 'ASM' } },
    });
    expect(text.stdout).toContain(
      `  Pasal 4 ayat (3) huruf a [PUB; value ASM] → [ASM; value ASM]: ${report.drivers[0]?.status} / ${report.changed.anyVerdict}`,
    );
    expect(report.changes.length).toBeLessThan(50); // all listed (text lists the first 50)
    for (const c of report.changes) expect(text.stdout).toContain(`  ${c.code} `);
    expect(text.stdout).toMatch(
      /Produced: produced by desa-migran-emas \S+; base text [^;]+; amended text [^;]+ \+ Ambang PMI Prosedural 70 persen \[[^\]]+SHA-256 [0-9a-f]{64}\]; Tanggal Penilaian 2026-06-30; run at /,
    );
    const md = compareJsonl('--workers', '0', '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Perbandingan hasil: Ambang PMI Prosedural 70 persen/);
    expect(md.stdout).toContain('| provinsi | status berubah | putusan apa pun | desa |');
    expect(md.stdout).toContain(`- Tanggal Penilaian: ${ASOF}`);
    expect(md.stdout).toContain('| Pasal 4 ayat (3) huruf a \\[PUB; nilai ASM\\] → \\[ASM; nilai ASM\\] |');
  });

  it('judges scenarios on another date with --as-of', () => {
    const later = json('compare', join(tmp, 'scenarios'), '--amendment', AMENDMENT, '--as-of', '2025-06-30');
    // before the regulation is in force nothing is judged, so nothing changes
    expect(later.villages).toBe(records.length);
    expect(later.changed.anyVerdict).toBe(0);
    expect(later.run.asOf).toBe('2025-06-30');
  });

  it('writes the changed villages as CSV and as a workbook that read back', async () => {
    const csv = join(tmp, 'changes.csv');
    expect(compareJsonl('--out', csv, '--workers', '0').code).toBe(0);
    const rows = parse(readFileSync(csv), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.code)).toEqual(report.changes.map((c) => c.code));
    const flipped = rows.filter((r) => r.eligibilityBefore !== r.eligibilityAfter);
    expect(flipped).toHaveLength(report.changed.eligibility as number);
    expect(rows[0]?.citationsChanged).toContain('Pasal 4 ayat (3) huruf a: not_met → met');
    expect(rows[0]).toMatchObject({ asOf: ASOF, amendment: 'Ambang PMI Prosedural 70 persen' });

    const xlsx = join(tmp, 'changes.xlsx');
    expect(compareJsonl('--out', xlsx, '--lang', 'en').code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'about',
      'provinces',
      'regencies',
      'drivers',
      'changed-villages',
      'refused',
    ]);
    const column = (sheet: string, n: number) => {
      const out: unknown[] = [];
      wb.getWorksheet(sheet)?.eachRow((row, i) => {
        if (i > 1) out.push(row.getCell(n).value);
      });
      return out;
    };
    expect(column('changed-villages', 1)).toEqual(report.changes.map((c) => c.code));
    expect((column('provinces', 8) as number[]).reduce((a, b) => a + b, 0)).toBe(report.changed.anyVerdict);
    expect(column('refused', 3)).toEqual(['invalid-json', 'invalid-record']);
    expect(column('drivers', 1)[0]).toBe('Pasal 4 ayat (3) huruf a');
  });

  it('writes the changed villages as CSV to stdout with --format csv', () => {
    const out = compareJsonl('--format', 'csv', '--workers', '0');
    expect(out.code).toBe(0);
    expect(out.stderr).not.toContain('    at ');
    const rows = parse(out.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.code)).toEqual(report.changes.map((c) => c.code));
    expect(rows.filter((r) => r.eligibilityBefore !== r.eligibilityAfter)).toHaveLength(
      report.changed.eligibility as number,
    );
    expect(rows[0]).toMatchObject({ asOf: ASOF, amendment: 'Ambang PMI Prosedural 70 persen' });
  });
});

describe('dme compare on spreadsheets', () => {
  const dir = join(tmp, 'csv');
  mkdirSync(dir);
  const villages = [
    ['code', 'name', 'pmi.abroad', 'pmi.procedural', 'informationService'],
    ['52.03.13.2001', 'Anjani', 100, 79, 'ya'],
    ['52.03.13.2002', 'Kerumut', 100, 69, 'ya'],
    ['52.03.13.2003', 'Suralaga', 100, 70, 'tidak'],
    ['52.03.13.2004', 'Bagik Payung', 'banyak', 3, 'ya'],
    ['34.04.07.2001', 'Sendangadi', 40, 35, 'ya'],
  ];
  writeFileSync(join(dir, 'villages.csv'), `${villages.map((r) => r.join(',')).join('\n')}\n`);
  const xlsx = join(tmp, 'villages.xlsx');

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('villages');
    for (const r of villages) sheet.addRow(r);
    await wb.xlsx.writeFile(xlsx);
    const items = await spreadsheetItems(dir, 'en');
    asScenarios(
      join(tmp, 'csv-scenarios'),
      items.filter((i) => !i.problems?.length).map((i) => i.record),
    );
  });

  it('on a CSV folder and on a workbook agrees with the comparison of the same villages as scenarios', () => {
    const scenarios = json('compare', join(tmp, 'csv-scenarios'), '--amendment', AMENDMENT);
    for (const input of [dir, xlsx]) {
      const r = json('compare', input, '--amendment', AMENDMENT, '--as-of', ASOF, '--workers', '0');
      expect(r.villages).toBe(4);
      expect(r.refused['invalid-record']).toBe(1);
      expect(r.changes.map(shape)).toEqual(scenarios.changes.map(shape));
      expect(r.changes.map((c: Change) => c.code)).toEqual(['52.03.13.2001', '52.03.13.2003']);
    }
  });
});

describe('the HTML report of a national comparison', () => {
  const page = join(tmp, 'national.html');
  const shot = join(tmp, 'national.png');
  beforeAll(() => {
    chromiumPath();
    const r = dme(
      'compare',
      jsonl,
      '--amendment',
      AMENDMENT,
      '--as-of',
      ASOF,
      '--out',
      page,
      '--lang',
      'en',
      '--workers',
      '0',
    );
    expect(r.code).toBe(0);
  }, CHROMIUM_INSTALL_TIMEOUT);

  it('renders in Chromium: counts, outcome charts, the chart by province, drivers, wording diff, changed villages, provenance', () => {
    const html = readFileSync(page, 'utf8');
    expect(html).not.toMatch(/<script|<link|<img|url\(/i);
    const r = chromium('--dump-dom', `file://${page}`);
    expect(r.code).toBe(0);
    const dom = r.stdout;
    expect(dom).toContain('<h1>Outcome comparison: Ambang PMI Prosedural 70 persen</h1>');
    expect(dom).toMatch(/<div class="n">\d+<\/div><div class="l">eligibility changed<\/div>/);
    expect(dom.match(/<svg[^>]*role="img"/g)?.length).toBe(5); // four outcomes, and the provinces
    expect(dom.match(/class="bar-status"/g)?.length).toBeGreaterThan(5);
    expect(dom).toContain('Provisions that drive the change');
    expect(dom).toContain('<del>0,8;</del> <ins>0,7;</ins>');
    expect(dom).toMatch(/<td>[^<]+ \(\d{2}\.\d{2}\.\d{2}\.\d{4}\)<\/td>/); // a changed village
    expect(dom).toContain('Pasal 4 ayat (3) huruf a: not met → met');
    expect(dom).toMatch(/produced by: desa-migran-emas \d/);
    expect(dom).toContain('Tanggal Penilaian: 2026-06-30');
  });

  it('paints the bars of the charts in a screenshot', () => {
    const r = chromium(`--screenshot=${shot}`, '--window-size=1280,2400', `file://${page}`);
    expect(r.code).toBe(0);
    const img = decodePng(readFileSync(shot));
    expect(img.width).toBe(1280);
    expect(countColour(img, '7d8fa3')).toBeGreaterThan(2000);
    expect(countColour(img, 'd9822b')).toBeGreaterThan(2000);
  });
});
