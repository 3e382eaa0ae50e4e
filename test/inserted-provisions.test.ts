import { describe, expect, it } from 'vitest';
import { applyAmendment, loadAmendment } from '../src/amendment/index.js';
import { compareArticles, compareCitations } from '../src/citation.js';
import { evaluate } from '../src/evaluate.js';
import { formatArticles } from '../src/literate.js';
import { loadDocument } from '../src/schema/document.js';
import { verdictSchema } from '../src/schema/verdict.js';
import { issuesOf } from './support/amendment-issues.js';

// Point 7 of the "Amendment semantics" (naskah-kerja.md): an amendment may insert an article (Pasal 17A) or an
// ayat (Pasal 4 ayat (3a)); they sort and cite in the order of the text. The fixtures' scenarios run in
// fixtures.test.ts; this file checks the order in the verdict, in `dme articles` and in citations.

const village = (
  (await loadDocument(
    'fixtures/amendments/pasal-17a-disisipkan/skenario/sebelum-perubahan-satu-kelompok.yaml',
  )) as {
    village: Record<string, unknown>;
  }
).village;
const pasal17A = await loadAmendment('fixtures/amendments/pasal-17a-disisipkan.yaml');
const ayat3a = await loadAmendment('fixtures/amendments/ayat-3a-disisipkan.yaml');

describe('inserted provisions sort and cite in the order of the text', () => {
  it('orders an inserted article after its base and before the next, and an inserted ayat likewise', () => {
    expect(compareArticles(17, '17A')).toBeLessThan(0);
    expect(compareArticles('17A', 18)).toBeLessThan(0);
    expect(compareCitations('Pasal 17 ayat (2)', 'Pasal 17A ayat (1)')).toBeLessThan(0);
    expect(compareCitations('Pasal 17A ayat (1)', 'Pasal 18')).toBeLessThan(0);
    expect(compareCitations('Pasal 4 ayat (3) huruf c', 'Pasal 4 ayat (3a)')).toBeLessThan(0);
    expect(compareCitations('Pasal 4 ayat (3a)', 'Pasal 4 ayat (4) huruf a')).toBeLessThan(0);
  });

  it('lists Pasal 17A between Pasal 17 and Pasal 18 in the verdict, judged, with its number a string', async () => {
    const doc = await evaluate(village, { asOf: '2026-06-30', amendment: pasal17A });
    const numbers = doc.articles.map((a) => a.article);
    expect(numbers.slice(numbers.indexOf(17), numbers.indexOf(17) + 3)).toEqual([17, '17A', 18]);
    const inserted = doc.articles.find((a) => a.article === '17A');
    expect(inserted?.title.en).toBe('Returnee groups');
    expect(inserted?.verdict).toBe('not_met');
    expect(inserted?.findings.map((f) => [f.citation, f.verdict])).toEqual([
      ['Pasal 17A ayat (1)', 'not_met'],
    ]);
    expect(verdictSchema.safeParse(doc).success).toBe(true);
    // the shipped text's articles stay integers
    const shipped = await evaluate(village, { asOf: '2026-06-30' });
    expect(shipped.articles.every((a) => typeof a.article === 'number')).toBe(true);
  });

  it('prints Pasal 17A between Pasal 17 and Pasal 18 in `dme articles`', () => {
    const text = formatArticles(applyAmendment(pasal17A), 'id', 'text');
    const at = (heading: string) => text.indexOf(heading);
    expect(at('Pasal 17A — Kelompok purna PMI')).toBeGreaterThan(at('Pasal 17 — '));
    expect(at('Pasal 18 — ')).toBeGreaterThan(at('Pasal 17A — Kelompok purna PMI'));
  });

  it('lists Pasal 4 ayat (3a) between ayat (3) and ayat (4), and counts it in "ayat (1) sampai dengan ayat (4)"', async () => {
    const doc = await evaluate(village, { asOf: '2026-06-30', amendment: ayat3a });
    const citations = doc.articles.find((a) => a.article === 4)?.findings.map((f) => f.citation) ?? [];
    const i = citations.indexOf('Pasal 4 ayat (3a)');
    expect(citations.slice(i - 1, i + 2)).toEqual([
      'Pasal 4 ayat (3) huruf c',
      'Pasal 4 ayat (3a)',
      'Pasal 4 ayat (4) huruf a',
    ]);
    const predicate = doc.articles
      .flatMap((a) => a.findings)
      .find((f) => f.citation === 'Pasal 12 ayat (2) huruf b');
    expect(predicate?.message.en).toContain('(not met: ayat (3a))');
  });
});

describe('an inserted article is refused when it is not one', () => {
  const provision = {
    citation: 'Pasal 17A ayat (1)',
    new: true,
    text: 'Desa memiliki paling sedikit 2 (dua) kelompok purna PMI yang aktif.',
  };

  it('refuses inserting an article that exists, naming the field', () => {
    const issues = issuesOf({
      title: 't',
      changes: [
        { article: '17A', title: { id: 'a', en: 'a' } },
        provision,
        { article: '17A', title: { id: 'b', en: 'b' } },
      ],
    });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'changes[2].article',
        message: expect.stringContaining('Pasal 17A already exists'),
      }),
    ]);
  });

  it('refuses an article inserted after one that does not exist', () => {
    const issues = issuesOf({ title: 't', changes: [{ article: '99A', title: { id: 'a', en: 'a' } }] });
    expect(issues[0]?.path).toBe('changes[0].article');
    expect(issues[0]?.message).toContain('after Pasal 99, which does not exist');
  });

  it('refuses an inserted article with no provisions, and a provision of an article not inserted', () => {
    expect(issuesOf({ title: 't', changes: [{ article: '17A', title: { id: 'a', en: 'a' } }] })).toEqual([
      expect.objectContaining({
        path: 'changes[0]',
        message: expect.stringContaining('Pasal 17A has no provisions'),
      }),
    ]);
    expect(issuesOf({ title: 't', changes: [provision] })[0]?.path).toBe('changes[0].citation');
  });

  it('refuses an article number that is not an inserted one', () => {
    expect(issuesOf({ title: 't', changes: [{ article: '17', title: { id: 'a', en: 'a' } }] })[0]?.path).toBe(
      'changes[0].article',
    );
  });
});

describe('an inserted article carries what any article does', () => {
  const pasal9A = {
    title: 'Pasal 9A',
    changes: [
      { article: '9A', title: { id: 'Usia', en: 'Age' }, subject: 'candidate' },
      {
        citation: 'Pasal 9A',
        new: true,
        text: 'Calon PMI berusia paling rendah 21 tahun.',
        when: { fact: 'candidateAge', operator: 'greaterThanInclusive', value: 21 },
      },
    ],
  };
  const calon = (birthDate: string) => ({
    code: '52.03.13.2001',
    name: 'Anjani',
    candidates: [
      {
        name: 'Lalu Hadi',
        sex: 'male',
        birthDate,
        maritalStatus: 'unmarried',
        domicileVillageCode: '52.03.13.2001',
        verifiedOn: '2026-06-01',
      },
    ],
  });

  it('judges each Calon PMI under an inserted candidate article (subject: candidate), beside Pasal 9 and apart from it', async () => {
    const doc = await evaluate(calon('2006-01-10'), { asOf: '2026-06-30', amendment: pasal9A });
    const findings = doc.candidates[0]?.findings.map((f) => [f.citation, f.verdict]);
    expect(findings?.at(-1)).toEqual(['Pasal 9A', 'not_met']);
    expect(doc.candidates[0]?.verdict).toBe('not_met');
    const article = (n: number | string) => doc.articles.find((a) => a.article === n)?.verdict;
    // Pasal 9 combines its own hurufs only: the candidate's missing documents leave it unknown, not not_met
    expect(article(9)).toBe('unknown');
    expect(article('9A')).toBe('not_met');
    expect(doc.articles.map((a) => a.article).indexOf('9A')).toBe(
      doc.articles.map((a) => a.article).indexOf(9) + 1,
    );
    const older = await evaluate(calon('2005-01-10'), { asOf: '2026-06-30', amendment: pasal9A });
    expect(older.articles.find((a) => a.article === '9A')?.verdict).toBe('met');
  });

  it('refuses a Calon PMI fact in an inserted village article, saying to give it subject: candidate', () => {
    const { subject: _, ...village } = pasal9A.changes[0] as Record<string, unknown>;
    const issues = issuesOf({ ...pasal9A, changes: [village, pasal9A.changes[1]] });
    expect(issues[0]?.path).toBe('changes[1].when.fact');
    expect(issues[0]?.message).toContain(
      'the fact candidateAge judges each Calon PMI; a village condition cannot read it (an inserted article that judges each Calon PMI: subject: candidate)',
    );
  });

  it('refuses a subject that is neither village nor candidate', () => {
    const issues = issuesOf({
      ...pasal9A,
      changes: [{ ...(pasal9A.changes[0] as object), subject: 'kecamatan' }, pasal9A.changes[1]],
    });
    expect(issues[0]?.path).toBe('changes[0].subject');
  });

  it('holds an exception in an inserted article that displaces a provision of another (Pasal 13A over Pasal 13 ayat (2))', async () => {
    const amendment = await loadAmendment('fixtures/amendments/pasal-13a-disisipkan.yaml');
    const record = {
      code: '52.03.13.2001',
      name: 'Anjani',
      designation: { decreeNumber: '5/KEP/2026', designatedOn: '2026-01-05' },
      evaluations: [
        { year: 2026, result: 'perlu-pembinaan', warningIssuedOn: '2027-01-11' },
        { year: 2027, result: 'perlu-pembinaan' },
      ],
    };
    const during = await evaluate(record, { asOf: '2028-06-30', amendment });
    const f = during.articles.flatMap((a) => a.findings).find((x) => x.citation === 'Pasal 13 ayat (2)');
    expect(f?.displacedBy).toBe('Pasal 13A');
    expect(during.status.revocationRecommended).toBe(false);
    const after = await evaluate(record, { asOf: '2028-07-01', amendment });
    expect(after.status.revocationRecommended).toBe(true);
  });
});
