import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAmendment, loadAmendment, parseAmendment, validateAmendment } from '../src/amendment/index.js';
import { defineArticle } from '../src/define.js';
import { OPERATORS } from '../src/engine/condition.js';
import { InputError } from '../src/errors.js';
import { evaluate } from '../src/evaluate.js';
import { param, valueOn } from '../src/parameters.js';
import { buildRegulation } from '../src/regulation.js';
import { articles, shippedRegulation } from '../src/rules.js';
import type { VerdictDocument } from '../src/verdict.js';
import { issuesOf } from './support/amendment-issues.js';
import { anjani } from './support/village.js';

/** A village that meets every Pasal 4 criterion except that 75 of 100 PMI are procedural. */
const village = anjani();
const asOf = '2026-06-30';

function finding(doc: VerdictDocument, citation: string) {
  const f = doc.articles.flatMap((a) => a.findings).find((x) => x.citation === citation);
  if (!f) throw new Error(`no finding ${citation}`);
  return f;
}

const lower70 = { title: 'Ambang 70 persen', changes: [{ parameter: 'minProceduralShare', value: 0.7 }] };

describe('applying an amendment', () => {
  it('a lower procedural threshold turns 75 of 100 procedural PMI from not met into met', async () => {
    const before = await evaluate(village, { asOf });
    const after = await evaluate(village, { asOf, amendment: lower70 });
    expect(finding(before, 'Pasal 4 ayat (3) huruf a').verdict).toBe('not_met');
    expect(finding(after, 'Pasal 4 ayat (3) huruf a').verdict).toBe('met');
    expect(finding(after, 'Pasal 4 ayat (3) huruf a').message.en).toContain('at least 70%');
    expect(after.regulation.amendment).toBe('Ambang 70 persen');
    expect(before.regulation.amendment).toBeNull();
  });

  it('leaves the shipped regulation as it was', () => {
    applyAmendment(lower70);
    const def = shippedRegulation.parameters.get('minProceduralShare');
    expect(def && valueOn(def, asOf).value).toBe(0.8);
  });

  it('a dated value applies from its date only', async () => {
    const regulation = applyAmendment({
      title: 'Bertahap',
      changes: [{ parameter: 'minProceduralShare', values: { '2027-01-01': 0.7 } }],
    });
    const june2026 = await evaluate(village, { asOf, regulation });
    const jan2027 = await evaluate(village, { asOf: '2027-01-01', regulation });
    expect(finding(june2026, 'Pasal 4 ayat (3) huruf a').verdict).toBe('not_met');
    expect(finding(jan2027, 'Pasal 4 ayat (3) huruf a').verdict).toBe('met');
  });

  it('new wording replaces the provision text and marks it as amended', () => {
    const regulation = applyAmendment({
      title: 'Rumusan baru',
      changes: [
        {
          citation: 'Pasal 4 ayat (1) huruf a',
          text: 'tersedia layanan informasi migrasi aman di kantor Desa atau secara daring; dan',
        },
      ],
    });
    const p = regulation.articles
      .find((a) => a.article === 4)
      ?.provisions.find((x) => x.citation === 'Pasal 4 ayat (1) huruf a');
    expect(p?.text).toContain('secara daring');
    expect(p?.provenance).toBe('ASM');
    expect(p?.provenanceNote).toContain('Rumusan baru');
    expect(p?.provenanceNote).toContain('semula [PUB]');
  });

  it('a replaced condition is judged, and its generic explanation quotes the value compared', async () => {
    const regulation = applyAmendment({
      title: 'Dua mitra',
      changes: [
        {
          citation: 'Pasal 4 ayat (3) huruf c',
          when: { fact: 'legalAidPartners', operator: 'greaterThanInclusive', value: 2 },
        },
      ],
    });
    const doc = await evaluate(village, { asOf, regulation });
    const f = finding(doc, 'Pasal 4 ayat (3) huruf c');
    expect(f.verdict).toBe('not_met');
    expect(f.message.en).toContain('legalAidPartners = 1, required ≥ 2: no');
    expect(f.message.id).toContain('legalAidPartners = 1, disyaratkan ≥ 2: tidak');
    expect(f.message.en).toContain('Dua mitra');
    expect(f.values).toEqual({ legalAidPartners: 1 });
  });

  it('a replaced condition uses the drafter’s message templates with fact and parameter values', async () => {
    const regulation = applyAmendment({
      title: 'Templat',
      changes: [
        {
          citation: 'Pasal 4 ayat (3) huruf a',
          when: {
            fact: 'proceduralShare',
            operator: 'greaterThanInclusive',
            value: { param: 'minProceduralShare' },
          },
          message: {
            met: {
              id: '{proceduralShare%} prosedural; cukup.',
              en: '{proceduralShare%} procedural; enough.',
            },
            not_met: {
              id: '{proceduralShare%} prosedural, kurang dari {minProceduralShare%}.',
              en: '{proceduralShare%} procedural, below {minProceduralShare%}.',
            },
          },
        },
      ],
    });
    const f = finding(await evaluate(village, { asOf, regulation }), 'Pasal 4 ayat (3) huruf a');
    expect(f.verdict).toBe('not_met');
    expect(f.message).toEqual({ id: '75% prosedural, kurang dari 80%.', en: '75% procedural, below 80%.' });
  });

  it('a removed condition is no longer judged and counts as met where it is referred to', async () => {
    const regulation = applyAmendment({
      title: 'Tanpa rasio',
      changes: [{ citation: 'Pasal 4 ayat (3) huruf a', remove: true }],
    });
    const doc = await evaluate(village, { asOf, regulation });
    expect(finding(doc, 'Pasal 4 ayat (3) huruf a').verdict).toBe('not_applicable');
    expect(finding(doc, 'Pasal 4 ayat (3) huruf a').message.en).toContain(
      'removed by the amendment "Tanpa rasio"',
    );
    expect(finding(doc, 'Pasal 4 ayat (5)').verdict).toBe('met');
  });

  it('an added exception displaces a finding while the assessment date is inside its window', async () => {
    const exception = {
      title: 'Masa transisi',
      changes: [
        {
          citation: 'Pasal 4 ayat (6)',
          text: 'Sampai dengan 31 Desember 2026, ayat (3) huruf a tidak diterapkan.',
          displaces: 'Pasal 4 ayat (3) huruf a',
          from: '2026-01-02',
          until: '2026-12-31',
          message: {
            id: 'Dikecualikan selama masa transisi 2026.',
            en: 'Excepted during the 2026 transition.',
          },
        },
      ],
    };
    const regulation = applyAmendment(exception);
    const inside = finding(await evaluate(village, { asOf, regulation }), 'Pasal 4 ayat (3) huruf a');
    expect(inside).toMatchObject({ verdict: 'not_applicable', displacedBy: 'Pasal 4 ayat (6)' });
    expect(inside.message.en).toContain('Excepted during the 2026 transition.');
    const after = finding(
      await evaluate(village, { asOf: '2027-01-01', regulation }),
      'Pasal 4 ayat (3) huruf a',
    );
    expect(after.verdict).toBe('not_met');
    const added = regulation.articles.find((a) => a.article === 4)?.provisions.map((p) => p.citation);
    expect(added?.indexOf('Pasal 4 ayat (6)')).toBe((added?.indexOf('Pasal 4 ayat (5)') ?? -9) + 1);
  });

  it('an added exception keeps an obligation from being judged for the periods inside its window only', async () => {
    const record = {
      code: '52.03.13.2001',
      name: 'Anjani',
      designation: { decreeNumber: '77/KEP/2025', designatedOn: '2025-06-02' },
      mentors: [
        { name: 'Rina Lestari', assignedOn: '2025-07-01', trainedOn: '2025-06-16', villagesAssigned: 3 },
      ],
      mentoringVisits: [{ date: '2026-04-20' }],
    };
    const regulation = applyAmendment({
      title: 'Triwulan I bebas kunjungan',
      changes: [
        {
          citation: 'Pasal 15 ayat (6)',
          text: 'Selama triwulan I 2026, ayat (2) tidak diterapkan.',
          displaces: 'Pasal 15 ayat (2)',
          from: '2026-01-01',
          until: '2026-03-31',
          message: { id: 'Dikecualikan pada triwulan I 2026.', en: 'Excepted in the first quarter of 2026.' },
        },
      ],
    });
    const before = await evaluate(record, { asOf: '2026-06-30' });
    const after = await evaluate(record, { asOf: '2026-06-30', regulation });
    const q = (d: VerdictDocument, period: string) =>
      d.obligations.find((o) => o.citation === 'Pasal 15 ayat (2)' && o.period === period)?.status;
    expect(q(before, '2026-Q1')).toBe('overdue');
    expect(q(after, '2026-Q1')).toBeUndefined();
    expect(q(after, '2026-Q2')).toBe('met');
    const article = after.articles.find((a) => a.article === 15);
    expect(article?.findings.find((f) => f.displacedBy === 'Pasal 15 ayat (6)')?.message.en).toContain(
      'Excepted in the first quarter of 2026.',
    );
  });

  it('a new provision with a condition becomes a new finding of its article', async () => {
    const regulation = applyAmendment({
      title: 'Huruf baru',
      changes: [
        {
          citation: 'Pasal 4 ayat (3) huruf d',
          new: true,
          text: 'paling sedikit 90 PMI tercatat sebagai PMI Prosedural.',
          when: { fact: 'pmiProcedural', operator: 'greaterThanInclusive', value: 90 },
          label: { id: 'Jumlah PMI Prosedural', en: 'Number of procedural PMI' },
        },
      ],
    });
    const f = finding(await evaluate(village, { asOf, regulation }), 'Pasal 4 ayat (3) huruf d');
    expect(f.verdict).toBe('not_met');
    expect(f.message.en).toContain('Number of procedural PMI');
    expect(f.message.en).toContain('pmiProcedural = 75, required ≥ 90: no');
  });

  it('adds a requirement of its own beside the statute’s for each Calon PMI, judged on the candidate’s facts', async () => {
    const regulation = applyAmendment({
      title: 'Usia paling tinggi',
      changes: [
        {
          citation: 'Pasal 9 ayat (1) huruf e',
          new: true,
          text: 'berusia paling tinggi 45 (empat puluh lima) tahun pada tanggal verifikasi.',
          when: { fact: 'candidateAge', operator: 'lessThanInclusive', value: 45 },
          label: { id: 'Usia paling tinggi', en: 'Maximum age' },
        },
      ],
    });
    const record = {
      code: '52.03.13.2001',
      name: 'Anjani',
      candidates: [
        {
          name: 'Ahmad',
          nik: '5203130106700001',
          sex: 'male',
          birthDate: '1970-06-01',
          maritalStatus: 'married',
          domicileVillageCode: '52.03.13.2001',
          verifiedOn: '2026-06-01',
          documents: {
            maritalStatusLetter: true,
            marriageBookCopy: true,
            permissionLetter: { from: 'spouse', acknowledgedByVillageHead: true },
            competencyCertificate: false,
            healthCertificate: true,
            passport: false,
            workVisa: false,
            placementAgreement: false,
            employmentContract: false,
          },
        },
      ],
    };
    const doc = await evaluate(record, { asOf, regulation });
    const f = doc.candidates[0]?.findings.find((x) => x.citation === 'Pasal 9 ayat (1) huruf e');
    expect(f?.verdict).toBe('not_met');
    expect(f?.message.en).toContain('candidateAge = 56, required ≤ 45: no');
    expect(doc.candidates[0]?.verdict).toBe('not_met');
    const [issue] = issuesOf({
      title: 'x',
      changes: [
        {
          citation: 'Pasal 9 ayat (1) huruf e',
          new: true,
          text: 't',
          when: { fact: 'candidateAg', operator: 'lessThanInclusive', value: 45 },
        },
      ],
    });
    expect(issue?.message).toContain('Did you mean: candidateAge? Facts (Calon PMI):');
  });

  it('applies amendments one upon another, naming both', async () => {
    const first = applyAmendment(lower70);
    const second = applyAmendment(
      { title: 'Dua mitra', changes: [{ parameter: 'minReturneeGroups', value: 2 }] },
      first,
    );
    const doc = await evaluate(village, { asOf, regulation: second });
    expect(doc.regulation.amendment).toBe('Ambang 70 persen + Dua mitra');
    expect(finding(doc, 'Pasal 4 ayat (3) huruf a').verdict).toBe('met');
    expect(finding(doc, 'Pasal 4 ayat (4) huruf a').verdict).toBe('not_met');
  });
});

describe('amendment validation', () => {
  it('requires a title and at least one change', () => {
    const paths = issuesOf({ changes: [] }).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'changes']));
  });

  it('refuses a change that is neither a parameter, a provision nor an exception', () => {
    const [issue] = issuesOf({ title: 'x', changes: [{ value: 0.7 }] });
    expect(issue?.path).toBe('changes[0]');
    expect(issue?.message).toContain('parameter');
  });

  it('names an unknown key of the file and a dated value whose date does not exist', () => {
    expect(
      issuesOf({ title: 'x', chagnes: [], changes: [{ parameter: 'minProceduralShare', value: 0.7 }] })[0]
        ?.message,
    ).toContain('unknown key: chagnes');
    const [issue] = issuesOf({
      title: 'x',
      changes: [{ parameter: 'minProceduralShare', values: { '2027-02-30': 0.7 } }],
    });
    expect(issue?.path).toBe('changes[0].values["2027-02-30"]');
    expect(issue?.message).toContain('2027-02-30 is not a calendar date');
  });

  it('refuses a parameter change with both value and values', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [{ parameter: 'minProceduralShare', value: 0.7, values: { '2027-01-01': 0.6 } }],
    });
    expect(issue?.message).toBe('give exactly one of value or values');
  });

  it('names an unknown parameter, the nearest one and every one that exists', () => {
    const [issue] = issuesOf({ title: 'x', changes: [{ parameter: 'minProceduralShar', value: 0.7 }] });
    expect(issue?.path).toBe('changes[0].parameter');
    expect(issue?.message).toContain('Did you mean: minProceduralShare?');
    for (const name of shippedRegulation.parameters.keys()) expect(issue?.message).toContain(name);
    expect(issue?.messages.id).toContain('parameter minProceduralShar tidak dikenal');
  });

  it('refuses a ratio outside 0–1, a fractional count, and a value of the wrong type', () => {
    const issues = issuesOf({
      title: 'x',
      changes: [
        { parameter: 'minProceduralShare', value: 70 },
        { parameter: 'minAwarenessActivities12m', value: 2.5 },
        { parameter: 'minPmiAbroad', value: 'satu' },
        { parameter: 'effectiveDate', value: '2026-02-30' },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'changes[0].value',
      'changes[1].value',
      'changes[2].value',
      'changes[3].value',
    ]);
    expect(issues[0]?.message).toContain('ratio: between 0 and 1');
    expect(issues[1]?.message).toContain('whole number');
    expect(issues[2]?.message).toContain('must be a number');
    expect(issues[3]?.message).toContain('valid date');
  });

  it('names an unknown citation with the nearest ones and the provisions of its article', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [{ citation: 'Pasal 4 ayat (3) huruf x', text: 'baru' }],
    });
    expect(issue?.path).toBe('changes[0].citation');
    expect(issue?.message).toContain('Did you mean: Pasal 4 ayat (3) huruf a');
    expect(issue?.message).toContain('Provisions of Pasal 4: Pasal 4 ayat (1);');
    expect(issue?.message).toContain('new: true');
  });

  it('names the articles that exist for a citation in an article that does not', () => {
    const [issue] = issuesOf({ title: 'x', changes: [{ citation: 'Pasal 99 ayat (1)', text: 'baru' }] });
    expect(issue?.message).toContain('Articles: Pasal 1, Pasal 2, Pasal 3, Pasal 4');
  });

  it('names an unknown fact, operator, parameter and citation in a condition', () => {
    const issues = issuesOf({
      title: 'x',
      changes: [
        {
          citation: 'Pasal 4 ayat (1) huruf b',
          when: {
            all: [
              { fact: 'awarenesActivities12m', operator: 'gte', value: { param: 'minAware' } },
              { finding: 'Pasal 4 ayat (9)' },
            ],
          },
        },
      ],
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath['changes[0].when.all[0].fact']).toContain('Did you mean: awarenessActivities12m?');
    expect(byPath['changes[0].when.all[0].fact']).toContain('Facts: villageKind');
    expect(byPath['changes[0].when.all[0].operator']).toContain('Did you mean: greaterThanInclusive?');
    expect(byPath['changes[0].when.all[0].operator']).toContain(
      `json-rules-engine operators: ${OPERATORS.join(', ')}`,
    );
    expect(byPath['changes[0].when.all[0].value.param']).toContain(
      'Did you mean: minAwarenessActivities12m?',
    );
    expect(byPath['changes[0].when.all[1].finding']).toContain('Pasal 4 ayat (9) is not encoded');
  });

  it('describes the forms a condition may take when it has none of them', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [{ citation: 'Pasal 4 ayat (1) huruf b', when: { fact: 'x' } }],
    });
    expect(issue?.path).toBe('changes[0].when');
    expect(issue?.message).toContain('{ fact, operator, value }');
  });

  it('refuses message templates naming something that is neither fact nor parameter', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [
        {
          citation: 'Pasal 4 ayat (3) huruf c',
          when: { fact: 'legalAidPartners', operator: 'greaterThanInclusive', value: 2 },
          message: {
            met: { id: '{mitra} mitra', en: '{partners}' },
            not_met: { id: 'kurang', en: 'too few' },
          },
        },
      ],
    });
    expect(issue?.path).toBe('changes[0].message.met.id');
    expect(issue?.message).toContain('{mitra} is neither a fact nor a parameter');
  });

  it('refuses message or label without a condition, a new provision without text, and a window that ends before it starts', () => {
    expect(
      issuesOf({
        title: 'x',
        changes: [{ citation: 'Pasal 4 ayat (1) huruf a', text: 't', label: { id: 'a', en: 'b' } }],
      })[0]?.path,
    ).toBe('changes[0].label');
    expect(
      issuesOf({
        title: 'x',
        changes: [
          { citation: 'Pasal 4 ayat (1) huruf c', new: true, when: { finding: 'Pasal 4 ayat (1) huruf a' } },
        ],
      })[0]?.path,
    ).toBe('changes[0].text');
    const window = issuesOf({
      title: 'x',
      changes: [
        {
          citation: 'Pasal 4 ayat (5)',
          displaces: 'Pasal 4 ayat (3)',
          from: '2026-12-31',
          until: '2026-01-01',
          message: { id: 'a', en: 'b' },
        },
      ],
    });
    expect(window[0]?.path).toBe('changes[0].until');
  });

  it('refuses to add a provision that exists, or to remove a provision with nothing encoded in it', () => {
    expect(
      issuesOf({ title: 'x', changes: [{ citation: 'Pasal 4 ayat (5)', new: true, text: 't' }] })[0]?.message,
    ).toContain('already exists');
    expect(issuesOf({ title: 'x', changes: [{ citation: 'Pasal 2', remove: true }] })[0]?.message).toContain(
      'has no encoded condition or obligation',
    );
  });

  it('removes everything encoded within a removed ayat or article: its conditions, obligations and exceptions', () => {
    const amended = applyAmendment({ title: 'x', changes: [{ citation: 'Pasal 15', remove: true }] });
    const pasal15 = amended.articles.find((a) => a.article === 15);
    expect(pasal15?.obligations ?? []).toEqual([]);
    expect(pasal15?.exceptions ?? []).toEqual([]);
    expect((pasal15?.findings ?? []).every((f) => f.removed !== undefined)).toBe(true);
    const ayat1 = applyAmendment({ title: 'x', changes: [{ citation: 'Pasal 4 ayat (1)', remove: true }] });
    const removed = [...ayat1.findings.values()]
      .filter((f) => f.finding.removed)
      .map((f) => f.finding.citation);
    expect(removed).toEqual(['Pasal 4 ayat (1) huruf a', 'Pasal 4 ayat (1) huruf b']);
  });

  it('refuses a condition on a provision judged through its parts', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [
        { citation: 'Pasal 4 ayat (3)', when: { fact: 'complaintService', operator: 'equal', value: true } },
      ],
    });
    expect(issue?.message).toContain('judged through its parts');
  });

  it('refuses an exception that displaces nothing encoded', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [{ citation: 'Pasal 4 ayat (5)', displaces: 'Pasal 2', message: { id: 'a', en: 'b' } }],
    });
    expect(issue?.path).toBe('changes[0].displaces');
    expect(issue?.message).toContain('holds no encoded condition or obligation');
  });

  it.each([
    [
      'a parameter name that is not text',
      { parameter: 5, value: 1 },
      'changes[0].parameter',
      'expected text',
    ],
    [
      'a parameter change with no value',
      { parameter: 'minPmiAbroad' },
      'changes[0]',
      'give exactly one of value or values',
    ],
    [
      'dated values with no date',
      { parameter: 'minPmiAbroad', values: {} },
      'changes[0].values',
      'at least one dated value',
    ],
    [
      'a negative count',
      { parameter: 'minPmiAbroad', value: -1 },
      'changes[0].value',
      'minPmiAbroad cannot be negative',
    ],
    [
      'an exception without its message',
      { citation: 'Pasal 4 ayat (6)', text: 't', displaces: 'Pasal 4 ayat (3)' },
      'changes[0].message',
      'required',
    ],
    ['a misspelt key', { citation: 'Pasal 4 ayat (1) huruf a', txt: 'x' }, 'changes[0]', 'unknown key: txt'],
    [
      'a citation with nothing to change',
      { citation: 'Pasal 4 ayat (1) huruf a' },
      'changes[0]',
      'give text (new wording), when',
    ],
    [
      'a condition both replaced and removed',
      { citation: 'Pasal 4 ayat (1) huruf a', when: { finding: 'Pasal 4 ayat (1) huruf b' }, remove: true },
      'changes[0].remove',
      'cannot be used together',
    ],
    [
      'a condition for an obligation',
      { citation: 'Pasal 15 ayat (2)', when: { fact: 'pmiAbroad', operator: 'greaterThan', value: 0 } },
      'changes[0].when',
      'is an obligation with a due date',
    ],
    [
      'an unknown parameter as "at least"',
      {
        citation: 'Pasal 4 ayat (5)',
        when: { atLeast: { param: 'minOther' }, of: [{ finding: 'Pasal 4 ayat (1) huruf a' }] },
      },
      'changes[0].when.atLeast.param',
      'Did you mean: minOtherIndicators?',
    ],
    [
      '"at least" more than there are',
      { citation: 'Pasal 4 ayat (5)', when: { atLeast: 3, of: [{ finding: 'Pasal 4 ayat (1) huruf a' }] } },
      'changes[0].when.atLeast',
      'at least 3 of 1 conditions can never be met',
    ],
    [
      'an unknown fact as the compared value',
      {
        citation: 'Pasal 4 ayat (1) huruf a',
        when: { fact: 'informationService', operator: 'equal', value: { fact: 'complaintServic' } },
      },
      'changes[0].when.value.fact',
      'Did you mean: complaintService?',
    ],
    [
      'an exception in an article that does not exist',
      {
        citation: 'Pasal 40 ayat (1)',
        text: 't',
        displaces: 'Pasal 4 ayat (3)',
        message: { id: 'a', en: 'b' },
      },
      'changes[0].citation',
      'there is no provision Pasal 40 ayat (1)',
    ],
    [
      'a new exception without its wording',
      { citation: 'Pasal 4 ayat (6)', displaces: 'Pasal 4 ayat (3)', message: { id: 'a', en: 'b' } },
      'changes[0].text',
      'write the wording of the new exception',
    ],
    [
      'wording naming a parameter that does not exist',
      { citation: 'Pasal 4 ayat (3) huruf a', text: 'paling rendah {minProceduralShar};' },
      'changes[0].text',
      '{minProceduralShar} in the wording is not a parameter. Did you mean: minProceduralShare?',
    ],
    [
      'a new provision in an article that does not exist',
      { citation: 'Pasal 40 ayat (1)', new: true, text: 't' },
      'changes[0].citation',
      'Articles: Pasal 1, Pasal 2',
    ],
  ])('refuses %s, naming the field', (_name, change, path, message) => {
    const [issue] = issuesOf({ title: 'x', changes: [change] });
    expect(issue?.path).toBe(path);
    expect(issue?.message).toContain(message);
  });

  it('refuses a circular reference between conditions', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [{ citation: 'Pasal 4 ayat (3) huruf a', when: { finding: 'Pasal 4 ayat (5)' } }],
    });
    expect(issue?.message).toContain('circular reference');
  });
});

describe('the statute binds', () => {
  it('refuses lowering the statutory minimum age of a Calon PMI, citing UU 18/2017', () => {
    const [issue] = issuesOf({ title: 'Usia 17', changes: [{ parameter: 'minCandidateAge', value: 17 }] });
    expect(issue?.path).toBe('changes[0].value');
    expect(issue?.message).toContain('below the minimum of 18 fixed by UU 18/2017 Pasal 5 huruf a');
    expect(issue?.messages.id).toContain('tidak dapat diturunkan oleh Peraturan Menteri');
  });

  it('accepts raising the statutory minimum age', () => {
    expect(
      validateAmendment(
        parseAmendment({ title: 'Usia 19', changes: [{ parameter: 'minCandidateAge', value: 19 }] }),
      ),
    ).toEqual([]);
  });

  it('refuses any parameter moved past a statutory maximum, whatever article carries it', () => {
    const capped = defineArticle({
      article: 90,
      title: { id: 'Uji', en: 'Test' },
      provisions: [{ citation: 'Pasal 90', text: 'paling lama {maxHours} jam', provenance: 'ASM' }],
      parameters: {
        maxHours: {
          ...param({
            description: { id: 'jam', en: 'hours' },
            unit: 'jam',
            provenance: 'ASM',
            value: 8,
            reference: 'uji',
          }),
          statutory: { max: 10, reference: 'UU 13/2003 Pasal 77' },
        },
      },
    });
    const base = buildRegulation([...articles, capped], { title: 'uji', version: '1' });
    const issues = validateAmendment(
      parseAmendment({ title: 'x', changes: [{ parameter: 'maxHours', values: { '2027-01-01': 12 } }] }),
      base,
    );
    expect(issues[0]?.path).toBe('changes[0].values["2027-01-01"]');
    expect(issues[0]?.message).toContain('above the maximum of 10 fixed by UU 13/2003 Pasal 77');
  });

  it('refuses an exception that sets aside a [UU18] provision', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [
        {
          citation: 'Pasal 5 ayat (4)',
          displaces: 'Pasal 9 ayat (1) huruf a',
          message: { id: 'a', en: 'b' },
        },
      ],
    });
    expect(issue?.path).toBe('changes[0].displaces');
    expect(issue?.message).toContain('Pasal 9 ayat (1) huruf a comes from UU 18/2017 [UU18]');
    expect(issue?.message).toContain('cannot set it aside');
  });

  it('refuses changing the wording or conditions of a [UU18] provision', () => {
    const uu18 = shippedRegulation.articles
      .flatMap((a) => a.provisions)
      .filter((p) => p.provenance === 'UU18');
    expect(uu18.length).toBeGreaterThan(0);
    const target = uu18[0]?.citation ?? '';
    const [issue] = issuesOf({ title: 'x', changes: [{ citation: target, text: 'rumusan lain' }] });
    expect(issue?.message).toContain(`${target} comes from UU 18/2017 [UU18]`);
    expect(issue?.message).toContain('the amendment is refused');
  });
});

describe('amendment files', () => {
  it('every shipped amendment loads and applies', async () => {
    const dir = 'fixtures/amendments';
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const amendment = await loadAmendment(join(dir, f));
      expect(amendment.title.length).toBeGreaterThan(0);
      expect(applyAmendment(amendment).amendment?.title).toBe(amendment.title);
    }
  });

  it('reports a missing file and a YAML syntax error as input errors naming the file', async () => {
    await expect(loadAmendment('fixtures/amendments/tidak-ada.yaml')).rejects.toBeInstanceOf(InputError);
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const file = join(await mkdtemp(join(tmpdir(), 'dme-')), 'rusak.yaml');
    await writeFile(file, 'title: x\nchanges:\n  - parameter: [unclosed\n');
    const error = await loadAmendment(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(file);
    expect((error as InputError).issues[0]?.message).toMatch(/YAML syntax error at line \d+/);
  });
});

describe('the README', () => {
  it('shows an example amendment that is valid and applies', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parse } = await import('yaml');
    const readme = await readFile('README.md', 'utf8');
    const block = /### Amendments[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const regulation = applyAmendment(parse(block ?? ''));
    expect(regulation.amendment?.title).toBe('Ambang PMI Prosedural 70 persen');
    const doc = await evaluate(village, { asOf, regulation });
    expect(finding(doc, 'Pasal 4 ayat (3) huruf c').verdict).toBe('not_met');
    expect(finding(doc, 'Pasal 4 ayat (3) huruf c').message.en).toBe('Only 1 partners.');
    expect(finding(doc, 'Pasal 4 ayat (4) huruf b').verdict).toBe('not_applicable');
    expect(finding(doc, 'Pasal 4 ayat (2) huruf a').displacedBy).toBe('Pasal 4 ayat (6)');
  });
});
