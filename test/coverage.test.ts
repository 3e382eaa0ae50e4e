import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles } from '../src/citation.js';
import { type CoverageReport, coverageOf, exercisedBothWays, nudgeParameter } from '../src/coverage.js';
import { valueOn } from '../src/parameters.js';
import { coverageGaps, formatCoverageMarkdown, formatCoverageText } from '../src/report/coverage.js';
import { shippedRegulation } from '../src/rules.js';

/** A scenario whose village meets Pasal 4 except possibly the procedural share (`procedural` of 100). */
function scenario(
  name: string,
  procedural: number,
  extra: { asOf?: string; amendment?: string; expect?: string } = {},
): string {
  return `name: ${name}
asOf: '${extra.asOf ?? '2026-06-30'}'
${extra.amendment ? `amendment: ${extra.amendment}\n` : ''}village:
  code: "52.03.13.2001"
  name: Anjani
  pmi: { abroad: 100, procedural: ${procedural}, placedLast3Years: 64 }
  informationService: true
  complaintService: true
  legalAidPartners: [LBH Mataram]
  dataCollection: { digital: true, lastUpdatedOn: '2026-03-01' }
  activities:
    - { date: '2025-10-14', kind: awareness }
    - { date: '2026-02-10', kind: awareness }
    - { date: '2026-04-02', kind: entrepreneurship }
    - { date: '2026-05-20', kind: family-empowerment }
  returneeGroups: [{ name: Kelompok Tenun, active: true }]
expect:
  findings: { "Pasal 4 ayat (3) huruf a": ${extra.expect ?? (procedural >= 80 ? 'met' : 'not_met')} }
`;
}

const dir = mkdtempSync(join(tmpdir(), 'dme-coverage-'));
let report: CoverageReport;

beforeAll(async () => {
  mkdirSync(join(dir, 'pasal-04'));
  mkdirSync(join(dir, 'amendments'));
  writeFileSync(join(dir, 'pasal-04', 'prosedural-79.yaml'), scenario('79 persen', 79));
  writeFileSync(join(dir, 'pasal-04', 'prosedural-80.yaml'), scenario('80 persen', 80));
  writeFileSync(
    join(dir, 'pasal-04', 'sebelum-berlaku.yaml'),
    scenario('sebelum berlaku', 80, { asOf: '2025-12-31' }).replace(
      /expect:[\s\S]*$/,
      'expect: { inForce: false }\n',
    ),
  );
  writeFileSync(
    join(dir, 'amendments', 'tujuh-puluh.yaml'),
    'title: Tujuh puluh\nchanges:\n  - parameter: minProceduralShare\n    value: 0.7\n',
  );
  writeFileSync(
    join(dir, 'pasal-04', 'prosedural-75-perubahan.yaml'),
    scenario('75 persen, perubahan', 75, { amendment: '../amendments/tujuh-puluh.yaml', expect: 'met' }),
  );
  report = await coverageOf(dir);
});

const finding = (citation: string) => {
  const f = report.findings.find((x) => x.citation === citation);
  if (!f) throw new Error(`no finding ${citation}`);
  return f;
};

describe('coverage of a scenario folder', () => {
  it('counts every scenario, and those before the regulation is in force apart', () => {
    expect(report.scenarios).toBe(4);
    expect(report.notInForce).toBe(1);
  });

  it('sees the procedural share met and not met, counting the amended scenario under its own amendment', () => {
    const f = finding('Pasal 4 ayat (3) huruf a');
    expect(f.verdicts).toEqual({ met: 2, not_met: 1, unknown: 0, not_applicable: 0 });
    expect(f.comparisons).toEqual([
      expect.objectContaining({
        text: { id: 'proceduralShare ≥ minProceduralShare', en: 'proceduralShare ≥ minProceduralShare' },
        met: 2,
        not_met: 1,
      }),
    ]);
    expect(exercisedBothWays(f)).toBe(true);
  });

  it('reports a provision that is never not met, and comparisons that are never false', () => {
    expect(finding('Pasal 4 ayat (1) huruf a').verdicts).toMatchObject({ met: 3, not_met: 0 });
    const gaps = coverageGaps(report, 'en');
    expect(gaps.findings.find((g) => g.f.citation === 'Pasal 4 ayat (1) huruf a')?.what).toBe(
      'never not met',
    );
    expect(gaps.findings.some((g) => g.f.citation === 'Pasal 4 ayat (3) huruf a')).toBe(false);
    expect(finding('Pasal 4 ayat (2) huruf a').comparisons.map((c) => [c.met, c.not_met])).toEqual([
      [3, 0],
      [3, 0],
    ]);
  });

  it('counts a missing team as unknown, not as exercised', () => {
    expect(finding('Pasal 3 ayat (1) huruf d').verdicts.unknown).toBe(3);
    expect(
      finding('Pasal 3 ayat (1) huruf d').verdicts.met + finding('Pasal 3 ayat (1) huruf d').verdicts.not_met,
    ).toBe(0);
  });

  it('finds that the procedural threshold matters in the scenarios at its boundary, and that the minimum number of PMI abroad never does', () => {
    const share = report.parameters.find((p) => p.name === 'minProceduralShare');
    expect(share?.step).toBe('0.01');
    expect(share?.scenarios.map((s) => s.split(/[\\/]/).at(-1)).sort()).toEqual([
      'prosedural-79.yaml',
      'prosedural-80.yaml',
    ]);
    expect(report.parameters.find((p) => p.name === 'minPmiAbroad')?.mattered).toBe(0);
    // The effective date matters only to a scenario dated the day before or on it: none here.
    expect(report.parameters.find((p) => p.name === 'effectiveDate')?.mattered).toBe(0);
    expect(coverageGaps(report, 'en').parameters.map((p) => p.name)).toContain('minPmiAbroad');
  });

  it('lists every obligation of the regulation, unexercised when no village is designated', () => {
    const citations = shippedRegulation.articles.flatMap((a) => (a.obligations ?? []).map((o) => o.citation));
    expect(report.obligations.map((o) => o.citation).sort()).toEqual([...citations].sort());
    expect(coverageGaps(report, 'en').obligations.length).toBe(citations.length);
  });

  it('reads as text (the gaps) and as Markdown (the full tables)', () => {
    const text = formatCoverageText(report, 'id');
    expect(text).toContain('4 skenario (1 sebelum Peraturan Menteri berlaku)');
    expect(text).toContain('Pasal 4 ayat (1) huruf a: tidak pernah tidak memenuhi');
    expect(text).toContain('minPmiAbroad (Pasal 3, orang; langkah 1)');
    const md = formatCoverageMarkdown(report, 'en');
    expect(md).toContain('| Pasal 4 ayat (3) huruf a | 2 | 1 | 0 | 0 |  |');
    expect(md).toContain('| ↳ `proceduralShare ≥ minProceduralShare` | 2 | 1 | 0 | |  |');
    expect(md).toMatch(/\| `minPmiAbroad` \| Pasal 3, orang \| 1 \| 0 \| ⚠ \|/);
  });
});

describe('coverage under an amendment: tallied against the text each scenario is judged under', () => {
  it('counts an inserted article (Pasal 17A) met and not met, in its place between Pasal 17 and Pasal 18', async () => {
    const r = await coverageOf('fixtures/amendments/pasal-17a-disisipkan', { parameters: false });
    const inserted = r.findings.find((f) => f.citation === 'Pasal 17A ayat (1)');
    expect(inserted?.verdicts).toEqual({ met: 1, not_met: 1, unknown: 0, not_applicable: 0 });
    expect(inserted && exercisedBothWays(inserted)).toBe(true);
    expect(inserted?.comparisons).toEqual([expect.objectContaining({ met: 1, not_met: 1 })]);
    // in the order of the text: after every finding of Pasal 1-17, before any of Pasal 18 on
    const at = r.findings.findIndex((f) => f.citation === 'Pasal 17A ayat (1)');
    expect(r.findings.slice(0, at).every((f) => compareArticles(f.article, 17) <= 0)).toBe(true);
    expect(r.findings.slice(at + 1).every((f) => compareArticles(f.article, 18) >= 0)).toBe(true);
    expect(formatCoverageText(r, 'id')).toMatch(
      /Ketentuan yang pernah memenuhi dan pernah tidak memenuhi: 1\/34/,
    );
  });

  it('tallies a condition the amendment changed apart from the shipped one, naming the amendment', async () => {
    const here = mkdtempSync(join(tmpdir(), 'dme-coverage-amended-'));
    mkdirSync(join(here, 'amendments'));
    writeFileSync(
      join(here, 'amendments', 'dua-mitra.yaml'),
      'title: Dua mitra\nchanges:\n  - citation: Pasal 4 ayat (3) huruf c\n    when: { fact: legalAidPartners, operator: greaterThanInclusive, value: 2 }\n',
    );
    writeFileSync(join(here, 'sebelum.yaml'), scenario('sebelum', 85));
    writeFileSync(
      join(here, 'sesudah.yaml'),
      scenario('sesudah', 85, { amendment: 'amendments/dua-mitra.yaml' }),
    );
    const r = await coverageOf(here, { parameters: false });
    const c = r.findings.filter((f) => f.citation === 'Pasal 4 ayat (3) huruf c');
    expect(c.map((f) => [f.amendment, f.verdicts.met, f.verdicts.not_met])).toEqual([
      [undefined, 1, 0],
      ['Dua mitra', 0, 1],
    ]);
    expect(c[1]?.comparisons[0]?.text.en).toContain('≥ 2');
    expect(formatCoverageText(r, 'en')).toContain('Pasal 4 ayat (3) huruf c ("Dua mitra"): never met');
    expect(formatCoverageMarkdown(r, 'en')).toContain('| Pasal 4 ayat (3) huruf c ("Dua mitra") | 0 | 1 |');
  });

  it('does not count a removed condition under the text that removed it', async () => {
    const r = await coverageOf('fixtures/amendments/kriteria-edukatif-dihapus', { parameters: false });
    const removed = r.findings.filter((f) => f.citation === 'Pasal 4 ayat (1) huruf b');
    expect(removed.map((f) => f.verdicts)).toEqual([{ met: 1, not_met: 0, unknown: 0, not_applicable: 0 }]);
  });
});

describe('nudging a parameter', () => {
  it('moves counts by 1, ratios by 0.01 and dates by a day, leaving the regulation it came from as it was', () => {
    const on = '2026-06-30';
    const value = (r: typeof shippedRegulation, name: string) => {
      const def = r.parameters.get(name);
      if (!def) throw new Error(name);
      return valueOn(def, on).value;
    };
    expect(
      value(nudgeParameter(shippedRegulation, 'minAwarenessActivities12m', 1), 'minAwarenessActivities12m'),
    ).toBe(3);
    expect(value(nudgeParameter(shippedRegulation, 'minProceduralShare', -1), 'minProceduralShare')).toBe(
      0.79,
    );
    expect(value(nudgeParameter(shippedRegulation, 'effectiveDate', -1), 'effectiveDate')).toBe('2026-01-01');
    expect(value(shippedRegulation, 'minProceduralShare')).toBe(0.8);
  });
});

describe('dme coverage', () => {
  it('prints the gaps of a folder and exits 0', () => {
    const r = spawnSync(
      process.execPath,
      ['dist/cli.js', 'coverage', dir, '--lang', 'en', '--no-parameters'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Scenario coverage:');
    expect(r.stdout).toContain(
      'Pasal 4 ayat (1) huruf a: never not met (met 3, not met 0, unknown 0, not applicable 0)',
    );
  });

  it('judges every scenario on the --as-of date instead of its own, and says so', () => {
    const run = (asOf: string, format: string) =>
      spawnSync(
        process.execPath,
        [
          'dist/cli.js',
          'coverage',
          dir,
          '--as-of',
          asOf,
          '--format',
          format,
          '--lang',
          'en',
          '--no-parameters',
        ],
        { encoding: 'utf8' },
      );
    const before = run('2025-12-31', 'json');
    expect(before.status).toBe(0);
    const early = JSON.parse(before.stdout) as CoverageReport;
    expect(early.asOf).toBe('2025-12-31');
    expect([early.scenarios, early.notInForce]).toEqual([4, 4]);
    // On 2026-06-30 the scenario dated before the regulation is judged in force like the others.
    const later = JSON.parse(run('2026-06-30', 'json').stdout) as CoverageReport;
    expect(later.notInForce).toBe(0);
    expect(later.findings.find((f) => f.citation === 'Pasal 4 ayat (3) huruf a')?.verdicts).toMatchObject({
      met: 3,
      not_met: 1,
    });
    expect(run('2025-12-31', 'text').stdout).toContain(
      '4 scenarios (4 before the regulation is in force), all judged on 2025-12-31',
    );
  });

  it('exits 2 naming --as-of when its date is not a date', () => {
    const r = spawnSync(
      process.execPath,
      ['dist/cli.js', 'coverage', dir, '--as-of', '2026-02-30', '--lang', 'en', '--no-parameters'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('asOf');
    expect(r.stderr).toContain('valid date');
  });

  it('exits 2 naming the file of a scenario it cannot read', () => {
    const bad = mkdtempSync(join(tmpdir(), 'dme-coverage-bad-'));
    writeFileSync(join(bad, 'rusak.yaml'), 'name: x\nasOf: 2026-02-30\nexpect: {}\n');
    const r = spawnSync(process.execPath, ['dist/cli.js', 'coverage', bad, '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('rusak.yaml: asOf');
  });
});
