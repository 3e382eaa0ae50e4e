import { defineArticle } from '../../src/define.js';
import { param } from '../../src/parameters.js';

/** Pasal 18 — entry into force. Applied before anything else: before the date nothing is judged. */
export const pasal18 = defineArticle({
  article: 18,
  title: { id: 'Mulai Berlaku', en: 'Entry into force' },
  fixtures: 'fixtures/pasal-18',
  decides: {
    inForce: {
      param: 'effectiveDate',
      notYet: (asOf, from) => ({
        id: `Peraturan Menteri ini belum berlaku pada ${asOf} (berlaku mulai ${from}); tidak ada yang dinilai.`,
        en: `This regulation is not yet in force on ${asOf} (in force from ${from}); nothing is judged.`,
      }),
    },
  },
  provisions: [
    {
      citation: 'Pasal 18',
      text: 'Peraturan Menteri ini mulai berlaku pada tanggal diundangkan, {effectiveDate}.',
      provenance: 'ASM',
      declarative: {
        id: 'Diterapkan sebagai syarat berlaku: penilaian dengan Tanggal Penilaian sebelum tanggal berlaku menyatakan Peraturan Menteri belum berlaku dan tidak menilai apa pun; tidak ada kewajiban yang berlaku surut.',
        en: 'Applied as the in-force check: an assessment dated before the effective date reports that the regulation is not yet in force and judges nothing; no obligation is retroactive.',
      },
    },
  ],
  encoding: {
    id: 'Peristiwa sebelum tanggal berlaku (usulan diterima, penetapan, pengaduan) tidak memulai tenggat menurut Peraturan Menteri ini; kewajiban berkala hanya timbul untuk periode yang berakhir pada atau sesudah tanggal berlaku. Desa yang ditetapkan sebelum tanggal berlaku adalah Desa Migran EMAS dengan seluruh kewajiban berkala; Tim Kerja Desanya diatur Pasal 17.',
    en: 'An event before the effective date (a proposal received, a designation made, a complaint received) starts no deadline under this regulation; a periodic obligation arises only for periods that end on or after the effective date. Villages designated before the effective date are Desa Migran EMAS with every periodic obligation; Pasal 17 governs their team.',
  },
  parameters: {
    effectiveDate: param({
      description: {
        id: 'Tanggal mulai berlaku (tanggal diundangkan)',
        en: 'Effective date (date of promulgation)',
      },
      unit: 'tanggal',
      provenance: 'ASM',
      value: '2026-01-02',
      reference: 'Naskah kerja Pasal 18 [ASM]: tanggal kerja sampai Peraturan Menteri diundangkan',
    }),
  },
});
