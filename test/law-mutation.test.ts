import { describe, expect, it } from 'vitest';
import { loadAmendment } from '../src/amendment/index.js';
import type { ArticleDef } from '../src/define.js';
import { shippedRegulation } from '../src/rules.js';
import { loadScenario, loadScenarios } from '../src/scenarios.js';
import { judgeMutant, type LoadedScenario } from './law-mutation/judge.js';
import { type LawMutant, lawMutants } from './law-mutation/mutants.js';
import { probeMutant } from './law-mutation/probe.js';

// `npm run mutate:law` (docs/mutation.md, "The law's data: static mutants"): the mutants it makes, how it judges
// them, and — the check itself, run over every shipped scenario — that every mutant of the law's data changes
// some scenario's outcome, but for the equivalent ones listed here and in docs/mutation.md.

const line = (m: Pick<LawMutant, 'citation' | 'change'>) => `${m.citation}: ${m.change}`;

/** A small article in the shape of a rule module: two parameters, a nested condition, a decision, an exception. */
const article = {
  article: 90,
  title: { id: 'Uji', en: 'Test' },
  provisions: [
    { citation: 'Pasal 90 ayat (1)', text: 'paling sedikit {minX} dan {minShare}', provenance: 'ASM' },
    { citation: 'Pasal 90 ayat (2)', text: '…', provenance: 'ASM' },
  ],
  parameters: {
    minX: {
      description: { id: 'x', en: 'x' },
      unit: 'orang',
      provenance: 'ASM',
      values: { '2026-01-02': { value: 2, reference: 'r' } },
    },
    minShare: {
      description: { id: 's', en: 's' },
      unit: 'rasio',
      provenance: 'ASM',
      // a dated change: each dated value is moved on its own
      values: { '2027-01-01': { value: 0.4, reference: 'r' }, '2026-01-02': { value: 0.3, reference: 'r' } },
    },
  },
  findings: [
    {
      citation: 'Pasal 90 ayat (1)',
      label: { id: 'a', en: 'a' },
      when: {
        all: [
          { fact: 'x', operator: 'greaterThanInclusive', value: { param: 'minX' } },
          { not: { finding: 'Pasal 90 ayat (2)' } },
        ],
      },
      explain: () => ({ message: { id: '', en: '' } }),
    },
    {
      citation: 'Pasal 90 ayat (2)',
      label: { id: 'b', en: 'b' },
      kind: 'classification',
      when: {
        atLeast: 1,
        of: [
          { fact: 'kind', operator: 'in', value: ['desa', 'desa-adat'] },
          { fact: 'ok', operator: 'equal', value: true },
        ],
      },
      explain: () => ({ message: { id: '', en: '' } }),
    },
  ],
  decides: { eligibility: ['Pasal 90 ayat (1)'], pocket: 'Pasal 90 ayat (2)' },
  exceptions: [{ citation: 'Pasal 90 ayat (2)', displaces: 'Pasal 90 ayat (1)', applies: () => null }],
} as unknown as ArticleDef;

describe('the mutants of the law’s data', () => {
  it('are every neighbouring operator, value, combinator, part, count, parameter step, decision and displacement', () => {
    expect(lawMutants([article]).map(line)).toEqual([
      'Pasal 90 ayat (1): all → any',
      'Pasal 90 ayat (1): all: x greaterThanInclusive minX dropped',
      'Pasal 90 ayat (1): all: not({finding: Pasal 90 ayat (2)}) dropped',
      'Pasal 90 ayat (1): all: [2 parts] → []',
      'Pasal 90 ayat (1): all[0] x: greaterThanInclusive → greaterThan',
      'Pasal 90 ayat (1): all[0] x: greaterThanInclusive → lessThan',
      'Pasal 90 ayat (1): all[1] not removed: not({finding: Pasal 90 ayat (2)}) → {finding: Pasal 90 ayat (2)}',
      'Pasal 90 ayat (2): atLeast 1 → 0',
      'Pasal 90 ayat (2): atLeast 1 → 2',
      'Pasal 90 ayat (2): of: kind in ["desa","desa-adat"] dropped',
      'Pasal 90 ayat (2): of: ok equal true dropped',
      'Pasal 90 ayat (2): of: [2 parts] → []',
      'Pasal 90 ayat (2): of[0] kind: in → notIn',
      'Pasal 90 ayat (2): of[0] kind in: ["desa","desa-adat"] → ["desa-adat"]',
      'Pasal 90 ayat (2): of[0] kind in: ["desa","desa-adat"] → ["desa"]',
      'Pasal 90 ayat (2): of[0] kind in: ["desa","desa-adat"] → []',
      'Pasal 90 ayat (2): of[1] ok: equal → notEqual',
      'Pasal 90 ayat (2): of[1] ok equal: true → false',
      'Pasal 90 ayat (2): kind: classification → requirement',
      'Pasal 90 ayat (1): minX 2 → 1',
      'Pasal 90 ayat (1): minX 2 → 3',
      'Pasal 90 ayat (1): minShare 0.3 → 0.29 (from 2026-01-02)',
      'Pasal 90 ayat (1): minShare 0.3 → 0.31 (from 2026-01-02)',
      'Pasal 90 ayat (1): minShare 0.4 → 0.39 (from 2027-01-01)',
      'Pasal 90 ayat (1): minShare 0.4 → 0.41 (from 2027-01-01)',
      'Pasal 90 ayat (1): minShare 0.4 from 2027-01-01 → from 2026-12-31',
      'Pasal 90 ayat (1): minShare 0.4 from 2027-01-01 → from 2027-01-02',
      'Pasal 90 ayat (1): decides.eligibility: Pasal 90 ayat (1) dropped',
      'Pasal 90 ayat (2): decides.pocket: Pasal 90 ayat (2) → (none)',
      'Pasal 90 ayat (2): displaces: Pasal 90 ayat (1) → (none)',
    ]);
  });

  it('of a count compared with equal: "exactly n" also written as "at least n" and "at most n"', () => {
    const exactly = {
      ...article,
      findings: [{ ...article.findings?.[0], when: { fact: 'chairs', operator: 'equal', value: 1 } }],
      parameters: {},
      decides: {},
      exceptions: [],
    } as unknown as ArticleDef;
    expect(lawMutants([exactly]).map((m) => m.change)).toEqual([
      'chairs: equal → notEqual',
      'chairs: equal → greaterThanInclusive',
      'chairs: equal → lessThanInclusive',
      'chairs equal: 1 → 0',
      'chairs equal: 1 → 2',
    ]);
  });

  it('of a parameter compared: each other parameter of the article in the same unit compared instead', () => {
    const dated = { '2026-01-02': { value: 1, reference: 'r' } };
    const two = {
      ...article,
      parameters: {
        minReturnees: { description: { id: 'r', en: 'r' }, unit: 'orang', provenance: 'ASM', values: dated },
        minFamily: { description: { id: 'f', en: 'f' }, unit: 'orang', provenance: 'ASM', values: dated },
        minDays: { description: { id: 'd', en: 'd' }, unit: 'Hari', provenance: 'ASM', values: dated },
      },
      findings: [
        {
          ...article.findings?.[0],
          when: { fact: 'returnees', operator: 'greaterThan', value: { param: 'minReturnees' } },
        },
      ],
      decides: {},
      exceptions: [],
    } as unknown as ArticleDef;
    expect(lawMutants([two]).map((m) => m.change)).toEqual([
      'returnees: greaterThan → greaterThanInclusive',
      'returnees: greaterThan → lessThanInclusive',
      'returnees greaterThan: minReturnees → minFamily',
      'minReturnees 1 → 0',
      'minReturnees 1 → 2',
      'minFamily 1 → 0',
      'minFamily 1 → 2',
      'minDays 1 → 0',
      'minDays 1 → 2',
    ]);
  });

  it('each change only its own article and leave the original untouched', () => {
    const other = { ...article, article: 91 } as ArticleDef;
    const mutants = lawMutants([article, other]);
    const op = mutants.find(
      (m) => m.article === 90 && m.change === 'all[0] x: greaterThanInclusive → greaterThan',
    );
    const param = mutants.find((m) => m.article === 90 && m.change === 'minX 2 → 3');
    if (!op || !param) throw new Error('mutants missing');
    const mutated = op.mutate(article);
    expect(mutated.findings?.[0]?.when).toEqual({
      all: [
        { fact: 'x', operator: 'greaterThan', value: { param: 'minX' } },
        { not: { finding: 'Pasal 90 ayat (2)' } },
      ],
    });
    expect(param.mutate(article).parameters?.minX?.values['2026-01-02']?.value).toBe(3);
    const dated = mutants.find(
      (m) => m.article === 90 && m.change === 'minShare 0.4 → 0.41 (from 2027-01-01)',
    );
    expect(dated?.mutate(article).parameters?.minShare?.values).toEqual({
      '2026-01-02': { value: 0.3, reference: 'r' },
      '2027-01-01': { value: 0.41, reference: 'r' },
    });
    const early = mutants.find(
      (m) => m.article === 90 && m.change === 'minShare 0.4 from 2027-01-01 → from 2026-12-31',
    );
    expect(early?.mutate(article).parameters?.minShare?.values).toEqual({
      '2026-01-02': { value: 0.3, reference: 'r' },
      '2026-12-31': { value: 0.4, reference: 'r' },
    });
    // the original is as it was
    expect(article.findings?.[0]?.when).toMatchObject({ all: [{ operator: 'greaterThanInclusive' }, {}] });
    expect(article.parameters?.minX?.values['2026-01-02']?.value).toBe(2);
    expect(mutants.filter((m) => m.article === 91)).toHaveLength(mutants.length / 2);
  });
});

/** The shipped mutant with this citation and change. */
function shipped(citation: string, change: string): LawMutant {
  const m = lawMutants(shippedRegulation.articles).find(
    (x) => x.citation === citation && x.change === change,
  );
  if (!m) throw new Error(`no mutant ${citation}: ${change}`);
  return m;
}

async function scenarios(...files: string[]): Promise<LoadedScenario[]> {
  return Promise.all(files.map(async (file) => ({ file, scenario: await loadScenario(file) })));
}

describe('judging a mutant by the shipped scenarios', () => {
  it('reports killed, by its outcome, a mutant that changes a verdict: 30% is no longer enough', async () => {
    const boundary = 'fixtures/pasal-07/perempuan-tepat-30-persen.yaml';
    const r = await judgeMutant(
      shipped('Pasal 7 ayat (3)', 'womenShare: greaterThanInclusive → greaterThan'),
      shippedRegulation,
      await scenarios('fixtures/pasal-09/nik-15-digit.yaml', boundary),
      'fixtures',
    );
    expect(r.status).toBe('killed');
    expect(r.outcomeKilledBy).toEqual({
      file: boundary,
      reason: 'findings "Pasal 7 ayat (3)": expected "met", got "not_met"',
    });
    // the article's own scenarios are tried first
    expect(r.scenariosRun).toBe(1);
  });

  it('reports killed, but by no outcome, a mutant that only a message notices', async () => {
    const r = await judgeMutant(
      shipped('Pasal 7 ayat (2)', 'maxTeamSize 15 → 16'),
      shippedRegulation,
      await scenarios('fixtures/pasal-07/perempuan-tepat-30-persen.yaml'),
      'fixtures',
    );
    expect(r.status).toBe('killed');
    expect(r.killedBy?.reason).toContain('messages "Pasal 7 ayat (2)" id');
    expect(r.outcomeKilledBy).toBeUndefined();
  });

  it('reports survived an equivalent mutant: a malformed NIK already fails the two checks read from it', async () => {
    const r = await judgeMutant(
      shipped('Pasal 9 ayat (1) huruf b', 'all: nikWellFormed equal true dropped'),
      shippedRegulation,
      await scenarios(
        'fixtures/pasal-09/nik-15-digit.yaml',
        'fixtures/pasal-09/calon-memenuhi-seluruh-syarat.yaml',
      ),
      'fixtures',
    );
    expect(r).toMatchObject({ status: 'survived', scenariosRun: 2 });
    expect(r.killedBy).toBeUndefined();
  });

  it('reports killed a mutant that makes the regulation refuse to build', async () => {
    const broken: LawMutant = {
      ...shipped('Pasal 7 ayat (3)', 'womenShare: greaterThanInclusive → greaterThan'),
      mutate: (a) => ({ ...a, findings: [...(a.findings ?? []), ...(a.findings ?? [])] }),
    };
    const r = await judgeMutant(broken, shippedRegulation, [], 'fixtures');
    expect(r.status).toBe('killed');
    expect(r.outcomeKilledBy?.reason).toContain('is encoded twice');
  });
});

describe('probing a survivor with generated villages', () => {
  it('finds a village that tells apart a mutant that changes outcomes', async () => {
    const r = await probeMutant(
      shipped('Pasal 4 ayat (1) huruf a', 'informationService equal: true → false'),
      shippedRegulation,
      { runs: 50, seed: 1 },
    );
    expect(r.counterexample?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('finds, under a shipped amendment, what the shipped text cannot show: two thresholds both 1 swapped', async () => {
    const swap = shipped(
      'Pasal 7 ayat (4)',
      'all[1] familyMembers greaterThanInclusive: minFamilyMembers → minReturneeMembers',
    );
    const asShipped = await probeMutant(swap, shippedRegulation, { runs: 100, seed: 1 });
    expect(asShipped.counterexample).toBeUndefined();
    const amendments = [await loadAmendment('fixtures/amendments/keluarga-pmi-dua-orang.yaml')];
    const amended = await probeMutant(swap, shippedRegulation, { runs: 500, seed: 1, amendments });
    expect(amended.counterexample?.amendment).toBe('Paling sedikit dua anggota Keluarga PMI');
  });

  it('finds none for an equivalent mutant', async () => {
    const r = await probeMutant(
      shipped('Pasal 9 ayat (1) huruf b', 'all: nikWellFormed equal true dropped'),
      shippedRegulation,
      { runs: 100, seed: 1 },
    );
    expect(r).toEqual({ runs: 100, seed: 1 });
  });
});

describe('the shipped law’s data under the shipped scenarios', () => {
  it('every mutant changes some scenario’s outcome, but the equivalent ones docs/mutation.md lists', async () => {
    const all = await loadScenarios('fixtures');
    const results = [];
    for (const m of lawMutants(shippedRegulation.articles))
      results.push(await judgeMutant(m, shippedRegulation, all, 'fixtures'));
    expect(results.length).toBeGreaterThan(200);
    // survived: cannot change a verdict (docs/mutation.md says why, each)
    expect(results.filter((r) => r.status === 'survived').map(line)).toEqual([
      'Pasal 4 ayat (5): all[0] {finding: Pasal 4 ayat (3), each}: each: true → false',
      // a count is never negative: equal to 0 and at most 0 are the same condition
      'Pasal 7 ayat (1): all[2] unqualifiedChairCount: equal → lessThanInclusive',
      'Pasal 7 ayat (1): all[3] unqualifiedSecretaryCount: equal → lessThanInclusive',
      'Pasal 7 ayat (5): all[0] underageMemberCount: equal → lessThanInclusive',
      'Pasal 7 ayat (5): all[1] nonResidentMemberCount: equal → lessThanInclusive',
      'Pasal 7 ayat (6): barredMemberCount: equal → lessThanInclusive',
      'Pasal 9 ayat (1) huruf b: all: nikWellFormed equal true dropped',
      'Pasal 9 ayat (2): decides.outstanding: Pasal 9 ayat (2) → (none)',
      'Pasal 15 ayat (3): all[1] mentorsTrainedLate: equal → lessThanInclusive',
    ]);
    // killed by a value that lists the parts, but no outcome can show it
    expect(results.filter((r) => r.status === 'killed' && !r.outcomeKilledBy).map(line)).toEqual([
      'Pasal 3 ayat (1) huruf d: all: {finding: Pasal 6 ayat (1)} dropped',
    ]);
  }, 180_000);
});
