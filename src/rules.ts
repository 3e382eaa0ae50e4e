import { articles } from '../rules/index.js';
import { buildRegulation } from './regulation.js';

export { articles };

/** The regulation as shipped: the working text (naskah kerja) of the draft. */
export const shippedRegulation = buildRegulation(articles, {
  title: 'Rancangan Peraturan Menteri P2MI tentang Desa Migran EMAS (naskah kerja)',
  version: '2025-10-23',
});
