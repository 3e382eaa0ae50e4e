import { defineArticle, type Explanation } from '../../src/define.js';
import { capitalised, dmy, list, percent, round4, sentence } from '../../src/explain/format.js';
import { param } from '../../src/parameters.js';
import type { Member, Team, VillageRecord } from '../../src/schema/index.js';
import type { Bilingual, Lang } from '../../src/types.js';
import {
  checkBarred,
  checkChairQualified,
  checkNonResident,
  checkSecretaryQualified,
  checkUnderage,
  type MemberScan,
  pasal07Facts,
  scanMembers,
  womenCount,
} from './facts.js';

const NO_TEAM: Explanation = {
  message: {
    id: 'Tim Kerja Desa belum dibentuk (team: null); tidak ada susunan yang memenuhi Pasal 7.',
    en: 'No village work team has been formed (team: null); there is no composition that meets Pasal 7.',
  },
  values: { team: null },
};

const EMPTY: Bilingual = {
  id: 'Keputusan Kepala Desa tidak mencantumkan anggota; tidak ada anggota yang melanggar ayat ini.',
  en: 'The decree lists no members; no member breaches this ayat.',
};

/** `(data … tidak tersedia)` when some members' data is missing although the finding is decided. */
function missingNote(paths: readonly string[]): Bilingual | null {
  if (paths.length === 0) return null;
  return {
    id: `data ${list(paths, 'id')} tidak tersedia`,
    en: `${list(paths, 'en')} ${paths.length > 1 ? 'are' : 'is'} missing`,
  };
}

/**
 * A share as a whole percentage, truncated (2 of 9 → `22%`, as the working text's example has it), except when
 * truncation would show the required share for a share below it (then one decimal, `29,9%`).
 */
function wholePercent(share: number, required: number, lang: Lang): string {
  const whole = Math.floor(share * 100 + 1e-9);
  if (share < required && whole >= Math.round(required * 100)) return percent(share, lang);
  return `${whole}%`;
}

function names(members: readonly Member[]): string {
  return members.map((m) => m.name).join(', ');
}

function scanCtx(input: VillageRecord, params: Readonly<Record<string, unknown>>) {
  return { villageCode: input.code, params: params as Readonly<Record<string, number>> };
}

/** Ayat (1): the chair and secretary, each exactly one, and who may hold them. */
function explainRoles(
  team: Team,
  input: VillageRecord,
  params: Readonly<Record<string, unknown>>,
  verdict: 'met' | 'not_met',
): Explanation {
  const chairs = team.members.filter((m) => m.role === 'ketua');
  const secretaries = team.members.filter((m) => m.role === 'sekretaris');
  const chairScan = scanMembers(team, checkChairQualified, scanCtx(input, params));
  const secScan = scanMembers(team, checkSecretaryQualified, scanCtx(input, params));
  const values = {
    chairs: chairs.map((m) => m.name),
    secretaries: secretaries.map((m) => m.name),
    unqualifiedChairs: chairScan.names,
    unqualifiedSecretaries: secScan.names,
  };
  if (verdict === 'met') {
    const c = chairs[0];
    const s = secretaries[0];
    const chairIsHead = c?.background?.includes('kepala-desa') === true;
    return {
      message: {
        id: `Ketua ${c?.name} (${chairIsHead ? 'Kepala Desa' : 'perangkat Desa'}); sekretaris ${s?.name} (perangkat Desa).`,
        en: `Chair ${c?.name} (${chairIsHead ? 'village head' : 'village official'}); secretary ${s?.name} (village official).`,
      },
      values,
    };
  }
  const parts: Bilingual[] = [];
  const count = (members: Member[], role: Bilingual) => {
    if (members.length === 0)
      parts.push({
        id: `tidak ada anggota yang berperan ${role.id}`,
        en: `no member has the role of ${role.en}`,
      });
    else if (members.length > 1) {
      parts.push({
        id: `${members.length} anggota berperan ${role.id} (${names(members)}); Tim Kerja Desa mempunyai satu ${role.id}`,
        en: `${members.length} members have the role of ${role.en} (${names(members)}); the team has one ${role.en}`,
      });
    }
  };
  count(chairs, { id: 'ketua', en: 'chair' });
  count(secretaries, { id: 'sekretaris', en: 'secretary' });
  parts.push(...chairScan.violations, ...secScan.violations);
  const roleMissing = team.members.flatMap((m, i) =>
    m.role === undefined ? [`team.members[${i}].role`] : [],
  );
  const note = missingNote([...roleMissing, ...chairScan.missing, ...secScan.missing]);
  if (note) parts.push(note);
  return { message: sentence(parts), values };
}

/** A decided member-level finding: the violations (each naming the member), then what is required. */
function explainMembers(
  scans: readonly MemberScan[],
  required: Bilingual,
  metMessage: Bilingual,
  values: Explanation['values'],
): Explanation {
  const violations = scans.flatMap((s) => s.violations);
  if (violations.length === 0) return { message: metMessage, ...(values ? { values } : {}) };
  const parts = [...violations, required];
  const note = missingNote(scans.flatMap((s) => s.missing));
  if (note) parts.push(note);
  return { message: sentence(parts), ...(values ? { values } : {}) };
}

/** Pasal 7 — the composition of the Tim Kerja Desa. */
/** The parameters of Pasal 7 (named explicitly: `minMemberAge` is read by the facts, not named in a condition). */
type Pasal07Param =
  | 'minTeamSize'
  | 'maxTeamSize'
  | 'minWomenShare'
  | 'minReturneeMembers'
  | 'minFamilyMembers'
  | 'minMemberAge';

export const pasal07 = defineArticle<Pasal07Param>({
  article: 7,
  title: { id: 'Susunan Tim Kerja Desa', en: 'Composition of the village work team' },
  fixtures: 'fixtures/pasal-07',
  facts: pasal07Facts,
  provisions: [
    {
      citation: 'Pasal 7 ayat (1)',
      text: 'Tim Kerja Desa terdiri atas ketua, sekretaris, dan anggota. Ketua dijabat oleh Kepala Desa atau perangkat Desa yang ditunjuk oleh Kepala Desa; sekretaris dijabat oleh perangkat Desa.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 7 ayat (2)',
      text: 'Jumlah anggota Tim Kerja Desa, termasuk ketua dan sekretaris, paling sedikit {minTeamSize} orang dan paling banyak {maxTeamSize} orang.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 7 ayat (3)',
      text: 'Paling sedikit {minWomenShare} dari jumlah anggota Tim Kerja Desa adalah perempuan.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 7 ayat (4)',
      text: 'Tim Kerja Desa paling sedikit beranggotakan {minReturneeMembers} orang Purna PMI dan {minFamilyMembers} orang dari Keluarga PMI.',
      provenance: 'PUB',
      provenanceNote: 'counts [ASM]',
    },
    {
      citation: 'Pasal 7 ayat (5)',
      text: 'Anggota Tim Kerja Desa berusia paling rendah {minMemberAge} tahun pada tanggal Keputusan Kepala Desa dan berdomisili di Desa yang bersangkutan.',
      provenance: 'ASM',
    },
    {
      citation: 'Pasal 7 ayat (6)',
      text: 'Anggota Tim Kerja Desa dilarang merangkap sebagai pengurus atau pegawai Perusahaan Penempatan PMI (P3MI), atau melakukan perekrutan Calon PMI tanpa izin.',
      provenance: 'PUB',
    },
  ],
  encoding: {
    id: 'Usia: seseorang berusia N tahun sejak ulang tahun ke-N (date-fns differenceInYears); yang lahir 29 Februari bertambah usia pada 1 Maret di tahun biasa. Domisili: kode desa domisili anggota sama dengan kode Desa. Perbandingan ayat (3): perempuan ÷ seluruh anggota, dibandingkan dengan ≥. Ayat (1): tepat satu ketua (Kepala Desa atau perangkat Desa) dan tepat satu sekretaris (perangkat Desa). Susunan tim yang tercatat dinilai apa adanya, juga bila Pasal 6 tidak dipenuhi; team: null membuat seluruh ayat not_met, team yang tidak tercatat membuatnya unknown. Data anggota yang tidak tercatat membuat ayat yang bersangkutan unknown kecuali anggota yang datanya lengkap sudah menentukannya.',
    en: 'Ages: a person is N years old from the N-th anniversary of the birth date (date-fns differenceInYears); a person born on 29 February turns a year older on 1 March in common years. Domicile: the member’s domicile village code equals the village code. Share in ayat (3): women ÷ all members, compared with ≥. Ayat (1): exactly one chair (village head or a village official) and exactly one secretary (a village official). The recorded team is judged as it is, also when Pasal 6 is not met; team: null makes every ayat not_met, an absent team makes them unknown. A member’s missing field makes the ayat unknown unless the members whose data is known already decide it.',
  },
  parameters: {
    minTeamSize: param({
      description: { id: 'Paling sedikit anggota Tim Kerja Desa', en: 'Minimum team size' },
      unit: 'orang',
      provenance: 'ASM',
      value: 5,
      reference: 'Naskah kerja Pasal 7 ayat (2) [ASM]',
    }),
    maxTeamSize: param({
      description: { id: 'Paling banyak anggota Tim Kerja Desa', en: 'Maximum team size' },
      unit: 'orang',
      provenance: 'ASM',
      value: 15,
      reference: 'Naskah kerja Pasal 7 ayat (2) [ASM]',
    }),
    minWomenShare: param({
      description: {
        id: 'Paling rendah perbandingan anggota perempuan',
        en: 'Minimum share of women members',
      },
      unit: 'rasio',
      provenance: 'ASM',
      value: 0.3,
      reference: 'Naskah kerja Pasal 7 ayat (3) [ASM]',
    }),
    minReturneeMembers: param({
      description: { id: 'Paling sedikit anggota Purna PMI', en: 'Minimum returned-migrant members' },
      unit: 'orang',
      provenance: 'ASM',
      value: 1,
      reference: 'Naskah kerja Pasal 7 ayat (4) [PUB] (jumlah [ASM])',
    }),
    minFamilyMembers: param({
      description: {
        id: 'Paling sedikit anggota dari Keluarga PMI',
        en: 'Minimum members from migrant families',
      },
      unit: 'orang',
      provenance: 'ASM',
      value: 1,
      reference: 'Naskah kerja Pasal 7 ayat (4) [PUB] (jumlah [ASM])',
    }),
    minMemberAge: param({
      description: {
        id: 'Usia paling rendah anggota pada tanggal Keputusan Kepala Desa',
        en: 'Minimum member age on the decree date',
      },
      unit: 'tahun',
      provenance: 'ASM',
      value: 18,
      reference: 'Naskah kerja Pasal 7 ayat (5) [ASM]',
    }),
  },
  findings: [
    {
      citation: 'Pasal 7 ayat (1)',
      label: { id: 'Ketua dan sekretaris', en: 'Chair and secretary' },
      when: {
        all: [
          { fact: 'chairCount', operator: 'equal', value: 1 },
          { fact: 'secretaryCount', operator: 'equal', value: 1 },
          { fact: 'unqualifiedChairCount', operator: 'equal', value: 0 },
          { fact: 'unqualifiedSecretaryCount', operator: 'equal', value: 0 },
        ],
      },
      explain: ({ input, params, verdict }) =>
        input.team ? explainRoles(input.team, input, params, verdict) : NO_TEAM,
    },
    {
      citation: 'Pasal 7 ayat (2)',
      label: { id: 'Jumlah anggota', en: 'Team size' },
      when: {
        all: [
          { fact: 'teamSize', operator: 'greaterThanInclusive', value: { param: 'minTeamSize' } },
          { fact: 'teamSize', operator: 'lessThanInclusive', value: { param: 'maxTeamSize' } },
        ],
      },
      explain: ({ input, facts, params }) => {
        if (!input.team) return NO_TEAM;
        const n = facts.teamSize ?? input.team.members.length;
        const min = Number(params.minTeamSize);
        const max = Number(params.maxTeamSize);
        const off: Bilingual =
          n < min
            ? { id: ' (kurang)', en: ' (too few)' }
            : n > max
              ? { id: ' (terlalu banyak)', en: ' (too many)' }
              : { id: '', en: '' };
        return {
          message: {
            id: `${n} anggota, termasuk ketua dan sekretaris${off.id}; paling sedikit ${min} dan paling banyak ${max} orang disyaratkan.`,
            en: `${n} members, including the chair and the secretary${off.en}; at least ${min} and at most ${max} are required.`,
          },
          values: { members: n, min, max },
        };
      },
    },
    {
      citation: 'Pasal 7 ayat (3)',
      label: { id: 'Anggota perempuan', en: 'Women members' },
      when: { fact: 'womenShare', operator: 'greaterThanInclusive', value: { param: 'minWomenShare' } },
      explain: ({ input, params, verdict }) => {
        if (!input.team) return NO_TEAM;
        const required = Number(params.minWomenShare);
        const { women, unknown, members } = womenCount(input.team);
        if (members === 0) {
          return {
            message: {
              id: `Tim Kerja Desa tidak beranggota; paling sedikit ${percent(required, 'id')} anggota perempuan disyaratkan.`,
              en: `The team has no members; at least ${percent(required, 'en')} women is required.`,
            },
            values: { women: 0, members: 0, share: null, required },
          };
        }
        // With members of unknown sex the finding is decided by a bound: the known women (met) or all who may be women (not met).
        const shown = unknown.length > 0 && verdict === 'not_met' ? women + unknown.length : women;
        const share = shown / members;
        const bound: Bilingual =
          unknown.length === 0
            ? { id: '', en: '' }
            : verdict === 'met'
              ? { id: 'paling sedikit ', en: 'at least ' }
              : { id: 'paling banyak ', en: 'at most ' };
        const note = missingNote(unknown);
        return {
          message: {
            id: `${capitalised(bound.id)}${shown} dari ${members} anggota (${wholePercent(share, required, 'id')}) perempuan; paling sedikit ${percent(required, 'id')} disyaratkan${note ? ` (${note.id})` : ''}.`,
            en: `${capitalised(bound.en)}${shown} of ${members} members (${wholePercent(share, required, 'en')}) are women; at least ${percent(required, 'en')} is required${note ? ` (${note.en})` : ''}.`,
          },
          values: { women: shown, members, share: round4(share), required },
        };
      },
    },
    {
      citation: 'Pasal 7 ayat (4)',
      label: { id: 'Anggota Purna PMI dan Keluarga PMI', en: 'Returned-migrant and migrant-family members' },
      when: {
        all: [
          {
            fact: 'returneeMembers',
            operator: 'greaterThanInclusive',
            value: { param: 'minReturneeMembers' },
          },
          { fact: 'familyMembers', operator: 'greaterThanInclusive', value: { param: 'minFamilyMembers' } },
        ],
      },
      explain: ({ input, params }) => {
        if (!input.team) return NO_TEAM;
        const minR = Number(params.minReturneeMembers);
        const minF = Number(params.minFamilyMembers);
        const returnees = input.team.members.filter((m) => m.background?.includes('purna-pmi'));
        const family = input.team.members.filter((m) => m.background?.includes('keluarga-pmi'));
        const who = (ms: Member[]) => (ms.length > 0 ? ` (${names(ms)})` : '');
        const note = missingNote(
          input.team.members.flatMap((m, i) =>
            m.background === undefined ? [`team.members[${i}].background`] : [],
          ),
        );
        return {
          message: {
            id: `${returnees.length} anggota Purna PMI${who(returnees)} dan ${family.length} anggota Keluarga PMI${who(family)}; paling sedikit ${minR} Purna PMI dan ${minF} Keluarga PMI disyaratkan${note ? ` (${note.id})` : ''}.`,
            en: `${returnees.length} returned-migrant member${returnees.length === 1 ? '' : 's'}${who(returnees)} and ${family.length} migrant-family member${family.length === 1 ? '' : 's'}${who(family)}; at least ${minR} and ${minF} respectively are required${note ? ` (${note.en})` : ''}.`,
          },
          values: { returnees: returnees.length, family: family.length, minReturnees: minR, minFamily: minF },
        };
      },
    },
    {
      citation: 'Pasal 7 ayat (5)',
      label: { id: 'Usia dan domisili anggota', en: 'Members’ age and domicile' },
      when: {
        all: [
          { fact: 'underageMemberCount', operator: 'equal', value: 0 },
          { fact: 'nonResidentMemberCount', operator: 'equal', value: 0 },
        ],
      },
      explain: ({ input, params }) => {
        const team = input.team;
        if (!team) return NO_TEAM;
        const min = Number(params.minMemberAge);
        const decree = dmy(team.decree.issuedOn);
        const ctx = scanCtx(input, params);
        const underage = scanMembers(team, checkUnderage, ctx);
        const away = scanMembers(team, checkNonResident, ctx);
        const values = {
          underage: underage.names,
          nonResident: away.names,
          minAge: min,
          decreeDate: team.decree.issuedOn,
          villageCode: input.code,
        };
        if (team.members.length === 0) return { message: EMPTY, values };
        const age: Bilingual = {
          id: `usia paling rendah ${min} tahun pada tanggal Keputusan disyaratkan`,
          en: `at least ${min} years on the date of the decree is required`,
        };
        const home: Bilingual = {
          id: `anggota disyaratkan berdomisili di Desa ${input.code}`,
          en: `members must live in the village ${input.code}`,
        };
        const required =
          underage.names.length > 0 && away.names.length > 0
            ? { id: `${age.id}; ${home.id}`, en: `${age.en}; ${home.en}` }
            : underage.names.length > 0
              ? age
              : home;
        return explainMembers(
          [underage, away],
          required,
          {
            id: `Seluruh ${team.members.length} anggota berusia paling rendah ${min} tahun pada tanggal Keputusan ${decree} dan berdomisili di Desa ${input.code}.`,
            en: `All ${team.members.length} members are at least ${min} years old on the date of the decree, ${decree}, and live in the village ${input.code}.`,
          },
          values,
        );
      },
    },
    {
      citation: 'Pasal 7 ayat (6)',
      label: {
        id: 'Larangan rangkap P3MI dan perekrutan tanpa izin',
        en: 'Bar on P3MI ties and unlicensed recruiting',
      },
      when: { fact: 'barredMemberCount', operator: 'equal', value: 0 },
      explain: ({ input, params }) => {
        const team = input.team;
        if (!team) return NO_TEAM;
        const barred = scanMembers(team, checkBarred, scanCtx(input, params));
        if (team.members.length === 0) return { message: EMPTY, values: { barred: [] } };
        return explainMembers(
          [barred],
          {
            id: 'anggota Tim Kerja Desa dilarang merangkap pengurus atau pegawai P3MI atau merekrut Calon PMI tanpa izin',
            en: 'members may not be P3MI officers or employees, nor recruit prospective migrant workers without a licence',
          },
          {
            id: `Tidak seorang pun dari ${team.members.length} anggota merangkap pengurus atau pegawai P3MI atau merekrut Calon PMI tanpa izin.`,
            en: `None of the ${team.members.length} members is a P3MI officer or employee or recruits prospective migrant workers without a licence.`,
          },
          { barred: barred.names },
        );
      },
    },
  ],
});
