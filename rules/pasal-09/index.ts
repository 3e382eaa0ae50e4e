import { defineArticle, type Explanation } from '../../src/define.js';
import { maskNik } from '../../src/errors.js';
import { dmy, sentence } from '../../src/explain/format.js';
import { param } from '../../src/parameters.js';
import type { Candidate, MaritalStatus, PermissionFrom } from '../../src/schema/index.js';
import type { Bilingual } from '../../src/types.js';
import { isMarried, nikBirthDateMismatch, nikBirthPart, nikWellFormed, pasal09Facts } from './facts.js';

const MARITAL: Readonly<Record<MaritalStatus, Bilingual>> = {
  married: { id: 'telah menikah', en: 'married' },
  unmarried: { id: 'belum menikah', en: 'unmarried' },
  divorced: { id: 'cerai hidup (belum menikah menurut huruf d)', en: 'divorced (not married under huruf d)' },
  widowed: { id: 'cerai mati (belum menikah menurut huruf d)', en: 'widowed (not married under huruf d)' },
};

const FROM: Readonly<Record<PermissionFrom, Bilingual>> = {
  spouse: { id: 'suami atau istri', en: 'the spouse' },
  parent: { id: 'orang tua', en: 'a parent' },
  guardian: { id: 'wali', en: 'a guardian' },
};

const SEX: Readonly<Record<'female' | 'male', Bilingual>> = {
  female: { id: 'perempuan', en: 'female' },
  male: { id: 'laki-laki', en: 'male' },
};

/** The requirements of ayat (2), by the name of the document field, and whether the record shows each fulfilled. */
const LATER_REQUIREMENTS: readonly [string, (c: Candidate) => boolean][] = [
  ['competencyCertificate', (c) => c.documents?.competencyCertificate === true],
  ['healthCertificate', (c) => c.documents?.healthCertificate === true],
  ['socialSecurityNumber', (c) => /\S/.test(c.documents?.socialSecurityNumber ?? '')],
  ['passport', (c) => c.documents?.passport === true],
  ['workVisa', (c) => c.documents?.workVisa === true],
  ['placementAgreement', (c) => c.documents?.placementAgreement === true],
  ['employmentContract', (c) => c.documents?.employmentContract === true],
];

/** Huruf b, the NIK part: what is wrong with the NIK (never quoting its digits beyond the mask). */
function nikProblems(c: Candidate): Bilingual[] {
  const nik = c.nik;
  if (nik === undefined) return [];
  const shown = maskNik(nik);
  if (!nikWellFormed(nik)) {
    const digitsOnly = /^\d*$/.test(nik);
    return [
      {
        id: `NIK ${shown} terdiri atas ${nik.length} ${digitsOnly ? 'digit' : 'karakter dan memuat karakter selain angka'}; NIK yang sah terdiri atas 16 digit angka`,
        en: `NIK ${shown} has ${nik.length} ${digitsOnly ? 'digits' : 'characters, not all of them digits'}; a valid NIK has 16 digits`,
      },
    ];
  }
  const out: Bilingual[] = [];
  if (c.birthDate !== undefined) {
    const differs = nikBirthDateMismatch(nik, c.birthDate);
    if (differs.length > 0) {
      out.push({
        id: `tanggal lahir dalam NIK ${shown} (digit 7–12) tidak sesuai dengan tanggal lahir yang tercatat ${dmy(c.birthDate)} (berbeda: ${differs.map((d) => d.id).join(', ')})`,
        en: `the birth date in NIK ${shown} (digits 7–12) does not match the recorded birth date ${dmy(c.birthDate)} (differs in: ${differs.map((d) => d.en).join(', ')})`,
      });
    }
  }
  const embedded = nikBirthPart(nik).sex;
  if (embedded === null) {
    out.push({
      id: `bagian tanggal NIK ${shown} (digit 7–8) bukan 01–31 (laki-laki) atau 41–71 (perempuan)`,
      en: `the day part of NIK ${shown} (digits 7–8) is neither 01–31 (male) nor 41–71 (female)`,
    });
  } else if (c.sex !== undefined && embedded !== c.sex) {
    out.push({
      id: `NIK ${shown} menunjukkan jenis kelamin ${SEX[embedded].id} (bagi perempuan tanggal lahir ditambah 40), sedangkan yang tercatat ${SEX[c.sex].id}`,
      en: `NIK ${shown} encodes ${SEX[embedded].en} (40 is added to the day of birth for women), but the record says ${SEX[c.sex].en}`,
    });
  }
  return out;
}

/** Pasal 9 — verification of the data of a Calon PMI by the Tim Kerja Desa. */
export const pasal09 = defineArticle({
  article: 9,
  subject: 'candidate',
  title: { id: 'Verifikasi Calon PMI', en: 'Verification of prospective migrant workers' },
  fixtures: 'fixtures/pasal-09',
  facts: pasal09Facts,
  decides: { outstanding: 'Pasal 9 ayat (2)' },
  provisions: [
    {
      citation: 'Pasal 9 ayat (1)',
      text: 'Dalam melakukan verifikasi data Calon PMI, Tim Kerja Desa memastikan bahwa Calon PMI:',
      provenance: 'UU18',
    },
    {
      citation: 'Pasal 9 ayat (1) huruf a',
      text: 'berusia paling rendah 18 (delapan belas) tahun pada tanggal verifikasi;',
      provenance: 'UU18',
      provenanceNote: 'UU 18/2017 Pasal 5 huruf a',
    },
    {
      citation: 'Pasal 9 ayat (1) huruf b',
      text: 'terdaftar sebagai penduduk Desa dengan Nomor Induk Kependudukan yang sah;',
      provenance: 'UU18',
      provenanceNote: 'UU 18/2017 Pasal 42 huruf c (adapted)',
    },
    {
      citation: 'Pasal 9 ayat (1) huruf c',
      text: 'memiliki surat keterangan status perkawinan dan, bagi yang telah menikah, fotokopi buku nikah; dan',
      provenance: 'UU18',
      provenanceNote: 'UU 18/2017 Pasal 13 huruf a',
    },
    {
      citation: 'Pasal 9 ayat (1) huruf d',
      text: 'memiliki surat keterangan izin suami atau istri bagi yang telah menikah, atau izin orang tua atau wali bagi yang belum menikah, yang diketahui oleh Kepala Desa.',
      provenance: 'UU18',
      provenanceNote: 'UU 18/2017 Pasal 13 huruf b',
    },
    {
      citation: 'Pasal 9 ayat (2)',
      text: 'Tim Kerja Desa mencatat pemenuhan persyaratan lain yang dipenuhi pada tahap berikutnya, yaitu kompetensi, kesehatan jasmani dan rohani, kepesertaan jaminan sosial, paspor, visa kerja, perjanjian penempatan, dan perjanjian kerja, sebagai informasi.',
      provenance: 'UU18',
      provenanceNote: 'UU 18/2017 Pasal 5 dan Pasal 13',
      declarative: {
        id: 'Tidak pernah menentukan putusan: persyaratan tahap berikutnya yang belum tercatat terpenuhi dicantumkan sebagai informasi dalam daftar outstanding setiap Calon PMI (competencyCertificate, healthCertificate, socialSecurityNumber, passport, workVisa, placementAgreement, employmentContract).',
        en: 'Never decides a verdict: the later-stage requirements not recorded as fulfilled are listed for information in each candidate’s outstanding list (competencyCertificate, healthCertificate, socialSecurityNumber, passport, workVisa, placementAgreement, employmentContract).',
      },
    },
  ],
  encoding: {
    id: 'Ayat (1) menentukan met / not_met / unknown bagi setiap Calon PMI; ayat (2) tidak pernah gagal. Usia paling rendah 18 tahun ditetapkan undang-undang (UU 18/2017 Pasal 5 huruf a): perubahan Peraturan Menteri ini tidak boleh menurunkannya. Usia dihitung pada tanggal verifikasi (verifiedOn), juga bila tanggal itu sesudah Tanggal Penilaian (pesannya menyebutkan hal itu); tanpa tanggal verifikasi huruf a unknown. NIK yang sah terdiri atas 16 digit; digit 7–12 adalah tanggal lahir DDMMYY dengan DD ditambah 40 bagi perempuan; NIK yang tanggal lahir atau jenis kelaminnya bertentangan dengan yang tercatat tidak memenuhi huruf b. Enam digit pertama NIK (tempat pendaftaran pertama) tidak dibandingkan dengan domisili. Domisili: kode desa domisili sama dengan kode Desa. "Belum menikah" dalam huruf d meliputi belum menikah, cerai hidup dan cerai mati. NIK tidak pernah ditampilkan utuh (paling banyak 4 digit pertama dan 2 digit terakhir).',
    en: 'Ayat (1) decides met / not_met / unknown for each candidate; ayat (2) never fails. The minimum age of 18 is fixed by statute (UU 18/2017 Pasal 5 huruf a): an amendment of this regulation may not lower it. Age is taken on the verification date (verifiedOn), also when that date is after the assessment date (the message says so); without a verification date huruf a is unknown. A valid NIK has 16 digits; digits 7–12 are the birth date DDMMYY with 40 added to DD for women; an NIK whose birth date or sex contradicts the recorded ones fails huruf b. The NIK’s first six digits (place of first registration) are not compared with the domicile. Domicile: the domicile village code equals the village code. "Not married" in huruf d covers unmarried, divorced and widowed. An NIK is never shown whole (at most its first 4 and last 2 digits).',
  },
  parameters: {
    minCandidateAge: param({
      description: {
        id: 'Usia paling rendah Calon PMI pada tanggal verifikasi',
        en: 'Minimum age of a prospective migrant worker on the verification date',
      },
      unit: 'tahun',
      provenance: 'UU18',
      value: 18,
      reference: 'UU 18/2017 Pasal 5 huruf a; naskah kerja Pasal 9 ayat (1) huruf a [UU18]',
      statutory: { min: 18, reference: 'UU 18/2017 Pasal 5 huruf a' },
    }),
  },
  findings: [
    {
      citation: 'Pasal 9 ayat (1) huruf a',
      label: { id: 'Usia Calon PMI', en: 'Age of the candidate' },
      when: { fact: 'candidateAge', operator: 'greaterThanInclusive', value: { param: 'minCandidateAge' } },
      explain: ({ facts, input, params, asOf }): Explanation => {
        const min = Number(params.minCandidateAge);
        const on = input.verifiedOn ?? '';
        const born = input.birthDate ?? '';
        const later = on > asOf;
        const note: Bilingual = later
          ? {
              id: ` Tanggal verifikasi sesudah Tanggal Penilaian ${dmy(asOf)}; usia dinilai pada tanggal verifikasi.`,
              en: ` The verification date is after the assessment date ${dmy(asOf)}; age is judged on the verification date.`,
            }
          : { id: '', en: '' };
        return {
          message: {
            id: `Berusia ${facts.candidateAge} tahun pada tanggal verifikasi ${dmy(on)} (lahir ${dmy(born)}); paling rendah ${min} tahun disyaratkan.${note.id}`,
            en: `Aged ${facts.candidateAge} on the verification date ${dmy(on)} (born ${dmy(born)}); at least ${min} is required.${note.en}`,
          },
          values: {
            age: facts.candidateAge ?? null,
            birthDate: born,
            verifiedOn: on,
            minAge: min,
            verifiedAfterAsOf: later,
          },
        };
      },
    },
    {
      citation: 'Pasal 9 ayat (1) huruf b',
      label: { id: 'Penduduk Desa dengan NIK yang sah', en: 'Village resident with a valid NIK' },
      when: {
        all: [
          { fact: 'nikWellFormed', operator: 'equal', value: true },
          { fact: 'nikBirthDateConsistent', operator: 'equal', value: true },
          { fact: 'nikSexConsistent', operator: 'equal', value: true },
          { fact: 'domicileInVillage', operator: 'equal', value: true },
        ],
      },
      explain: ({ facts, input, verdict }): Explanation => {
        const village = input.domicileVillageCode;
        const nik = input.nik ?? '';
        const values = {
          nik: maskNik(nik),
          nikWellFormed: facts.nikWellFormed ?? null,
          nikBirthDateConsistent: facts.nikBirthDateConsistent ?? null,
          nikSexConsistent: facts.nikSexConsistent ?? null,
          domicileVillageCode: village ?? null,
          domicileInVillage: facts.domicileInVillage ?? null,
        };
        if (verdict === 'met') {
          return {
            message: {
              id: `NIK ${maskNik(nik)} berbentuk sah (16 digit) dan sesuai dengan tanggal lahir dan jenis kelamin yang tercatat; Calon PMI berdomisili di Desa ${village}. Enam digit pertama NIK tidak harus sama dengan domisili.`,
              en: `NIK ${maskNik(nik)} is well formed (16 digits) and matches the recorded birth date and sex; the candidate lives in the village ${village}. The NIK’s first six digits need not match the domicile.`,
            },
            values,
          };
        }
        const parts = nikProblems(input);
        if (facts.domicileInVillage === false) {
          parts.push({
            id: `Calon PMI berdomisili di desa ${village}, bukan penduduk Desa ini`,
            en: `the candidate lives in village ${village}, not in this village`,
          });
        }
        return { message: sentence(parts), values };
      },
    },
    {
      citation: 'Pasal 9 ayat (1) huruf c',
      label: {
        id: 'Surat keterangan status perkawinan dan buku nikah',
        en: 'Marital status letter and marriage book',
      },
      when: {
        all: [
          { fact: 'maritalStatusLetter', operator: 'equal', value: true },
          { fact: 'marriageBookIfMarried', operator: 'equal', value: true },
        ],
      },
      explain: ({ input }): Explanation => {
        const d = input.documents;
        const letter = d?.maritalStatusLetter;
        const married = isMarried(input);
        const parts: Bilingual[] = [];
        if (input.maritalStatus !== undefined)
          parts.push({
            id: `Calon PMI ${MARITAL[input.maritalStatus].id}`,
            en: `the candidate is ${MARITAL[input.maritalStatus].en}`,
          });
        parts.push(
          letter === true
            ? { id: 'surat keterangan status perkawinan ada', en: 'a marital status letter is on file' }
            : letter === false
              ? {
                  id: 'tidak ada surat keterangan status perkawinan',
                  en: 'there is no marital status letter',
                }
              : {
                  id: 'data surat keterangan status perkawinan tidak tersedia',
                  en: 'whether there is a marital status letter is not recorded',
                },
        );
        if (married === true || d?.marriageBookCopy === true) {
          parts.push(
            d?.marriageBookCopy === true
              ? { id: 'fotokopi buku nikah ada', en: 'a copy of the marriage book is on file' }
              : d?.marriageBookCopy === false
                ? {
                    id: 'tidak ada fotokopi buku nikah, yang disyaratkan bagi yang telah menikah',
                    en: 'there is no copy of the marriage book, required of a married candidate',
                  }
                : {
                    id: 'data fotokopi buku nikah tidak tersedia',
                    en: 'whether there is a copy of the marriage book is not recorded',
                  },
          );
        } else if (married === false) {
          parts.push({
            id: 'fotokopi buku nikah tidak disyaratkan',
            en: 'no marriage book copy is required',
          });
        }
        return {
          message: sentence(parts),
          values: {
            maritalStatus: input.maritalStatus ?? null,
            maritalStatusLetter: letter ?? null,
            marriageBookCopy: d?.marriageBookCopy ?? null,
          },
        };
      },
    },
    {
      citation: 'Pasal 9 ayat (1) huruf d',
      label: { id: 'Surat keterangan izin', en: 'Permission letter' },
      when: {
        all: [
          { fact: 'permissionFromRequiredParty', operator: 'equal', value: true },
          { fact: 'permissionAcknowledged', operator: 'equal', value: true },
        ],
      },
      explain: ({ input, verdict }): Explanation => {
        const letter = input.documents?.permissionLetter;
        const married = isMarried(input);
        const required: Bilingual | null =
          married === undefined
            ? null
            : married
              ? {
                  id: 'bagi yang telah menikah disyaratkan izin suami atau istri',
                  en: 'a married candidate needs the permission of the spouse',
                }
              : {
                  id: 'bagi yang belum menikah disyaratkan izin orang tua atau wali',
                  en: 'a candidate who is not married needs the permission of a parent or guardian',
                };
        const values = {
          maritalStatus: input.maritalStatus ?? null,
          permissionFrom: letter?.from ?? null,
          acknowledgedByVillageHead: letter?.acknowledgedByVillageHead ?? null,
        };
        if (!letter) {
          return {
            message: sentence([
              { id: 'tidak ada surat keterangan izin', en: 'there is no permission letter' },
              ...(required ? [required] : []),
            ]),
            values,
          };
        }
        const from = letter.from === undefined ? null : FROM[letter.from];
        const status = input.maritalStatus === undefined ? null : MARITAL[input.maritalStatus];
        const ack: Bilingual =
          letter.acknowledgedByVillageHead === true
            ? { id: 'diketahui oleh Kepala Desa', en: 'acknowledged by the village head' }
            : letter.acknowledgedByVillageHead === false
              ? { id: 'belum diketahui oleh Kepala Desa', en: 'not acknowledged by the village head' }
              : {
                  id: 'tidak tercatat apakah diketahui oleh Kepala Desa',
                  en: 'not recorded whether the village head acknowledged it',
                };
        const parts: Bilingual[] = [];
        if (status) parts.push({ id: `Calon PMI ${status.id}`, en: `the candidate is ${status.en}` });
        parts.push({
          id: `surat izin dari ${from?.id ?? '(pemberi izin tidak tercatat)'}, ${ack.id}`,
          en: `permission letter from ${from?.en ?? '(giver not recorded)'}, ${ack.en}`,
        });
        if (verdict === 'not_met' && required && letter.from !== undefined) {
          const right = married ? letter.from === 'spouse' : letter.from !== 'spouse';
          if (!right) parts.push(required);
        }
        return { message: sentence(parts), values };
      },
    },
  ],
  outstanding: (candidate) => LATER_REQUIREMENTS.filter(([, done]) => !done(candidate)).map(([name]) => name),
});
