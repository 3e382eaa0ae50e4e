import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { InputError, type InputIssue } from '../src/errors.js';
import { SUPPORTED_YEARS } from '../src/schema/date.js';
import {
  type Activity,
  type Candidate,
  dateString,
  describeValue,
  isDateString,
  loadDocument,
  type Member,
  parseJson,
  parseScenario,
  parseVillage,
  parseYaml,
  type Scenario,
  safeParseScenario,
  safeParseVillage,
  type VillageRecord,
  villageSchema,
} from '../src/schema/index.js';

const NIK = '5203154507990001';

/** A record with every field of /spec/village-data.md filled in. */
function fullRecord() {
  return {
    code: '52.03.13.2001',
    name: 'Anjani',
    pmi: { abroad: 120, procedural: 100, placedLast3Years: 60 },
    villageRegulation: { number: '3', year: 2025, promulgatedOn: '2025-08-14' },
    informationService: true,
    complaintService: true,
    legalAidPartners: ['LBH Mataram'],
    dataCollection: { digital: true, lastUpdatedOn: '2026-05-02' },
    activities: [
      { date: '2026-02-10', kind: 'awareness', title: 'Sosialisasi migrasi aman' },
      { date: '2026-03-05', kind: 'entrepreneurship' },
      { date: '2026-04-01', kind: 'family-empowerment' },
      { date: '2026-05-20', kind: 'capacity-building' },
    ],
    returneeGroups: [{ name: 'KUB Purna Sejahtera', active: true }],
    proposal: { receivedCompleteOn: '2025-10-01', assessedOn: '2025-10-20' },
    designation: { decreeNumber: '12/2025', designatedOn: '2025-11-03', extendedUntil: '2029-11-02' },
    team: {
      decree: { number: '141/07/2025', issuedOn: '2025-07-01' },
      members: [
        {
          name: 'Lalu Ahmad',
          role: 'ketua',
          sex: 'male',
          birthDate: '1975-02-28',
          domicileVillageCode: '52.03.13.2001',
          background: ['kepala-desa'],
          p3miAffiliation: false,
          unlicensedRecruiter: false,
        },
        {
          name: 'Baiq Nurul',
          role: 'sekretaris',
          sex: 'female',
          birthDate: '1988-02-29',
          domicileVillageCode: '52.03.13.2001',
          background: ['perangkat-desa', 'keluarga-pmi'],
        },
        { name: 'Sahnun', role: 'anggota', sex: 'male', background: ['purna-pmi', 'tokoh-masyarakat'] },
      ],
    },
    complaints: [{ receivedOn: '2026-03-02', respondedOn: '2026-03-06' }, { receivedOn: '2026-06-29' }],
    reports: [{ semester: '2025-2', submittedOn: '2026-01-08', forwardedOn: '2026-01-15' }],
    monitoringVisits: [{ date: '2026-02-18', by: 'BP3MI NTB' }],
    mentors: [{ name: 'Rina', assignedOn: '2025-11-20', trainedOn: '2025-10-01', villagesAssigned: 3 }],
    mentoringVisits: [{ date: '2026-01-15' }, { date: '2026-04-09' }],
    evaluations: [{ year: 2025, result: 'berkembang', warningIssuedOn: '2026-01-20' }],
    candidates: [
      {
        name: 'Siti Aminah',
        nik: NIK,
        sex: 'female',
        birthDate: '1999-07-05',
        maritalStatus: 'married',
        domicileVillageCode: '52.03.13.2001',
        verifiedOn: '2026-05-10',
        documents: {
          maritalStatusLetter: true,
          marriageBookCopy: true,
          permissionLetter: { from: 'spouse', acknowledgedByVillageHead: true },
          competencyCertificate: false,
          healthCertificate: true,
          socialSecurityNumber: '0001234567890',
          passport: false,
          workVisa: false,
          placementAgreement: false,
          employmentContract: false,
        },
      },
    ],
  };
}

/** The issues of an input that must be refused. */
function issuesOf(input: unknown, prefix?: string): InputIssue[] {
  const result = safeParseVillage(input, prefix);
  if (result.ok) throw new Error('expected the record to be refused');
  return result.issues;
}

/** The item at `index`, which the test knows is there. */
function at<T>(items: T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

function issueAt(issues: InputIssue[], path: string): InputIssue {
  const found = issues.find((i) => i.path === path);
  if (!found) throw new Error(`no issue at ${path}; got ${issues.map((i) => i.path).join(', ')}`);
  return found;
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

async function rejected(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

function withField(path: (r: ReturnType<typeof fullRecord>) => void) {
  const r = fullRecord();
  path(r);
  return r;
}

describe('dateString', () => {
  it('accepts calendar dates including 29 February of a leap year', () => {
    for (const d of ['2026-06-30', '2024-02-29', '2000-02-29', '2026-12-31']) {
      expect(dateString.safeParse(d).success).toBe(true);
      expect(isDateString(d)).toBe(true);
    }
  });

  it('refuses impossible dates, saying why', () => {
    const issues = issuesOf(withField((r) => (r.proposal.receivedCompleteOn = '2026-02-30')));
    const issue = issueAt(issues, 'proposal.receivedCompleteOn');
    expect(issue.messages.en).toBe('2026-02-30 is not a calendar date (February 2026 has 28 days)');
    expect(issue.messages.id).toBe('2026-02-30 bukan tanggal yang ada (Februari 2026 hanya 28 hari)');
    for (const d of ['2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      expect(dateString.safeParse(d).success, d).toBe(false);
      expect(isDateString(d), d).toBe(false);
    }
  });

  it('refuses a string that is not shaped YYYY-MM-DD', () => {
    for (const d of ['30-06-2026', '2026-6-30', '2026-06-30T00:00:00Z', '', ' 2026-06-30']) {
      const issue = issueAt(
        issuesOf({ code: '52.03.13.2001', name: 'A', designation: { designatedOn: d } }),
        'designation.designatedOn',
      );
      expect(issue.messages.en).toContain('not a valid date (YYYY-MM-DD');
      expect(issue.messages.id).toContain('bukan tanggal yang sah (YYYY-MM-DD');
    }
  });

  it('agrees with the calendar on every day of a supported year, and takes ASCII digits only', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (const year of [
      0, 4, 100, 1899, 1900, 1901, 1999, 2000, 2023, 2024, 2025, 2026, 2100, 2199, 2200, 9999,
    ]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const utc = new Date(0);
          utc.setUTCFullYear(year, month - 1, day);
          const exists =
            year >= SUPPORTED_YEARS.first &&
            year <= SUPPORTED_YEARS.last &&
            month >= 1 &&
            month <= 12 &&
            utc.getUTCDate() === day &&
            utc.getUTCMonth() === month - 1;
          const d = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
          expect(isDateString(d), d).toBe(exists);
        }
      }
    }
    for (const d of [
      '２０２６-06-30',
      '2026-06-3٠',
      '2026-06-30\n',
      '2026-06/30',
      '20260-6-30',
      '2026-06-300',
      '2026/06-30',
      '202:-06-30', // ':' follows '9': read as a digit 10, the year would be 2030
      '2026-0:-01',
      '2026-06-1x',
      '2026-06-1/',
    ]) {
      expect(isDateString(d), d).toBe(false);
    }
  });

  it('says which part of an impossible date is wrong: the month, the day, the month length or the year', () => {
    const said = (d: string) =>
      issueAt(
        issuesOf({ code: '52.03.13.2001', name: 'A', designation: { designatedOn: d } }),
        'designation.designatedOn',
      ).messages;
    expect(said('2026-13-01')).toEqual({
      id: '2026-13-01 bukan tanggal yang ada (tidak ada bulan 13)',
      en: '2026-13-01 is not a calendar date (there is no month 13)',
    });
    expect(said('2026-00-10')).toEqual({
      id: '2026-00-10 bukan tanggal yang ada (tidak ada bulan 00)',
      en: '2026-00-10 is not a calendar date (there is no month 00)',
    });
    expect(said('2026-01-00')).toEqual({
      id: '2026-01-00 bukan tanggal yang ada (tidak ada tanggal 00)',
      en: '2026-01-00 is not a calendar date (there is no day 00)',
    });
    // the day after the month's last: January and December have 31 days, April 30, February 28 or 29
    expect(said('2026-01-32')).toEqual({
      id: '2026-01-32 bukan tanggal yang ada (Januari 2026 hanya 31 hari)',
      en: '2026-01-32 is not a calendar date (January 2026 has 31 days)',
    });
    expect(said('2026-12-32').en).toBe('2026-12-32 is not a calendar date (December 2026 has 31 days)');
    expect(said('2026-04-31').id).toBe('2026-04-31 bukan tanggal yang ada (April 2026 hanya 30 hari)');
    expect(said('2024-02-30').en).toBe('2024-02-30 is not a calendar date (February 2024 has 29 days)');
    // a day that exists in a year outside the supported range: the year is what is wrong
    const first = SUPPORTED_YEARS.first;
    const last = SUPPORTED_YEARS.last;
    expect(said(`${first - 1}-12-31`)).toEqual({
      id: `${first - 1}-12-31: tahun ${first - 1} di luar rentang yang didukung (${first}–${last})`,
      en: `${first - 1}-12-31: the year ${first - 1} is outside the supported range (${first}–${last})`,
    });
    expect(said(`${last + 1}-01-01`).en).toBe(
      `${last + 1}-01-01: the year ${last + 1} is outside the supported range (${first}–${last})`,
    );
    // ... and one that does not exist in it: the day is what is wrong
    expect(said(`${first - 1}-02-29`).en).toBe(
      `${first - 1}-02-29 is not a calendar date (February ${first - 1} has 28 days)`,
    );
    expect(said(`${first - 1}-02-00`).en).toBe(
      `${first - 1}-02-00 is not a calendar date (there is no day 00)`,
    );
  });

  it('names what was given instead of a date, and says to leave out a date that is not known', () => {
    const said = (value: unknown) =>
      issueAt(
        issuesOf({ code: '52.03.13.2001', name: 'A', designation: { designatedOn: value } }),
        'designation.designatedOn',
      ).messages;
    expect(said(null)).toEqual({
      id: 'harus tanggal YYYY-MM-DD, bukan null; hapus kolom ini bila tanggalnya tidak diketahui',
      en: 'expected a date YYYY-MM-DD, received null; leave the field out when the date is not known',
    });
    expect(said(true)).toEqual({
      id: 'harus tanggal YYYY-MM-DD, bukan true/false',
      en: 'expected a date YYYY-MM-DD, received true/false',
    });
    expect(said(['2026-06-30']).en).toBe('expected a date YYYY-MM-DD, received a list');
    expect(said({ date: '2026-06-30' })).toEqual({
      id: 'harus tanggal YYYY-MM-DD, bukan objek',
      en: 'expected a date YYYY-MM-DD, received an object',
    });
    expect(said(20260630).id).toBe('harus tanggal YYYY-MM-DD, bukan angka');
    expect(said(Number.NaN)).toEqual({
      id: 'harus tanggal YYYY-MM-DD, bukan angka tak hingga/NaN',
      en: 'expected a date YYYY-MM-DD, received NaN',
    });
    expect(said(Number.POSITIVE_INFINITY).en).toBe('expected a date YYYY-MM-DD, received Infinity');
  });

  it('describes every kind of value without quoting it', () => {
    expect(describeValue(undefined)).toEqual({ id: 'kosong', en: 'nothing' });
    expect(describeValue(null)).toEqual({ id: 'null', en: 'null' });
    expect(describeValue([1])).toEqual({ id: 'daftar', en: 'a list' });
    expect(describeValue(new Date(0))).toEqual({ id: 'objek Date', en: 'a Date object' });
    expect(describeValue('x')).toEqual({ id: 'teks', en: 'text' });
    expect(describeValue(1.5)).toEqual({ id: 'angka', en: 'a number' });
    expect(describeValue(Number.NEGATIVE_INFINITY)).toEqual({ id: 'angka tak hingga/NaN', en: '-Infinity' });
    expect(describeValue(false)).toEqual({ id: 'true/false', en: 'true/false' });
    expect(describeValue(10n)).toEqual({ id: 'angka (bigint)', en: 'a bigint' });
    expect(describeValue({})).toEqual({ id: 'objek', en: 'an object' });
    expect(describeValue(() => 1)).toEqual({ id: 'function', en: 'a function' });
    expect(describeValue(Symbol('s'))).toEqual({ id: 'symbol', en: 'a symbol' });
  });

  it('refuses a JavaScript Date object: expected a date YYYY-MM-DD', () => {
    const issue = issueAt(
      issuesOf({ code: '52.03.13.2001', name: 'A', mentoringVisits: [{ date: new Date('2026-01-15') }] }),
      'mentoringVisits[0].date',
    );
    expect(issue.message).toBe('expected a date YYYY-MM-DD, received a Date object');
    expect(issue.messages.id).toBe('harus tanggal YYYY-MM-DD, bukan objek Date');
  });

  it('refuses a number where a date is expected', () => {
    const issue = issueAt(
      issuesOf({ code: '52.03.13.2001', name: 'A', monitoringVisits: [{ date: 20260630 }] }),
      'monitoringVisits[0].date',
    );
    expect(issue.message).toBe('expected a date YYYY-MM-DD, received a number');
  });
});

describe('villageSchema: valid records', () => {
  it('parses a full record with every field of the spec, unchanged', () => {
    const input = fullRecord();
    const record: VillageRecord = parseVillage(input);
    expect(record).toEqual(input);
  });

  it('parses a minimal record {code, name}, leaving absent fields absent', () => {
    const record = parseVillage({ code: '52.03.13.2001', name: 'Anjani' });
    expect(record).toEqual({ code: '52.03.13.2001', name: 'Anjani' });
    expect(Object.keys(record)).toEqual(['code', 'name']);
  });

  it('accepts null for "no village regulation" and "no team formed"', () => {
    const record = parseVillage({ code: '52.03.13.2001', name: 'A', villageRegulation: null, team: null });
    expect(record.villageRegulation).toBeNull();
    expect(record.team).toBeNull();
  });

  it('accepts array items and nested objects holding only their identifying fields', () => {
    const record = parseVillage({
      code: '52.03.13.2001',
      name: 'A',
      pmi: {},
      dataCollection: {},
      villageRegulation: {},
      team: { decree: { issuedOn: '2025-07-01' }, members: [{ name: 'X' }] },
      activities: [{ date: '2026-01-05', kind: 'awareness' }],
      returneeGroups: [{ name: 'KUB' }],
      proposal: { receivedCompleteOn: '2025-10-01' },
      designation: { designatedOn: '2025-11-03' },
      complaints: [{ receivedOn: '2026-03-02' }],
      reports: [{ semester: '2026-1' }],
      monitoringVisits: [{ date: '2026-02-18' }],
      mentors: [{ name: 'Rina' }],
      mentoringVisits: [{ date: '2026-01-15' }],
      evaluations: [{ year: 2025, result: 'mandiri' }],
      candidates: [{ name: 'Siti', documents: { permissionLetter: null } }],
    });
    expect(record.team?.members[0]).toEqual({ name: 'X' });
    expect('sex' in (record.team?.members[0] ?? {})).toBe(false);
  });

  it('accepts any string as NIK (its well-formedness is a Pasal 9 finding, not an input error)', () => {
    for (const nik of ['123', 'not-a-nik', '', NIK]) {
      expect(
        safeParseVillage({ code: '52.03.13.2001', name: 'A', candidates: [{ name: 'S', nik }] }).ok,
      ).toBe(true);
    }
  });

  it('accepts procedural PMI equal to PMI abroad', () => {
    expect(safeParseVillage({ code: '52.03.13.2001', name: 'A', pmi: { abroad: 5, procedural: 5 } }).ok).toBe(
      true,
    );
  });
});

describe('villageSchema: invalid records', () => {
  it('requires code and name, in both languages', () => {
    const issues = issuesOf({});
    expect(issueAt(issues, 'code').messages).toEqual({ id: 'wajib diisi', en: 'required' });
    expect(issueAt(issues, 'name').message).toBe('required');
  });

  it('refuses a record that is not an object, on the empty path', () => {
    const issues = issuesOf(['52.03.13.2001']);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('');
    expect(issues[0]?.messages.en).toBe('expected an object (key: value), received a list');
    expect(issues[0]?.messages.id).toBe('harus objek (kunci: nilai), bukan daftar');
  });

  it('refuses a malformed village code, explaining the format', () => {
    for (const code of ['52.3.13.2001', '5203132001', '52.03.13.200a', '52.03.13.20011']) {
      const issue = issueAt(issuesOf({ code, name: 'A' }), 'code');
      expect(issue.messages.en).toContain('PP.KK.CC.NNNN');
      expect(issue.messages.id).toContain('kode wilayah desa Kemendagri PP.KK.CC.NNNN');
    }
  });

  it('refuses an unquoted YAML code (a number) with a hint to quote it', () => {
    const issue = issueAt(issuesOf({ code: 5203132001, name: 'A' }), 'code');
    expect(issue.messages.en).toBe('expected text, received a number; in YAML, put the value in quotes');
    expect(issue.messages.id).toBe('harus teks, bukan angka; dalam YAML, apit nilainya dengan tanda kutip');
  });

  it('refuses a malformed domicileVillageCode of a member naming the field path', () => {
    const issues = issuesOf(withField((r) => (at(r.team.members, 1).domicileVillageCode = '52-03-13-2001')));
    expect(issueAt(issues, 'team.members[1].domicileVillageCode').message).toContain('PP.KK.CC.NNNN');
  });

  it('refuses 2026-02-30 as a member birth date naming the field path', () => {
    const issues = issuesOf(withField((r) => (at(r.team.members, 2).birthDate = '2026-02-30')));
    expect(issues.map((i) => i.path)).toEqual(['team.members[2].birthDate']);
  });

  it('refuses negative and fractional counts', () => {
    const issues = issuesOf(withField((r) => (r.pmi = { abroad: -1, procedural: 0, placedLast3Years: 2.5 })));
    expect(issueAt(issues, 'pmi.abroad').messages).toEqual({
      id: 'tidak boleh negatif',
      en: 'must not be negative',
    });
    expect(issueAt(issues, 'pmi.placedLast3Years').messages).toEqual({
      id: 'harus bilangan bulat',
      en: 'must be a whole number (integer)',
    });
  });

  it('refuses a count written as text, with a hint', () => {
    const issue = issueAt(
      issuesOf({ code: '52.03.13.2001', name: 'A', pmi: { abroad: '12' } }),
      'pmi.abroad',
    );
    expect(issue.messages.en).toBe('expected a number, received text; write the number without quotes');
    expect(issue.messages.id).toBe('harus angka, bukan teks; tulis angkanya tanpa tanda kutip');
  });

  it('refuses more procedural PMI than PMI abroad on pmi.procedural', () => {
    const issues = issuesOf({ code: '52.03.13.2001', name: 'A', pmi: { abroad: 5, procedural: 7 } });
    expect(issues).toHaveLength(1);
    const issue = issueAt(issues, 'pmi.procedural');
    expect(issue.messages.en).toContain('7 procedural PMI exceed the 5 PMI working abroad');
    expect(issue.messages.id).toContain('7 PMI Prosedural melebihi 5 PMI');
  });

  it('reports procedural > abroad even when another pmi field is also wrong', () => {
    const issues = issuesOf({
      code: '52.03.13.2001',
      name: 'A',
      pmi: { abroad: 5, procedural: 7, placedLast3Years: -3 },
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['pmi.placedLast3Years', 'pmi.procedural']);
  });

  it('refuses mentors assigned to zero villages', () => {
    const issues = issuesOf(withField((r) => (at(r.mentors, 0).villagesAssigned = 0)));
    expect(issueAt(issues, 'mentors[0].villagesAssigned').messages).toEqual({
      id: 'harus paling sedikit 1',
      en: 'must be at least 1',
    });
  });

  it('refuses a malformed semester', () => {
    for (const semester of ['2025-3', '2025-S1', '25-1', '2025']) {
      const issue = issueAt(
        issuesOf(withField((r) => (at(r.reports, 0).semester = semester))),
        'reports[0].semester',
      );
      expect(issue.messages.en).toContain('YYYY-1');
      expect(issue.messages.id).toContain('YYYY-2');
    }
  });

  it('refuses an unknown enum value, listing the allowed values', () => {
    const issues = issuesOf(
      withField((r) => {
        at(r.activities, 0).kind = 'sosialisasi';
        at(r.team.members, 0).role = 'chair';
        at(r.team.members, 0).sex = 'f';
        at(r.team.members, 1).background = ['perangkat-desa', 'guru'];
        at(r.evaluations, 0).result = 'Mandiri';
        at(r.candidates, 0).maritalStatus = 'single';
        at(r.candidates, 0).documents.permissionLetter.from = 'husband';
      }),
    );
    const kind = issueAt(issues, 'activities[0].kind');
    expect(kind.messages.en).toBe(
      'not an allowed value; allowed values: awareness, entrepreneurship, family-empowerment, capacity-building',
    );
    expect(kind.messages.id).toBe(
      'nilai tidak dikenal; nilai yang diizinkan: awareness, entrepreneurship, family-empowerment, capacity-building',
    );
    expect(issueAt(issues, 'team.members[0].role').message).toContain('ketua, sekretaris, anggota');
    expect(issueAt(issues, 'team.members[0].sex').message).toContain('female, male');
    expect(issueAt(issues, 'team.members[1].background[1]').message).toContain(
      'kepala-desa, perangkat-desa, bpd',
    );
    expect(issueAt(issues, 'evaluations[0].result').message).toContain(
      'mandiri, berkembang, perlu-pembinaan',
    );
    expect(issueAt(issues, 'candidates[0].maritalStatus').message).toContain(
      'married, unmarried, divorced, widowed',
    );
    expect(issueAt(issues, 'candidates[0].documents.permissionLetter.from').message).toContain(
      'spouse, parent, guardian',
    );
    expect(issues).toHaveLength(7);
  });

  it('refuses an unknown key, naming it (catches typos)', () => {
    const issues = issuesOf(
      withField((r) => {
        Object.assign(r, { villageRegulations: null });
        Object.assign(at(r.team.members, 0), { birthdate: '1975-02-28' });
      }),
    );
    const top = issueAt(issues, '');
    expect(top.messages.en).toContain('unknown key: villageRegulations');
    expect(top.messages.id).toContain('kunci tidak dikenal: villageRegulations');
    expect(issueAt(issues, 'team.members[0]').message).toContain('birthdate');
  });

  it('requires the identifying field of array items and nested objects', () => {
    const issues = issuesOf({
      code: '52.03.13.2001',
      name: 'A',
      activities: [{ title: 'x' }],
      team: { decree: {}, members: [{ role: 'ketua' }] },
      complaints: [{ respondedOn: '2026-01-01' }],
      reports: [{}],
      evaluations: [{ warningIssuedOn: '2026-01-20' }],
      designation: {},
      candidates: [{ nik: NIK }],
    });
    for (const path of [
      'activities[0].date',
      'activities[0].kind',
      'team.decree.issuedOn',
      'team.members[0].name',
      'complaints[0].receivedOn',
      'reports[0].semester',
      'evaluations[0].year',
      'evaluations[0].result',
      'designation.designatedOn',
      'candidates[0].name',
    ]) {
      expect(issueAt(issues, path).messages).toEqual({ id: 'wajib diisi', en: 'required' });
    }
  });

  it('requires members in a team', () => {
    const issues = issuesOf({
      code: '52.03.13.2001',
      name: 'A',
      team: { decree: { issuedOn: '2025-07-01' } },
    });
    expect(issueAt(issues, 'team.members').message).toBe('required');
  });

  it('refuses a blank name', () => {
    const issue = issueAt(issuesOf({ code: '52.03.13.2001', name: '  ' }), 'name');
    expect(issue.messages).toEqual({ id: 'tidak boleh kosong', en: 'must not be empty' });
  });

  it('refuses null for a field that is not nullable, suggesting to leave it out', () => {
    const issue = issueAt(
      issuesOf({ code: '52.03.13.2001', name: 'A', informationService: null }),
      'informationService',
    );
    expect(issue.messages.en).toBe(
      'expected true or false, received null; leave the field out when it is not known',
    );
    expect(issue.messages.id).toBe(
      'harus true atau false, bukan null; hapus kolom ini bila datanya tidak diketahui',
    );
  });

  it('refuses null for an enum, listing the values and suggesting to leave it out', () => {
    const issues = issuesOf({ code: '52.03.13.2001', name: 'A', candidates: [{ name: 'S', sex: null }] });
    expect(issueAt(issues, 'candidates[0].sex').messages).toEqual({
      id: 'harus salah satu dari: female, male, bukan null; hapus kolom ini bila datanya tidak diketahui',
      en: 'expected one of: female, male, received null; leave the field out when it is not known',
    });
  });

  it('refuses "ya" for a boolean, in both languages', () => {
    const issue = issueAt(
      issuesOf({ code: '52.03.13.2001', name: 'A', complaintService: 'ya' }),
      'complaintService',
    );
    expect(issue.messages.en).toBe(
      'expected true or false, received text; write true or false, without quotes',
    );
    expect(issue.messages.id).toBe(
      'harus true atau false, bukan teks; tulis true atau false tanpa tanda kutip',
    );
  });

  it('refuses a list written as a single value', () => {
    const issue = issueAt(
      issuesOf({ code: '52.03.13.2001', name: 'A', legalAidPartners: 'LBH' }),
      'legalAidPartners',
    );
    expect(issue.messages).toEqual({ id: 'harus daftar, bukan teks', en: 'expected a list, received text' });
  });

  it('refuses an extension ending before the designation date', () => {
    const issues = issuesOf(withField((r) => (r.designation.extendedUntil = '2025-11-02')));
    const issue = issueAt(issues, 'designation.extendedUntil');
    expect(issue.messages.en).toBe('2025-11-02 must not be before designatedOn (2025-11-03)');
    expect(issue.messages.id).toBe('2025-11-02 tidak boleh sebelum designatedOn (2025-11-03)');
  });

  it('refuses an assessment before the complete proposal was received', () => {
    const issues = issuesOf(withField((r) => (r.proposal.assessedOn = '2025-09-30')));
    expect(issueAt(issues, 'proposal.assessedOn').message).toContain('must not be before receivedCompleteOn');
  });

  it('refuses a complaint answered before it was received, and a report forwarded before it was submitted', () => {
    const issues = issuesOf(
      withField((r) => {
        at(r.complaints, 0).respondedOn = '2026-03-01';
        at(r.reports, 0).forwardedOn = '2026-01-07';
      }),
    );
    expect(issueAt(issues, 'complaints[0].respondedOn').message).toContain('must not be before receivedOn');
    expect(issueAt(issues, 'reports[0].forwardedOn').message).toContain('must not be before submittedOn');
  });

  it('accepts same-day dates for ordered pairs', () => {
    const r = withField((x) => {
      x.proposal.assessedOn = x.proposal.receivedCompleteOn;
      at(x.complaints, 0).respondedOn = at(x.complaints, 0).receivedOn;
    });
    expect(safeParseVillage(r).ok).toBe(true);
  });

  it('refuses two evaluation results for the same year', () => {
    const issues = issuesOf(
      withField((r) => {
        r.evaluations = [
          { year: 2025, result: 'berkembang', warningIssuedOn: '2026-01-20' },
          { year: 2025, result: 'mandiri', warningIssuedOn: '2026-01-20' },
        ];
      }),
    );
    expect(issueAt(issues, 'evaluations[1].year').messages.en).toContain(
      'year 2025 is listed more than once',
    );
  });

  it('refuses two reports for the same semester (neither would be silently ignored)', () => {
    const issues = issuesOf(
      withField((r) => {
        r.reports = [
          { semester: '2026-1', submittedOn: '2026-07-20', forwardedOn: '2026-07-21' },
          { semester: '2026-1', submittedOn: '2026-07-06', forwardedOn: '2026-07-07' },
        ];
      }),
    );
    const issue = issueAt(issues, 'reports[1].semester');
    expect(issue.messages.en).toBe('semester 2026-1 is listed more than once; each semester has one report');
    expect(issue.messages.id).toContain('semester 2026-1 tercantum lebih dari sekali');
  });

  it('lists every problem of the record at once', () => {
    const issues = issuesOf({
      code: '52.3.13.2001',
      pmi: { abroad: -1 },
      activities: [{ date: '2026-02-30', kind: 'awareness' }],
      team: { decree: { issuedOn: '2025-07-01' }, members: [{ name: 'A', sex: 'x' }] },
      mentors: [{ name: 'R', villagesAssigned: 0 }],
      extra: 1,
    });
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        '',
        'activities[0].date',
        'code',
        'mentors[0].villagesAssigned',
        'name',
        'pmi.abroad',
        'team.members[0].sex',
      ].sort(),
    );
    for (const issue of issues) {
      expect(issue.messages.id).not.toBe('');
      expect(issue.messages.en).toBe(issue.message);
      expect(issue.messages.id).not.toBe(issue.messages.en);
    }
  });

  it('prefixes issue paths when asked', () => {
    const issues = issuesOf(
      { code: '52.03.13.2001', name: 'A', team: { decree: {}, members: [] } },
      'village',
    );
    expect(issues.map((i) => i.path)).toEqual(['village.team.decree.issuedOn']);
    expect(issuesOf(null, 'village')[0]?.path).toBe('village');
  });

  it('throws an InputError listing all issues from parseVillage', () => {
    const err = thrown(() => parseVillage({ code: 'x' }));
    expect(err.issues.map((i) => i.path)).toEqual(['code', 'name']);
    expect(err.message).toContain('code: must be a Kemendagri village code');
    expect(err.message).toContain('name: required');
  });
});

describe('NIK privacy', () => {
  it('never echoes a NIK in any message, even when the candidate is invalid', () => {
    const bad = withField((r) => {
      const c = r.candidates[0] as Record<string, unknown>;
      c.sex = NIK;
      c.birthDate = NIK;
      c.maritalStatus = NIK;
      c.domicileVillageCode = NIK;
      c.verifiedOn = Number(NIK);
      c[NIK] = NIK;
      c.name = '';
      (c.documents as Record<string, unknown>).passport = NIK;
      (c.documents as Record<string, unknown>).socialSecurityNumber = Number(NIK);
    });
    const err = thrown(() => parseVillage(bad));
    expect(err.issues.length).toBeGreaterThanOrEqual(8);
    const everything = JSON.stringify({ message: err.message, issues: err.issues });
    expect(everything).not.toContain(NIK);
    expect(everything).not.toContain(NIK.slice(4, 14));
  });

  it('never echoes a NIK written as a number', () => {
    const err = thrown(() =>
      parseVillage({ code: '52.03.13.2001', name: 'A', candidates: [{ name: 'S', nik: Number(NIK) }] }),
    );
    expect(err.issues[0]?.path).toBe('candidates[0].nik');
    expect(err.issues[0]?.message).toBe('expected text, received a number; in YAML, put the value in quotes');
    expect(err.message).not.toContain(NIK);
  });

  it('never echoes a NIK from a YAML syntax error', () => {
    const err = thrown(() =>
      parseYaml(`candidates:\n  - name: S\n    nik: "${NIK}\n    sex: female\n`, 'v.yaml'),
    );
    expect(err.message).not.toContain(NIK);
    expect(JSON.stringify(err.issues)).not.toContain(NIK);
  });

  it('never echoes a NIK from a JSON syntax error', () => {
    const err = thrown(() => parseJson(`{"nik": ${NIK}x}`, 'v.json'));
    expect(err.message).not.toContain(NIK);
    expect(JSON.stringify(err.issues)).not.toContain(NIK);
  });
});

describe('scenarios', () => {
  const scenario = () => ({
    name: 'Perempuan tepat 30 persen',
    description: '3 dari 10 anggota Tim Kerja Desa perempuan memenuhi Pasal 7 ayat (3).',
    asOf: '2026-06-30',
    village: { code: '52.03.13.2001', name: 'Anjani' },
    expect: {
      inForce: true,
      status: {
        eligibility: 'met',
        pocket: null,
        designation: 'active',
        evaluationResult: 'berkembang',
        revocationRecommended: false,
      },
      findings: { 'Pasal 7 ayat (3)': 'met', 'Pasal 4 ayat (5)': 'met' },
      obligations: { 'Pasal 15 ayat (1)': 'met', 'Pasal 15 ayat (2) 2026-Q1': 'overdue' },
      candidates: { 'Siti Aminah': 'not_met' },
    },
  });

  it('parses a scenario and its village', () => {
    const s = parseScenario(scenario(), 'x.yaml');
    expect(s.village).toEqual({ code: '52.03.13.2001', name: 'Anjani' });
    expect(s.expect.findings?.['Pasal 7 ayat (3)']).toBe('met');
    expect(s.expect.obligations?.['Pasal 15 ayat (2) 2026-Q1']).toBe('overdue');
  });

  it('accepts an amendment path and an empty expectation block', () => {
    const s = parseScenario({ ...scenario(), amendment: '../amendments/perempuan-25.yaml', expect: {} });
    expect(s.amendment).toBe('../amendments/perempuan-25.yaml');
  });

  it('prefixes village issue paths with village.', () => {
    const input = {
      ...scenario(),
      village: {
        code: '52.03.13.2001',
        name: 'A',
        team: { decree: { issuedOn: '2026-02-30' }, members: [] },
      },
    };
    const err = thrown(() => parseScenario(input, 'fixtures/x.yaml'));
    expect(err.issues.map((i) => i.path)).toEqual(['village.team.decree.issuedOn']);
    expect(err.message.startsWith('fixtures/x.yaml: village.team.decree.issuedOn: 2026-02-30 is not')).toBe(
      true,
    );
  });

  it('lists scenario and village problems together', () => {
    const input = {
      name: 'x',
      asOf: '2026-6-30',
      village: { name: 'A' },
      expect: {
        findings: { 'Pasal 7 ayat (3)': 'passed' },
        obligations: { 'Pasal 15 ayat (1)': 'done' },
        status: { designation: 'designated' },
        candidate: {},
      },
    };
    const result = safeParseScenario(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'asOf',
        'expect',
        'expect.findings["Pasal 7 ayat (3)"]',
        'expect.obligations["Pasal 15 ayat (1)"]',
        'expect.status.designation',
        'village.code',
      ]),
    );
    expect(issueAt(result.issues, 'expect.findings["Pasal 7 ayat (3)"]').messages.id).toBe(
      'nilai tidak dikenal; nilai yang diizinkan: met, not_met, unknown, not_applicable',
    );
    expect(issueAt(result.issues, 'expect.obligations["Pasal 15 ayat (1)"]').message).toContain(
      'met, late, overdue, pending, unknown',
    );
  });

  it('requires a village, a name, asOf and expect', () => {
    const err = thrown(() => parseScenario({}));
    expect(err.issues.map((i) => i.path).sort()).toEqual(['asOf', 'expect', 'name', 'village']);
    expect(issueAt(err.issues, 'village').messages.id).toBe('wajib diisi');
  });

  it('refuses a scenario that is not an object', () => {
    expect(thrown(() => parseScenario('hello')).issues[0]?.path).toBe('');
  });
});

describe('YAML and JSON documents', () => {
  it('keeps YAML dates as strings (YAML 1.2 core schema)', () => {
    const doc = parseYaml('asOf: 2026-06-30\ncode: 52.03.13.2001\nflag: yes\n', 'a.yaml') as Record<
      string,
      unknown
    >;
    expect(doc).toEqual({ asOf: '2026-06-30', code: '52.03.13.2001', flag: 'yes' });
  });

  it('gives the line and column of a YAML syntax error, without a stack trace', () => {
    const err = thrown(() => parseYaml('name: A\ncode: x: y\nteam: null\n', 'desa.yaml'));
    expect(err.issues[0]?.messages.en).toBe(
      'YAML syntax error at line 2, column 7: Nested mappings are not allowed in compact mappings',
    );
    expect(err.issues[0]?.messages.id).toBe(
      'kesalahan sintaks YAML pada baris 2, kolom 7: pemetaan bersarang tidak boleh ditulis dalam satu baris dengan kuncinya',
    );
    expect(err.message.startsWith('desa.yaml: YAML syntax error at line 2, column 7')).toBe(true);
    expect(err.message).not.toMatch(/\n|at .*\.js/);
  });

  it('refuses duplicate keys in YAML with their line', () => {
    const err = thrown(() => parseYaml('name: A\nname: B\n', 'd.yaml'));
    expect(err.issues[0]?.messages.en).toMatch(/line 2, column 1: Map keys must be unique/);
    expect(err.issues[0]?.messages.id).toContain('kunci dalam satu objek harus unik');
  });

  it('refuses a YAML file with more than one document', () => {
    const err = thrown(() => parseYaml('a: 1\n---\nb: 2\n', 'm.yaml'));
    expect(err.issues[0]?.messages.id).toContain('lebih dari satu dokumen');
  });

  it('refuses a YAML alias without its anchor', () => {
    const err = thrown(() => parseYaml('a: *x\n', 'alias.yaml'));
    expect(err.issues[0]?.messages.en).toContain('Unresolved alias');
  });

  it('gives the line and column of a JSON syntax error', () => {
    const err = thrown(() => parseJson('{\n  "code": "52.03.13.2001",\n  "name": }\n', 'v.json'));
    expect(err.issues[0]?.messages).toEqual({
      id: 'kesalahan sintaks JSON pada baris 3, kolom 11: karakter tak terduga "}"',
      en: 'JSON syntax error at line 3, column 11: unexpected character "}"',
    });
    const end = thrown(() => parseJson('{"a": [1, 2', 'v.json'));
    expect(end.issues[0]?.messages.en).toBe(
      'JSON syntax error at line 1, column 12: unexpected end of input',
    );
  });

  describe('loadDocument', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'dme-schema-'));
      await writeFile(
        join(dir, 'v.yaml'),
        'code: "52.03.13.2001"\nname: Anjani\ndesignation:\n  designatedOn: 2025-11-03\n',
      );
      await writeFile(join(dir, 'v.yml'), '\uFEFFcode: "52.03.13.2001"\nname: Anjani\n');
      await writeFile(join(dir, 'v.json'), '{"code": "52.03.13.2001", "name": "Anjani"}');
      await writeFile(join(dir, 'bad.json'), '{"code": "52.03.13.2001",}');
      await writeFile(join(dir, 'v.txt'), 'code: x');
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('reads YAML (.yaml and .yml) and JSON', async () => {
      const yaml = await loadDocument(join(dir, 'v.yaml'));
      expect(parseVillage(yaml).designation?.designatedOn).toBe('2025-11-03');
      expect(await loadDocument(join(dir, 'v.yml'))).toEqual({ code: '52.03.13.2001', name: 'Anjani' });
      expect(await loadDocument(join(dir, 'v.json'))).toEqual({ code: '52.03.13.2001', name: 'Anjani' });
    });

    it('refuses a missing file: file not found / berkas tidak ditemukan', async () => {
      const file = join(dir, 'nope.yaml');
      const err = await rejected(loadDocument(file));
      expect(err.issues[0]?.messages).toEqual({ id: 'berkas tidak ditemukan', en: 'file not found' });
      expect(err.message).toBe(`${file}: file not found`);
    });

    it('refuses a JSON syntax error with a clear message', async () => {
      const err = await rejected(loadDocument(join(dir, 'bad.json')));
      expect(err.issues[0]?.message).toBe('JSON syntax error at line 1, column 26: unexpected character "}"');
    });

    it('refuses another extension and a directory', async () => {
      expect((await rejected(loadDocument(join(dir, 'v.txt')))).issues[0]?.message).toContain(
        'unsupported file type (.txt)',
      );
      expect((await rejected(loadDocument(dir))).issues[0]?.messages.id).toBe('ini direktori, bukan berkas');
    });
  });
});

describe('villageSchema types', () => {
  it('keeps absent optional keys absent after parsing', () => {
    const parsed = villageSchema.parse({
      code: '52.03.13.2001',
      name: 'A',
      designation: { designatedOn: '2025-11-03' },
    });
    expect(Object.keys(parsed.designation ?? {})).toEqual(['designatedOn']);
  });
});

describe('inferred types', () => {
  it('make identifying fields required and every other field optional', () => {
    expectTypeOf<VillageRecord['code']>().toEqualTypeOf<string>();
    expectTypeOf<Activity['date']>().toEqualTypeOf<string>();
    expectTypeOf<Activity['kind']>().toEqualTypeOf<
      'awareness' | 'entrepreneurship' | 'family-empowerment' | 'capacity-building'
    >();
    expectTypeOf<Member['role']>().toEqualTypeOf<'ketua' | 'sekretaris' | 'anggota' | undefined>();
    expectTypeOf<{ name: 'X' }>().toExtend<Member>();
    expectTypeOf<{ name: 'X' }>().toExtend<Candidate>();
    expectTypeOf<VillageRecord['team']>().toEqualTypeOf<
      { decree: { number?: string | undefined; issuedOn: string }; members: Member[] } | null | undefined
    >();
    expectTypeOf<Scenario['village']>().toEqualTypeOf<VillageRecord>();
  });
});
