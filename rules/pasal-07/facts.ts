import {
  countAtLeast,
  defineFact,
  type FactContext,
  type Missing,
  missing,
} from '../../src/../src/facts/fact.js';
import { ageOn } from '../../src/dates.js';
import { dmy } from '../../src/explain/format.js';
import type { ParamValue } from '../../src/parameters.js';
import type { Member, MemberBackground, Team, VillageRecord } from '../../src/schema/index.js';
import type { Bilingual, DateString } from '../../src/types.js';

// Facts of Pasal 7 (the composition of the Tim Kerja Desa).
//
// A recorded `team: null` means no team has been formed: every fact is then `null`, which fails every
// comparison (so the findings are not_met). An absent `team` makes every fact unknown, naming `team`.
//
// Member-level facts follow Kleene's logic: a member whose field is missing makes the fact unknown
// (naming `team.members[i].field`) only when the members whose data is known do not already decide it.

/** The path of a member's field in the record. */
export function memberPath(index: number, field: keyof Member): string {
  return `team.members[${index}].${field}`;
}

/** What one member-level check says of one member: a violation (described), unknown (paths), or fine. */
export type MemberCheck = { violation: Bilingual } | { missing: string[] } | null;

/** What a member-level check may read besides the member. */
export interface MemberCheckContext {
  decreeDate: DateString;
  villageCode: string;
  params: Readonly<Record<string, ParamValue>>;
}

/** The Indonesian and English names of the backgrounds, for messages. */
export const BACKGROUND_LABEL: Readonly<Record<MemberBackground, Bilingual>> = {
  'kepala-desa': { id: 'Kepala Desa', en: 'village head' },
  'perangkat-desa': { id: 'perangkat Desa', en: 'village official' },
  bpd: { id: 'BPD', en: 'village council (BPD)' },
  'purna-pmi': { id: 'Purna PMI', en: 'returned migrant worker' },
  'keluarga-pmi': { id: 'Keluarga PMI', en: 'migrant worker family' },
  'tokoh-masyarakat': { id: 'tokoh masyarakat', en: 'community figure' },
  pkk: { id: 'PKK', en: 'PKK' },
  lainnya: { id: 'lainnya', en: 'other' },
};

function backgroundText(bg: readonly MemberBackground[], lang: keyof Bilingual): string {
  if (bg.length === 0) return lang === 'id' ? 'tidak ada' : 'none';
  return bg.map((b) => BACKGROUND_LABEL[b][lang]).join(', ');
}

/** Pasal 7 ayat (5), age: younger than `minMemberAge` on the date of the Keputusan. */
export function checkUnderage(m: Member, i: number, c: MemberCheckContext): MemberCheck {
  if (m.birthDate === undefined) return { missing: [memberPath(i, 'birthDate')] };
  const age = ageOn(m.birthDate, c.decreeDate);
  const min = Number(c.params.minMemberAge);
  if (age >= min) return null;
  return {
    violation: {
      id: `${m.name} (lahir ${dmy(m.birthDate)}) berusia ${age} tahun pada tanggal Keputusan ${dmy(c.decreeDate)}`,
      en: `${m.name} (born ${dmy(m.birthDate)}) is ${age} years old on the date of the decree, ${dmy(c.decreeDate)}`,
    },
  };
}

/** Pasal 7 ayat (5), domicile: the member's domicile village code is not the village's. */
export function checkNonResident(m: Member, i: number, c: MemberCheckContext): MemberCheck {
  if (m.domicileVillageCode === undefined) return { missing: [memberPath(i, 'domicileVillageCode')] };
  if (m.domicileVillageCode === c.villageCode) return null;
  return {
    violation: {
      id: `${m.name} berdomisili di desa ${m.domicileVillageCode}, bukan di Desa ${c.villageCode}`,
      en: `${m.name} lives in village ${m.domicileVillageCode}, not in the village ${c.villageCode}`,
    },
  };
}

/** Pasal 7 ayat (6): pengurus/pegawai of a P3MI, or an unlicensed recruiter. */
export function checkBarred(m: Member, i: number): MemberCheck {
  const id: string[] = [];
  const en: string[] = [];
  if (m.p3miAffiliation === true) {
    id.push('pengurus atau pegawai P3MI');
    en.push('an officer or employee of a P3MI');
  }
  if (m.unlicensedRecruiter === true) {
    id.push('perekrut Calon PMI tanpa izin');
    en.push('recruiting prospective migrant workers without a licence');
  }
  if (id.length > 0) {
    return {
      violation: {
        id: `${m.name} tercatat sebagai ${id.join(' dan ')}`,
        en: `${m.name} is recorded as ${en.join(' and as ')}`,
      },
    };
  }
  const gone: string[] = [];
  if (m.p3miAffiliation === undefined) gone.push(memberPath(i, 'p3miAffiliation'));
  if (m.unlicensedRecruiter === undefined) gone.push(memberPath(i, 'unlicensedRecruiter'));
  return gone.length > 0 ? { missing: gone } : null;
}

/** Pasal 7 ayat (1): a ketua who is neither the Kepala Desa nor a perangkat Desa. */
export function checkChairQualified(m: Member, i: number): MemberCheck {
  if (m.role !== 'ketua') return null;
  if (m.background === undefined) return { missing: [memberPath(i, 'background')] };
  if (m.background.includes('kepala-desa') || m.background.includes('perangkat-desa')) return null;
  return {
    violation: {
      id: `ketua ${m.name} bukan Kepala Desa atau perangkat Desa (latar belakang: ${backgroundText(m.background, 'id')})`,
      en: `the chair ${m.name} is neither the village head nor a village official (background: ${backgroundText(m.background, 'en')})`,
    },
  };
}

/** Pasal 7 ayat (1): a sekretaris who is not a perangkat Desa. */
export function checkSecretaryQualified(m: Member, i: number): MemberCheck {
  if (m.role !== 'sekretaris') return null;
  if (m.background === undefined) return { missing: [memberPath(i, 'background')] };
  if (m.background.includes('perangkat-desa')) return null;
  return {
    violation: {
      id: `sekretaris ${m.name} bukan perangkat Desa (latar belakang: ${backgroundText(m.background, 'id')})`,
      en: `the secretary ${m.name} is not a village official (background: ${backgroundText(m.background, 'en')})`,
    },
  };
}

/** Every member's check: the violations (with the members' names) and the paths that are missing. */
export interface MemberScan {
  names: string[];
  violations: Bilingual[];
  missing: string[];
}

/** Runs a member-level check over a recorded team. */
export function scanMembers(
  team: Team,
  check: (m: Member, i: number, c: MemberCheckContext) => MemberCheck,
  ctx: { villageCode: string; params: Readonly<Record<string, ParamValue>> },
): MemberScan {
  const c: MemberCheckContext = {
    decreeDate: team.decree.issuedOn,
    villageCode: ctx.villageCode,
    params: ctx.params,
  };
  const out: MemberScan = { names: [], violations: [], missing: [] };
  team.members.forEach((m, i) => {
    const r = check(m, i, c);
    if (r === null) return;
    if ('violation' in r) {
      out.names.push(m.name);
      out.violations.push(r.violation);
    } else out.missing.push(...r.missing);
  });
  return out;
}

type Check = (m: Member, i: number, c: MemberCheckContext) => MemberCheck;

/** The names of the members a check finds against (Kleene: known violations decide even if others are unknown). */
function violatorNames(r: VillageRecord, ctx: FactContext, check: Check): readonly string[] | null | Missing {
  if (r.team === undefined) return missing('team');
  if (r.team === null) return null;
  const s = scanMembers(r.team, check, ctx);
  if (s.names.length > 0) return s.names;
  if (s.missing.length > 0) return missing(...s.missing);
  return [];
}

function violatorCount(r: VillageRecord, ctx: FactContext, check: Check): number | null | Missing {
  const v = violatorNames(r, ctx, check);
  return Array.isArray(v) ? v.length : (v as null | Missing);
}

/** How many members hold a role; unknown when a member without a role could change whether it is exactly one. */
function roleCount(r: VillageRecord, role: Member['role']): number | null | Missing {
  if (r.team === undefined) return missing('team');
  if (r.team === null) return null;
  let n = 0;
  const gone: string[] = [];
  r.team.members.forEach((m, i) => {
    if (m.role === undefined) gone.push(memberPath(i, 'role'));
    else if (m.role === role) n++;
  });
  return gone.length > 0 && n < 2 ? missing(...gone) : n;
}

/**
 * How many members have a background; when some members' backgrounds are missing, the count of the known ones
 * is a lower bound, so it decides only when it already reaches the minimum.
 */
function backgroundCount(r: VillageRecord, bg: MemberBackground, min: number): number | null | Missing {
  if (r.team === undefined) return missing('team');
  if (r.team === null) return null;
  let n = 0;
  const gone: string[] = [];
  r.team.members.forEach((m, i) => {
    if (m.background === undefined) gone.push(memberPath(i, 'background'));
    else if (m.background.includes(bg)) n++;
  });
  return countAtLeast(n, gone, min);
}

/** Women among the members: known women, members whose sex is missing, and all members. */
export function womenCount(team: Team): { women: number; unknown: string[]; members: number } {
  let women = 0;
  const unknown: string[] = [];
  team.members.forEach((m, i) => {
    if (m.sex === undefined) unknown.push(memberPath(i, 'sex'));
    else if (m.sex === 'female') women++;
  });
  return { women, unknown, members: team.members.length };
}

export const pasal07Facts = {
  teamSize: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Jumlah anggota Tim Kerja Desa, termasuk ketua dan sekretaris',
      en: 'Team members, including chair and secretary',
    },
    unit: 'orang',
    reads: ['team.members'],
    compute: (r) => (r.team === undefined ? missing('team') : r.team === null ? null : r.team.members.length),
  }),
  chairCount: defineFact<VillageRecord, number | null>({
    description: { id: 'Anggota yang berperan ketua', en: 'Members with the role of chair' },
    unit: 'orang',
    reads: ['team.members[].role'],
    compute: (r) => roleCount(r, 'ketua'),
  }),
  secretaryCount: defineFact<VillageRecord, number | null>({
    description: { id: 'Anggota yang berperan sekretaris', en: 'Members with the role of secretary' },
    unit: 'orang',
    reads: ['team.members[].role'],
    compute: (r) => roleCount(r, 'sekretaris'),
  }),
  unqualifiedChairs: defineFact<VillageRecord, readonly string[] | null>({
    description: {
      id: 'Ketua yang bukan Kepala Desa atau perangkat Desa',
      en: 'Chairs who are neither the village head nor a village official',
    },
    unit: 'daftar',
    reads: ['team.members[].role', 'team.members[].background'],
    compute: (r, ctx) => violatorNames(r, ctx, checkChairQualified),
  }),
  unqualifiedChairCount: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Jumlah ketua yang bukan Kepala Desa atau perangkat Desa',
      en: 'Number of chairs who are neither the village head nor a village official',
    },
    unit: 'orang',
    reads: ['team.members[].role', 'team.members[].background'],
    compute: (r, ctx) => violatorCount(r, ctx, checkChairQualified),
  }),
  unqualifiedSecretaries: defineFact<VillageRecord, readonly string[] | null>({
    description: {
      id: 'Sekretaris yang bukan perangkat Desa',
      en: 'Secretaries who are not village officials',
    },
    unit: 'daftar',
    reads: ['team.members[].role', 'team.members[].background'],
    compute: (r, ctx) => violatorNames(r, ctx, checkSecretaryQualified),
  }),
  unqualifiedSecretaryCount: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Jumlah sekretaris yang bukan perangkat Desa',
      en: 'Number of secretaries who are not village officials',
    },
    unit: 'orang',
    reads: ['team.members[].role', 'team.members[].background'],
    compute: (r, ctx) => violatorCount(r, ctx, checkSecretaryQualified),
  }),
  womenShare: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Perbandingan anggota perempuan terhadap seluruh anggota (null bila tim tidak beranggota)',
      en: 'Share of women among all members (null when the team has no members)',
    },
    unit: 'rasio',
    reads: ['team.members[].sex'],
    params: ['minWomenShare'],
    compute: (r, ctx) => {
      if (r.team === undefined) return missing('team');
      if (r.team === null || r.team.members.length === 0) return null;
      const { women, unknown, members } = womenCount(r.team);
      if (unknown.length === 0) return women / members;
      // Members of unknown sex: decided only if all of them being women (or men) would not change the outcome.
      const min = Number(ctx.params.minWomenShare);
      const low = women / members;
      const high = (women + unknown.length) / members;
      if (low >= min) return low;
      if (high < min) return high;
      return missing(...unknown);
    },
  }),
  returneeMembers: defineFact<VillageRecord, number | null>({
    description: { id: 'Anggota Purna PMI', en: 'Members who are returned migrant workers' },
    unit: 'orang',
    reads: ['team.members[].background'],
    params: ['minReturneeMembers'],
    compute: (r, ctx) => backgroundCount(r, 'purna-pmi', Number(ctx.params.minReturneeMembers)),
  }),
  familyMembers: defineFact<VillageRecord, number | null>({
    description: { id: 'Anggota dari Keluarga PMI', en: 'Members from migrant workers’ families' },
    unit: 'orang',
    reads: ['team.members[].background'],
    params: ['minFamilyMembers'],
    compute: (r, ctx) => backgroundCount(r, 'keluarga-pmi', Number(ctx.params.minFamilyMembers)),
  }),
  underageMembers: defineFact<VillageRecord, readonly string[] | null>({
    description: {
      id: 'Anggota yang belum mencapai usia minimum pada tanggal Keputusan',
      en: 'Members under the minimum age on the decree date',
    },
    unit: 'daftar',
    reads: ['team.decree.issuedOn', 'team.members[].birthDate'],
    params: ['minMemberAge'],
    compute: (r, ctx) => violatorNames(r, ctx, checkUnderage),
  }),
  underageMemberCount: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Jumlah anggota yang belum mencapai usia minimum pada tanggal Keputusan',
      en: 'Number of members under the minimum age on the decree date',
    },
    unit: 'orang',
    reads: ['team.decree.issuedOn', 'team.members[].birthDate'],
    params: ['minMemberAge'],
    compute: (r, ctx) => violatorCount(r, ctx, checkUnderage),
  }),
  nonResidentMembers: defineFact<VillageRecord, readonly string[] | null>({
    description: {
      id: 'Anggota yang tidak berdomisili di Desa',
      en: 'Members who do not live in the village',
    },
    unit: 'daftar',
    reads: ['code', 'team.members[].domicileVillageCode'],
    compute: (r, ctx) => violatorNames(r, ctx, checkNonResident),
  }),
  nonResidentMemberCount: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Jumlah anggota yang tidak berdomisili di Desa',
      en: 'Number of members who do not live in the village',
    },
    unit: 'orang',
    reads: ['code', 'team.members[].domicileVillageCode'],
    compute: (r, ctx) => violatorCount(r, ctx, checkNonResident),
  }),
  barredMembers: defineFact<VillageRecord, readonly string[] | null>({
    description: {
      id: 'Anggota yang merangkap pengurus/pegawai P3MI atau merekrut Calon PMI tanpa izin',
      en: 'Members who are P3MI officers/employees or unlicensed recruiters',
    },
    unit: 'daftar',
    reads: ['team.members[].p3miAffiliation', 'team.members[].unlicensedRecruiter'],
    compute: (r, ctx) => violatorNames(r, ctx, checkBarred),
  }),
  barredMemberCount: defineFact<VillageRecord, number | null>({
    description: {
      id: 'Jumlah anggota yang merangkap pengurus/pegawai P3MI atau merekrut Calon PMI tanpa izin',
      en: 'Number of members who are P3MI officers/employees or unlicensed recruiters',
    },
    unit: 'orang',
    reads: ['team.members[].p3miAffiliation', 'team.members[].unlicensedRecruiter'],
    compute: (r, ctx) => violatorCount(r, ctx, checkBarred),
  }),
};
