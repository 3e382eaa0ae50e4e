import { describe, expect, it } from 'vitest';
import { verifyCandidate } from '../src/candidates.js';
import { evaluate } from '../src/evaluate.js';
import { loadScenario } from '../src/load.js';
import { formatMarkdown, formatText } from '../src/report/text.js';
import { verdictSchema } from '../src/schema/verdict.js';
import type { VerdictDocument } from '../src/verdict.js';
import { candidate, nik } from './support/candidate.js';
import { anjani } from './support/village.js';

const ASOF = '2026-06-30';
const AYAT_3A = 'Pasal 4 ayat (3) huruf a';

function findingOf(doc: VerdictDocument, citation: string) {
  const f = doc.articles.flatMap((a) => a.findings).find((x) => x.citation === citation);
  if (!f) throw new Error(`no finding ${citation}`);
  return f;
}

describe('the provenance of the values a finding turns on', () => {
  it('gives Pasal 4 ayat (3) huruf a its [PUB] provision and its [ASM] minProceduralShare in JSON', async () => {
    const doc = await evaluate(anjani({ pmi: { abroad: 100, procedural: 90, placedLast3Years: 10 } }), {
      asOf: ASOF,
    });
    const f = findingOf(doc, AYAT_3A);
    expect(f.provenance).toBe('PUB');
    expect(f.parameterProvenance).toEqual({ minProceduralShare: 'ASM' });
    const json = JSON.parse(JSON.stringify(doc)) as VerdictDocument;
    expect(findingOf(json, AYAT_3A).parameterProvenance).toEqual({ minProceduralShare: 'ASM' });
    expect(verdictSchema.safeParse(json).success).toBe(true);
  });

  it('shows both provenances beside the citation in text, in Indonesian and English, and in Markdown', async () => {
    const doc = await evaluate(anjani({ pmi: { abroad: 100, procedural: 50, placedLast3Years: 10 } }), {
      asOf: ASOF,
    });
    expect(formatText(doc, 'id')).toContain(`${AYAT_3A} [PUB; nilai ASM] `);
    expect(formatText(doc, 'en')).toContain(`${AYAT_3A} [PUB; value ASM] `);
    expect(formatMarkdown(doc, 'en')).toContain(`| ${AYAT_3A} \\[PUB; value ASM\\] |`);
  });

  it('keeps the provenance of a still-unknown finding’s threshold too', async () => {
    const doc = await evaluate(anjani({ pmi: { abroad: 100 } as never }), { asOf: ASOF });
    const f = findingOf(doc, AYAT_3A);
    expect(f.verdict).toBe('unknown');
    expect(f.parameterProvenance).toEqual({ minProceduralShare: 'ASM' });
  });

  it('adds nothing to a finding whose condition reads no parameter', async () => {
    const doc = await evaluate(anjani(), { asOf: ASOF });
    const f = findingOf(doc, 'Pasal 4 ayat (3) huruf b');
    expect(f.provenance).toBe('PUB');
    expect(f.parameterProvenance).toBeUndefined();
    expect(formatText(doc, 'en')).toContain('Pasal 4 ayat (3) huruf b [PUB] ');
  });

  it('includes a parameter a compared fact reads (Pasal 4 ayat (4) huruf a: minReturneeGroups through its fact)', async () => {
    const doc = await evaluate(anjani(), { asOf: ASOF });
    expect(findingOf(doc, 'Pasal 4 ayat (4) huruf a').parameterProvenance).toHaveProperty(
      'minReturneeGroups',
    );
  });

  it('tags an obligation with the provenance of the parameters its due date was computed from', async () => {
    const designated = anjani({
      pmi: { abroad: 120, procedural: 100, placedLast3Years: 64 },
      designation: { designatedOn: '2026-03-02' },
    });
    const doc = await evaluate(designated, { asOf: ASOF });
    const report = doc.obligations.find((o) => o.citation === 'Pasal 10 ayat (1)');
    expect(report?.parameterProvenance).toMatchObject({ reportDueDay: 'ASM' });
    expect(formatText(doc, 'id')).toContain('Pasal 10 ayat (1) [nilai ASM] 2026-1');
    expect(formatMarkdown(doc, 'en')).toContain('| Pasal 10 ayat (1) 2026-1 \\[value ASM\\] |');
  });

  it('keeps the provenance of a displaced finding’s values and adds those its displacement turns on (Pasal 17 over Pasal 7)', async () => {
    const scenario = await loadScenario(
      'fixtures/pasal-17/peralihan-hari-terakhir-pasal-7-dikecualikan.yaml',
    );
    const doc = await evaluate(scenario.village, { asOf: scenario.asOf });
    const f = findingOf(doc, 'Pasal 7 ayat (3)');
    expect(f.displacedBy).toBe('Pasal 17');
    // what it would have found turned on minWomenShare; that it is displaced today, on the transition's
    // length counted from the effective date, for a designation still valid
    expect(f.parameterProvenance).toEqual({
      minWomenShare: 'ASM',
      transitionMonths: 'ASM',
      effectiveDate: 'ASM',
      validityYears: 'ASM',
    });
    expect(formatText(doc, 'en')).toContain('Pasal 7 ayat (3) [ASM; value ASM] not applicable');
  });

  it('gives the periods an exception displaces the provenance of the values that set its days (Pasal 15 ayat (4) over ayat (2))', async () => {
    const scenario = await loadScenario(
      'fixtures/pasal-15/teguran-pada-hari-terakhir-triwulan-menggantikan-triwulan-itu.yaml',
    );
    const doc = await evaluate(scenario.village, { asOf: scenario.asOf });
    const note = doc.articles
      .flatMap((a) => a.findings)
      .find((x) => x.citation === 'Pasal 15 ayat (2)' && x.displacedBy === 'Pasal 15 ayat (4)');
    expect(note?.values.displacedPeriods).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d{4}-Q\d$/)]),
    );
    // the suspension's length, counted from a warning given while the designation is valid and the text in force
    expect(note?.parameterProvenance).toEqual({
      intensiveMonths: 'ASM',
      validityYears: 'ASM',
      effectiveDate: 'ASM',
    });
  });
});

/** A Calon PMI of 16 on the day of verification (Pasal 9 ayat (1) huruf a fails). */
const young = candidate({
  name: 'Ahmad',
  sex: 'male',
  birthDate: '2009-06-02',
  nik: nik('520313', '2009-06-02', 'male'),
});

describe('the provenance of the values a Calon PMI finding turns on', () => {
  it('shows the statute’s minimum age [UU18] beside huruf a in the text and Markdown of a verdict', async () => {
    const doc = await evaluate(anjani({ candidates: [young] }), { asOf: ASOF });
    const huruf = doc.candidates[0]?.findings.find((f) => f.citation === 'Pasal 9 ayat (1) huruf a');
    expect(huruf?.verdict).toBe('not_met');
    expect(huruf?.parameterProvenance).toEqual({ minCandidateAge: 'UU18' });
    expect(formatText(doc, 'id')).toMatch(/ {6}Pasal 9 ayat \(1\) huruf a \[UU18; nilai UU18\]: .*16 tahun/);
    const md = formatMarkdown(doc, 'en');
    expect(md).toContain('- Ahmad (NIK 5203**********01): not met');
    expect(md).toMatch(/ {2}- Pasal 9 ayat \(1\) huruf a \\\[UU18; value UU18\\\]: Aged 16 /);
    expect(md).not.toContain('5203130206090001');
  });

  it('tags the not-yet-in-force finding of a Calon PMI verified alone with the provenance of the effective date', async () => {
    const v = await verifyCandidate(young, { asOf: '2025-12-31' });
    expect(v.verdict).toBe('not_applicable');
    expect(v.findings[0]?.parameterProvenance).toEqual({ effectiveDate: 'ASM' });
  });
});
