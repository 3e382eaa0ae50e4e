import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { recordGenerator } from '../bench/generate.js';
import { regulationUnder } from '../src/amendment/load.js';
import { areaDataDir, readAreaCsv } from '../src/area/index.js';
import { jsonlItems } from '../src/batch/jsonl.js';
import { type BatchOptions, runBatch } from '../src/batch/run.js';
import { evaluate } from '../src/evaluate.js';
import { scenarioAmendmentPath } from '../src/scenario-amendment.js';
import { loadScenarios } from '../src/scenarios.js';
import type { VerdictDocument } from '../src/verdict.js';

// The national picture of `dme batch`: summary rows (JSONL, CSV, XLSX) and what they say about the same
// villages' full verdict documents, counts by province and regency, provisions ranked, refused records.

const tmp = mkdtempSync(join(tmpdir(), 'dme-national-'));
const ASOF = '2026-06-30';

/** Every 650th village of the official list: villages of most provinces, in the list's order. */
const CODES = readAreaCsv(readFileSync(join(areaDataDir(), 'villages.csv'), 'utf8'))
  .filter((_, i) => i % 650 === 0)
  .map(([code]) => code as string);

function records(seed = 21): string[] {
  const g = recordGenerator(seed, { asOf: ASOF, missingRate: 0.05, designatedRate: 0.5 });
  return CODES.map((code) => JSON.stringify(g(code)));
}

async function run(text: string, options: Partial<BatchOptions>) {
  const out = new PassThrough();
  let got = '';
  out.on('data', (d: Buffer) => {
    got += d.toString();
  });
  const tally = await runBatch(jsonlItems(Readable.from([text])), out, {
    asOf: ASOF,
    lang: 'en',
    workers: 0,
    ...options,
  });
  return {
    lines: got
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l)),
    tally,
  };
}

function dme(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Doc {
  village: { code: string; name: string; kind: string; area?: Record<string, string> };
  status: Record<string, unknown>;
  articles: { findings: { citation: string; verdict: string; missing?: string[] }[] }[];
  obligations: { citation: string; period: string | null; due: string | null; status: string }[];
  candidates: { findings: { citation: string; verdict: string }[] }[];
}

describe('judging without explanations', () => {
  /** Everything of a verdict document but its explanations (messages and values). */
  const verdicts = (d: VerdictDocument) => ({
    status: d.status,
    articles: d.articles.map((a) => [
      a.article,
      a.verdict,
      a.findings.map((f) => [f.citation, f.verdict, f.missing, f.provenance, f.parameterProvenance]),
    ]),
    obligations: d.obligations.map((o) => [
      o.citation,
      o.party,
      o.period,
      o.due,
      o.status,
      o.fulfilledOn,
      o.parameterProvenance,
    ]),
    candidates: d.candidates.map((c) => [
      c.nik,
      c.verdict,
      c.findings.map((f) => [f.citation, f.verdict, f.missing]),
      c.outstanding,
    ]),
  });
  const unexplained = (d: VerdictDocument) => {
    const findings = [...d.articles.flatMap((a) => a.findings), ...d.candidates.flatMap((c) => c.findings)];
    const judged = findings.filter((f) => f.verdict === 'met' || f.verdict === 'not_met');
    for (const f of judged) expect(f.message).toEqual({ id: '', en: '' });
    for (const o of d.obligations) {
      expect(o.message).toEqual({ id: '', en: '' });
      expect(o.values).toEqual({});
    }
    return judged.length + d.obligations.length;
  };

  it('gives every finding, obligation, candidate and status the verdict it has with explanations, and empty messages', async () => {
    let bare = 0;
    for (const text of records(33).slice(0, 60)) {
      const record = JSON.parse(text);
      const full = await evaluate(record, { asOf: ASOF, engine: 'compiled' });
      const quick = await evaluate(record, { asOf: ASOF, engine: 'compiled', explain: false });
      expect(verdicts(quick)).toEqual(verdicts(full));
      bare += unexplained(quick);
    }
    expect(bare).toBeGreaterThan(500);
  });

  it('does so for every shipped scenario too (calendar gaps, exceptions, transitions, amendments)', async () => {
    const scenarios = await loadScenarios('fixtures');
    let obligations = 0;
    for (const { file, scenario } of scenarios) {
      const regulation = scenario.amendment
        ? await regulationUnder(await scenarioAmendmentPath(file, scenario.amendment, 'fixtures'))
        : undefined;
      const options = {
        asOf: scenario.asOf,
        engine: 'compiled' as const,
        ...(regulation ? { regulation } : {}),
      };
      const full = await evaluate(scenario.village, options);
      const quick = await evaluate(scenario.village, { ...options, explain: false });
      expect(verdicts(quick), file).toEqual(verdicts(full));
      unexplained(quick);
      obligations += quick.obligations.length;
    }
    expect(obligations).toBeGreaterThan(100);
  });
});

describe('summary rows', () => {
  it('say for each village what its full verdict document says: area, status, citations not met, unknown with missing data, late or overdue obligations', async () => {
    const text = `${records().join('\n')}\n`;
    const summary = await run(text, { detail: 'summary' });
    const full = await run(text, { detail: 'full', bilingual: true });
    expect(summary.lines).toHaveLength(CODES.length);
    expect(summary.lines.map((r) => r.code)).toEqual(CODES);
    let withObligations = 0;
    let withUnknown = 0;
    for (const [i, row] of summary.lines.entries()) {
      const doc = full.lines[i] as Doc;
      const villageFindings = doc.articles.flatMap((a) => a.findings);
      const candidateNotMet = doc.candidates
        .flatMap((c) => c.findings)
        .filter((f) => f.verdict === 'not_met');
      expect(row).toEqual({
        code: doc.village.code,
        name: doc.village.name,
        district: doc.village.area?.district,
        regency: doc.village.area?.regency,
        province: doc.village.area?.province,
        kind: doc.village.kind,
        eligibility: doc.status.eligibility,
        designation: doc.status.designation,
        evaluationResult: doc.status.evaluationResult,
        revocationRecommended: doc.status.revocationRecommended,
        notMet: [
          ...new Set([
            ...villageFindings.filter((f) => f.verdict === 'not_met').map((f) => f.citation),
            ...candidateNotMet.map((f) => f.citation),
          ]),
        ],
        unknown: expect.arrayContaining(
          villageFindings
            .filter((f) => f.verdict === 'unknown')
            .map((f) => ({ citation: f.citation, missing: f.missing })),
        ),
        obligations: doc.obligations
          .filter((o) => o.status === 'late' || o.status === 'overdue')
          .map(({ citation, period, due, status }) => ({ citation, period, due, status })),
      });
      if (row.obligations.length > 0) withObligations++;
      if (row.unknown.length > 0) withUnknown++;
    }
    // the generated villages exercise every part of the row
    expect(withObligations).toBeGreaterThan(5);
    expect(withUnknown).toBeGreaterThan(5);
    expect(summary.tally).toEqual(full.tally);
  });

  it('count every judged village once in its regency, and a province’s regencies add up to the national count', async () => {
    const { tally, lines } = await run(`${records(5).join('\n')}\n`, { detail: 'summary' });
    const areas = Object.values(tally.areas);
    expect(areas.reduce((n, a) => n + a.judged, 0)).toBe(tally.judged);
    expect(areas.reduce((n, a) => n + a.eligibility.not_met, 0)).toBe(tally.eligibility.not_met);
    expect(new Set(areas.map((a) => a.province)).size).toBeGreaterThan(20);
    for (const a of areas)
      expect(a.judged).toBe(lines.filter((r) => r.province === a.province && r.regency === a.regency).length);
    for (const [citation, c] of Object.entries(tally.citations))
      expect(c.notMet).toBe(lines.filter((r) => r.notMet.includes(citation)).length);
  });

  it('keep one language in full documents unless both are asked for, which makes them smaller', async () => {
    const text = `${records().slice(0, 10).join('\n')}\n`;
    const en = await run(text, { detail: 'full', lang: 'en' });
    const id = await run(text, { detail: 'full', lang: 'id' });
    const both = await run(text, { detail: 'full', bilingual: true });
    const finding = (d: Doc) =>
      (d as unknown as { articles: { findings: { message: unknown }[] }[] }).articles[1]?.findings[0]
        ?.message;
    const bilingual = finding(both.lines[0]) as { id: string; en: string };
    expect(finding(en.lines[0])).toBe(bilingual.en);
    expect(finding(id.lines[0])).toBe(bilingual.id);
    expect(en.lines[0].articles[0].title).toBe(both.lines[0].articles[0].title.en);
    expect(JSON.stringify(en.lines).length).toBeLessThan(JSON.stringify(both.lines).length * 0.8);
  });
});

describe('dme batch summaries as files', () => {
  const input = join(tmp, 'villages.jsonl');
  const good = records(9);
  // two refused records between the villages: a line that is not JSON, and a code not in the official list
  const lines = [
    ...good.slice(0, 40),
    '{not json',
    JSON.stringify({ code: '11.01.01.2999', name: 'X' }),
    ...good.slice(40),
  ];
  writeFileSync(input, `${lines.join('\n')}\n`);
  const codes = lines.map((l) => (l.startsWith('{not') ? null : JSON.parse(l).code));

  it('writes a CSV with one row per record in input order, refused records among them, and what produced it', () => {
    const out = join(tmp, 'summary.csv');
    const r = dme('batch', input, '--as-of', ASOF, '--out', out, '--workers', '2', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/records refused: 2/);
    const rows = parse(readFileSync(out), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((x) => x.code || null)).toEqual(codes);
    expect(rows[40]).toMatchObject({ refused: 'invalid-json', refusedAt: 'line 41', eligibility: '' });
    expect(rows[41]).toMatchObject({ refused: 'unknown-village-code', code: '11.01.01.2999' });
    expect(rows[41]?.problems).toContain('not in the official Kemendagri list');
    expect(rows[0]).toMatchObject({
      asOf: ASOF,
      producedBy: `desa-migran-emas ${JSON.parse(readFileSync('package.json', 'utf8')).version}`,
      amendment: '',
    });
    expect(rows[0]?.regulation).toMatch(/\(\d{4}-\d{2}-\d{2}\)$/);
    expect(rows[0]?.runAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const judged = rows.filter((x) => !x.refused);
    expect(judged).toHaveLength(good.length);
    expect(
      judged.every((x) => ['met', 'not_met', 'unknown', 'not_applicable'].includes(x.eligibility as string)),
    ).toBe(true);
    expect(judged.some((x) => (x.notMet as string).includes('; Pasal'))).toBe(true);
  });

  it('writes a workbook whose sheets read back: villages in input order, counts per province and regency adding up, provisions ranked by villages failing them', async () => {
    const out = join(tmp, 'summary.xlsx');
    const r = dme('batch', input, '--as-of', ASOF, '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'about',
      'provinces',
      'regencies',
      'provisions',
      'villages',
      'refused',
    ]);
    const rowsOf = (name: string) => {
      const sheet = wb.getWorksheet(name) as ExcelJS.Worksheet;
      const out: unknown[][] = [];
      sheet.eachRow((row) => {
        out.push((row.values as unknown[]).slice(1));
      });
      return out;
    };
    const villages = rowsOf('villages');
    expect(villages[0]?.slice(0, 3)).toEqual(['code', 'name', 'district']);
    expect(villages.slice(1).map((v) => v[0])).toEqual(codes.filter((c, i) => c !== null && i !== 41));
    const refused = rowsOf('refused');
    expect(refused.slice(1).map((x) => x.slice(0, 3))).toEqual([
      [undefined, 'line 41', 'invalid-json'],
      ['11.01.01.2999', 'line 42', 'unknown-village-code'],
    ]);

    const provinces = rowsOf('provinces');
    const total = provinces.at(-1) as unknown[];
    expect(total[0]).toBe('TOTAL');
    expect(total[1]).toBe(good.length);
    const body = provinces.slice(1, -1);
    for (let col = 1; col < total.length; col++)
      expect(body.reduce((n, p) => n + Number(p[col]), 0)).toBe(total[col]);
    // each province's count is its villages' rows, and the sum of its regencies
    const regencies = rowsOf('regencies').slice(1);
    for (const p of body) {
      expect(villages.filter((v) => v[4] === p[0]).length).toBe(p[1]);
      expect(regencies.filter((g) => g[0] === p[0]).reduce((n, g) => n + Number(g[2]), 0)).toBe(p[1]);
    }
    const provisions = rowsOf('provisions');
    expect(provisions[0]).toEqual([
      'rank',
      'citation',
      'villages not met',
      'villages unknown',
      'name',
      'wording',
      'provenance',
    ]);
    const ranked = provisions.slice(1);
    expect(ranked.map((p) => p[0])).toEqual(ranked.map((_, i) => i + 1));
    for (let i = 1; i < ranked.length; i++)
      expect(Number(ranked[i - 1]?.[2])).toBeGreaterThanOrEqual(Number(ranked[i]?.[2]));
    for (const p of ranked.slice(0, 5)) {
      expect(p[2]).toBe(
        villages.slice(1).filter((v) =>
          String(v[10] ?? '')
            .split('; ')
            .includes(p[1] as string),
        ).length,
      );
      expect(String(p[5]).length).toBeGreaterThan(20);
    }
    const about = new Map(rowsOf('about').map(([k, v]) => [k, v]));
    expect(about.get('Tanggal Penilaian')).toBe(ASOF);
    expect(about.get('produced by')).toMatch(/^desa-migran-emas \d+\.\d+\.\d+/);
    expect(about.get('villages judged')).toBe(good.length);
    expect(about.get('records refused')).toBe(2);
  });

  it('names the amendment and its file hash on every JSONL line, one line per record', () => {
    const amendment = 'fixtures/amendments/ambang-prosedural-70.yaml';
    const r = dme(
      'batch',
      input,
      '--as-of',
      ASOF,
      '--amendment',
      amendment,
      '--workers',
      '0',
      '--detail',
      'summary',
    );
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    for (const line of out) {
      const run = JSON.parse(line).run;
      expect(run.detail).toBe('summary');
      expect(run.regulation.amendment).toEqual({
        title: 'Ambang PMI Prosedural 70 persen',
        file: amendment,
        sha256: createHash('sha256').update(readFileSync(amendment)).digest('hex'),
      });
    }
    expect(JSON.parse(out[0] as string)).toMatchObject({ code: codes[0], eligibility: expect.any(String) });
  });

  it('writes full documents in one language, and in both with --bilingual', () => {
    const full = (...extra: string[]) => {
      const out = join(tmp, `full${extra.join('')}.jsonl`);
      expect(
        dme('batch', input, '--as-of', ASOF, '--workers', '0', '--detail', 'full', '--out', out, ...extra)
          .code,
      ).toBe(0);
      return readFileSync(out, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { articles?: { title: unknown; findings: { message: unknown }[] }[] });
    };
    const en = full('--lang', 'en');
    const both = full('--lang', 'en', '--bilingual');
    expect(both).toHaveLength(lines.length);
    const judged = both.flatMap((d, i) => (d.articles ? [[d, en[i]] as const] : []));
    expect(judged.length).toBe(good.length);
    for (const [b, e] of judged) {
      expect(b.articles?.[0]?.title).toEqual({ id: expect.any(String), en: e?.articles?.[0]?.title });
      const message = b.articles?.[1]?.findings[0]?.message as { id: string; en: string };
      expect(message.id).not.toBe(message.en);
      expect(e?.articles?.[1]?.findings[0]?.message).toBe(message.en);
    }
  });

  it('refuses full documents as CSV or XLSX (exit 2), before judging anything', () => {
    const r = dme('batch', input, '--detail', 'full', '--out', join(tmp, 'full.xlsx'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--detail: full documents are written as JSONL only');
  });
});
