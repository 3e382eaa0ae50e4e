// Seeded generator of realistic village records, shared by the bench (one record per real village code)
// and the differential test (thousands of records, with missing fields and edge values).

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same records on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How records are generated. */
export interface GenerateOptions {
  /** The Tanggal Penilaian the dates are spread around. */
  asOf: string;
  /** Chance that any optional field is left out (then findings that need it are unknown). Default 0. */
  missingRate?: number;
  /** Chance that a value is taken at a boundary (exactly on a threshold, a window edge, the assessment date). Default 0.1. */
  edgeRate?: number;
  /** Chance that a village is designated a Desa Migran EMAS (obligations, evaluations). Default 0.5. */
  designatedRate?: number;
}

const DAY = 86_400_000;

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function ms(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** `date` minus whole months, clamped to the month's end (as date-fns does). */
function minusMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 - months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const FIRST = [
  'Siti',
  'Aminah',
  'Made',
  'Wayan',
  'Nur',
  'Ahmad',
  'Dewi',
  'Putu',
  'Rina',
  'Budi',
  'Lalu',
  'Baiq',
  'Sri',
];
const LAST = [
  'Rahayu',
  'Hidayat',
  'Sudarsana',
  'Lestari',
  'Saputra',
  'Wahyuni',
  'Hasanah',
  'Pratama',
  'Kusuma',
];
const BACKGROUNDS = [
  'kepala-desa',
  'perangkat-desa',
  'bpd',
  'purna-pmi',
  'keluarga-pmi',
  'tokoh-masyarakat',
  'pkk',
  'lainnya',
];
const KINDS = ['awareness', 'entrepreneurship', 'family-empowerment', 'capacity-building'] as const;
const RESULTS = ['mandiri', 'berkembang', 'perlu-pembinaan'] as const;
const MARITAL = ['married', 'unmarried', 'divorced', 'widowed'] as const;

/** A generator of village records for one seed. */
export function recordGenerator(
  seed: number,
  options: GenerateOptions,
): (code: string, name?: string) => Record<string, unknown> {
  const r = rng(seed);
  const missing = options.missingRate ?? 0;
  const edge = options.edgeRate ?? 0.1;
  const designatedRate = options.designatedRate ?? 0.5;
  const asOf = options.asOf;
  const asOfMs = ms(asOf);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const chance = (p: number) => r() < p;
  /** A date `lo`–`hi` days before asOf (negative: after). */
  const daysBefore = (lo: number, hi: number) => dateOf(asOfMs - int(lo, hi) * DAY);
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  /** Sets `key` unless the field is left out. */
  const put = (o: Record<string, unknown>, key: string, value: unknown) => {
    if (!chance(missing)) o[key] = value;
  };

  return (code, villageName) => {
    const rec: Record<string, unknown> = { code, name: villageName ?? `Desa ${code.slice(-4)}` };
    const abroad = chance(edge) ? pick([0, 1, 10]) : int(0, 400);
    const procedural = chance(edge) ? Math.round(abroad * pick([0.8, 0.79, 0.7, 1])) : int(0, abroad);
    const pmi: Record<string, unknown> = {};
    put(pmi, 'abroad', abroad);
    put(pmi, 'procedural', Math.min(procedural, abroad));
    put(pmi, 'placedLast3Years', chance(edge) ? pick([49, 50, 51]) : int(0, 150));
    put(rec, 'pmi', pmi);
    put(
      rec,
      'villageRegulation',
      chance(0.15)
        ? null
        : {
            number: String(int(1, 20)),
            year: 2025,
            promulgatedOn: chance(edge) ? asOf : daysBefore(-30, 900),
          },
    );
    put(rec, 'informationService', chance(0.8));
    put(rec, 'complaintService', chance(0.8));
    put(rec, 'legalAidPartners', chance(0.2) ? [] : ['LBH Mataram', 'Migrant Care'].slice(0, int(1, 2)));
    put(rec, 'dataCollection', {
      digital: chance(0.75),
      lastUpdatedOn: chance(edge) ? minusMonths(asOf, pick([6, 7])) : daysBefore(0, 300),
    });
    const activities: Record<string, unknown>[] = [];
    for (let i = int(0, 8); i > 0; i--) {
      const date = chance(edge)
        ? pick([minusMonths(asOf, 12), asOf, dateOf(ms(minusMonths(asOf, 12)) + DAY)])
        : daysBefore(-20, 500);
      activities.push(
        chance(0.3)
          ? { date, kind: pick(KINDS), title: 'Sosialisasi migrasi aman' }
          : { date, kind: pick(KINDS) },
      );
    }
    put(rec, 'activities', activities);
    const groups: Record<string, unknown>[] = [];
    for (let i = int(0, 3); i > 0; i--)
      groups.push(
        chance(missing) ? { name: 'Kelompok Usaha' } : { name: `Kelompok ${name()}`, active: chance(0.7) },
      );
    put(rec, 'returneeGroups', groups);

    const designated = chance(designatedRate);
    const designatedOn = daysBefore(30, 1400);
    if (designated || chance(0.2)) {
      const received = dateOf(ms(designatedOn) - int(20, 90) * DAY);
      rec.proposal = chance(0.6)
        ? { receivedCompleteOn: received, assessedOn: dateOf(ms(received) + int(5, 60) * DAY) }
        : { receivedCompleteOn: received };
    }
    if (designated) {
      rec.designation = chance(0.3)
        ? {
            decreeNumber: `${int(1, 400)}/KEP/2025`,
            designatedOn,
            extendedUntil: dateOf(ms(designatedOn) + int(900, 2000) * DAY),
          }
        : { decreeNumber: `${int(1, 400)}/KEP/2025`, designatedOn };
    }

    if (chance(0.1)) put(rec, 'team', null);
    else {
      const issuedOn = chance(edge) ? asOf : daysBefore(0, 1300);
      const members: Record<string, unknown>[] = [];
      const size = chance(edge) ? pick([4, 5, 15, 16, 10]) : int(3, 16);
      for (let i = 0; i < size; i++) {
        const m: Record<string, unknown> = { name: name() };
        put(m, 'role', i === 0 ? 'ketua' : i === 1 ? 'sekretaris' : 'anggota');
        put(m, 'sex', chance(0.35) ? 'female' : 'male');
        put(
          m,
          'birthDate',
          chance(edge) ? dateOf(ms(issuedOn) - int(6570, 6575) * DAY) : daysBefore(7000, 25000),
        );
        put(m, 'domicileVillageCode', chance(0.95) ? code : '52.03.13.2001');
        put(m, 'background', i === 0 ? ['kepala-desa'] : i === 1 ? ['perangkat-desa'] : [pick(BACKGROUNDS)]);
        put(m, 'p3miAffiliation', chance(0.03));
        put(m, 'unlicensedRecruiter', chance(0.02));
        members.push(m);
      }
      put(rec, 'team', {
        decree: chance(0.7) ? { number: `141/${int(1, 99)}/2026`, issuedOn } : { issuedOn },
        members,
      });
    }

    const complaints: Record<string, unknown>[] = [];
    for (let i = int(0, 4); i > 0; i--) {
      const receivedOn = daysBefore(0, 400);
      complaints.push(
        chance(0.8)
          ? { receivedOn, respondedOn: dateOf(Math.min(asOfMs, ms(receivedOn) + int(0, 20) * DAY)) }
          : { receivedOn },
      );
    }
    put(rec, 'complaints', complaints);

    const reports: Record<string, unknown>[] = [];
    const visits: Record<string, unknown>[] = [];
    const mentors: Record<string, unknown>[] = [];
    const mentoring: Record<string, unknown>[] = [];
    const evaluations: Record<string, unknown>[] = [];
    if (designated) {
      const year = Number(designatedOn.slice(0, 4));
      for (let y = year; y <= Number(asOf.slice(0, 4)); y++) {
        for (const s of [1, 2]) {
          const due = `${s === 1 ? y : y + 1}-${s === 1 ? '07' : '01'}-10`;
          if (due > asOf && chance(0.7)) continue;
          if (chance(0.1)) continue;
          const submitted = dateOf(ms(due) + int(-20, 10) * DAY);
          reports.push(
            chance(0.7)
              ? {
                  semester: `${y}-${s}`,
                  submittedOn: submitted,
                  forwardedOn: dateOf(ms(submitted) + int(0, 20) * DAY),
                }
              : { semester: `${y}-${s}`, submittedOn: submitted },
          );
        }
        for (let q = 0; q < 4; q++) {
          const d = dateOf(Date.UTC(y, q * 3, 1) + int(0, 88) * DAY);
          if (d <= asOf && chance(0.8)) mentoring.push({ date: d });
          if (q % 2 === 0 && d <= asOf && chance(0.7))
            visits.push(chance(0.5) ? { date: d, by: 'BP3MI NTB' } : { date: d });
        }
        if (y < Number(asOf.slice(0, 4)) && y > year && chance(0.8)) {
          const result = pick(RESULTS);
          evaluations.push(
            result === 'perlu-pembinaan' && chance(0.6)
              ? { year: y, result, warningIssuedOn: `${y + 1}-01-${String(int(10, 28))}` }
              : { year: y, result },
          );
        }
      }
      for (let i = int(1, 2); i > 0; i--) {
        const assignedOn = dateOf(ms(designatedOn) + int(0, 40) * DAY);
        mentors.push(
          chance(0.8)
            ? {
                name: name(),
                assignedOn,
                trainedOn: dateOf(ms(assignedOn) - int(-10, 60) * DAY),
                villagesAssigned: int(1, 7),
              }
            : { name: name(), assignedOn, villagesAssigned: int(1, 7) },
        );
      }
    }
    put(rec, 'reports', reports);
    put(rec, 'monitoringVisits', visits);
    put(rec, 'mentors', mentors);
    put(rec, 'mentoringVisits', mentoring);
    put(rec, 'evaluations', evaluations);

    const candidates: Record<string, unknown>[] = [];
    for (let i = chance(0.5) ? int(1, 4) : 0; i > 0; i--) {
      const sex = chance(0.6) ? 'female' : 'male';
      const birth = chance(edge) ? dateOf(asOfMs - int(6570, 6576) * DAY) : daysBefore(6000, 16000);
      const dd = Number(birth.slice(8, 10)) + (sex === 'female' ? 40 : 0);
      const nik = `${code.replaceAll('.', '').slice(0, 6)}${String(dd).padStart(2, '0')}${birth.slice(5, 7)}${birth.slice(2, 4)}${String(int(1, 9999)).padStart(4, '0')}`;
      const marital = pick(MARITAL);
      const c: Record<string, unknown> = { name: name() };
      put(c, 'nik', chance(edge) ? nik.slice(0, 15) : nik);
      put(c, 'sex', sex);
      put(c, 'birthDate', birth);
      put(c, 'maritalStatus', marital);
      put(c, 'domicileVillageCode', chance(0.9) ? code : '52.03.13.2001');
      put(c, 'verifiedOn', daysBefore(0, 200));
      const docs: Record<string, unknown> = {};
      put(docs, 'maritalStatusLetter', chance(0.85));
      put(docs, 'marriageBookCopy', marital === 'married' ? chance(0.8) : false);
      put(
        docs,
        'permissionLetter',
        chance(0.1)
          ? null
          : {
              from:
                marital === 'married'
                  ? pick(['spouse', 'parent'] as const)
                  : pick(['parent', 'guardian'] as const),
              acknowledgedByVillageHead: chance(0.85),
            },
      );
      for (const k of [
        'competencyCertificate',
        'healthCertificate',
        'passport',
        'workVisa',
        'placementAgreement',
        'employmentContract',
      ])
        put(docs, k, chance(0.5));
      if (chance(0.4)) docs.socialSecurityNumber = String(int(10_000_000, 99_999_999));
      put(c, 'documents', docs);
      candidates.push(c);
    }
    put(rec, 'candidates', candidates);
    return rec;
  };
}
