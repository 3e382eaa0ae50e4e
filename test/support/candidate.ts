import type { Candidate } from '../../src/index.js';

const CODE = '52.03.13.2001';

/** An NIK: region (6 digits), birth date DDMMYY with DD + 40 for women, serial. */
export function nik(region: string, birthDate: string, sex: 'female' | 'male', serial = '0001'): string {
  const dd = Number(birthDate.slice(8, 10)) + (sex === 'female' ? 40 : 0);
  return `${region}${String(dd).padStart(2, '0')}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}${serial}`;
}

/** A candidate who meets every huruf of Pasal 9 ayat (1): unmarried, with a parent's acknowledged permission. */
export function candidate(
  over: Partial<Candidate> = {},
  docs: Partial<NonNullable<Candidate['documents']>> = {},
): Candidate {
  return {
    name: 'Baiq Rina',
    nik: nik('520313', '1999-08-29', 'female'),
    sex: 'female',
    birthDate: '1999-08-29',
    maritalStatus: 'unmarried',
    domicileVillageCode: CODE,
    verifiedOn: '2026-06-01',
    documents: {
      maritalStatusLetter: true,
      marriageBookCopy: false,
      permissionLetter: { from: 'parent', acknowledgedByVillageHead: true },
      competencyCertificate: true,
      healthCertificate: true,
      socialSecurityNumber: '0001234567890',
      passport: false,
      workVisa: false,
      placementAgreement: true,
      employmentContract: true,
      ...docs,
    },
    ...over,
  };
}
