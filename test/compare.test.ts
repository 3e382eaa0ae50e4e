import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAmendment } from '../src/amendment/index.js';
import { formatComparisonMarkdown, formatComparisonText } from '../src/compare/format.js';
import { type CompareInput, compareRegulations, wordDiff } from '../src/compare/index.js';
import { formatComparisonHtml } from '../src/report/html.js';
import { shippedRegulation } from '../src/rules.js';
import { parseVillage } from '../src/schema/index.js';
import { anjani } from './support/village.js';

function dme(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A village meeting every Pasal 4 criterion except (possibly) the procedural share: `procedural` of 100. */
function village(procedural: number, name: string): CompareInput {
  return {
    file: `${name}.yaml`,
    scenario: {
      name,
      asOf: '2026-06-30',
      village: parseVillage(anjani({ name, pmi: { abroad: 100, procedural, placedLast3Years: 64 } })),
    },
  };
}

const villages = [village(85, 'Delapan Lima'), village(75, 'Tujuh Lima'), village(65, 'Enam Lima')];
const lower70 = applyAmendment({
  title: 'Ambang 70 persen',
  description: 'Menurunkan ambang PMI Prosedural.',
  changes: [
    { parameter: 'minProceduralShare', value: 0.7 },
    {
      citation: 'Pasal 4 ayat (3) huruf c',
      when: { fact: 'legalAidPartners', operator: 'greaterThan', value: 0 },
    },
  ],
});

describe('comparing two texts', () => {
  it('counts only the village between the two thresholds as changed, before → after with both explanations', async () => {
    const r = await compareRegulations(villages, shippedRegulation, lower70);
    expect(r.villages).toBe(3);
    expect(r.changes.map((c) => c.village.name)).toEqual(['Tujuh Lima']);
    const share = r.changes[0]?.citations.find((c) => c.citation === 'Pasal 4 ayat (3) huruf a');
    expect(share?.before?.verdict).toBe('not_met');
    expect(share?.after?.verdict).toBe('met');
    expect(share?.before?.message?.en).toContain('at least 80% is required');
    expect(share?.after?.message?.en).toContain('at least 70% is required');
    expect(share?.provision).toBe('Pasal 4 ayat (3) huruf a');
  });

  it('counts the villages whose eligibility changed and the outcomes before and after', async () => {
    const r = await compareRegulations(villages, shippedRegulation, lower70);
    expect(r.changed.eligibility).toBe(1);
    expect(r.changed.anyVerdict).toBe(1);
    expect(r.changed.designation).toBe(0);
    const eligibility = r.outcomes.find((o) => o.field === 'eligibility');
    const total = (counts: Record<string, number> = {}) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(eligibility?.before)).toBe(3);
    expect(total(eligibility?.after)).toBe(3);
    // The team is not recorded, so Pasal 3 stays unknown: eligibility goes from not_met to unknown.
    expect((eligibility?.before.not_met ?? 0) - (eligibility?.after.not_met ?? 0)).toBe(1);
    expect(r.changes[0]?.status).toContainEqual({
      field: 'eligibility',
      before: 'not_met',
      after: 'unknown',
    });
  });

  it('shows the wording change of a parameter as its value in the text, and the parameter’s dated values', async () => {
    const r = await compareRegulations(villages, shippedRegulation, lower70);
    const p = r.provisions.find((x) => x.citation === 'Pasal 4 ayat (3) huruf a');
    expect(p?.kinds).toEqual(['wording']);
    expect(p?.diff.filter((d) => d.op === 'removed').map((d) => d.value.trim())).toEqual(['0,8;']);
    expect(p?.diff.filter((d) => d.op === 'added').map((d) => d.value.trim())).toEqual(['0,7;']);
    expect(r.parameters).toEqual([
      expect.objectContaining({
        name: 'minProceduralShare',
        before: [expect.objectContaining({ value: 0.8 })],
        after: [expect.objectContaining({ value: 0.7 })],
      }),
    ]);
  });

  it('shows the wording with the latest dated values, so a change from a later date is visible', async () => {
    const later = applyAmendment({
      title: 'Mulai 2027',
      changes: [{ parameter: 'minProceduralShare', values: { '2027-01-01': 0.7 } }],
    });
    const r = await compareRegulations(villages, shippedRegulation, later);
    expect(r.referenceDate).toBe('2027-01-01');
    expect(r.provisions.find((x) => x.citation === 'Pasal 4 ayat (3) huruf a')?.after).toContain(
      'paling rendah 0,7;',
    );
    // On 30 June 2026 the old value still applies: no village changes.
    expect(r.changes).toEqual([]);
    expect(r.parameters[0]?.after.map((x) => [x.since, x.value])).toEqual([
      ['2026-01-02', 0.8],
      ['2027-01-01', 0.7],
    ]);
  });

  it('lists a replaced condition in readable form even when no village changes because of it', async () => {
    const r = await compareRegulations(villages, shippedRegulation, lower70);
    const c = r.provisions.find((x) => x.citation === 'Pasal 4 ayat (3) huruf c');
    expect(c?.kinds).toEqual(['condition']);
    expect(c?.conditionBefore?.en).toBe('legalAidPartners ≥ 1');
    expect(c?.conditionAfter?.en).toBe('legalAidPartners > 0');
  });

  it('compares two amendments with each other (--base)', async () => {
    const lower75 = applyAmendment({
      title: 'Ambang 75 persen',
      changes: [{ parameter: 'minProceduralShare', value: 0.75 }],
    });
    const r = await compareRegulations(villages, lower75, lower70);
    expect(r.base.amendment).toBe('Ambang 75 persen');
    expect(r.changes).toEqual([]);
    const r2 = await compareRegulations([village(72, 'Tujuh Dua')], lower75, lower70);
    expect(r2.changes.map((c) => c.village.name)).toEqual(['Tujuh Dua']);
  });

  it('reports a Calon PMI whose verdict changes when the minimum age is raised (raising it is within the statute)', async () => {
    const ahmad: CompareInput = {
      file: 'ahmad.yaml',
      scenario: {
        name: 'Ahmad, 18 pada tanggal verifikasi',
        asOf: '2026-06-30',
        village: parseVillage({
          code: '52.03.13.2001',
          name: 'Anjani',
          candidates: [
            {
              name: 'Ahmad',
              nik: '5203130106080001',
              sex: 'male',
              birthDate: '2008-06-01',
              maritalStatus: 'unmarried',
              domicileVillageCode: '52.03.13.2001',
              verifiedOn: '2026-06-01',
              documents: {
                maritalStatusLetter: true,
                marriageBookCopy: false,
                permissionLetter: { from: 'parent', acknowledgedByVillageHead: true },
                competencyCertificate: false,
                healthCertificate: true,
                passport: false,
                workVisa: false,
                placementAgreement: false,
                employmentContract: false,
              },
            },
          ],
        }),
      },
    };
    const age19 = applyAmendment({
      title: 'Usia 19',
      changes: [{ parameter: 'minCandidateAge', value: 19 }],
    });
    const r = await compareRegulations([ahmad], shippedRegulation, age19);
    const change = r.changes[0]?.citations.find((c) => c.kind === 'candidate');
    expect(change).toMatchObject({
      citation: 'Pasal 9 ayat (1) huruf a',
      detail: 'Ahmad',
      before: { verdict: 'met' },
      after: { verdict: 'not_met' },
    });
    expect(change?.after?.message?.en).toContain('at least 19 is required');
    const text = formatComparisonText(r, 'en');
    // the statute's 18 is [UU18]; the amendment's 19 is the drafter's figure, a working assumption
    expect(text).toContain(
      'Pasal 9 ayat (1) huruf a (Calon PMI Ahmad) [UU18; value UU18] → [UU18; value ASM]: met → not met',
    );
    // The NIK is personal data: never printed whole.
    expect(text).not.toContain('5203130106080001');
    expect(JSON.stringify(r)).not.toContain('5203130106080001');
  });

  it('reads as text and as a Markdown memo in both languages', async () => {
    const r = await compareRegulations(villages, shippedRegulation, lower70);
    const text = formatComparisonText(r, 'id');
    expect(text).toContain(
      'Desa yang berubah: kelayakan 1, penetapan 0, hasil evaluasi 0, putusan apa pun 1.',
    );
    expect(text).toContain('Pasal 4 ayat (3) huruf a [PUB; nilai ASM]: tidak memenuhi → memenuhi');
    expect(text).toContain('[-0,8;-] {+0,7;+}');
    const md = formatComparisonMarkdown(r, 'en');
    expect(md).toContain('# Outcome comparison: Ambang 70 persen');
    expect(md).toContain('~~0,8;~~ **0,7;**');
    expect(md).toMatch(
      /\| Pasal 4 ayat \(3\) huruf a \\\[PUB; value ASM\\\] \| \*\*not met\*\*: 75 of 100 PMI \(75%\) are procedural; at least 80% is required\. \| \*\*met\*\*:/,
    );
  });

  it('shows beside each changed citation the provision’s provenance and its parameters’ (a [PUB] criterion with an [ASM] threshold), in JSON, text, Markdown and HTML', async () => {
    const r = await compareRegulations(villages, shippedRegulation, lower70);
    const share = r.changes[0]?.citations.find((c) => c.citation === 'Pasal 4 ayat (3) huruf a');
    expect(share?.before).toMatchObject({
      provenance: 'PUB',
      parameterProvenance: { minProceduralShare: 'ASM' },
    });
    expect(share?.after).toMatchObject({
      provenance: 'PUB',
      parameterProvenance: { minProceduralShare: 'ASM' },
    });
    expect(formatComparisonText(r, 'en')).toContain(
      'Pasal 4 ayat (3) huruf a [PUB; value ASM]: not met → met',
    );
    expect(formatComparisonMarkdown(r, 'id')).toContain('| Pasal 4 ayat (3) huruf a \\[PUB; nilai ASM\\] |');
    expect(formatComparisonHtml(r, 'en')).toContain(
      '<strong>Pasal 4 ayat (3) huruf a</strong> <span class="prov">[PUB; value ASM]</span>',
    );
  });

  it('shows the provenance before → after where the amendment changed it (new wording is a working assumption)', async () => {
    const reworded = applyAmendment({
      title: 'Ambang 70 persen, rumusan baru',
      changes: [
        { parameter: 'minProceduralShare', value: 0.7 },
        {
          citation: 'Pasal 4 ayat (3) huruf a',
          text: 'perbandingan PMI Prosedural terhadap seluruh PMI paling rendah {minProceduralShare};',
        },
      ],
    });
    const r = await compareRegulations(villages, shippedRegulation, reworded);
    const share = r.changes[0]?.citations.find((c) => c.citation === 'Pasal 4 ayat (3) huruf a');
    expect(share?.before?.provenance).toBe('PUB');
    expect(share?.after?.provenance).toBe('ASM');
    expect(formatComparisonText(r, 'id')).toContain(
      'Pasal 4 ayat (3) huruf a [PUB; nilai ASM] → [ASM; nilai ASM]: tidak memenuhi → memenuhi',
    );
  });

  it('splits a word diff at white space', () => {
    expect(wordDiff('paling rendah 0,8;', 'paling rendah 0,7;')).toEqual([
      { value: 'paling rendah ', op: 'same' },
      { value: '0,8;', op: 'removed' },
      { value: '0,7;', op: 'added' },
    ]);
  });
});

describe('dme compare', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dme-compare-'));

  it('reports the shipped scenarios that change under the 70% amendment, and exits 0', () => {
    const r = dme(
      'compare',
      'fixtures',
      '--amendment',
      'fixtures/amendments/ambang-prosedural-70.yaml',
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Outcome comparison: working text');
    expect(r.stdout).toContain(
      'pasal-04/pmi-prosedural-79-persen.yaml — Anjani (52.03.13.2001), 30 Jun 2026',
    );
    // the amendment rewords huruf a: its new wording is a working assumption
    expect(r.stdout).toContain('Pasal 4 ayat (3) huruf a [PUB; value ASM] → [ASM; value ASM]: not met → met');
    expect(r.stdout).toContain('{+yang tercatat dalam SISKOP2MI +}');
    expect(r.stdout).toMatch(/Villages that changed: eligibility \d+/);
  });

  it('writes a Markdown memo to --out', () => {
    const out = join(tmp, 'memo.md');
    const r = dme(
      'compare',
      'fixtures',
      '--amendment',
      'fixtures/amendments/ambang-prosedural-70.yaml',
      '--format',
      'md',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('# Perbandingan hasil: Ambang PMI Prosedural 70 persen');
  });

  it('compares two amendments with --base', () => {
    const r = dme(
      'compare',
      'fixtures',
      '--amendment',
      'fixtures/amendments/ambang-prosedural-70.yaml',
      '--base',
      'fixtures/amendments/ambang-prosedural-70.yaml',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.base.amendment).toBe('Ambang PMI Prosedural 70 persen');
    expect(report.changes).toEqual([]);
  });

  it('exits 2 naming the file and the field of a bad amendment', () => {
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, 'title: Salah\nchanges:\n  - parameter: minProceduralShar\n    value: 0.7\n');
    const r = dme('compare', 'fixtures', '--amendment', bad, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${bad}: changes[0].parameter: unknown parameter minProceduralShar. Did you mean: minProceduralShare?`,
    );
    expect(r.stderr).not.toContain('    at ');
  });

  it('exits 2 without --amendment', () => {
    expect(dme('compare', 'fixtures').code).toBe(2);
  });

  it('judges a scenario file under its own amendment: key (dme check)', () => {
    const r = dme(
      'check',
      'fixtures/pasal-04/perubahan-ambang-70-prosedural-79-persen-memenuhi.yaml',
      '--format',
      'json',
    );
    const doc = JSON.parse(r.stdout);
    expect(doc.regulation.amendment).toBe('Ambang PMI Prosedural 70 persen');
  });

  it('runs the scenarios under an amendment (dme scenarios --amendment) and judges one record under it (dme check --amendment)', () => {
    const scenarios = dme(
      'scenarios',
      'fixtures/pasal-04',
      '--amendment',
      'fixtures/amendments/ambang-prosedural-70.yaml',
    );
    expect(scenarios.stdout).toContain('pmi-prosedural-79-persen.yaml');
    expect(scenarios.stdout).toMatch(/\d+ passed, [1-9]\d* failed/);
    const check = dme(
      'check',
      'fixtures/pasal-04/pmi-prosedural-79-persen.yaml',
      '--amendment',
      'fixtures/amendments/ambang-prosedural-70.yaml',
      '--format',
      'json',
    );
    const doc = JSON.parse(check.stdout);
    expect(doc.regulation.amendment).toBe('Ambang PMI Prosedural 70 persen');
    const f = doc.articles
      .flatMap((a: { findings: { citation: string; verdict: string }[] }) => a.findings)
      .find((x: { citation: string }) => x.citation === 'Pasal 4 ayat (3) huruf a');
    expect(f.verdict).toBe('met');
  });
});
