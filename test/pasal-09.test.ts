import { describe, expect, it } from 'vitest';
import { applyAmendment } from '../src/amendment/index.js';
import {
  type CandidateVerdict,
  evaluate,
  type Finding,
  InputError,
  shippedRegulation,
  verifyCandidate,
} from '../src/index.js';
import { candidate, nik } from './support/candidate.js';

const CODE = '52.03.13.2001';

const verify = (c: unknown, asOf = '2026-06-30') => verifyCandidate(c, { asOf, villageCode: CODE });

function huruf(v: CandidateVerdict, h: 'a' | 'b' | 'c' | 'd'): Finding {
  const f = v.findings.find((x) => x.citation === `Pasal 9 ayat (1) huruf ${h}`);
  if (!f) throw new Error(`no huruf ${h}`);
  return f;
}

const verdicts = (v: CandidateVerdict) =>
  v.findings.map((f) => `${f.citation.slice(-1)}:${f.verdict}`).join(' ');

describe('verifyCandidate', () => {
  it('meets every huruf of ayat (1) and lists the outstanding later-stage documents of ayat (2)', async () => {
    const v = await verify(candidate());
    expect(v.verdict).toBe('met');
    expect(verdicts(v)).toBe('a:met b:met c:met d:met');
    expect(v.outstanding).toEqual(['passport', 'workVisa']);
    expect(v.nik).toBe('5203**********01');
    expect(v.findings.every((f) => f.provenance === 'UU18')).toBe(true);
  });

  it('gives the same verdict as the candidates section of the verdict document', async () => {
    const c = candidate({}, { permissionLetter: { from: 'spouse', acknowledgedByVillageHead: false } });
    const alone = await verify(c);
    const doc = await evaluate({ code: CODE, name: 'Anjani', candidates: [c] }, { asOf: '2026-06-30' });
    expect(doc.candidates).toEqual([alone]);
    expect(doc.articles.find((a) => a.article === 9)?.verdict).toBe('not_met');
  });

  it('refuses an invalid candidate with every problem by path', async () => {
    const bad = { ...candidate(), birthDate: '2026-02-30', sex: 'x', documents: { passport: 'yes' } };
    const err = await verify(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues.map((i) => i.path).sort()).toEqual([
      'birthDate',
      'documents.passport',
      'sex',
    ]);
  });

  it('refuses a malformed villageCode and asOf by name', async () => {
    const err = await verifyCandidate(candidate(), { asOf: '2026-13-01', villageCode: '5203132001' }).catch(
      (e: unknown) => e,
    );
    expect((err as InputError).issues.map((i) => i.path)).toEqual(['asOf', 'villageCode']);
  });

  it('judges nothing before the regulation is in force', async () => {
    const v = await verify(candidate(), '2025-12-31');
    expect(v.verdict).toBe('not_applicable');
    expect(v.findings[0]?.message.id).toContain('belum berlaku');
  });

  it('leaves the domicile part of huruf b unknown without a villageCode, but still fails a malformed NIK', async () => {
    const ok = await verifyCandidate(candidate(), { asOf: '2026-06-30' });
    expect(huruf(ok, 'b').verdict).toBe('unknown');
    expect(huruf(ok, 'b').missing).toEqual(['villageCode']);
    const bad = await verifyCandidate(candidate({ nik: '520313690899001' }), { asOf: '2026-06-30' });
    expect(huruf(bad, 'b').verdict).toBe('not_met');
  });
});

describe('Pasal 9 ayat (1) huruf a: at least 18 on the verification date', () => {
  it('is not met by a 17-year-old, quoting age, birth date and verification date', async () => {
    const v = await verify(
      candidate({
        name: 'Ahmad',
        sex: 'male',
        birthDate: '2008-06-02',
        nik: nik('520313', '2008-06-02', 'male'),
      }),
    );
    const f = huruf(v, 'a');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toBe(
      'Berusia 17 tahun pada tanggal verifikasi 01-06-2026 (lahir 02-06-2008); paling rendah 18 tahun disyaratkan.',
    );
    expect(v.verdict).toBe('not_met');
  });

  it('is met on the 18th birthday', async () => {
    const v = await verify(
      candidate({ sex: 'male', birthDate: '2008-06-01', nik: nik('520313', '2008-06-01', 'male') }),
    );
    expect(huruf(v, 'a').verdict).toBe('met');
  });

  it('counts a 29 February birthday on 1 March in a common year', async () => {
    const born = { sex: 'male' as const, birthDate: '2008-02-29', nik: nik('520313', '2008-02-29', 'male') };
    expect(huruf(await verify(candidate({ ...born, verifiedOn: '2026-02-28' })), 'a').verdict).toBe(
      'not_met',
    );
    expect(huruf(await verify(candidate({ ...born, verifiedOn: '2026-03-01' })), 'a').verdict).toBe('met');
  });

  it('judges a verification dated after the Tanggal Penilaian on its own date, and says so', async () => {
    const f = huruf(await verify(candidate({ verifiedOn: '2026-07-15' })), 'a');
    expect(f.verdict).toBe('met');
    expect(f.values.verifiedAfterAsOf).toBe(true);
    expect(f.message.en).toContain('The verification date is after the assessment date 30-06-2026');
  });

  it('is unknown without a birth date, naming it (in a record: under candidates[i])', async () => {
    const c = candidate();
    delete c.birthDate;
    const v = await verify(c);
    expect(huruf(v, 'a').verdict).toBe('unknown');
    expect(huruf(v, 'a').missing).toEqual(['birthDate']);
    expect(v.verdict).toBe('unknown');
    const doc = await evaluate(
      { code: CODE, name: 'Anjani', candidates: [candidate(), c] },
      { asOf: '2026-06-30' },
    );
    expect(doc.candidates[1]?.findings[0]?.missing).toEqual(['candidates[1].birthDate']);
  });

  it('uses the statutory minimum age, a UU18 parameter that may not go below 18', () => {
    const p = shippedRegulation.parameters.get('minCandidateAge');
    expect(p?.provenance).toBe('UU18');
    expect(p?.statutory).toEqual({ min: 18, reference: 'UU 18/2017 Pasal 5 huruf a' });
  });

  it('refuses an amendment that lowers the minimum age to 17, citing the statute', () => {
    const lower = {
      title: 'Usia Calon PMI 17 tahun',
      changes: [{ parameter: 'minCandidateAge', value: 17, reference: 'percobaan' }],
    };
    const err = (() => {
      try {
        applyAmendment(lower);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues[0]?.message).toContain(
      'below the minimum of 18 fixed by UU 18/2017 Pasal 5 huruf a',
    );
  });

  it('applies an amendment that raises the minimum age to 21', async () => {
    const regulation = applyAmendment({
      title: 'Usia Calon PMI 21 tahun',
      changes: [{ parameter: 'minCandidateAge', value: 21, reference: 'percobaan' }],
    });
    const v = await verifyCandidate(
      candidate({ birthDate: '2006-01-01', nik: nik('520313', '2006-01-01', 'female') }),
      {
        asOf: '2026-06-30',
        villageCode: CODE,
        regulation,
      },
    );
    expect(huruf(v, 'a').verdict).toBe('not_met');
    expect(huruf(v, 'a').message.id).toContain('paling rendah 21 tahun disyaratkan');
  });
});

describe('Pasal 9 ayat (1) huruf b: village resident with a valid NIK', () => {
  it('is met by an NIK first registered in another district whose birth date matches', async () => {
    const v = await verify(
      candidate({
        name: 'Sahnan',
        sex: 'male',
        birthDate: '1998-03-12',
        nik: nik('351507', '1998-03-12', 'male'),
      }),
    );
    expect(huruf(v, 'b').verdict).toBe('met');
    expect(huruf(v, 'b').message.id).toContain('Enam digit pertama NIK tidak harus sama dengan domisili');
  });

  it('is met by a woman’s NIK with 40 added to the day of birth', async () => {
    expect(huruf(await verify(candidate()), 'b').verdict).toBe('met');
  });

  it('is not met by a woman’s NIK without 40 added to the day of birth', async () => {
    const f = huruf(await verify(candidate({ nik: nik('520313', '1999-08-29', 'male') })), 'b');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('menunjukkan jenis kelamin laki-laki');
  });

  it('is not met by an NIK of 15 digits', async () => {
    const f = huruf(
      await verify(candidate({ nik: nik('520313', '1999-08-29', 'female').slice(0, 15) })),
      'b',
    );
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('terdiri atas 15 digit; NIK yang sah terdiri atas 16 digit angka');
  });

  it('is not met by an NIK with letters in it', async () => {
    const f = huruf(await verify(candidate({ nik: '52031369O8990001' })), 'b');
    expect(f.verdict).toBe('not_met');
    expect(f.message.en).toContain('not all of them digits');
  });

  it('is not met by an NIK whose embedded birth year differs, saying which part differs', async () => {
    const f = huruf(await verify(candidate({ nik: nik('520313', '2000-08-29', 'female') })), 'b');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('(berbeda: tahun)');
  });

  it('is not met by a candidate living in another village', async () => {
    const f = huruf(await verify(candidate({ domicileVillageCode: '52.03.13.2002' })), 'b');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('berdomisili di desa 52.03.13.2002');
  });

  it('is unknown when only the stated sex is missing and the rest is consistent', async () => {
    const c = candidate();
    delete c.sex;
    const f = huruf(await verify(c), 'b');
    expect(f.verdict).toBe('unknown');
    expect(f.missing).toEqual(['sex']);
  });

  it('makes the candidate not_met when huruf a fails even though the NIK is missing', async () => {
    const c = candidate({ birthDate: '2010-01-01' });
    delete c.nik;
    const v = await verify(c);
    expect(huruf(v, 'b').verdict).toBe('unknown');
    expect(v.verdict).toBe('not_met');
    expect(v.nik).toBeNull();
  });
});

describe('Pasal 9 ayat (1) huruf c: marital status letter and marriage book', () => {
  it('is not met by a married candidate without a copy of the marriage book', async () => {
    const v = await verify(
      candidate(
        { maritalStatus: 'married' },
        { marriageBookCopy: false, permissionLetter: { from: 'spouse', acknowledgedByVillageHead: true } },
      ),
    );
    expect(huruf(v, 'c').verdict).toBe('not_met');
    expect(huruf(v, 'c').message.id).toContain('tidak ada fotokopi buku nikah');
    expect(huruf(v, 'd').verdict).toBe('met');
  });

  it('does not require a marriage book of an unmarried candidate', async () => {
    const f = huruf(await verify(candidate()), 'c');
    expect(f.verdict).toBe('met');
    expect(f.message.id).toContain('fotokopi buku nikah tidak disyaratkan');
  });

  it('is not met without a marital status letter', async () => {
    expect(huruf(await verify(candidate({}, { maritalStatusLetter: false })), 'c').verdict).toBe('not_met');
  });

  it('is unknown without the marital status when the marriage book copy is absent', async () => {
    const c = candidate();
    delete c.maritalStatus;
    const v = await verify(c);
    expect(huruf(v, 'c').missing).toEqual(['maritalStatus']);
    expect(huruf(v, 'd').missing).toEqual(['maritalStatus']);
  });
});

describe('Pasal 9 ayat (1) huruf d: permission, acknowledged by the village head', () => {
  it('is not met by a married candidate with only a parent’s permission', async () => {
    const v = await verify(candidate({ maritalStatus: 'married' }, { marriageBookCopy: true }));
    const f = huruf(v, 'd');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toBe(
      'Calon PMI telah menikah; surat izin dari orang tua, diketahui oleh Kepala Desa; bagi yang telah menikah disyaratkan izin suami atau istri.',
    );
    expect(v.verdict).toBe('not_met');
  });

  it('is not met by an unmarried candidate whose parent’s permission is not acknowledged by the village head', async () => {
    const f = huruf(
      await verify(candidate({}, { permissionLetter: { from: 'parent', acknowledgedByVillageHead: false } })),
      'd',
    );
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toContain('belum diketahui oleh Kepala Desa');
  });

  it('is met by a divorced candidate with a guardian’s acknowledged permission (belum menikah)', async () => {
    const v = await verify(
      candidate(
        { maritalStatus: 'divorced' },
        { permissionLetter: { from: 'guardian', acknowledgedByVillageHead: true } },
      ),
    );
    expect(huruf(v, 'd').verdict).toBe('met');
  });

  it('is not met by a widowed candidate with a spouse’s permission', async () => {
    const v = await verify(
      candidate(
        { maritalStatus: 'widowed' },
        { permissionLetter: { from: 'spouse', acknowledgedByVillageHead: true } },
      ),
    );
    expect(huruf(v, 'd').verdict).toBe('not_met');
  });

  it('is not met without any permission letter', async () => {
    const f = huruf(await verify(candidate({}, { permissionLetter: null })), 'd');
    expect(f.verdict).toBe('not_met');
    expect(f.message.id).toBe(
      'Tidak ada surat keterangan izin; bagi yang belum menikah disyaratkan izin orang tua atau wali.',
    );
  });
});
