import { describe, expect, it } from 'vitest';
import type { ArticleDef, ObligationResult } from '../src/define.js';
import { defineArticle } from '../src/define.js';
import { evaluate } from '../src/evaluate.js';
import type { ParameterDef } from '../src/parameters.js';
import { buildRegulation } from '../src/regulation.js';
import { articles, shippedRegulation } from '../src/rules.js';
import type { VerdictDocument } from '../src/verdict.js';

const CODE = '52.03.13.2001';

function obligation(doc: VerdictDocument, key: string) {
  return doc.obligations.find((o) => (o.period ? `${o.citation} ${o.period}` : o.citation) === key);
}

function finding(doc: VerdictDocument, citation: string) {
  return doc.articles.flatMap((a) => a.findings).find((f) => f.citation === citation);
}

const member = (name: string, role: string, sex: string, background: string[]) => ({
  name,
  role,
  sex,
  birthDate: '1980-01-01',
  domicileVillageCode: CODE,
  background,
  p3miAffiliation: false,
  unlicensedRecruiter: false,
});

/** 2 of 9 members are women: Pasal 7 ayat (3) is not met. */
const FEW_WOMEN_TEAM = {
  decree: { number: '141/04/2025', issuedOn: '2025-04-14' },
  members: [
    member('Lalu Ahmad', 'ketua', 'male', ['kepala-desa']),
    member('Baiq Nurul', 'sekretaris', 'female', ['perangkat-desa']),
    member('Sahnan', 'anggota', 'male', ['purna-pmi']),
    member('Siti Aminah', 'anggota', 'female', ['keluarga-pmi']),
    ...['Zaini', 'Rahman', 'Wira', 'Sumarni', 'Hasan'].map((n) =>
      member(n, 'anggota', 'male', ['tokoh-masyarakat']),
    ),
  ],
};

describe('the obligations list (interface.md)', () => {
  const record = {
    code: CODE,
    name: 'Anjani',
    proposal: { receivedCompleteOn: '2026-01-15', assessedOn: '2026-02-20' },
    designation: { designatedOn: '2026-03-02' },
    team: { decree: { issuedOn: '2026-01-15' }, members: [] },
    complaints: [{ receivedOn: '2026-03-16', respondedOn: '2026-04-02' }],
    mentors: [{ name: 'Rina', assignedOn: '2026-04-06', trainedOn: '2026-02-01', villagesAssigned: 4 }],
    reports: [],
    monitoringVisits: [],
    mentoringVisits: [],
  };

  it('lists party, period, due date, status and date met, in due-date order', async () => {
    const doc = await evaluate(record, { asOf: '2026-07-15' });
    expect(doc.obligations.map((o) => [o.citation, o.period, o.due, o.status, o.fulfilledOn])).toEqual([
      ['Pasal 5 ayat (2)', null, '2026-03-03', 'met', '2026-02-20'],
      ['Pasal 8 ayat (2)', '2026-03-16', '2026-04-01', 'late', '2026-04-02'],
      ['Pasal 15 ayat (1)', null, '2026-04-07', 'met', '2026-04-06'],
      ['Pasal 10 ayat (1)', '2026-1', '2026-07-10', 'overdue', null],
      ['Pasal 15 ayat (2)', '2026-Q3', '2026-09-30', 'pending', null],
      ['Pasal 11', '2026-2', '2026-12-31', 'pending', null],
      ['Pasal 10 ayat (1)', '2026-2', '2027-01-10', 'pending', null],
    ]);
    expect(doc.obligations.map((o) => o.party)).toEqual([
      'BP3MI',
      'Tim Kerja Desa',
      'BP3MI',
      'Tim Kerja Desa',
      'Pendamping DME',
      'BP3MI',
      'Tim Kerja Desa',
    ]);
    expect(Object.keys(doc.obligations[0] ?? {}).slice(0, 6)).toEqual([
      'citation',
      'party',
      'period',
      'due',
      'status',
      'fulfilledOn',
    ]);
  });

  it('makes an article with a late or overdue obligation not met', async () => {
    const doc = await evaluate(record, { asOf: '2026-07-15' });
    const verdict = (n: number) => doc.articles.find((a) => a.article === n)?.verdict;
    expect(verdict(8)).toBe('not_met');
    expect(verdict(10)).toBe('not_met');
    expect(verdict(5)).toBe('met');
  });

  it('moves the same obligation from pending to overdue between two assessment dates', async () => {
    const before = await evaluate(record, { asOf: '2026-07-10' });
    const after = await evaluate(record, { asOf: '2026-07-11' });
    expect(obligation(before, 'Pasal 10 ayat (1) 2026-1')?.status).toBe('pending');
    expect(obligation(after, 'Pasal 10 ayat (1) 2026-1')?.status).toBe('overdue');
    expect(obligation(after, 'Pasal 10 ayat (1) 2026-1')?.message.id).toContain(
      'paling lambat 10 Jul 2026 (tanggal 10 bulan pertama sesudah semester berakhir): belum dipenuhi pada Tanggal Penilaian 11 Jul 2026',
    );
  });

  it('lists no obligation of a village that is not designated, except those that do not depend on it', async () => {
    const { designation: _, ...notDesignated } = record;
    const doc = await evaluate(notDesignated, { asOf: '2026-07-15' });
    expect(doc.obligations.map((o) => o.citation)).toEqual(['Pasal 5 ayat (2)', 'Pasal 8 ayat (2)']);
  });
});

describe('dated parameters', () => {
  /** Pasal 8 with the response time shortened from 7 to 5 working days from 1 Jul 2026. */
  function withShorterResponse(): typeof shippedRegulation {
    const changed = articles.map((a): ArticleDef => {
      if (a.article !== 8) return a;
      const def = a.parameters?.complaintResponseWorkingDays as ParameterDef;
      return {
        ...a,
        parameters: {
          ...a.parameters,
          complaintResponseWorkingDays: {
            ...def,
            values: {
              '2026-01-02': { value: 7, reference: 'Naskah kerja Pasal 8 ayat (2)' },
              '2026-07-01': { value: 5, reference: 'Perubahan (uji)' },
            },
          },
        },
      };
    });
    return buildRegulation(changed, { title: 'uji', version: 'uji' });
  }

  const record = {
    code: CODE,
    name: 'Anjani',
    team: { decree: { issuedOn: '2026-01-15' }, members: [] },
    // Received on 1 Jun 2026 (a holiday); answered 9 Jun 2026, the 6th working day after.
    complaints: [{ receivedOn: '2026-06-01', respondedOn: '2026-06-09' }],
  };

  it('applies the value in force on the day the complaint was received, whatever the assessment date', async () => {
    const regulation = withShorterResponse();
    const june = await evaluate(record, { asOf: '2026-06-30', regulation });
    const july = await evaluate(record, { asOf: '2026-07-15', regulation });
    const a = obligation(june, 'Pasal 8 ayat (2) 2026-06-01');
    const b = obligation(july, 'Pasal 8 ayat (2) 2026-06-01');
    // received in June under the 7-day value: the due date does not move when judged in July
    expect([a?.due, a?.status]).toEqual(['2026-06-10', 'met']);
    expect([b?.due, b?.status]).toEqual(['2026-06-10', 'met']);
  });

  it('gives a complaint received from the date of the new value that value, and says since when', async () => {
    const later = { ...record, complaints: [{ receivedOn: '2026-07-01', respondedOn: '2026-07-09' }] };
    const july = await evaluate(later, { asOf: '2026-07-15', regulation: withShorterResponse() });
    const o = obligation(july, 'Pasal 8 ayat (2) 2026-07-01');
    expect([o?.due, o?.status]).toEqual(['2026-07-08', 'late']);
    expect(o?.message.id).toContain(
      'paling lama 5 Hari (nilai yang berlaku sejak 1 Jul 2026) sejak pengaduan diterima',
    );
    expect(o?.message.en).toContain('within 5 working days (the value in force since 1 Jul 2026)');
    expect(o?.values).toMatchObject({
      complaintResponseWorkingDays: 5,
      complaintResponseWorkingDaysSince: '2026-07-01',
    });
  });

  it('keeps the shipped value and says nothing about dates when a parameter never changes', async () => {
    const doc = await evaluate(record, { asOf: '2026-07-15' });
    const o = obligation(doc, 'Pasal 8 ayat (2) 2026-06-01');
    expect(o?.status).toBe('met');
    expect(o?.message.id).not.toContain('berlaku sejak');
    expect(o?.values).toMatchObject({
      complaintResponseWorkingDays: 7,
      complaintResponseWorkingDaysSince: '2026-01-02',
    });
  });
});

describe('Pasal 17 displaces Pasal 7 until the transition ends', () => {
  const record = {
    code: CODE,
    name: 'Anjani',
    designation: { designatedOn: '2025-05-02' },
    team: FEW_WOMEN_TEAM,
  };

  it('makes every Pasal 7 finding not applicable on the last day, saying what it would find', async () => {
    const doc = await evaluate(record, { asOf: '2026-07-02' });
    const pasal7 = doc.articles.find((a) => a.article === 7);
    expect(pasal7?.verdict).toBe('not_applicable');
    expect(
      pasal7?.findings.every((f) => f.verdict === 'not_applicable' && f.displacedBy === 'Pasal 17'),
    ).toBe(true);
    const ayat3 = finding(doc, 'Pasal 7 ayat (3)');
    expect(ayat3?.values.displacedVerdict).toBe('not_met');
    expect(ayat3?.message.en).toContain('Not applied: displaced by Pasal 17.');
    expect(ayat3?.message.en).toContain('Without this exception: not met — 2 of 9 members (22%) are women');
  });

  it('turns what is still wrong into an obligation due on effective date + 6 months', async () => {
    const doc = await evaluate(record, { asOf: '2026-07-02' });
    const o = obligation(doc, 'Pasal 17');
    expect([o?.party, o?.due, o?.status]).toEqual(['Kepala Desa', '2026-07-02', 'pending']);
    expect(o?.values?.stillWrong).toEqual(['Pasal 7 ayat (3)']);
    expect(o?.message.en).toContain('Still wrong: Pasal 7 ayat (3) — 2 of 9 members (22%) are women');
  });

  it('applies Pasal 7 again the day after, and the obligation is overdue', async () => {
    const doc = await evaluate(record, { asOf: '2026-07-03' });
    expect(finding(doc, 'Pasal 7 ayat (3)')?.verdict).toBe('not_met');
    expect(finding(doc, 'Pasal 7 ayat (3)')?.displacedBy).toBeUndefined();
    expect(obligation(doc, 'Pasal 17')?.status).toBe('overdue');
  });

  it('does not displace Pasal 7 for a village whose designation expired before the effective date', async () => {
    // Designated 1 Jun 2022: valid until 31 May 2025, so there is no status to keep on 2 Jan 2026.
    const doc = await evaluate(
      { ...record, designation: { designatedOn: '2022-06-01' } },
      { asOf: '2026-03-31' },
    );
    expect(finding(doc, 'Pasal 7 ayat (3)')?.verdict).toBe('not_met');
    expect(obligation(doc, 'Pasal 17')).toBeUndefined();
    expect(doc.status.designation).toBe('expired');
  });

  it('does not displace Pasal 7 for a village designated on the effective date', async () => {
    const doc = await evaluate(
      { ...record, designation: { designatedOn: '2026-01-02' } },
      { asOf: '2026-03-31' },
    );
    expect(finding(doc, 'Pasal 7 ayat (3)')?.verdict).toBe('not_met');
    expect(obligation(doc, 'Pasal 17')).toBeUndefined();
  });
});

describe('Pasal 15 ayat (4) displaces ayat (2) after a warning', () => {
  const record = {
    code: CODE,
    name: 'Anjani',
    designation: { designatedOn: '2025-06-02' },
    mentors: [{ name: 'Rina', assignedOn: '2025-07-01', trainedOn: '2025-06-16', villagesAssigned: 3 }],
    evaluations: [{ year: 2025, result: 'perlu-pembinaan', warningIssuedOn: '2026-03-15' }],
    mentoringVisits: [{ date: '2026-02-11' }, { date: '2026-04-02' }],
    activities: [],
  };

  it('requires a visit in each full month within 6 months of the warning, and judges no overlapping quarter', async () => {
    const doc = await evaluate(record, { asOf: '2026-12-31' });
    const keys = doc.obligations
      .filter((o) => o.citation.startsWith('Pasal 15 ayat ('))
      .map((o) => `${o.citation} ${o.period}`);
    expect(keys).toEqual([
      'Pasal 15 ayat (4) 2026-04',
      'Pasal 15 ayat (4) 2026-05',
      'Pasal 15 ayat (4) 2026-06',
      'Pasal 15 ayat (4) 2026-07',
      'Pasal 15 ayat (4) 2026-08',
      'Pasal 15 ayat (2) 2026-Q4',
      'Pasal 15 ayat (5) 2026',
    ]);
    expect(obligation(doc, 'Pasal 15 ayat (4) 2026-04')?.status).toBe('met');
    expect(obligation(doc, 'Pasal 15 ayat (4) 2026-05')?.status).toBe('overdue');
  });

  it('says which provision displaced which, and for which quarters', async () => {
    const doc = await evaluate(record, { asOf: '2026-12-31' });
    const note = finding(doc, 'Pasal 15 ayat (2)');
    expect(note?.verdict).toBe('not_applicable');
    expect(note?.displacedBy).toBe('Pasal 15 ayat (4)');
    expect(note?.values.displacedPeriods).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(note?.message.en).toContain(
      'Pasal 15 ayat (2) is not judged for 2026-Q1, 2026-Q2 and 2026-Q3: displaced by Pasal 15 ayat (4) (15 Mar 2026 – 14 Sep 2026).',
    );
  });

  it('applies ayat (2) as usual before the warning is issued', async () => {
    const doc = await evaluate(record, { asOf: '2026-03-14' });
    expect(obligation(doc, 'Pasal 15 ayat (2) 2026-Q1')?.status).toBe('met');
    expect(finding(doc, 'Pasal 15 ayat (2)')).toBeUndefined();
    expect(doc.obligations.some((o) => o.citation === 'Pasal 15 ayat (4)')).toBe(false);
  });
});

describe('the exception mechanism is general', () => {
  // A made-up provision that suspends Pasal 11 monitoring during April–September 2026 and Pasal 5 ayat (4)
  // while the assessment date is in 2026: nothing in the machinery knows about either.
  const pasal99 = defineArticle({
    article: 99,
    title: { id: 'Uji', en: 'Test' },
    provisions: [{ citation: 'Pasal 99', text: 'Pengecualian uji.', provenance: 'ASM' }],
    exceptions: [
      {
        citation: 'Pasal 99',
        displaces: 'Pasal 11',
        applies: () => ({ from: '2026-04-01', to: '2026-09-30', message: { id: 'Uji.', en: 'Test.' } }),
      },
      {
        citation: 'Pasal 99',
        displaces: 'Pasal 5 ayat (4)',
        applies: () => [{ from: '2026-01-01', to: '2026-12-31', message: { id: 'Uji.', en: 'Test.' } }],
      },
    ],
  });
  const regulation = buildRegulation([...articles, pasal99 as ArticleDef], { title: 'uji', version: 'uji' });
  const record = {
    code: CODE,
    name: 'Anjani',
    designation: { designatedOn: '2025-05-02' },
    monitoringVisits: [],
  };

  it('displaces the obligations of periods overlapping its days, and keeps the others', async () => {
    const doc = await evaluate(record, { asOf: '2027-01-05', regulation });
    // 2026-1 and 2026-2 overlap April–September 2026; 2027-1 is in progress.
    expect(doc.obligations.filter((o) => o.citation === 'Pasal 11').map((o) => o.period)).toEqual(['2027-1']);
    const later = await evaluate(record, { asOf: '2027-07-05', regulation });
    expect(later.obligations.filter((o) => o.citation === 'Pasal 11').map((o) => o.period)).toEqual([
      '2027-1',
      '2027-2',
    ]);
    expect(finding(later, 'Pasal 11')?.displacedBy).toBe('Pasal 99');
    expect(finding(later, 'Pasal 11')?.values.displacedPeriods).toEqual(['2026-1', '2026-2']);
  });

  it('displaces a finding only while the assessment date is in its days', async () => {
    const in2026 = await evaluate(record, { asOf: '2026-12-31', regulation });
    const in2027 = await evaluate(record, { asOf: '2027-01-01', regulation });
    expect(finding(in2026, 'Pasal 5 ayat (4)')?.displacedBy).toBe('Pasal 99');
    expect(finding(in2027, 'Pasal 5 ayat (4)')?.verdict).toBe('met');
  });

  it('leaves the shipped regulation untouched', async () => {
    const doc = await evaluate(record, { asOf: '2027-01-05', regulation: shippedRegulation });
    const periods = doc.obligations
      .filter((o: ObligationResult) => o.citation === 'Pasal 11')
      .map((o) => o.status);
    expect(periods).toEqual(['overdue', 'overdue', 'pending']);
  });
});

describe('Pasal 5 ayat (2): the assessment deadline starts from a proposal received by the Tanggal Penilaian', () => {
  it('owes no assessment for a proposal received after the Tanggal Penilaian, and owes one received on it', async () => {
    const judged = (receivedCompleteOn: string) =>
      evaluate({ code: CODE, name: 'Anjani', proposal: { receivedCompleteOn } }, { asOf: '2026-06-30' });
    expect(obligation(await judged('2026-07-01'), 'Pasal 5 ayat (2)')).toBeUndefined();
    expect(obligation(await judged('2026-06-30'), 'Pasal 5 ayat (2)')).toMatchObject({ status: 'pending' });
  });
});
