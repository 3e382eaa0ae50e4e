import { pasal01 } from '../rules/pasal-01-ketentuan-umum.js';
import { pasal02 } from '../rules/pasal-02-ruang-lingkup.js';
import { pasal03 } from '../rules/pasal-03-syarat-dasar.js';
import { pasal04 } from '../rules/pasal-04-kriteria-emas.js';
import { pasal05 } from '../rules/pasal-05-penetapan.js';
import { pasal06 } from '../rules/pasal-06-pembentukan-tim.js';
import { pasal07 } from '../rules/pasal-07-susunan-tim.js';
import { pasal08 } from '../rules/pasal-08-tugas-tim.js';
import { pasal09 } from '../rules/pasal-09-verifikasi-calon-pmi.js';
import { pasal10 } from '../rules/pasal-10-pelaporan.js';
import { pasal11 } from '../rules/pasal-11-pemantauan.js';
import { pasal12 } from '../rules/pasal-12-evaluasi.js';
import { pasal13 } from '../rules/pasal-13-sanksi.js';
import { pasal14 } from '../rules/pasal-14-pembinaan-umum.js';
import { pasal15 } from '../rules/pasal-15-pendampingan.js';
import { pasal16 } from '../rules/pasal-16-pendanaan.js';
import { pasal17 } from '../rules/pasal-17-peralihan.js';
import { pasal18 } from '../rules/pasal-18-mulai-berlaku.js';
import type { ArticleDef } from './define.js';
import { buildRegulation } from './regulation.js';

/** Every article module of the regulation, in order. */
export const articles: readonly ArticleDef[] = [
  pasal01,
  pasal02,
  pasal03,
  pasal04,
  pasal05,
  pasal06,
  pasal07,
  pasal08,
  pasal09,
  pasal10,
  pasal11,
  pasal12,
  pasal13,
  pasal14,
  pasal15,
  pasal16,
  pasal17,
  pasal18,
] as ArticleDef[];

/** The regulation as shipped: the working text (naskah kerja) of the draft. */
export const shippedRegulation = buildRegulation(articles, {
  title: 'Rancangan Peraturan Menteri P2MI tentang Desa Migran EMAS (naskah kerja)',
  version: '2025-10-23',
});
