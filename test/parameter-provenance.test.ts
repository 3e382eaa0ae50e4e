import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import { formatMarkdown, formatText } from '../src/report/text.js';
import { verdictSchema } from '../src/schema/verdict.js';
import type { VerdictDocument } from '../src/verdict.js';
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
});
