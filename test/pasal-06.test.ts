import { describe, expect, it } from 'vitest';
import { termYearsCompleted } from '../rules/pasal-06/facts.js';
import { pasal06 } from '../rules/pasal-06/index.js';
import {
  type ArticleDef,
  articles,
  buildRegulation,
  evaluate,
  type Finding,
  type Member,
  type ParameterDef,
  type VerdictDocument,
} from '../src/index.js';
import { CODE, member } from './support/members.js';

/** A team that meets every ayat of Pasal 7. */
function goodMembers(): Member[] {
  return [
    member('Lalu Ahmad', { role: 'ketua', background: ['kepala-desa'] }),
    member('Baiq Nurul', { role: 'sekretaris', sex: 'female', background: ['perangkat-desa'] }),
    member('Sahnan', { background: ['purna-pmi'] }),
    member('Siti Aminah', { sex: 'female', background: ['keluarga-pmi'] }),
    member('Rabiah', { sex: 'female' }),
    member('Muhammad Zaini'),
  ];
}

function village(team: unknown) {
  return team === undefined ? { code: CODE, name: 'Anjani' } : { code: CODE, name: 'Anjani', team };
}

function find(doc: VerdictDocument, citation: string): Finding {
  const f = doc.articles.flatMap((a) => a.findings).find((x) => x.citation === citation);
  if (!f) throw new Error(`no finding ${citation}`);
  return f;
}

async function judge(team: unknown, asOf: string, regulation?: Parameters<typeof evaluate>[1]) {
  return evaluate(village(team), { asOf, ...regulation });
}

describe('Pasal 6 ayat (1): the team is formed by a Keputusan Kepala Desa', () => {
  it('is met by a decree dated before the Tanggal Penilaian, quoting its number and date', async () => {
    const doc = await judge(
      { decree: { number: '141/12/2026', issuedOn: '2026-01-15' }, members: goodMembers() },
      '2026-06-30',
    );
    const f = find(doc, 'Pasal 6 ayat (1)');
    expect(f.verdict).toBe('met');
    expect(f.message.id).toContain('Keputusan Kepala Desa Nomor 141/12/2026 tanggal 15-01-2026');
    expect(f.provenance).toBe('PUB');
  });

  it('is met by a decree dated on the Tanggal Penilaian itself', async () => {
    const doc = await judge({ decree: { issuedOn: '2026-06-30' }, members: goodMembers() }, '2026-06-30');
    expect(find(doc, 'Pasal 6 ayat (1)').verdict).toBe('met');
    expect(find(doc, 'Pasal 6 ayat (2)').verdict).toBe('met');
  });

  it('is not met by a decree dated the day after the Tanggal Penilaian: the team is not formed yet', async () => {
    const doc = await judge({ decree: { issuedOn: '2026-07-01' }, members: goodMembers() }, '2026-06-30');
    const f = find(doc, 'Pasal 6 ayat (1)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('sesudah Tanggal Penilaian 30-06-2026');
    expect(find(doc, 'Pasal 6 ayat (2)').verdict).toBe('not_met');
    expect(find(doc, 'Pasal 3 ayat (1) huruf d').verdict).toBe('not_met');
  });

  it('is not met when the record says no team was formed (team: null)', async () => {
    const doc = await judge(null, '2026-06-30');
    expect(find(doc, 'Pasal 6 ayat (1)').verdict).toBe('not_met');
    expect(find(doc, 'Pasal 6 ayat (2)').verdict).toBe('not_met');
    expect(find(doc, 'Pasal 6 ayat (1)').message.en).toContain('No village work team has been formed');
  });

  it('is unknown, naming `team`, when the record does not say', async () => {
    const doc = await judge(undefined, '2026-06-30');
    for (const c of ['Pasal 6 ayat (1)', 'Pasal 6 ayat (2)', 'Pasal 3 ayat (1) huruf d']) {
      expect(find(doc, c).verdict).toBe('unknown');
      expect(find(doc, c).missing).toEqual(['team']);
    }
  });
});

describe('Pasal 6 ayat (2): the term of at most 3 years', () => {
  const team = (issuedOn: string) => ({ decree: { issuedOn }, members: goodMembers() });

  it('is met on the day before the third anniversary, the last day in office', async () => {
    const f = find(await judge(team('2026-01-15'), '2029-01-14'), 'Pasal 6 ayat (2)');
    expect(f.verdict).toBe('met');
    expect(f.values).toMatchObject({ issuedOn: '2026-01-15', lastDayInOffice: '2029-01-14', termYears: 3 });
  });

  it('is not met on the third anniversary, and says the team counts as not formed', async () => {
    const doc = await judge(team('2026-01-15'), '2029-01-15');
    const f = find(doc, 'Pasal 6 ayat (2)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('berakhir 14-01-2029');
    expect(f.message.id).toContain('dianggap belum dibentuk');
    const d = find(doc, 'Pasal 3 ayat (1) huruf d');
    expect(d.verdict).toBe('not_met');
    expect(d.message.id).toContain('Pasal 6 ayat (2)');
  });

  it('counts a decree of 29 February to its anniversary on 28 February of a common year (date-fns addYears)', async () => {
    expect(find(await judge(team('2028-02-29'), '2031-02-27'), 'Pasal 6 ayat (2)').verdict).toBe('met');
    const f = find(await judge(team('2028-02-29'), '2031-02-28'), 'Pasal 6 ayat (2)');
    expect(f.verdict).toBe('not_met');
    expect(f.values.lastDayInOffice).toBe('2031-02-27');
  });

  it('follows the teamTermYears parameter of the regulation applied', async () => {
    const term = pasal06.parameters?.teamTermYears as ParameterDef;
    const longer: ArticleDef = {
      ...(pasal06 as ArticleDef),
      parameters: { teamTermYears: { ...term, values: { '2026-01-02': { value: 5, reference: 'test' } } } },
    };
    const regulation = buildRegulation(
      articles.map((a) => (a.article === 6 ? longer : a)),
      { title: 'test', version: 'test' },
    );
    const doc = await judge(team('2026-01-15'), '2029-01-15', { regulation });
    expect(find(doc, 'Pasal 6 ayat (2)').verdict).toBe('met');
    expect(find(doc, 'Pasal 6 ayat (2)').message.id).toContain('paling lama 5 tahun');
  });
});

describe('termYearsCompleted', () => {
  it('counts whole years by anniversaries', () => {
    expect(termYearsCompleted('2026-01-15', '2026-01-15')).toBe(0);
    expect(termYearsCompleted('2026-01-15', '2027-01-14')).toBe(0);
    expect(termYearsCompleted('2026-01-15', '2027-01-15')).toBe(1);
    expect(termYearsCompleted('2026-01-15', '2029-01-14')).toBe(2);
    expect(termYearsCompleted('2026-01-15', '2029-01-15')).toBe(3);
    expect(termYearsCompleted('2028-02-29', '2031-02-28')).toBe(3);
    expect(termYearsCompleted('2028-02-29', '2031-02-27')).toBe(2);
  });
});

describe('Pasal 3 ayat (1) huruf d uses Pasal 6 and Pasal 7', () => {
  it('is met by a team in office whose composition meets Pasal 7', async () => {
    const doc = await judge({ decree: { issuedOn: '2026-01-15' }, members: goodMembers() }, '2026-06-30');
    const f = find(doc, 'Pasal 3 ayat (1) huruf d');
    expect(f.verdict).toBe('met');
    expect(f.message.id).toContain('susunannya memenuhi Pasal 7');
  });

  it('is not met by a team in office whose composition fails, naming the failing ayat of Pasal 7', async () => {
    const members = goodMembers().map((m) => ({ ...m, sex: 'male' as const }));
    const doc = await judge({ decree: { issuedOn: '2026-01-15' }, members }, '2026-06-30');
    const f = find(doc, 'Pasal 3 ayat (1) huruf d');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toBe('Susunan Tim Kerja Desa tidak memenuhi Pasal 7 ayat (3).');
    expect(f.values.compositionFailed).toEqual(['ayat (3)']);
    expect(doc.status.eligibility).toBe('not_met');
  });

  it('is unknown, naming the member field, when only a missing field keeps Pasal 7 open', async () => {
    const members = goodMembers();
    members[4] = member('Rabiah');
    delete members[4].sex;
    members[1] = { ...(members[1] as Member), sex: 'male' };
    const doc = await judge({ decree: { issuedOn: '2026-01-15' }, members }, '2026-06-30');
    const f = find(doc, 'Pasal 3 ayat (1) huruf d');
    expect(f.verdict).toBe('unknown');
    expect(f.missing).toEqual(['team.members[4].sex']);
  });
});
