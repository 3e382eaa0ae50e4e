import { defineArticle } from '../../src/define.js';

/** Pasal 16 — funding. Declarative. */
export const pasal16 = defineArticle({
  article: 16,
  title: { id: 'Pendanaan', en: 'Funding' },
  fixtures: 'fixtures/pasal-16',
  provisions: [
    {
      citation: 'Pasal 16',
      text: 'Pendanaan pelaksanaan Desa Migran EMAS bersumber dari APBN, APBD, APB Desa, dan/atau sumber lain yang sah.',
      provenance: 'PUB',
      declarative: {
        id: 'Menyebut sumber pendanaan; tidak ada yang dinilai.',
        en: 'Names the sources of funding; nothing to evaluate.',
      },
    },
  ],
});
