import { describe, expect, it } from 'vitest';
import { applyAmendment } from '../src/amendment/index.js';
import { type CompareInput, compareRegulations } from '../src/compare/index.js';
import { evaluate, evaluateRecord } from '../src/evaluate.js';
import { shippedRegulation } from '../src/rules.js';
import { loadDocument } from '../src/schema/document.js';
import { parseVillage } from '../src/schema/index.js';
import { issuesOf } from './support/amendment-issues.js';
import { anjani } from './support/village.js';

/** Anjani meeting every criterion of Pasal 3 and Pasal 4, designated on 2 March 2026 (a shipped scenario's village). */
const EMAS = (
  (await loadDocument(
    'fixtures/amendments/huruf-aman-ditambahkan/skenario/sebelum-perubahan-mandiri.yaml',
  )) as {
    village: Record<string, unknown>;
  }
).village;

// The "Amendment semantics" of the working text (naskah-kerja.md), and the wrong answers of issue 10 that
// they correct. Every scenario of fixtures/amendments/*/skenario/ runs too (fixtures.test.ts, both engines).

const hurufD = {
  title: 'Kriteria Aman huruf d',
  changes: [
    {
      citation: 'Pasal 4 ayat (3) huruf d',
      new: true,
      text: 'terdapat paling sedikit 2 (dua) mitra jaringan bantuan hukum.',
      label: { id: 'Dua mitra bantuan hukum', en: 'Two legal aid partners' },
      when: { fact: 'legalAidPartners', operator: 'greaterThanInclusive', value: 2 },
    },
  ],
};

describe('references follow the amended text', () => {
  it('a huruf added to Pasal 4 ayat (3) reaches ayat (5), Pasal 12 and eligibility', async () => {
    const before = await evaluate(EMAS, { asOf: '2026-06-30' });
    const after = await evaluate(EMAS, { asOf: '2026-06-30', amendment: hurufD });
    expect(before.status).toMatchObject({ eligibility: 'met', evaluationResult: 'mandiri' });
    expect(after.status).toMatchObject({ eligibility: 'not_met', evaluationResult: 'perlu-pembinaan' });
    const pasal4 = after.articles.find((a) => a.article === 4)?.findings ?? [];
    expect(pasal4.map((f) => f.citation)).toContain('Pasal 4 ayat (3) huruf d');
    // the huruf sorts in its ayat, before ayat (4)
    const order = pasal4.map((f) => f.citation);
    expect(order.indexOf('Pasal 4 ayat (3) huruf d')).toBe(order.indexOf('Pasal 4 ayat (3) huruf c') + 1);
  });

  it('dme compare counts the villages whose eligibility the added huruf changes (not "0 villages change")', async () => {
    const villages: CompareInput[] = [1, 2, 3].map((n) => ({
      file: `v${n}.yaml`,
      scenario: {
        name: `Desa ${n}`,
        asOf: '2026-06-30',
        village: parseVillage({
          ...EMAS,
          name: `Desa ${n}`,
          legalAidPartners: Array.from({ length: n }, (_, i) => `LBH ${i + 1}`),
        }),
      },
    }));
    const r = await compareRegulations(villages, shippedRegulation, applyAmendment(hurufD));
    expect(r.changed.eligibility).toBe(1);
    const ayat5 = (name: string) =>
      r.changes
        .find((c) => c.village.name === name)
        ?.citations.find((c) => c.citation === 'Pasal 4 ayat (5)');
    expect(ayat5('Desa 1')).toMatchObject({ before: { verdict: 'met' }, after: { verdict: 'not_met' } });
    expect(ayat5('Desa 2')).toBeUndefined();
  });

  it('accepts a reference to a whole ayat, and judges it as every huruf in it', async () => {
    const amendment = {
      title: 'Ayat (3) sebagai syarat Pasal 3',
      changes: [
        {
          citation: 'Pasal 3 ayat (1) huruf e',
          new: true,
          text: 'memenuhi seluruh kriteria Aman sebagaimana dimaksud dalam Pasal 4 ayat (3).',
          when: { finding: 'Pasal 4 ayat (3)' },
        },
      ],
    };
    const ok = await evaluate(EMAS, { asOf: '2026-06-30', amendment });
    const pasal3 = ok.articles.find((a) => a.article === 3)?.findings.map((f) => [f.citation, f.verdict]);
    // in the order of the text: after huruf d, before ayat (2)
    expect(pasal3?.slice(3, 6)).toEqual([
      ['Pasal 3 ayat (1) huruf d', 'met'],
      ['Pasal 3 ayat (1) huruf e', 'met'],
      ['Pasal 3 ayat (2)', 'met'],
    ]);
    const failing = await evaluate({ ...EMAS, complaintService: false }, { asOf: '2026-06-30', amendment });
    const e = failing.articles
      .find((a) => a.article === 3)
      ?.findings.find((f) => f.citation.endsWith('huruf e'));
    expect(e?.verdict).toBe('not_met');
  });
});

describe('removed and displaced provisions drop out', () => {
  it('refuses an amendment after which "at least k of n" has fewer than k members, naming the provision', () => {
    const issues = issuesOf({
      title: 'Hapus tiga kriteria',
      changes: [
        { citation: 'Pasal 4 ayat (1) huruf a', remove: true },
        { citation: 'Pasal 4 ayat (1) huruf b', remove: true },
        { citation: 'Pasal 4 ayat (2) huruf b', remove: true },
      ],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain(
      'Pasal 4 ayat (5) requires at least 4 (minOtherIndicators) of the 3 remaining criteria',
    );
    expect(issues[0]?.message).toContain('amend Pasal 4 ayat (5) or the value of minOtherIndicators too');
  });

  it('accepts the same removal when the threshold comes down with it', () => {
    expect(() =>
      applyAmendment({
        title: 'Hapus tiga kriteria, ambang 3',
        changes: [
          { citation: 'Pasal 4 ayat (1) huruf a', remove: true },
          { citation: 'Pasal 4 ayat (1) huruf b', remove: true },
          { citation: 'Pasal 4 ayat (2) huruf b', remove: true },
          { parameter: 'minOtherIndicators', value: 3 },
        ],
      }),
    ).not.toThrow();
  });

  it('removing Pasal 13 ayat (2) leaves revocationRecommended false', async () => {
    const village = anjani({
      designation: { designatedOn: '2026-01-05' },
      evaluations: [
        { year: 2026, result: 'perlu-pembinaan' },
        { year: 2027, result: 'perlu-pembinaan' },
      ],
    });
    expect((await evaluate(village, { asOf: '2028-01-17' })).status.revocationRecommended).toBe(true);
    const removed = await evaluate(village, {
      asOf: '2028-01-17',
      amendment: { title: 'x', changes: [{ citation: 'Pasal 13 ayat (2)', remove: true }] },
    });
    expect(removed.status.revocationRecommended).toBe(false);
  });
});

describe('the statute stands', () => {
  const underage = anjani({
    candidates: [
      {
        name: 'Calon Muda',
        nik: '5203134107090001',
        birthDate: '2009-07-01',
        sex: 'female',
        domicileVillageCode: '52.03.13.2001',
        maritalStatus: 'unmarried',
        verifiedOn: '2026-06-01',
      },
    ],
  });

  it('refuses displacing a whole article that holds a UU18 provision (displaces: Pasal 9), citing the statute', async () => {
    const issues = issuesOf({
      title: 'Tangguhkan Pasal 9',
      changes: [
        {
          citation: 'Pasal 9 ayat (3)',
          text: 'Pasal 9 ayat (1) tidak diterapkan.',
          displaces: 'Pasal 9',
          message: { id: 'ditangguhkan', en: 'suspended' },
        },
      ],
    });
    expect(issues[0]?.path).toBe('changes[0].displaces');
    expect(issues[0]?.message).toContain('Pasal 9 ayat (1) comes from UU 18/2017 [UU18]');
    // and the under-age Calon PMI still fails
    const doc = await evaluate(underage, { asOf: '2026-06-30' });
    expect(doc.candidates[0]?.verdict).toBe('not_met');
  });

  it('refuses removing or rewording a provision that contains a UU18 provision', () => {
    const [remove] = issuesOf({
      title: 'x',
      changes: [{ citation: 'Pasal 9 ayat (1)', text: 'Tim memeriksa.' }],
    });
    expect(remove?.message).toContain('comes from UU 18/2017');
  });

  it('refuses a village condition that refers to a Calon PMI finding, and the reverse', () => {
    const [village] = issuesOf({
      title: 'x',
      changes: [{ citation: 'Pasal 4 ayat (3) huruf b', when: { finding: 'Pasal 9 ayat (1)' } }],
    });
    expect(village?.path).toBe('changes[0].when.finding');
    expect(village?.message).toContain('which judges each Calon PMI; a village condition cannot refer to it');
  });
});

describe('wording and encoding agree', () => {
  it('refuses new wording that writes out the number of a parameter the text shows', () => {
    const [issue] = issuesOf({
      title: 'x',
      changes: [{ citation: 'Pasal 7 ayat (5)', text: 'Anggota berusia paling rendah 21 tahun.' }],
    });
    expect(issue?.path).toBe('changes[0].text');
    expect(issue?.message).toContain('must keep {minMemberAge}');
  });
});

describe('the value in force when the duty arose', () => {
  const village = {
    code: '52.03.13.2001',
    name: 'Anjani',
    designation: { designatedOn: '2025-06-02' },
    mentors: [{ name: 'Rina', assignedOn: '2025-07-01', trainedOn: '2025-06-16', villagesAssigned: 3 }],
    mentoringVisits: [{ date: '2026-11-11' }],
  };
  const from2027 = {
    title: 'Dua kunjungan mulai 2027',
    changes: [{ parameter: 'minVisitsPerQuarter', values: { '2027-01-01': 2 } }],
  };

  it('a value that applies from 2027 never turns a compliant 2026 quarter overdue', async () => {
    const doc = await evaluate(village, { asOf: '2027-04-15', amendment: from2027 });
    const q4 = doc.obligations.find((o) => o.citation === 'Pasal 15 ayat (2)' && o.period === '2026-Q4');
    expect(q4?.status).toBe('met');
    expect(q4?.values).toMatchObject({ minVisitsPerQuarter: 1 });
  });
});

describe('the value in force on the day of the event a term counts from', () => {
  const findingOf = (doc: Awaited<ReturnType<typeof evaluate>>, citation: string) =>
    doc.articles.flatMap((a) => a.findings).find((f) => f.citation === citation);

  const validity5From2027 = {
    title: 'Masa berlaku 5 tahun mulai 2027',
    changes: [{ parameter: 'validityYears', values: { '2027-01-01': 5 } }],
  };
  const designated = (designatedOn: string) => ({ ...EMAS, designation: { designatedOn } });

  it('a validity that applies from 2027 does not lengthen a designation made in 2026, judged in 2027', async () => {
    const doc = await evaluate(designated('2026-12-31'), {
      asOf: '2027-06-30',
      amendment: validity5From2027,
    });
    expect(findingOf(doc, 'Pasal 5 ayat (4)')?.values).toMatchObject({
      validityYears: 3,
      validUntil: '2029-12-30',
    });
    // three years on, the 2026 designation has ended although 5 years are now in force
    const later = await evaluate(designated('2026-12-31'), {
      asOf: '2029-12-31',
      amendment: validity5From2027,
    });
    expect(later.status.designation).toBe('expired');
    // an ended status is a classification that no longer applies (as in fixtures/pasal-05)
    expect(findingOf(later, 'Pasal 5 ayat (4)')?.verdict).toBe('not_applicable');
    expect(findingOf(later, 'Pasal 5 ayat (4)')?.message.en).toContain('valid for 3 years');
  });

  it('a designation made on the first day of the new validity runs for the new number of years', async () => {
    const doc = await evaluate(designated('2027-01-01'), {
      asOf: '2029-12-31',
      amendment: validity5From2027,
    });
    expect(doc.status.designation).toBe('active');
    expect(findingOf(doc, 'Pasal 5 ayat (4)')?.values).toMatchObject({
      validityYears: 5,
      validityYearsSince: '2027-01-01',
      validUntil: '2031-12-31',
    });
  });

  it('one record judged under two validities (as dme compare does) ends on each text’s day, in either order', async () => {
    // evaluateRecord judges a record already validated: the same designation object reaches both texts
    const record = parseVillage(designated('2027-01-01'));
    const asOf = '2030-06-30';
    const mentors = (doc: Awaited<ReturnType<typeof evaluate>>) => findingOf(doc, 'Pasal 15 ayat (3)');
    for (const order of [
      [undefined, validity5From2027],
      [validity5From2027, undefined],
    ]) {
      for (const amendment of order) {
        const doc = await evaluateRecord(record, { asOf, ...(amendment ? { amendment } : {}) });
        if (amendment) {
          expect(doc.status.designation).toBe('active');
          expect(mentors(doc)?.verdict).toBe('unknown');
        } else {
          expect(doc.status.designation).toBe('expired');
          expect(mentors(doc)?.verdict).toBe('not_applicable');
          expect(mentors(doc)?.message.en).toContain('The Desa Migran EMAS status ended on 31 Dec 2029');
        }
      }
    }
  });

  const term5From2027 = {
    title: 'Masa kerja Tim Kerja Desa 5 tahun mulai 2027',
    changes: [{ parameter: 'teamTermYears', values: { '2027-01-01': 5 } }],
  };
  const teamOf = (issuedOn: string) => {
    const team = EMAS.team as { decree: Record<string, unknown> };
    return { ...EMAS, team: { ...team, decree: { ...team.decree, issuedOn } } };
  };

  it('a term that applies from 2027 does not lengthen the term of a team formed in 2026', async () => {
    const doc = await evaluate(teamOf('2026-12-31'), { asOf: '2029-12-31', amendment: term5From2027 });
    const term = findingOf(doc, 'Pasal 6 ayat (2)');
    expect(term?.verdict).toBe('not_met');
    expect(term?.values).toMatchObject({ lastDayInOffice: '2029-12-30', termYears: 3 });
  });

  it('a team formed on the first day of the new term stays in office for the new number of years', async () => {
    const doc = await evaluate(teamOf('2027-01-01'), { asOf: '2031-12-31', amendment: term5From2027 });
    const term = findingOf(doc, 'Pasal 6 ayat (2)');
    expect(term?.verdict).toBe('met');
    expect(term?.values).toMatchObject({ lastDayInOffice: '2031-12-31', termYears: 5 });
  });

  it('a complaint received after the 2026 team’s term ended falls to the Kepala Desa (Pasal 8 ayat (2))', async () => {
    const village = { ...teamOf('2026-12-31'), complaints: [{ receivedOn: '2029-12-31' }] };
    const doc = await evaluate(village, { asOf: '2030-01-15', amendment: term5From2027 });
    const complaint = doc.obligations.find((o) => o.citation === 'Pasal 8 ayat (2)');
    expect(complaint?.party).toBe('Kepala Desa');
    const formed2027 = { ...teamOf('2027-01-01'), complaints: [{ receivedOn: '2031-12-31' }] };
    const later = await evaluate(formed2027, { asOf: '2032-01-15', amendment: term5From2027 });
    expect(later.obligations.find((o) => o.citation === 'Pasal 8 ayat (2)')?.party).toBe('Tim Kerja Desa');
  });

  it('the transition counts the months in force on the effective date, not on the Tanggal Penilaian', async () => {
    const twelveFromMarch = {
      title: 'Masa peralihan 12 bulan mulai Maret 2026',
      changes: [{ parameter: 'transitionMonths', values: { '2026-03-01': 12 } }],
    };
    const doc = await evaluate(designated('2025-06-02'), { asOf: '2026-06-30', amendment: twelveFromMarch });
    const adjust = doc.obligations.find((o) => o.citation === 'Pasal 17');
    expect(adjust?.values).toMatchObject({ transitionMonths: 6, transitionEnd: '2026-07-02' });
    expect(adjust?.due).toBe('2026-07-02');
  });
});
