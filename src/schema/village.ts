import { z } from 'zod';
import type { Bilingual } from '../types.js';
import { dateString, isDateString } from './date.js';
import { described as d } from './describe.js';

// ---------------------------------------------------------------------------
// Formats and enumerations (exactly as /spec/village-data.md lists them)
// ---------------------------------------------------------------------------

/** Kemendagri village code `PP.KK.CC.NNNN`, digits. */
export const VILLAGE_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
/** A semester `YYYY-1` (January–June) or `YYYY-2` (July–December). */
export const SEMESTER_PATTERN = /^\d{4}-[12]$/;
/** At least one character that is not white space. */
export const NON_BLANK_PATTERN = /\S/;

/**
 * Bilingual messages for the patterns above, keyed by the pattern as zod reports it
 * (`String(regex)`), so that an `invalid_format` issue can be explained precisely.
 */
export const PATTERN_MESSAGES: Readonly<Record<string, Bilingual>> = {
  [String(VILLAGE_CODE_PATTERN)]: {
    id: 'harus kode wilayah desa Kemendagri PP.KK.CC.NNNN (angka), mis. 52.03.13.2001',
    en: 'must be a Kemendagri village code PP.KK.CC.NNNN (digits), e.g. 52.03.13.2001',
  },
  [String(SEMESTER_PATTERN)]: {
    id: 'harus semester YYYY-1 (Januari–Juni) atau YYYY-2 (Juli–Desember), mis. 2026-1',
    en: 'must be a semester YYYY-1 (January–June) or YYYY-2 (July–December), e.g. 2026-1',
  },
  [String(NON_BLANK_PATTERN)]: { id: 'tidak boleh kosong', en: 'must not be empty' },
};

/** Kinds of village activity (`activities[].kind`). */
export const ACTIVITY_KINDS = [
  'awareness',
  'entrepreneurship',
  'family-empowerment',
  'capacity-building',
] as const;
/** Roles in the Tim Kerja Desa. */
export const MEMBER_ROLES = ['ketua', 'sekretaris', 'anggota'] as const;
/** Sex as recorded. */
export const SEXES = ['female', 'male'] as const;
/** Backgrounds of a Tim Kerja Desa member. */
export const MEMBER_BACKGROUNDS = [
  'kepala-desa',
  'perangkat-desa',
  'bpd',
  'purna-pmi',
  'keluarga-pmi',
  'tokoh-masyarakat',
  'pkk',
  'lainnya',
] as const;
/** Marital status of a Calon PMI. */
export const MARITAL_STATUSES = ['married', 'unmarried', 'divorced', 'widowed'] as const;
/** Who gave a Calon PMI's permission letter. */
export const PERMISSION_FROM = ['spouse', 'parent', 'guardian'] as const;
/** Results of the annual evaluation (Pasal 12 ayat (2)). */
export const EVALUATION_RESULTS = ['mandiri', 'berkembang', 'perlu-pembinaan'] as const;

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** A count of people or things: an integer ≥ 0. */
const count = z.int().min(0);
/** A calendar year, four digits. */
const year = z.int().min(1000).max(9999);
/** A name or label that must say something. */
const nonBlank = z.string().regex(NON_BLANK_PATTERN);
/** A Kemendagri village code. */
export const villageCode = z.string().regex(VILLAGE_CODE_PATTERN);

/** Object-level checks run even when a field has a problem (so every problem is listed), if the value is an object. */
const WHEN_OBJECT = { when: (payload: { value: unknown }) => isRecord(payload.value) };
/** Array-level checks run even when an item has a problem, if the value is an array. */
const WHEN_ARRAY = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds an issue on `later` when both dates are valid and `later` is before `earlier`. */
function notBefore(
  value: unknown,
  ctx: Pick<z.RefinementCtx, 'addIssue'>,
  later: string,
  earlier: string,
): void {
  if (!isRecord(value)) return;
  const a = value[later];
  const b = value[earlier];
  if (isDateString(a) && isDateString(b) && a < b) {
    const params = {
      id: `${a} tidak boleh sebelum ${earlier} (${b})`,
      en: `${a} must not be before ${earlier} (${b})`,
    };
    ctx.addIssue({ code: 'custom', path: [later], params, message: params.en, input: a });
  }
}

// ---------------------------------------------------------------------------
// Parts of the record
// ---------------------------------------------------------------------------

/** `villageRegulation`: the Peraturan Desa on the protection of PMI. */
export const villageRegulationSchema = z.strictObject({
  number: d(z.string(), {
    id: 'nomor Peraturan Desa',
    en: 'number of the village regulation',
    example: '4',
  }).optional(),
  year: d(year, {
    id: 'tahun Peraturan Desa',
    en: 'year of the village regulation',
    example: 2025,
  }).optional(),
  promulgatedOn: d(dateString, {
    id: 'tanggal Peraturan Desa diundangkan',
    en: 'date the village regulation was promulgated',
    example: '2025-09-01',
  }).optional(),
});

/** `dataCollection`: pendataan. */
export const dataCollectionSchema = z.strictObject({
  digital: d(z.boolean(), {
    id: 'pendataan secara digital',
    en: 'records kept digitally',
    example: true,
  }).optional(),
  lastUpdatedOn: d(dateString, {
    id: 'tanggal pembaruan terakhir pendataan',
    en: 'date the records were last updated',
    example: '2026-03-01',
  }).optional(),
});

/** `activities[]`: one village activity. */
export const activitySchema = z.strictObject({
  date: d(dateString, { id: 'tanggal kegiatan', en: 'date of the activity', example: '2026-02-10' }),
  kind: d(z.enum(ACTIVITY_KINDS), {
    id: 'jenis: awareness (sosialisasi/edukasi migrasi aman), entrepreneurship (kewirausahaan/inovasi), family-empowerment (pemberdayaan ekonomi keluarga, literasi keuangan, remitansi), capacity-building (peningkatan kapasitas Tim Kerja Desa)',
    en: 'kind: awareness (safe-migration awareness/education), entrepreneurship (entrepreneurship/innovation), family-empowerment (family economic empowerment, financial literacy, remittances), capacity-building (training of the village work team)',
    example: 'awareness',
  }),
  title: d(z.string(), {
    id: 'judul kegiatan',
    en: 'title of the activity',
    example: 'Sosialisasi migrasi aman',
  }).optional(),
});

/** `returneeGroups[]`: one business group of Purna PMI. */
export const returneeGroupSchema = z.strictObject({
  name: d(nonBlank, { id: 'nama kelompok', en: 'name of the group', example: 'Kelompok Tenun Purna PMI' }),
  active: d(z.boolean(), { id: 'kelompok masih aktif', en: 'the group is active', example: true }).optional(),
});

/** A member of the Tim Kerja Desa. */
export const memberSchema = z.strictObject({
  name: d(nonBlank, { id: 'nama anggota', en: 'name of the member', example: 'Siti Rahayu' }),
  role: d(z.enum(MEMBER_ROLES), {
    id: 'jabatan dalam Tim Kerja Desa',
    en: 'role in the village work team',
    example: 'ketua',
  }).optional(),
  sex: d(z.enum(SEXES), { id: 'jenis kelamin', en: 'sex', example: 'female' }).optional(),
  birthDate: d(dateString, { id: 'tanggal lahir', en: 'date of birth', example: '1980-04-12' }).optional(),
  domicileVillageCode: d(villageCode, {
    id: 'kode wilayah desa domisili',
    en: 'code of the village the member lives in',
    example: '52.03.13.2001',
  }).optional(),
  background: d(z.array(z.enum(MEMBER_BACKGROUNDS)), {
    id: 'latar belakang (boleh lebih dari satu)',
    en: 'background (any number of them)',
    example: ['kepala-desa'],
  }).optional(),
  p3miAffiliation: d(z.boolean(), {
    id: 'pengurus atau pegawai P3MI (perusahaan penempatan)',
    en: 'officer or employee of a P3MI (placement company)',
    example: false,
  }).optional(),
  unlicensedRecruiter: d(z.boolean(), {
    id: 'perekrut Calon PMI tanpa izin',
    en: 'recruits prospective migrant workers without a licence',
    example: false,
  }).optional(),
});

/** The Keputusan Kepala Desa forming the Tim Kerja Desa. */
export const teamDecreeSchema = z.strictObject({
  number: d(z.string(), {
    id: 'nomor Keputusan Kepala Desa pembentukan Tim Kerja Desa',
    en: 'number of the village head decree forming the team',
    example: '141/12/2026',
  }).optional(),
  issuedOn: d(dateString, {
    id: 'tanggal Keputusan Kepala Desa',
    en: 'date of the village head decree',
    example: '2026-01-15',
  }),
});

/** `team`: the Tim Kerja Desa. */
export const teamSchema = z.strictObject({
  decree: d(teamDecreeSchema, {
    id: 'Keputusan Kepala Desa yang membentuk Tim Kerja Desa',
    en: 'the village head decree forming the team',
  }),
  members: d(z.array(memberSchema), { id: 'anggota Tim Kerja Desa', en: 'members of the team' }),
});

/** `monitoringVisits[]`: one monitoring visit by BP3MI (Pasal 11). */
export const monitoringVisitSchema = z.strictObject({
  date: d(dateString, { id: 'tanggal pemantauan', en: 'date of the visit', example: '2026-05-20' }),
  by: d(z.string(), { id: 'oleh (kantor BP3MI)', en: 'by (BP3MI office)', example: 'BP3MI NTB' }).optional(),
});

/** `mentors[]`: one Pendamping DME (Pasal 15). */
export const mentorSchema = z.strictObject({
  name: d(nonBlank, { id: 'nama pendamping', en: 'name of the mentor', example: 'Made Sudarsana' }),
  assignedOn: d(dateString, {
    id: 'tanggal ditugaskan',
    en: 'date assigned to the village',
    example: '2026-01-20',
  }).optional(),
  trainedOn: d(dateString, {
    id: 'tanggal mengikuti pelatihan pendamping',
    en: 'date trained as a mentor',
    example: '2026-01-10',
  }).optional(),
  villagesAssigned: d(z.int().min(1), {
    id: 'jumlah Desa yang didampingi',
    en: 'number of villages the mentor is assigned to',
    example: 3,
  }).optional(),
});

/** `mentoringVisits[]`: one mentoring visit (Pasal 15 ayat (2), (4)). */
export const mentoringVisitSchema = z.strictObject({
  date: d(dateString, { id: 'tanggal kunjungan', en: 'date of the visit', example: '2026-04-14' }),
});

/** `evaluations[]`: one annual evaluation result (Pasal 12, 13). */
export const evaluationSchema = z.strictObject({
  year: d(year, { id: 'tahun yang dievaluasi', en: 'year evaluated', example: 2025 }),
  result: d(z.enum(EVALUATION_RESULTS), { id: 'hasil evaluasi', en: 'result', example: 'berkembang' }),
  warningIssuedOn: d(dateString, {
    id: 'tanggal teguran tertulis',
    en: 'date of the written warning',
    example: '2026-02-01',
  }).optional(),
});

/** The permission letter of a Calon PMI (Pasal 9 ayat (1) huruf d). */
export const permissionLetterSchema = z.strictObject({
  from: d(z.enum(PERMISSION_FROM), {
    id: 'izin dari: spouse (suami/istri), parent (orang tua), guardian (wali)',
    en: 'permission from: spouse, parent or guardian',
    example: 'parent',
  }).optional(),
  acknowledgedByVillageHead: d(z.boolean(), {
    id: 'surat izin diketahui Kepala Desa',
    en: 'acknowledged by the village head',
    example: true,
  }).optional(),
});

/** The documents of a Calon PMI (Pasal 9). */
export const candidateDocumentsSchema = z.strictObject({
  maritalStatusLetter: d(z.boolean(), {
    id: 'ada surat keterangan status perkawinan',
    en: 'has a marital status letter',
    example: true,
  }).optional(),
  marriageBookCopy: d(z.boolean(), {
    id: 'ada fotokopi buku nikah',
    en: 'has a copy of the marriage book',
    example: false,
  }).optional(),
  permissionLetter: d(permissionLetterSchema.nullable(), {
    id: 'surat izin suami/istri, orang tua, atau wali; null: tidak ada',
    en: 'permission letter of the spouse, parent or guardian; null: there is none',
  }).optional(),
  competencyCertificate: d(z.boolean(), {
    id: 'ada sertifikat kompetensi',
    en: 'has a competency certificate',
    example: false,
  }).optional(),
  healthCertificate: d(z.boolean(), {
    id: 'ada surat keterangan sehat',
    en: 'has a health certificate',
    example: true,
  }).optional(),
  socialSecurityNumber: d(z.string(), {
    id: 'nomor kepesertaan jaminan sosial',
    en: 'social security membership number',
  }).optional(),
  passport: d(z.boolean(), { id: 'ada paspor', en: 'has a passport', example: false }).optional(),
  workVisa: d(z.boolean(), { id: 'ada visa kerja', en: 'has a work visa', example: false }).optional(),
  placementAgreement: d(z.boolean(), {
    id: 'ada perjanjian penempatan',
    en: 'has a placement agreement',
    example: false,
  }).optional(),
  employmentContract: d(z.boolean(), {
    id: 'ada perjanjian kerja',
    en: 'has an employment contract',
    example: false,
  }).optional(),
});

/**
 * A Calon PMI verified by the Tim Kerja Desa (Pasal 9).
 * `nik` is any string: whether it is a well-formed NIK is a finding of Pasal 9, not an input error.
 */
export const candidateSchema = z.strictObject({
  name: d(nonBlank, {
    id: 'nama Calon PMI',
    en: 'name of the prospective migrant worker',
    example: 'Baiq Lestari',
  }),
  nik: d(z.string(), {
    id: 'NIK, 16 angka (data pribadi: tidak pernah dicetak utuh)',
    en: 'NIK (national identity number), 16 digits (personal data: never printed whole)',
  }).optional(),
  sex: d(z.enum(SEXES), { id: 'jenis kelamin', en: 'sex', example: 'female' }).optional(),
  birthDate: d(dateString, { id: 'tanggal lahir', en: 'date of birth', example: '2000-08-17' }).optional(),
  maritalStatus: d(z.enum(MARITAL_STATUSES), {
    id: 'status perkawinan ("belum menikah" Pasal 9 mencakup unmarried, divorced dan widowed)',
    en: 'marital status ("unmarried" in Pasal 9 covers unmarried, divorced and widowed)',
    example: 'unmarried',
  }).optional(),
  domicileVillageCode: d(villageCode, {
    id: 'kode wilayah desa domisili',
    en: 'code of the village the candidate lives in',
    example: '52.03.13.2001',
  }).optional(),
  verifiedOn: d(dateString, {
    id: 'tanggal verifikasi oleh Tim Kerja Desa',
    en: 'date verified by the village work team',
    example: '2026-05-02',
  }).optional(),
  documents: d(candidateDocumentsSchema, {
    id: 'dokumen Calon PMI',
    en: 'documents of the candidate',
  }).optional(),
});

// ---------------------------------------------------------------------------
// The village record
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// The parts with cross-field checks, and the village record
// ---------------------------------------------------------------------------

/**
 * Builds the parts that carry a check across fields (and the record that holds them).
 *
 * Those checks run even when a field has a problem, so that every problem is listed: that is what
 * `whenObject` and `whenArray` say ({@link WHEN_OBJECT}, {@link WHEN_ARRAY}). zod's compiler
 * (`z.core.compileFn`) refuses a check with such a condition, and would run the whole part on the
 * slow interpreter. The compiled code only answers whether a record is valid (and builds its value):
 * any problem hands the record to the interpreter, which lists the issues. For a valid record the
 * condition makes no difference (the check runs either way), so the compiled code is generated from
 * the same schemas built without it. See {@link villageSchema}.
 */
function buildParts(whenObject?: typeof WHEN_OBJECT, whenArray?: typeof WHEN_ARRAY) {
  const pmi = z
    .strictObject({
      abroad: d(count, {
        id: 'warga yang sedang bekerja sebagai PMI',
        en: 'villagers working abroad as PMI',
        example: 100,
      }).optional(),
      procedural: d(count, {
        id: 'di antaranya PMI Prosedural (tercatat SISKOP2MI); paling banyak pmi.abroad',
        en: 'of whom procedural PMI (recorded in SISKOP2MI); at most pmi.abroad',
        example: 80,
      }).optional(),
      placedLast3Years: d(count, {
        id: 'PMI yang ditempatkan dalam 3 tahun terakhir',
        en: 'PMI placed in the last 3 years',
        example: 64,
      }).optional(),
    })
    .superRefine((value, ctx) => {
      if (!isRecord(value)) return;
      const { abroad, procedural } = value;
      if (
        Number.isInteger(abroad) &&
        Number.isInteger(procedural) &&
        (procedural as number) > (abroad as number)
      ) {
        const params = {
          id: `${procedural} PMI Prosedural melebihi ${abroad} PMI yang sedang bekerja di luar negeri (pmi.abroad); PMI Prosedural termasuk di antara mereka`,
          en: `${procedural} procedural PMI exceed the ${abroad} PMI working abroad (pmi.abroad); procedural PMI are counted among them`,
        };
        ctx.addIssue({ code: 'custom', path: ['procedural'], params, message: params.en, input: procedural });
      }
    }, whenObject);

  const proposal = z
    .strictObject({
      receivedCompleteOn: d(dateString, {
        id: 'tanggal usulan penetapan diterima lengkap',
        en: 'date the complete proposal was received',
        example: '2026-01-05',
      }),
      assessedOn: d(dateString, {
        id: 'tanggal verifikasi dan asesmen BP3MI selesai',
        en: 'date BP3MI finished verification and assessment',
        example: '2026-01-26',
      }).optional(),
    })
    .superRefine((value, ctx) => notBefore(value, ctx, 'assessedOn', 'receivedCompleteOn'), whenObject);

  const designation = z
    .strictObject({
      decreeNumber: d(z.string(), {
        id: 'nomor Keputusan Menteri penetapan DME',
        en: 'number of the designating ministerial decree',
        example: '40/2026',
      }).optional(),
      designatedOn: d(dateString, {
        id: 'tanggal penetapan DME',
        en: 'date designated',
        example: '2026-03-02',
      }),
      extendedUntil: d(dateString, {
        id: 'akhir perpanjangan status DME',
        en: 'end of the extended designation',
        example: '2029-03-01',
      }).optional(),
    })
    .superRefine((value, ctx) => notBefore(value, ctx, 'extendedUntil', 'designatedOn'), whenObject);

  const complaint = z
    .strictObject({
      receivedOn: d(dateString, {
        id: 'tanggal pengaduan diterima',
        en: 'date received',
        example: '2026-03-02',
      }),
      respondedOn: d(dateString, {
        id: 'tanggal ditanggapi',
        en: 'date answered',
        example: '2026-03-05',
      }).optional(),
    })
    .superRefine((value, ctx) => notBefore(value, ctx, 'respondedOn', 'receivedOn'), whenObject);

  const report = z
    .strictObject({
      semester: d(z.string().regex(SEMESTER_PATTERN), {
        id: 'semester YYYY-1 (Januari–Juni) atau YYYY-2 (Juli–Desember)',
        en: 'semester YYYY-1 (January–June) or YYYY-2 (July–December)',
        example: '2025-2',
      }),
      submittedOn: d(dateString, {
        id: 'tanggal laporan disampaikan kepada Kepala Desa',
        en: 'date submitted to the village head',
        example: '2026-01-08',
      }).optional(),
      forwardedOn: d(dateString, {
        id: 'tanggal diteruskan Kepala Desa',
        en: 'date forwarded by the village head',
        example: '2026-01-15',
      }).optional(),
    })
    .superRefine((value, ctx) => notBefore(value, ctx, 'forwardedOn', 'submittedOn'), whenObject);

  /** A list in which each item's `field` is listed at most once, with why (a later duplicate is refused). */
  const onePer = <T extends z.ZodType>(
    item: T,
    field: string,
    valid: (v: unknown) => boolean,
    why: (v: unknown) => { id: string; en: string },
  ) =>
    z.array(item).superRefine((items, ctx) => {
      const seen = new Set<unknown>();
      items.forEach((entry, index) => {
        const v = isRecord(entry) ? entry[field] : undefined;
        if (!valid(v)) return;
        if (seen.has(v)) {
          const params = why(v);
          ctx.addIssue({ code: 'custom', path: [index, field], params, message: params.en, input: v });
        }
        seen.add(v);
      });
    }, whenArray);

  // Annual evaluations: one result per year.
  const evaluations = onePer(evaluationSchema, 'year', Number.isInteger, (y) => ({
    id: `tahun ${y} tercantum lebih dari sekali; evaluasi tahunan hanya punya satu hasil per tahun`,
    en: `year ${y} is listed more than once; the annual evaluation has one result per year`,
  }));
  // Semester reports: one report per semester (Pasal 10 ayat (1) reads the one of each semester).
  const reports = onePer(
    report,
    'semester',
    (v) => typeof v === 'string',
    (sem) => ({
      id: `semester ${sem} tercantum lebih dari sekali; setiap semester hanya punya satu laporan`,
      en: `semester ${sem} is listed more than once; each semester has one report`,
    }),
  );

  const village = z.strictObject({
    code: d(villageCode, {
      id: 'kode wilayah desa Kemendagri PP.KK.CC.NNNN',
      en: 'Kemendagri village code PP.KK.CC.NNNN',
      example: '52.03.13.2001',
    }),
    name: d(nonBlank, { id: 'nama desa', en: 'name of the village', example: 'Anjani' }),
    pmi: d(pmi, { id: 'warga yang bekerja sebagai PMI', en: 'villagers working as PMI' }).optional(),
    villageRegulation: d(villageRegulationSchema.nullable(), {
      id: 'Peraturan Desa tentang pelindungan PMI; null: Desa belum memilikinya',
      en: 'village regulation on the protection of PMI; null: the village has none',
    }).optional(),
    informationService: d(z.boolean(), {
      id: 'layanan informasi migrasi aman',
      en: 'safe-migration information service',
      example: true,
    }).optional(),
    complaintService: d(z.boolean(), {
      id: 'layanan pengaduan',
      en: 'complaint service',
      example: true,
    }).optional(),
    legalAidPartners: d(z.array(nonBlank), {
      id: 'mitra jaringan bantuan hukum',
      en: 'legal aid partners',
      example: ['LBH Mataram'],
    }).optional(),
    dataCollection: d(dataCollectionSchema, { id: 'pendataan PMI', en: 'records of PMI' }).optional(),
    activities: d(z.array(activitySchema), { id: 'kegiatan Desa', en: 'village activities' }).optional(),
    returneeGroups: d(z.array(returneeGroupSchema), {
      id: 'kelompok usaha Purna PMI',
      en: 'business groups of returned PMI',
    }).optional(),
    proposal: d(proposal, { id: 'usulan penetapan DME', en: 'proposal for designation' }).optional(),
    designation: d(designation, {
      id: 'penetapan DME oleh Menteri; tidak diisi: belum ditetapkan',
      en: 'designation by the minister; absent: not designated',
    }).optional(),
    team: d(teamSchema.nullable(), {
      id: 'Tim Kerja Desa; null: belum dibentuk',
      en: 'village work team; null: none formed',
    }).optional(),
    complaints: d(z.array(complaint), {
      id: 'pengaduan yang diterima',
      en: 'complaints received',
    }).optional(),
    reports: d(reports, {
      id: 'laporan semester Tim Kerja Desa',
      en: 'semester reports of the work team',
    }).optional(),
    monitoringVisits: d(z.array(monitoringVisitSchema), {
      id: 'pemantauan oleh BP3MI',
      en: 'monitoring visits by BP3MI',
    }).optional(),
    mentors: d(z.array(mentorSchema), { id: 'Pendamping DME', en: 'DME mentors' }).optional(),
    mentoringVisits: d(z.array(mentoringVisitSchema), {
      id: 'kunjungan pendampingan',
      en: 'mentoring visits',
    }).optional(),
    evaluations: d(evaluations, {
      id: 'hasil evaluasi tahunan (satu per tahun)',
      en: 'annual evaluation results (one per year)',
    }).optional(),
    candidates: d(z.array(candidateSchema), {
      id: 'Calon PMI yang diverifikasi Tim Kerja Desa',
      en: 'prospective migrant workers verified by the work team',
    }).optional(),
  });

  return { pmi, proposal, designation, complaint, report, village };
}

/** The parts as the interpreter runs them: cross-field checks run even when a field has a problem. */
const parts = buildParts(WHEN_OBJECT, WHEN_ARRAY);

/** `pmi`: villagers working abroad as PMI. */
export const pmiSchema = parts.pmi;

/** `proposal`: the proposal for designation (Pasal 5 ayat (2)). */
export const proposalSchema = parts.proposal;

/** `designation`: the Keputusan Menteri designating the village; absent = not designated. */
export const designationSchema = parts.designation;

/** `complaints[]`: one complaint received (Pasal 8 ayat (2)). */
export const complaintSchema = parts.complaint;

/** `reports[]`: one semester report (Pasal 10). */
export const reportSchema = parts.report;

/**
 * One village record: everything needed to judge one village on one Tanggal Penilaian.
 * Every field except `code` and `name` may be absent (findings that need it become `unknown`);
 * a field that is present must be well-formed, and an unknown key is an error.
 *
 * A record is first run through code that zod compiles from this schema (several times faster than
 * its interpreter on a valid record); a record it rejects is parsed again by the interpreter, which
 * reports every issue. The value and the issues are the interpreter's either way.
 */
export const villageSchema = withCompiledParser(parts.village, () => buildParts().village);

/**
 * `schema`, first trying code compiled from `twin()` (the same schema as the compiled code may run
 * it). The code is compiled on the first parse, so that importing costs nothing; where it cannot be
 * compiled (`new Function` forbidden, as under a strict CSP), the interpreter runs alone.
 */
function withCompiledParser<T extends z.ZodType>(schema: T, twin: () => T): T {
  let parser: ((input: unknown) => z.output<T> | typeof z.INVALID) | undefined;
  return z.withParser(schema, (input) => {
    if (parser === undefined) {
      try {
        parser = z.core.compileFn(twin());
      } catch {
        parser = () => z.INVALID;
      }
    }
    return parser(input);
  });
}

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/**
 * One village record, as {@link villageSchema} accepts it: every field, its type, meaning (Indonesian and
 * English), example, the articles that read it and what leaving it out does are listed in
 * `docs/village-record.md` (shipped in the package), and its JSON Schema is
 * `desa-migran-emas/schemas/village-record.schema.json`.
 */
export type VillageRecord = z.output<typeof villageSchema>;
export type PmiCounts = z.output<typeof pmiSchema>;
export type VillageRegulation = z.output<typeof villageRegulationSchema>;
export type DataCollection = z.output<typeof dataCollectionSchema>;
export type Activity = z.output<typeof activitySchema>;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type ReturneeGroup = z.output<typeof returneeGroupSchema>;
export type Proposal = z.output<typeof proposalSchema>;
export type Designation = z.output<typeof designationSchema>;
export type Team = z.output<typeof teamSchema>;
export type TeamDecree = z.output<typeof teamDecreeSchema>;
export type Member = z.output<typeof memberSchema>;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type MemberBackground = (typeof MEMBER_BACKGROUNDS)[number];
export type Sex = (typeof SEXES)[number];
export type Complaint = z.output<typeof complaintSchema>;
export type SemesterReport = z.output<typeof reportSchema>;
export type MonitoringVisit = z.output<typeof monitoringVisitSchema>;
export type Mentor = z.output<typeof mentorSchema>;
export type MentoringVisit = z.output<typeof mentoringVisitSchema>;
export type Evaluation = z.output<typeof evaluationSchema>;
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];
export type Candidate = z.output<typeof candidateSchema>;
export type CandidateDocuments = z.output<typeof candidateDocumentsSchema>;
export type PermissionLetter = z.output<typeof permissionLetterSchema>;
export type PermissionFrom = (typeof PERMISSION_FROM)[number];
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];
