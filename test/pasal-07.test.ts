import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evaluate, type Finding, formatText, type Member, type VerdictDocument } from '../src/index.js';
import { CODE, member } from './support/members.js';

/** Chair, secretary, a Purna PMI and a Keluarga PMI member, then ordinary members up to `size`; `women` of them female. */
function team(size: number, women: number): Member[] {
  const out = [
    member('Lalu Ahmad', { role: 'ketua', background: ['kepala-desa'] }),
    member('Baiq Nurul', { role: 'sekretaris', background: ['perangkat-desa'] }),
    member('Sahnan', { background: ['purna-pmi'] }),
    member('Siti Aminah', { background: ['keluarga-pmi'] }),
  ];
  for (let i = out.length; i < size; i++) out.push(member(`Anggota ${i + 1}`));
  const list = out.slice(0, size);
  for (let i = 0; i < women; i++) list[i] = { ...(list[i] as Member), sex: 'female' };
  return list;
}

function without<K extends keyof Member>(m: Member, key: K): Member {
  const copy = { ...m };
  delete copy[key];
  return copy;
}

async function judge(members: Member[] | null, issuedOn = '2026-01-15', asOf = '2026-06-30') {
  const t = members === null ? null : { decree: { number: '141/12/2026', issuedOn }, members };
  return evaluate({ code: CODE, name: 'Anjani', team: t }, { asOf });
}

function find(doc: VerdictDocument, citation: string): Finding {
  const f = doc.articles.flatMap((a) => a.findings).find((x) => x.citation === citation);
  if (!f) throw new Error(`no finding ${citation}`);
  return f;
}

describe('Pasal 7 ayat (3): at least 30% of the members are women', () => {
  it('is not met when 2 of 9 members are women, quoting both counts and the share', async () => {
    const f = find(await judge(team(9, 2)), 'Pasal 7 ayat (3)');
    expect(f.verdict).toBe('not_met');
    expect(f.message).toEqual({
      id: '2 dari 9 anggota (22%) perempuan; paling sedikit 30% disyaratkan.',
      en: '2 of 9 members (22%) are women; at least 30% is required.',
    });
    expect(f.values).toEqual({ women: 2, members: 9, share: 0.2222, required: 0.3 });
    expect(f.provenance).toBe('ASM');
  });

  it('is met when exactly 30% (3 of 10) are women', async () => {
    const f = find(await judge(team(10, 3)), 'Pasal 7 ayat (3)');
    expect(f.verdict).toBe('met');
    expect(f.message.id).toBe('3 dari 10 anggota (30%) perempuan; paling sedikit 30% disyaratkan.');
  });

  it('is unknown, naming the member, when a member of unknown sex could tip the share', async () => {
    const members = team(10, 2);
    members[9] = without(members[9] as Member, 'sex');
    const f = find(await judge(members), 'Pasal 7 ayat (3)');
    expect(f.verdict).toBe('unknown');
    expect(f.missing).toEqual(['team.members[9].sex']);
  });

  it('is met when the known women already reach 30% though one member’s sex is missing', async () => {
    const members = team(10, 3);
    members[9] = without(members[9] as Member, 'sex');
    const f = find(await judge(members), 'Pasal 7 ayat (3)');
    expect(f.verdict).toBe('met');
    expect(f.message.id).toContain('Paling sedikit 3 dari 10 anggota');
    expect(f.message.id).toContain('team.members[9].sex');
  });

  it('is not met when even the members of unknown sex could not reach 30%', async () => {
    const members = team(10, 1);
    members[9] = without(members[9] as Member, 'sex');
    const f = find(await judge(members), 'Pasal 7 ayat (3)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('Paling banyak 2 dari 10 anggota (20%)');
  });
});

describe('Pasal 7 ayat (5): age on the decree date and domicile', () => {
  const withSiti = () => {
    const members = team(6, 3);
    members[3] = member('Siti', { sex: 'female', birthDate: '2008-02-29', background: ['keluarga-pmi'] });
    return members;
  };

  it('is not met by a member born on 29 February who is 17 on a decree of 28 February 2026, naming her', async () => {
    const doc = await judge(withSiti(), '2026-02-28');
    const f = find(doc, 'Pasal 7 ayat (5)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain(
      'Siti (lahir 29-02-2008) berusia 17 tahun pada tanggal Keputusan 28-02-2026',
    );
    expect(f.message.en).toContain(
      'Siti (born 29-02-2008) is 17 years old on the date of the decree, 28-02-2026',
    );
    expect(f.values.underage).toEqual(['Siti']);
    expect(formatText(doc, 'id')).toContain(
      'Pasal 7 ayat (5) [ASM; nilai ASM] tidak memenuhi: Siti (lahir 29-02-2008) berusia 17 tahun pada tanggal Keputusan 28-02-2026',
    );
  });

  it('is met by the same member on a decree of 1 March 2026, when she is 18', async () => {
    expect(find(await judge(withSiti(), '2026-03-01'), 'Pasal 7 ayat (5)').verdict).toBe('met');
  });

  it('is not met by a member who lives in another village, naming the member and both codes', async () => {
    const members = team(6, 3);
    members[5] = member('Zaini', { domicileVillageCode: '52.03.13.2002' });
    const f = find(await judge(members), 'Pasal 7 ayat (5)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('Zaini berdomisili di desa 52.03.13.2002, bukan di Desa 52.03.13.2001');
    expect(f.values.nonResident).toEqual(['Zaini']);
  });

  it('is unknown, naming the path, when a member’s birth date is missing and nothing else decides', async () => {
    const members = team(6, 3);
    members[4] = without(members[4] as Member, 'birthDate');
    const f = find(await judge(members), 'Pasal 7 ayat (5)');
    expect(f.verdict).toBe('unknown');
    expect(f.missing).toEqual(['team.members[4].birthDate']);
  });

  it('is not met when a known member is underage even though another member’s birth date is missing', async () => {
    const members = withSiti();
    members[4] = without(members[4] as Member, 'birthDate');
    const f = find(await judge(members, '2026-02-28'), 'Pasal 7 ayat (5)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('data team.members[4].birthDate tidak tersedia');
  });
});

describe('Pasal 7 ayat (6): no P3MI ties, no unlicensed recruiting', () => {
  it('is not met by a member recorded as P3MI staff, naming him', async () => {
    const members = team(6, 3);
    members[5] = member('Budi', { p3miAffiliation: true });
    const f = find(await judge(members), 'Pasal 7 ayat (6)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('Budi tercatat sebagai pengurus atau pegawai P3MI');
    expect(f.values.barred).toEqual(['Budi']);
  });

  it('is not met by an unlicensed recruiter, even if another member’s P3MI status is missing', async () => {
    const members = team(6, 3);
    members[5] = member('Budi', { unlicensedRecruiter: true });
    members[4] = without(members[4] as Member, 'p3miAffiliation');
    const f = find(await judge(members), 'Pasal 7 ayat (6)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('Budi tercatat sebagai perekrut Calon PMI tanpa izin');
  });

  it('is unknown when a member’s P3MI status is missing', async () => {
    const members = team(6, 3);
    members[4] = without(members[4] as Member, 'p3miAffiliation');
    const f = find(await judge(members), 'Pasal 7 ayat (6)');
    expect(f.verdict).toBe('unknown');
    expect(f.missing).toEqual(['team.members[4].p3miAffiliation']);
  });
});

describe('Pasal 7 ayat (1): chair and secretary', () => {
  it('is met by the Kepala Desa as chair and a perangkat Desa as secretary', async () => {
    const f = find(await judge(team(6, 3)), 'Pasal 7 ayat (1)');
    expect(f.verdict).toBe('met');
    expect(f.message.id).toBe('Ketua Lalu Ahmad (Kepala Desa); sekretaris Baiq Nurul (perangkat Desa).');
  });

  it('is met by a perangkat Desa as chair', async () => {
    const members = team(6, 3);
    members[0] = member('Lalu Ahmad', { role: 'ketua', background: ['perangkat-desa'] });
    expect(find(await judge(members), 'Pasal 7 ayat (1)').verdict).toBe('met');
  });

  it('is not met by a secretary who is not a perangkat Desa, naming her and her background', async () => {
    const members = team(6, 3);
    members[1] = member('Baiq Nurul', { role: 'sekretaris', sex: 'female', background: ['pkk'] });
    const f = find(await judge(members), 'Pasal 7 ayat (1)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toBe('Sekretaris Baiq Nurul bukan perangkat Desa (latar belakang: PKK).');
    expect(f.values.unqualifiedSecretaries).toEqual(['Baiq Nurul']);
  });

  it('is not met by two chairs', async () => {
    const members = team(6, 3);
    members[5] = member('Rabiah', { role: 'ketua', background: ['perangkat-desa'] });
    const f = find(await judge(members), 'Pasal 7 ayat (1)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('2 anggota berperan ketua (Lalu Ahmad, Rabiah)');
  });

  it('is unknown when nobody is recorded as chair and a member’s role is missing', async () => {
    const members = team(6, 3);
    members[0] = without(members[0] as Member, 'role');
    const f = find(await judge(members), 'Pasal 7 ayat (1)');
    expect(f.verdict).toBe('unknown');
    expect(f.missing).toEqual(['team.members[0].role']);
  });
});

describe('Pasal 7 ayat (2): 5 to 15 members', () => {
  it.each([
    [4, 'not_met'],
    [5, 'met'],
    [15, 'met'],
    [16, 'not_met'],
  ])('a team of %i members: %s', async (size, verdict) => {
    const f = find(await judge(team(size, Math.ceil(size * 0.3))), 'Pasal 7 ayat (2)');
    expect(f.verdict).toBe(verdict);
    expect(f.values).toEqual({ members: size, min: 5, max: 15 });
  });
});

describe('Pasal 7 ayat (4): Purna PMI and Keluarga PMI members', () => {
  it('is not met without a Purna PMI member', async () => {
    const members = team(6, 3);
    members[2] = member('Sahnan');
    const f = find(await judge(members), 'Pasal 7 ayat (4)');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('0 anggota Purna PMI dan 1 anggota Keluarga PMI (Siti Aminah)');
  });

  it('is met when the known members suffice although one member’s background is missing', async () => {
    const members = team(6, 3);
    members[5] = without(members[5] as Member, 'background');
    expect(find(await judge(members), 'Pasal 7 ayat (4)').verdict).toBe('met');
  });

  it('is unknown when the only possible Purna PMI member’s background is missing', async () => {
    const members = team(6, 3);
    members[2] = without(members[2] as Member, 'background');
    const f = find(await judge(members), 'Pasal 7 ayat (4)');
    expect(f.verdict).toBe('unknown');
    expect(f.missing).toEqual(['team.members[2].background']);
  });
});

describe('Pasal 7 without a team', () => {
  it('is not met in every ayat when no team was formed (team: null)', async () => {
    const doc = await judge(null);
    const article = doc.articles.find((a) => a.article === 7);
    expect(article?.verdict).toBe('not_met');
    expect(article?.findings.map((f) => f.verdict)).toEqual(Array(6).fill('not_met'));
  });

  it('is unknown in every ayat when the record does not say whether a team exists', async () => {
    const doc = await evaluate({ code: CODE, name: 'Anjani' }, { asOf: '2026-06-30' });
    const article = doc.articles.find((a) => a.article === 7);
    expect(article?.findings.map((f) => [f.verdict, f.missing])).toEqual(
      Array(6).fill(['unknown', ['team']]),
    );
  });
});

describe('the compiled evaluator', () => {
  it('gives the same Pasal 6 and 7 findings as json-rules-engine', async () => {
    const members = team(9, 2);
    members[4] = without(members[4] as Member, 'birthDate');
    members[5] = member('Budi', { p3miAffiliation: true, domicileVillageCode: '52.03.13.2002' });
    const record = { code: CODE, name: 'Anjani', team: { decree: { issuedOn: '2026-02-28' }, members } };
    const a = await evaluate(record, { asOf: '2026-06-30' });
    const b = await evaluate(record, { asOf: '2026-06-30', engine: 'compiled' });
    const pick = (d: VerdictDocument) => d.articles.filter((x) => x.article === 6 || x.article === 7);
    expect(pick(b)).toEqual(pick(a));
  });
});

describe('dme check on a team that is wrong', () => {
  it('says per ayat what is wrong, with names and numbers, and exits 1', () => {
    const run = (file: string) =>
      spawnSync(process.execPath, ['dist/cli.js', 'check', `fixtures/pasal-07/${file}`], {
        encoding: 'utf8',
      });
    const women = run('perempuan-2-dari-9.yaml');
    expect(women.status).toBe(1);
    expect(women.stdout).toContain(
      'Pasal 7 ayat (3) [ASM; nilai ASM] tidak memenuhi: 2 dari 9 anggota (22%) perempuan; paling sedikit 30% disyaratkan.',
    );
    const siti = run('anggota-lahir-29-februari-berusia-17.yaml');
    expect(siti.stdout).toContain(
      'Siti (lahir 29-02-2008) berusia 17 tahun pada tanggal Keputusan 28-02-2026',
    );
    const budi = run('anggota-pegawai-p3mi.yaml');
    expect(budi.stdout).toContain(
      'Pasal 7 ayat (6) [PUB] tidak memenuhi: Budi tercatat sebagai pengurus atau pegawai P3MI',
    );
  });
});
