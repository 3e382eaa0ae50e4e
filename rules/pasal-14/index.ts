import { defineArticle } from '../../src/define.js';

/** Pasal 14 — general guidance. Declarative. */
export const pasal14 = defineArticle({
  article: 14,
  title: { id: 'Pembinaan Umum', en: 'General guidance' },
  fixtures: 'fixtures/pasal-14',
  provisions: [
    {
      citation: 'Pasal 14',
      text: 'Pembinaan umum dilaksanakan oleh Menteri, menteri yang menyelenggarakan urusan pemerintahan dalam negeri, menteri yang menyelenggarakan urusan pemerintahan desa, gubernur, dan bupati/wali kota sesuai dengan kewenangannya.',
      provenance: 'PUB',
      declarative: {
        id: 'Menyebut pihak yang bertanggung jawab atas pembinaan umum; tidak ada yang dinilai.',
        en: 'Names the parties responsible for general guidance; nothing to evaluate.',
      },
    },
  ],
});
