import fc from 'fast-check';

// Inputs near the contracts of village-data.md, valid and mutated: the records, amendments, calendars, CSV
// tables and dates the property suite (test/properties.test.ts) and `npm run fuzz` feed every command and API.

/** A 16-digit NIK (personal data that no output may print whole). */
export const nik = fc.stringMatching(/^[1-9]\d{15}$/);

/** A real day of the years the rules are exercised in. */
const day = fc
  .date({ min: new Date('2018-01-01'), max: new Date('2031-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A date as records write it: a real day (most of the time), near or past the supported years' edges, or not a date. */
export const date = fc.oneof(
  { weight: 40, arbitrary: day },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '1899-12-31',
      '1900-01-01',
      '2199-12-31',
      '2200-01-01',
      '9999-12-31',
      '2026-02-29',
      '2024-02-29',
      '2026-13-01',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Free text (never blank), sometimes carrying an NIK or markup. */
export const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '') },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 6 }), nik, fc.string({ maxLength: 6 }))
      .map(([a, n, b]) => `${a}${n}${b}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '| a | b |',
      '**bold** _x_',
      '[x](javascript:alert(1))',
      '\u202e x',
    ),
  },
);

const code = fc.constantFrom('52.03.13.2001', '52.03.13.2002', '34.04.07.2001');
const count = fc.nat({ max: 500 });

/** A day `days` after `from` (a later date of a pair that must be in order). */
const after = (from: string, days: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const ordered = fc.tuple(day, fc.nat({ max: 400 })).map(([a, d]) => [a, after(a, d)] as const);

const activity = fc.record(
  {
    date: day,
    kind: fc.constantFrom('awareness', 'entrepreneurship', 'family-empowerment', 'capacity-building'),
    title: text,
  },
  { requiredKeys: ['date', 'kind'] },
);

const member = fc.record(
  {
    name: text,
    role: fc.constantFrom('ketua', 'sekretaris', 'anggota'),
    sex: fc.constantFrom('female', 'male'),
    birthDate: fc
      .date({ min: new Date('1950-01-01'), max: new Date('2012-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    domicileVillageCode: code,
    background: fc.subarray([
      'kepala-desa',
      'perangkat-desa',
      'bpd',
      'purna-pmi',
      'keluarga-pmi',
      'tokoh-masyarakat',
      'pkk',
      'lainnya',
    ]),
    p3miAffiliation: fc.boolean(),
    unlicensedRecruiter: fc.boolean(),
  },
  { requiredKeys: ['name', 'role', 'sex'] },
);

const candidate = fc.record(
  {
    name: text,
    nik: fc.oneof({ weight: 4, arbitrary: nik }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }),
    sex: fc.constantFrom('female', 'male'),
    birthDate: fc
      .date({ min: new Date('1980-01-01'), max: new Date('2012-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    maritalStatus: fc.constantFrom('married', 'unmarried', 'divorced', 'widowed'),
    domicileVillageCode: code,
    verifiedOn: day,
    documents: fc.record(
      {
        maritalStatusLetter: fc.boolean(),
        marriageBookCopy: fc.boolean(),
        permissionLetter: fc.option(
          fc.record({
            from: fc.constantFrom('spouse', 'parent', 'guardian'),
            acknowledgedByVillageHead: fc.boolean(),
          }),
        ),
        competencyCertificate: fc.boolean(),
        healthCertificate: fc.boolean(),
        socialSecurityNumber: fc.oneof(nik, text),
        passport: fc.boolean(),
        workVisa: fc.boolean(),
        placementAgreement: fc.boolean(),
        employmentContract: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['name'] },
);

/** A valid village record as village-data.md describes it, any optional field left out; mutations make it invalid. */
export const villageRecord = fc.record(
  {
    code,
    name: text,
    pmi: fc.tuple(count, count, count).map(([abroad, share, placed]) => ({
      abroad,
      procedural: Math.min(abroad, share),
      placedLast3Years: placed,
    })),
    villageRegulation: fc.option(
      fc.record({ number: text, year: fc.integer({ min: 2000, max: 2030 }), promulgatedOn: day }),
    ),
    informationService: fc.boolean(),
    complaintService: fc.boolean(),
    legalAidPartners: fc.array(text, { maxLength: 3 }),
    dataCollection: fc.record({ digital: fc.boolean(), lastUpdatedOn: day }, { requiredKeys: [] }),
    activities: fc.array(activity, { maxLength: 6 }),
    returneeGroups: fc.array(fc.record({ name: text, active: fc.boolean() }), { maxLength: 2 }),
    proposal: ordered.map(([receivedCompleteOn, assessedOn]) => ({ receivedCompleteOn, assessedOn })),
    designation: fc
      .tuple(ordered, text, fc.boolean())
      .map(([[designatedOn, extendedUntil], decreeNumber, extended]) => ({
        decreeNumber,
        designatedOn,
        ...(extended ? { extendedUntil } : {}),
      })),
    team: fc.option(
      fc.record({
        decree: fc.record({ number: text, issuedOn: day }, { requiredKeys: ['issuedOn'] }),
        members: fc.array(member, { maxLength: 11 }),
      }),
    ),
    complaints: fc.array(
      ordered.map(([receivedOn, respondedOn]) => ({ receivedOn, respondedOn })),
      { maxLength: 3 },
    ),
    reports: fc.array(
      fc
        .tuple(fc.constantFrom('2026-1', '2026-2', '2027-1', '2025-2'), ordered)
        .map(([semester, [submittedOn, forwardedOn]]) => ({ semester, submittedOn, forwardedOn })),
      { maxLength: 3 },
    ),
    monitoringVisits: fc.array(fc.record({ date: day, by: text }, { requiredKeys: ['date'] }), {
      maxLength: 3,
    }),
    mentors: fc.array(
      fc.record(
        { name: text, assignedOn: day, trainedOn: day, villagesAssigned: fc.integer({ min: 1, max: 9 }) },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 2 },
    ),
    mentoringVisits: fc.array(fc.record({ date: day }), { maxLength: 6 }),
    evaluations: fc.array(
      fc.record(
        {
          year: fc.integer({ min: 2024, max: 2031 }),
          result: fc.constantFrom('mandiri', 'berkembang', 'perlu-pembinaan'),
          warningIssuedOn: day,
        },
        { requiredKeys: ['year', 'result'] },
      ),
      { maxLength: 3 },
    ),
    candidates: fc.array(candidate, { maxLength: 3 }),
  },
  { requiredKeys: ['code', 'name'] },
);

/** A value changed at one place: a field removed, replaced by an arbitrary JSON value, or a key added. */
function mutateAt(value: unknown, path: readonly number[], replacement: unknown, how: number): unknown {
  if (typeof value !== 'object' || value === null) return replacement;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0 || path.length === 0) {
    if (Array.isArray(value)) return how % 2 === 0 ? [...value, replacement] : replacement;
    return how % 2 === 0 ? { ...(value as object), [`x${how}`]: replacement } : replacement;
  }
  const [head = 0, ...rest] = path;
  const [key] = entries[head % entries.length] as [string, unknown];
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : { ...(value as object) };
  if (rest.length === 0 && how % 3 === 0) {
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else delete copy[key];
    return copy;
  }
  (copy as Record<string, unknown>)[key] = mutateAt(
    (value as Record<string, unknown>)[key],
    rest,
    replacement,
    how,
  );
  return copy;
}

/** A village record with one mutation: what a careless export or an attacker sends. */
export const mutatedRecord = fc
  .tuple(villageRecord, fc.array(fc.nat(), { maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }), fc.nat())
  .map(([r, path, replacement, how]) => mutateAt(r, path, replacement, how));

/** Any record-like input: valid-shaped, mutated, or any JSON value at all. */
export const anyRecord = fc.oneof(
  { weight: 4, arbitrary: villageRecord as fc.Arbitrary<unknown> },
  { weight: 3, arbitrary: mutatedRecord },
  { weight: 1, arbitrary: fc.jsonValue() },
);

/** An `--as-of` value: a date, a near-date or anything. */
export const asOf = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .date({ min: new Date('2025-06-01'), max: new Date('2031-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: date },
);

const citation = fc.constantFrom(
  'Pasal 4 ayat (1) huruf b',
  'Pasal 7 ayat (3)',
  'Pasal 4 ayat (3) huruf a',
  'Pasal 99',
  'Pasal 7 ayat (3) huruf z',
  '',
);
const parameter = fc.constantFrom(
  'minAwarenessActivities12m',
  'minWomenShare',
  'minProceduralShare',
  'validityYears',
  'teamTermYears',
  'nope',
  'x'.repeat(300),
);

/** An amendment file's content: the documented shape with arbitrary values, or anything. */
export const amendment = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        title: text,
        description: text,
        effectiveDate: date,
        changes: fc.array(
          fc.oneof(
            fc.record(
              {
                parameter,
                value: fc.oneof(fc.double(), fc.integer({ min: -5, max: 100 }), fc.constant(0.7), text),
                effectiveDate: date,
                reference: text,
              },
              { requiredKeys: ['parameter'] },
            ),
            fc.record(
              { provision: citation, text, when: fc.jsonValue({ maxDepth: 4 }) },
              { requiredKeys: ['provision'] },
            ),
            fc.record(
              { exception: citation, displaces: citation, from: date, to: date, text },
              { requiredKeys: ['exception'] },
            ),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          { maxLength: 4 },
        ),
      },
      { requiredKeys: ['title', 'changes'] },
    ) as fc.Arbitrary<unknown>,
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

/** A calendar file's content (`{ years: [ { year, sources, days } ] }`), valid-shaped or anything. */
export const calendar = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      years: fc.array(
        fc.record(
          {
            year: fc.oneof(fc.integer({ min: 2024, max: 2032 }), fc.integer()),
            sources: fc.array(text, { maxLength: 2 }),
            days: fc.array(
              fc.record(
                {
                  date,
                  kind: fc.constantFrom('libur-nasional', 'cuti-bersama', 'x'),
                  name: fc.record({ id: text, en: text }),
                },
                { requiredKeys: ['date', 'kind'] },
              ),
              { maxLength: 5 },
            ),
          },
          { requiredKeys: ['year'] },
        ),
        { maxLength: 3 },
      ),
    }) as fc.Arbitrary<unknown>,
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

/** A CSV cell: text, an NIK, quotes, separators and line breaks. */
const csvCell = fc.oneof(
  text,
  nik,
  fc.constantFrom('"', '""', 'a,b', 'x\ny', 'ya', 'tidak', '2026-01-05', '52.03.13.2001', '12', ''),
);

/** A CSV table: a header row of known and unknown columns, then rows that may be longer or shorter. */
export const csvTable = fc
  .tuple(
    fc.subarray([
      'code',
      'name',
      'pmi.abroad',
      'pmi.procedural',
      'informationService',
      'villageCode',
      'date',
      'kind',
      'nik',
      'nama',
      'x',
    ]),
    fc.array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 5 }),
    fc.boolean(),
  )
  .map(([header, rows, raw]) => {
    const quote = (c: string) => (raw ? c : `"${c.replace(/"/g, '""')}"`);
    return [header.map(quote).join(','), ...rows.map((r) => r.map(quote).join(','))].join('\n');
  });
