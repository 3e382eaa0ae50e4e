import { z } from 'zod';
import type { Bilingual } from '../types.js';
import { dateString, isDateString } from './date.js';

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
  number: z.string().optional(),
  year: year.optional(),
  promulgatedOn: dateString.optional(),
});

/** `dataCollection`: pendataan. */
export const dataCollectionSchema = z.strictObject({
  digital: z.boolean().optional(),
  lastUpdatedOn: dateString.optional(),
});

/** `activities[]`: one village activity. */
export const activitySchema = z.strictObject({
  date: dateString,
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string().optional(),
});

/** `returneeGroups[]`: one business group of Purna PMI. */
export const returneeGroupSchema = z.strictObject({
  name: nonBlank,
  active: z.boolean().optional(),
});

/** A member of the Tim Kerja Desa. */
export const memberSchema = z.strictObject({
  name: nonBlank,
  role: z.enum(MEMBER_ROLES).optional(),
  sex: z.enum(SEXES).optional(),
  birthDate: dateString.optional(),
  domicileVillageCode: villageCode.optional(),
  background: z.array(z.enum(MEMBER_BACKGROUNDS)).optional(),
  p3miAffiliation: z.boolean().optional(),
  unlicensedRecruiter: z.boolean().optional(),
});

/** The Keputusan Kepala Desa forming the Tim Kerja Desa. */
export const teamDecreeSchema = z.strictObject({
  number: z.string().optional(),
  issuedOn: dateString,
});

/** `team`: the Tim Kerja Desa. */
export const teamSchema = z.strictObject({
  decree: teamDecreeSchema,
  members: z.array(memberSchema),
});

/** `monitoringVisits[]`: one monitoring visit by BP3MI (Pasal 11). */
export const monitoringVisitSchema = z.strictObject({
  date: dateString,
  by: z.string().optional(),
});

/** `mentors[]`: one Pendamping DME (Pasal 15). */
export const mentorSchema = z.strictObject({
  name: nonBlank,
  assignedOn: dateString.optional(),
  trainedOn: dateString.optional(),
  villagesAssigned: z.int().min(1).optional(),
});

/** `mentoringVisits[]`: one mentoring visit (Pasal 15 ayat (2), (4)). */
export const mentoringVisitSchema = z.strictObject({
  date: dateString,
});

/** `evaluations[]`: one annual evaluation result (Pasal 12, 13). */
export const evaluationSchema = z.strictObject({
  year,
  result: z.enum(EVALUATION_RESULTS),
  warningIssuedOn: dateString.optional(),
});

/** The permission letter of a Calon PMI (Pasal 9 ayat (1) huruf d). */
export const permissionLetterSchema = z.strictObject({
  from: z.enum(PERMISSION_FROM).optional(),
  acknowledgedByVillageHead: z.boolean().optional(),
});

/** The documents of a Calon PMI (Pasal 9). */
export const candidateDocumentsSchema = z.strictObject({
  maritalStatusLetter: z.boolean().optional(),
  marriageBookCopy: z.boolean().optional(),
  permissionLetter: permissionLetterSchema.nullable().optional(),
  competencyCertificate: z.boolean().optional(),
  healthCertificate: z.boolean().optional(),
  socialSecurityNumber: z.string().optional(),
  passport: z.boolean().optional(),
  workVisa: z.boolean().optional(),
  placementAgreement: z.boolean().optional(),
  employmentContract: z.boolean().optional(),
});

/**
 * A Calon PMI verified by the Tim Kerja Desa (Pasal 9).
 * `nik` is any string: whether it is a well-formed NIK is a finding of Pasal 9, not an input error.
 */
export const candidateSchema = z.strictObject({
  name: nonBlank,
  nik: z.string().optional(),
  sex: z.enum(SEXES).optional(),
  birthDate: dateString.optional(),
  maritalStatus: z.enum(MARITAL_STATUSES).optional(),
  domicileVillageCode: villageCode.optional(),
  verifiedOn: dateString.optional(),
  documents: candidateDocumentsSchema.optional(),
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
      abroad: count.optional(),
      procedural: count.optional(),
      placedLast3Years: count.optional(),
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
      receivedCompleteOn: dateString,
      assessedOn: dateString.optional(),
    })
    .superRefine((value, ctx) => notBefore(value, ctx, 'assessedOn', 'receivedCompleteOn'), whenObject);

  const designation = z
    .strictObject({
      decreeNumber: z.string().optional(),
      designatedOn: dateString,
      extendedUntil: dateString.optional(),
    })
    .superRefine((value, ctx) => notBefore(value, ctx, 'extendedUntil', 'designatedOn'), whenObject);

  const complaint = z
    .strictObject({
      receivedOn: dateString,
      respondedOn: dateString.optional(),
    })
    .superRefine((value, ctx) => notBefore(value, ctx, 'respondedOn', 'receivedOn'), whenObject);

  const report = z
    .strictObject({
      semester: z.string().regex(SEMESTER_PATTERN),
      submittedOn: dateString.optional(),
      forwardedOn: dateString.optional(),
    })
    .superRefine((value, ctx) => notBefore(value, ctx, 'forwardedOn', 'submittedOn'), whenObject);

  // Annual evaluations: one result per year.
  const evaluations = z.array(evaluationSchema).superRefine((items, ctx) => {
    const seen = new Set<number>();
    items.forEach((item, index) => {
      const y = isRecord(item) ? item.year : undefined;
      if (!Number.isInteger(y)) return;
      if (seen.has(y as number)) {
        const params = {
          id: `tahun ${y} tercantum lebih dari sekali; evaluasi tahunan hanya punya satu hasil per tahun`,
          en: `year ${y} is listed more than once; the annual evaluation has one result per year`,
        };
        ctx.addIssue({ code: 'custom', path: [index, 'year'], params, message: params.en, input: y });
      }
      seen.add(y as number);
    });
  }, whenArray);

  const village = z.strictObject({
    code: villageCode,
    name: nonBlank,
    pmi: pmi.optional(),
    villageRegulation: villageRegulationSchema.nullable().optional(),
    informationService: z.boolean().optional(),
    complaintService: z.boolean().optional(),
    legalAidPartners: z.array(nonBlank).optional(),
    dataCollection: dataCollectionSchema.optional(),
    activities: z.array(activitySchema).optional(),
    returneeGroups: z.array(returneeGroupSchema).optional(),
    proposal: proposal.optional(),
    designation: designation.optional(),
    team: teamSchema.nullable().optional(),
    complaints: z.array(complaint).optional(),
    reports: z.array(report).optional(),
    monitoringVisits: z.array(monitoringVisitSchema).optional(),
    mentors: z.array(mentorSchema).optional(),
    mentoringVisits: z.array(mentoringVisitSchema).optional(),
    evaluations: evaluations.optional(),
    candidates: z.array(candidateSchema).optional(),
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
