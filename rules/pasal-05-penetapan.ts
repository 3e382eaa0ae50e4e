import { defineArticle } from '../src/define.js';
import { param } from '../src/parameters.js';

/** Pasal 5 — designation by the Minister, its assessment deadline and its validity. */
export const pasal05 = defineArticle({
  article: 5,
  title: { id: 'Penetapan', en: 'Designation' },
  provisions: [
    {
      citation: 'Pasal 5 ayat (1)',
      text: 'Bupati/Wali Kota mengusulkan Desa yang memenuhi Pasal 3 dan Pasal 4 kepada Menteri melalui BP3MI.',
      provenance: 'PUB',
      declarative: { id: 'Menetapkan jalur usulan; syaratnya dinilai melalui Pasal 3 dan Pasal 4.', en: 'Sets the proposal route; its requirements are judged through Pasal 3 and Pasal 4.' },
    },
    { citation: 'Pasal 5 ayat (2)', text: 'BP3MI melakukan verifikasi dan asesmen paling lama {assessmentWorkingDays} Hari sejak usulan diterima secara lengkap.', provenance: 'ASM' },
    {
      citation: 'Pasal 5 ayat (3)',
      text: 'Menteri menetapkan Desa Migran EMAS dengan Keputusan Menteri.',
      provenance: 'PUB',
      declarative: { id: 'Kewenangan Menteri; penetapan dibaca dari data (designation).', en: "The Minister's power; the designation is read from the data (designation)." },
    },
    { citation: 'Pasal 5 ayat (4)', text: 'Status Desa Migran EMAS berlaku selama {validityYears} tahun sejak tanggal penetapan dan dapat diperpanjang berdasarkan hasil evaluasi sebagaimana dimaksud dalam Pasal 12.', provenance: 'ASM' },
  ],
  encoding: {
    id: 'Ayat (2) adalah kewajiban BP3MI dengan tenggat dalam Hari kerja; ayat (4) memberi masa berlaku status: aktif sampai tanggal penetapan + 3 tahun − 1 hari, atau sampai tanggal akhir perpanjangan terakhir.',
    en: 'Ayat (2) is an obligation of BP3MI with a due date counted in working days; ayat (4) gives the status validity: active until designation date + 3 years − 1 day, or until the end date of the latest extension.',
  },
  parameters: {
    assessmentWorkingDays: param({
      description: { id: 'Paling lama verifikasi dan asesmen BP3MI', en: 'Maximum time for BP3MI verification and assessment' },
      unit: 'Hari',
      provenance: 'ASM',
      value: 30,
      reference: 'Naskah kerja Pasal 5 ayat (2) [ASM]',
    }),
    validityYears: param({
      description: { id: 'Masa berlaku status Desa Migran EMAS', en: 'Validity of the Desa Migran EMAS status' },
      unit: 'tahun',
      provenance: 'ASM',
      value: 3,
      reference: 'Naskah kerja Pasal 5 ayat (4) [ASM]',
    }),
  },
});
