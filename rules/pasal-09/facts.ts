import { defineFact, missing, unknownBecause } from '../../src/../src/facts/fact.js';
import { ageOn } from '../../src/dates.js';
import type { Candidate } from '../../src/schema/index.js';
import type { Bilingual } from '../../src/types.js';

// Facts of Pasal 9 (verification of a Calon PMI), computed per candidate. Paths are relative to the
// candidate (`birthDate`, `documents.permissionLetter`); the verdict document puts `candidates[i].` before them.
//
// An NIK is personal data: no fact value holds it or any part of it beyond what `maskNik` shows.

/** A well-formed NIK: exactly 16 digits. */
export const NIK_PATTERN = /^\d{16}$/;

/** Whether the NIK has exactly 16 digits. */
export function nikWellFormed(nik: string): boolean {
  return NIK_PATTERN.test(nik);
}

/**
 * What digits 7–12 of a well-formed NIK say: day (DD, with 40 added for women), month (MM), two-digit year (YY).
 * `sex` is null when DD is neither a day (01–31) nor a day + 40 (41–71).
 */
export function nikBirthPart(nik: string): {
  day: number;
  month: number;
  yy: number;
  sex: 'female' | 'male' | null;
} {
  const dd = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex = dd >= 41 && dd <= 71 ? 'female' : dd >= 1 && dd <= 31 ? 'male' : null;
  return { day: dd > 40 ? dd - 40 : dd, month, yy, sex };
}

/** Whether the birth date embedded in a well-formed NIK (DDMMYY, DD − 40 for women) is the stated birth date. */
export function nikMatchesBirthDate(nik: string, birthDate: string): boolean {
  const p = nikBirthPart(nik);
  return (
    p.day === Number(birthDate.slice(8, 10)) &&
    p.month === Number(birthDate.slice(5, 7)) &&
    p.yy === Number(birthDate.slice(2, 4))
  );
}

/** Which part of the embedded birth date differs from the stated one (never the digits themselves). */
export function nikBirthDateMismatch(nik: string, birthDate: string): Bilingual[] {
  const p = nikBirthPart(nik);
  const out: Bilingual[] = [];
  if (p.day !== Number(birthDate.slice(8, 10))) out.push({ id: 'tanggal', en: 'day' });
  if (p.month !== Number(birthDate.slice(5, 7))) out.push({ id: 'bulan', en: 'month' });
  if (p.yy !== Number(birthDate.slice(2, 4))) out.push({ id: 'tahun', en: 'year' });
  return out;
}

/** Whether the candidate counts as married for Pasal 9 ayat (1) huruf c and d ("belum menikah" covers the rest). */
export function isMarried(c: Candidate): boolean | undefined {
  return c.maritalStatus === undefined ? undefined : c.maritalStatus === 'married';
}

export const pasal09Facts = {
  candidateAge: defineFact<Candidate, number>({
    description: {
      id: 'Usia Calon PMI pada tanggal verifikasi',
      en: 'Age of the prospective migrant worker on the verification date',
    },
    unit: 'tahun',
    reads: ['birthDate', 'verifiedOn'],
    compute: (c) => {
      if (c.birthDate === undefined || c.verifiedOn === undefined) {
        return missing(
          ...(c.birthDate === undefined ? ['birthDate'] : []),
          ...(c.verifiedOn === undefined ? ['verifiedOn'] : []),
        );
      }
      return ageOn(c.birthDate, c.verifiedOn);
    },
  }),
  nikWellFormed: defineFact<Candidate, boolean>({
    description: { id: 'NIK terdiri atas tepat 16 digit angka', en: 'The NIK has exactly 16 digits' },
    unit: 'ya/tidak',
    reads: ['nik'],
    compute: (c) => (c.nik === undefined ? missing('nik') : nikWellFormed(c.nik)),
  }),
  nikBirthDateConsistent: defineFact<Candidate, boolean | null>({
    description: {
      id: 'Tanggal lahir dalam NIK (digit 7–12, DDMMYY; DD + 40 bagi perempuan) sama dengan tanggal lahir yang tercatat (null bila NIK tidak berbentuk sah)',
      en: 'The birth date in the NIK (digits 7–12, DDMMYY; DD + 40 for women) is the recorded birth date (null when the NIK is malformed)',
    },
    unit: 'ya/tidak',
    reads: ['nik', 'birthDate'],
    compute: (c) => {
      if (c.nik === undefined) return missing('nik');
      if (!nikWellFormed(c.nik)) return null;
      if (c.birthDate === undefined) return missing('birthDate');
      return nikMatchesBirthDate(c.nik, c.birthDate);
    },
  }),
  nikSexConsistent: defineFact<Candidate, boolean | null>({
    description: {
      id: 'Jenis kelamin menurut NIK (DD + 40 bagi perempuan) sama dengan yang tercatat (null bila NIK tidak berbentuk sah)',
      en: 'The sex the NIK encodes (DD + 40 for women) is the recorded sex (null when the NIK is malformed)',
    },
    unit: 'ya/tidak',
    reads: ['nik', 'sex'],
    compute: (c) => {
      if (c.nik === undefined) return missing('nik');
      if (!nikWellFormed(c.nik)) return null;
      const embedded = nikBirthPart(c.nik).sex;
      if (embedded === null) return false;
      if (c.sex === undefined) return missing('sex');
      return embedded === c.sex;
    },
  }),
  domicileInVillage: defineFact<Candidate, boolean>({
    description: {
      id: 'Calon PMI berdomisili di Desa (kode desa domisili sama dengan kode Desa)',
      en: 'The candidate lives in the village (same village code)',
    },
    unit: 'ya/tidak',
    reads: ['domicileVillageCode'],
    compute: (c, ctx) => {
      if (c.domicileVillageCode === undefined) return missing('domicileVillageCode');
      if (ctx.villageCode === '') {
        return unknownBecause('villageCode', {
          id: 'kode Desa yang melakukan verifikasi tidak diberikan (villageCode)',
          en: 'the code of the verifying village was not given (villageCode)',
        });
      }
      return c.domicileVillageCode === ctx.villageCode;
    },
  }),
  maritalStatusLetter: defineFact<Candidate, boolean>({
    description: { id: 'Surat keterangan status perkawinan', en: 'Marital status letter' },
    unit: 'ya/tidak',
    reads: ['documents.maritalStatusLetter'],
    compute: (c) => {
      if (c.documents === undefined) return missing('documents');
      return c.documents.maritalStatusLetter ?? missing('documents.maritalStatusLetter');
    },
  }),
  marriageBookIfMarried: defineFact<Candidate, boolean>({
    description: {
      id: 'Fotokopi buku nikah, bagi yang telah menikah (benar bila belum menikah)',
      en: 'Copy of the marriage book, for a married candidate (true when not married)',
    },
    unit: 'ya/tidak',
    reads: ['maritalStatus', 'documents.marriageBookCopy'],
    compute: (c) => {
      const copy = c.documents?.marriageBookCopy;
      const married = isMarried(c);
      if (married === false || copy === true) return true;
      if (married === undefined) return missing('maritalStatus');
      if (c.documents === undefined) return missing('documents');
      return copy ?? missing('documents.marriageBookCopy');
    },
  }),
  permissionFromRequiredParty: defineFact<Candidate, boolean>({
    description: {
      id: 'Surat izin dari suami atau istri bagi yang telah menikah, atau dari orang tua atau wali bagi yang belum menikah',
      en: 'Permission letter from the spouse when married, otherwise from a parent or guardian',
    },
    unit: 'ya/tidak',
    reads: ['maritalStatus', 'documents.permissionLetter.from'],
    compute: (c) => {
      if (c.documents === undefined) return missing('documents');
      const letter = c.documents.permissionLetter;
      if (letter === undefined) return missing('documents.permissionLetter');
      if (letter === null) return false;
      if (letter.from === undefined) return missing('documents.permissionLetter.from');
      const married = isMarried(c);
      if (married === undefined) return missing('maritalStatus');
      return married ? letter.from === 'spouse' : letter.from === 'parent' || letter.from === 'guardian';
    },
  }),
  permissionAcknowledged: defineFact<Candidate, boolean>({
    description: {
      id: 'Surat izin diketahui oleh Kepala Desa',
      en: 'The permission letter is acknowledged by the village head',
    },
    unit: 'ya/tidak',
    reads: ['documents.permissionLetter.acknowledgedByVillageHead'],
    compute: (c) => {
      if (c.documents === undefined) return missing('documents');
      const letter = c.documents.permissionLetter;
      if (letter === undefined) return missing('documents.permissionLetter');
      if (letter === null) return false;
      return (
        letter.acknowledgedByVillageHead ?? missing('documents.permissionLetter.acknowledgedByVillageHead')
      );
    },
  }),
};
