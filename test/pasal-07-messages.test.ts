import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import type { Member } from '../src/index.js';
import { CODE, member } from './support/members.js';

// What Pasal 7 tells a village in the cases the fixtures do not reach (found by mutation testing,
// docs/mutation.md): notes on missing data beside a decided finding, bounds when some sexes are unknown,
// members failing two requirements at once, and a decree without members.

async function finding(citation: string, members: Member[]) {
  const doc = await evaluate(
    { code: CODE, name: 'Anjani', team: { decree: { number: '1/2026', issuedOn: '2026-01-15' }, members } },
    { asOf: '2026-06-30' },
  );
  const f = doc.articles.flatMap((a) => a.findings).find((x) => x.citation === citation);
  if (!f) throw new Error(`no finding ${citation}`);
  return f;
}

const chair = member('Lalu Ahmad', { role: 'ketua', background: ['kepala-desa'] });
const secretary = member('Baiq Nurul', { role: 'sekretaris', sex: 'female', background: ['perangkat-desa'] });

describe('Pasal 7 messages', () => {
  it('ayat (1): names a member whose role is missing beside a decided finding', async () => {
    const { role: _, ...noRole } = member('Sahnan');
    const f = await finding('Pasal 7 ayat (1)', [chair, { ...chair, name: 'Rabiah' }, secretary, noRole]);
    expect(f.verdict).toBe('not_met');
    expect(f.message.en).toBe(
      '2 members have the role of chair (Lalu Ahmad, Rabiah); the team has one chair; team.members[3].role is missing.',
    );
    expect(f.message.id).toContain('data team.members[3].role tidak tersedia');
  });

  it('ayat (3): says "at most" with all unknown sexes counted as women when even that falls short', async () => {
    const { sex: _, ...noSex } = member('X');
    const men = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n) => member(n));
    const f = await finding('Pasal 7 ayat (3)', [chair, secretary, ...men, noSex, { ...noSex, name: 'Y' }]);
    expect(f.verdict).toBe('not_met');
    expect(f.message.en).toBe(
      'At most 3 of 11 members (27%) are women; at least 30% is required (team.members[9].sex and team.members[10].sex are missing).',
    );
    expect(f.message.id).toBe(
      'Paling banyak 3 dari 11 anggota (27%) perempuan; paling sedikit 30% disyaratkan (data team.members[9].sex dan team.members[10].sex tidak tersedia).',
    );
    expect(f.values).toEqual({ women: 3, members: 11, share: 0.2727, required: 0.3 });
  });

  it('ayat (4): names a member whose background is missing beside a decided finding', async () => {
    const { background: _, ...noBackground } = member('Sahnan');
    const f = await finding('Pasal 7 ayat (4)', [
      chair,
      secretary,
      member('Sahnan', { background: ['purna-pmi'] }),
      member('Siti', { background: ['keluarga-pmi'] }),
      noBackground,
    ]);
    expect(f.verdict).toBe('met');
    expect(f.message.en).toBe(
      '1 returned-migrant member (Sahnan) and 1 migrant-family member (Siti); at least 1 and 1 respectively are required (team.members[4].background is missing).',
    );
    expect(f.message.id).toBe(
      '1 anggota Purna PMI (Sahnan) dan 1 anggota Keluarga PMI (Siti); paling sedikit 1 Purna PMI dan 1 Keluarga PMI disyaratkan (data team.members[4].background tidak tersedia).',
    );
  });

  it('ayat (5): states both requirements when one member is under age and another lives elsewhere', async () => {
    const f = await finding('Pasal 7 ayat (5)', [
      chair,
      secretary,
      member('Siti', { birthDate: '2010-01-01' }),
      member('Budi', { domicileVillageCode: '52.03.13.2002' }),
    ]);
    expect(f.verdict).toBe('not_met');
    expect(f.message.en).toContain(
      'at least 18 years on the date of the decree is required; members must live in the village 52.03.13.2001',
    );
    expect(f.message.id).toContain(
      'usia paling rendah 18 tahun pada tanggal Keputusan disyaratkan; anggota disyaratkan berdomisili di Desa 52.03.13.2001',
    );
  });

  it('ayat (5) and (6): a decree without members breaches neither, and says so', async () => {
    for (const citation of ['Pasal 7 ayat (5)', 'Pasal 7 ayat (6)']) {
      const f = await finding(citation, []);
      expect(f.verdict).toBe('met');
      expect(f.message.en).toBe('The decree lists no members; no member breaches this ayat.');
    }
    expect((await finding('Pasal 7 ayat (6)', [])).values).toEqual({ barred: [] });
  });
});
