import { defineArticle } from '../../src/define.js';

/** Pasal 2 — scope. Declarative. */
export const pasal02 = defineArticle({
  article: 2,
  title: { id: 'Ruang Lingkup', en: 'Scope' },
  provisions: [
    {
      citation: 'Pasal 2',
      text: 'Ruang lingkup Peraturan Menteri ini meliputi: a. kriteria dan penetapan; b. Tim Kerja Desa; c. verifikasi Calon PMI; d. pelaporan; e. pemantauan dan evaluasi; f. pembinaan dan pendampingan; g. pendanaan; dan h. ketentuan peralihan.',
      provenance: 'ASM',
      declarative: {
        id: 'Menyebut ruang lingkup; tidak ada yang dinilai.',
        en: 'States the scope; nothing to evaluate.',
      },
    },
  ],
});
