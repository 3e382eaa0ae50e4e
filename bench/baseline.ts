// The hand-written baseline of the bench: the same village records judged by plain TypeScript predicates,
// with explanations (a bilingual message quoting the numbers compared, per condition), and serialised.
// It encodes the core of the regulation directly — Pasal 3, 4, 6, 7, 9 and the periodic obligations of
// Pasal 10, 11 and 15 as counts in windows — about 50 conditions: the limit of what judging costs when
// nothing is generic (no schema validation, no rule engine, no citations or provenance looked up).

type Rec = Record<string, unknown> & { code: string; name: string };
type Row = Record<string, unknown>;

interface Out {
  citation: string;
  verdict: 'met' | 'not_met' | 'unknown';
  message: { id: string; en: string };
  values: Record<string, unknown>;
}

function minusMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 - months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function age(birth: string, on: string): number {
  return Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);
}

function finding(
  citation: string,
  ok: boolean | undefined,
  id: string,
  en: string,
  values: Record<string, unknown>,
): Out {
  if (ok === undefined)
    return {
      citation,
      verdict: 'unknown',
      message: { id: `${citation}: data tidak tersedia`, en: `${citation}: data missing` },
      values: {},
    };
  return { citation, verdict: ok ? 'met' : 'not_met', message: { id, en }, values };
}

/** Judges one record by hand; returns the verdict document's JSON. */
export function judgeByHand(rec: Rec, asOf: string): string {
  const windowStart = minusMonths(asOf, 12);
  const f: Out[] = [];
  const pmi = (rec.pmi ?? {}) as Row;
  const abroad = pmi.abroad as number | undefined;
  const procedural = pmi.procedural as number | undefined;
  const kind = rec.code[9] === '1' ? 'kelurahan' : rec.code[9] === '3' ? 'desa-adat' : 'desa';
  f.push(
    finding(
      'Pasal 3 ayat (1) huruf a',
      kind !== 'kelurahan',
      `Kode ${rec.code} menunjukkan ${kind}.`,
      `Code ${rec.code} denotes ${kind}.`,
      { code: rec.code, kind },
    ),
  );
  f.push(
    finding(
      'Pasal 3 ayat (1) huruf b',
      abroad === undefined ? undefined : abroad >= 1,
      `${abroad} warga bekerja sebagai PMI; paling sedikit 1.`,
      `${abroad} villagers abroad; at least 1.`,
      { abroad: abroad ?? null, required: 1 },
    ),
  );
  const reg = rec.villageRegulation as Row | null | undefined;
  f.push(
    finding(
      'Pasal 3 ayat (1) huruf c',
      reg === undefined ? undefined : reg !== null && String(reg.promulgatedOn) <= asOf,
      `Peraturan Desa diundangkan ${reg?.promulgatedOn}.`,
      `Village regulation promulgated ${reg?.promulgatedOn}.`,
      { promulgatedOn: reg?.promulgatedOn ?? null, asOf },
    ),
  );
  const placed = pmi.placedLast3Years as number | undefined;
  f.push(
    finding(
      'Pasal 3 ayat (2)',
      placed === undefined ? undefined : placed >= 50,
      `${placed} PMI ditempatkan dalam 3 tahun; paling sedikit 50.`,
      `${placed} PMI placed in 3 years; at least 50.`,
      { placed: placed ?? null, required: 50 },
    ),
  );

  const activities = rec.activities as Row[] | undefined;
  const count = (k: string) =>
    activities === undefined
      ? undefined
      : activities.filter((a) => a.kind === k && String(a.date) > windowStart && String(a.date) <= asOf)
          .length;
  const awareness = count('awareness');
  const entre = count('entrepreneurship');
  const family = count('family-empowerment');
  const data = rec.dataCollection as Row | undefined;
  const updated = data?.lastUpdatedOn as string | undefined;
  const share =
    abroad === undefined || procedural === undefined ? undefined : abroad === 0 ? null : procedural / abroad;
  const groups = rec.returneeGroups as Row[] | undefined;
  const partners = rec.legalAidPartners as string[] | undefined;
  const info = rec.informationService as boolean | undefined;
  const complaint = rec.complaintService as boolean | undefined;
  const indicators = [
    finding(
      'Pasal 4 ayat (1) huruf a',
      info,
      'Layanan informasi tersedia.',
      'Information service available.',
      { informationService: info ?? null },
    ),
    finding(
      'Pasal 4 ayat (1) huruf b',
      awareness === undefined ? undefined : awareness >= 2,
      `${awareness} kegiatan sosialisasi dalam 12 bulan (${windowStart} – ${asOf}); paling sedikit 2.`,
      `${awareness} awareness activities in 12 months (${windowStart} – ${asOf}); at least 2.`,
      { count: awareness ?? null, required: 2, windowFrom: windowStart, windowTo: asOf },
    ),
    finding(
      'Pasal 4 ayat (2) huruf a',
      data?.digital === undefined || updated === undefined
        ? undefined
        : data.digital === true && updated >= minusMonths(asOf, 6),
      `Pendataan digital, diperbarui ${updated}.`,
      `Digital records, updated ${updated}.`,
      { lastUpdatedOn: updated ?? null },
    ),
    finding(
      'Pasal 4 ayat (2) huruf b',
      entre === undefined ? undefined : entre >= 1,
      `${entre} kegiatan kewirausahaan; paling sedikit 1.`,
      `${entre} entrepreneurship activities; at least 1.`,
      { count: entre ?? null, required: 1 },
    ),
    finding(
      'Pasal 4 ayat (4) huruf a',
      groups === undefined ? undefined : groups.filter((g) => g.active === true).length >= 1,
      'Kelompok usaha Purna PMI aktif.',
      'Active returnee groups.',
      { groups: groups?.length ?? null },
    ),
    finding(
      'Pasal 4 ayat (4) huruf b',
      family === undefined ? undefined : family >= 1,
      `${family} kegiatan pemberdayaan; paling sedikit 1.`,
      `${family} empowerment activities; at least 1.`,
      { count: family ?? null, required: 1 },
    ),
  ];
  const aman = [
    finding(
      'Pasal 4 ayat (3) huruf a',
      share === undefined ? undefined : share !== null && share >= 0.8,
      `${procedural} dari ${abroad} PMI prosedural; paling rendah 80%.`,
      `${procedural} of ${abroad} PMI procedural; at least 80%.`,
      { share: share ?? null, required: 0.8 },
    ),
    finding(
      'Pasal 4 ayat (3) huruf b',
      complaint,
      'Layanan pengaduan tersedia.',
      'Complaint service available.',
      { complaintService: complaint ?? null },
    ),
    finding(
      'Pasal 4 ayat (3) huruf c',
      partners === undefined ? undefined : partners.length >= 1,
      `${partners?.length} mitra bantuan hukum.`,
      `${partners?.length} legal aid partners.`,
      { partners: partners?.length ?? null },
    ),
  ];
  f.push(...indicators, ...aman);
  const met = indicators.filter((x) => x.verdict === 'met').length;
  f.push(
    finding(
      'Pasal 4 ayat (5)',
      aman.every((x) => x.verdict === 'met') && met >= 4,
      `${met} dari 6 kriteria; seluruh kriteria Aman.`,
      `${met} of 6 criteria; all Aman criteria.`,
      { met, required: 4 },
    ),
  );

  const team = rec.team as { decree?: Row; members?: Row[] } | null | undefined;
  const members = team?.members ?? [];
  const issued = String(team?.decree?.issuedOn ?? '');
  const termEnd = `${Number(issued.slice(0, 4)) + 3}${issued.slice(4)}`;
  f.push(
    finding(
      'Pasal 6 ayat (2)',
      team === undefined ? undefined : team !== null && issued <= asOf && asOf < termEnd,
      `Masa kerja tim sejak ${issued}.`,
      `Team in office since ${issued}.`,
      { issuedOn: issued },
    ),
  );
  const women = members.filter((m) => m.sex === 'female').length;
  f.push(
    finding(
      'Pasal 7 ayat (1)',
      team === undefined
        ? undefined
        : members.some((m) => m.role === 'ketua') && members.some((m) => m.role === 'sekretaris'),
      'Ketua dan sekretaris ada.',
      'Chair and secretary present.',
      {},
    ),
  );
  f.push(
    finding(
      'Pasal 7 ayat (2)',
      team === undefined ? undefined : members.length >= 5 && members.length <= 15,
      `${members.length} anggota; 5–15.`,
      `${members.length} members; 5–15.`,
      { members: members.length },
    ),
  );
  f.push(
    finding(
      'Pasal 7 ayat (3)',
      team === undefined ? undefined : members.length > 0 && women / members.length >= 0.3,
      `${women} dari ${members.length} anggota perempuan; paling sedikit 30%.`,
      `${women} of ${members.length} members are women; at least 30%.`,
      {
        women,
        members: members.length,
        share: members.length ? Math.round((women / members.length) * 1e4) / 1e4 : null,
      },
    ),
  );
  const bg = (b: string) => members.filter((m) => (m.background as string[] | undefined)?.includes(b)).length;
  f.push(
    finding(
      'Pasal 7 ayat (4)',
      team === undefined ? undefined : bg('purna-pmi') >= 1 && bg('keluarga-pmi') >= 1,
      `${bg('purna-pmi')} Purna PMI, ${bg('keluarga-pmi')} Keluarga PMI.`,
      `${bg('purna-pmi')} returnees, ${bg('keluarga-pmi')} family members.`,
      {},
    ),
  );
  const young = members
    .filter((m) => typeof m.birthDate === 'string' && age(m.birthDate, issued) < 18)
    .map((m) => m.name);
  const away = members.filter((m) => m.domicileVillageCode !== rec.code).map((m) => m.name);
  f.push(
    finding(
      'Pasal 7 ayat (5)',
      team === undefined ? undefined : young.length === 0 && away.length === 0,
      `Di bawah 18 tahun: ${young.join(', ')}; domisili lain: ${away.join(', ')}.`,
      `Under 18: ${young.join(', ')}; elsewhere: ${away.join(', ')}.`,
      { underage: young.length, elsewhere: away.length },
    ),
  );
  const barred = members
    .filter((m) => m.p3miAffiliation === true || m.unlicensedRecruiter === true)
    .map((m) => m.name);
  f.push(
    finding(
      'Pasal 7 ayat (6)',
      team === undefined ? undefined : barred.length === 0,
      `Rangkap P3MI atau perekrut tanpa izin: ${barred.join(', ')}.`,
      `P3MI or unlicensed recruiters: ${barred.join(', ')}.`,
      { barred: barred.length },
    ),
  );

  const obligations: Row[] = [];
  const designation = rec.designation as Row | undefined;
  if (designation) {
    const from = String(designation.designatedOn);
    for (let y = Number(from.slice(0, 4)); y <= Number(asOf.slice(0, 4)); y++) {
      for (const s of [1, 2]) {
        const end = `${y}-${s === 1 ? '06-30' : '12-31'}`;
        const due = s === 1 ? `${y}-07-10` : `${y + 1}-01-10`;
        if (end < from || end < '2026-01-02') continue;
        const report = (rec.reports as Row[] | undefined)?.find((r) => r.semester === `${y}-${s}`);
        const on = report?.submittedOn as string | undefined;
        obligations.push({
          citation: 'Pasal 10 ayat (1)',
          period: `${y}-${s}`,
          due,
          status: on ? (on <= due ? 'met' : 'late') : due < asOf ? 'overdue' : 'pending',
          fulfilledOn: on ?? null,
        });
        const start = `${y}-${s === 1 ? '01-01' : '07-01'}`;
        const visit = (rec.monitoringVisits as Row[] | undefined)?.find(
          (v) => String(v.date) >= start && String(v.date) <= end,
        );
        obligations.push({
          citation: 'Pasal 11',
          period: `${y}-${s}`,
          due: end,
          status: visit ? 'met' : end < asOf ? 'overdue' : 'pending',
          fulfilledOn: visit?.date ?? null,
        });
      }
      for (let q = 0; q < 4; q++) {
        const start = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
        const end = minusMonths(
          `${y + (q === 3 ? 1 : 0)}-${String((((q + 1) * 3) % 12) + 1).padStart(2, '0')}-01`,
          0,
        );
        if (start < from || start > asOf) continue;
        const visit = (rec.mentoringVisits as Row[] | undefined)?.find(
          (v) => String(v.date) >= start && String(v.date) < end,
        );
        obligations.push({
          citation: 'Pasal 15 ayat (2)',
          period: `${y}-Q${q + 1}`,
          due: end,
          status: visit ? 'met' : end <= asOf ? 'overdue' : 'pending',
          fulfilledOn: visit?.date ?? null,
          message: {
            id: `Kunjungan pendampingan triwulan ${q + 1} ${y}.`,
            en: `Mentoring visit in Q${q + 1} ${y}.`,
          },
        });
      }
    }
  }

  const candidates = ((rec.candidates as Row[] | undefined) ?? []).map((c) => {
    const docs = (c.documents ?? {}) as Row;
    const nik = typeof c.nik === 'string' ? c.nik : '';
    const cf = [
      finding(
        'Pasal 9 ayat (1) huruf a',
        typeof c.birthDate === 'string' && typeof c.verifiedOn === 'string'
          ? age(c.birthDate, c.verifiedOn) >= 18
          : undefined,
        `Berusia ${typeof c.birthDate === 'string' && typeof c.verifiedOn === 'string' ? age(c.birthDate, c.verifiedOn) : '?'} tahun.`,
        'Age checked.',
        {},
      ),
      finding(
        'Pasal 9 ayat (1) huruf b',
        nik ? /^\d{16}$/.test(nik) && c.domicileVillageCode === rec.code : undefined,
        'NIK dan domisili.',
        'NIK and domicile.',
        { nik: nik ? `${nik.slice(0, 4)}**********${nik.slice(-2)}` : null },
      ),
      finding(
        'Pasal 9 ayat (1) huruf c',
        docs.maritalStatusLetter === undefined
          ? undefined
          : docs.maritalStatusLetter === true &&
              (c.maritalStatus !== 'married' || docs.marriageBookCopy === true),
        'Surat status perkawinan.',
        'Marital status letter.',
        {},
      ),
      finding(
        'Pasal 9 ayat (1) huruf d',
        docs.permissionLetter === undefined
          ? undefined
          : docs.permissionLetter !== null &&
              (docs.permissionLetter as Row).acknowledgedByVillageHead === true,
        'Surat izin.',
        'Permission letter.',
        {},
      ),
    ];
    const outstanding = [
      'competencyCertificate',
      'healthCertificate',
      'passport',
      'workVisa',
      'placementAgreement',
      'employmentContract',
    ].filter((k) => docs[k] !== true);
    return {
      name: c.name,
      nik: nik ? `${nik.slice(0, 4)}**********${nik.slice(-2)}` : null,
      verdict: cf.some((x) => x.verdict === 'not_met')
        ? 'not_met'
        : cf.some((x) => x.verdict === 'unknown')
          ? 'unknown'
          : 'met',
      findings: cf,
      outstanding,
    };
  });

  const eligibility = f.filter(
    (x) => x.citation.startsWith('Pasal 3 ayat (1)') || x.citation === 'Pasal 4 ayat (5)',
  );
  return JSON.stringify({
    asOf,
    village: { code: rec.code, name: rec.name, kind },
    status: {
      eligibility: eligibility.some((x) => x.verdict === 'not_met')
        ? 'not_met'
        : eligibility.some((x) => x.verdict === 'unknown')
          ? 'unknown'
          : 'met',
    },
    findings: f,
    obligations,
    candidates,
  });
}
