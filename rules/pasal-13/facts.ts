import { defineFact } from '../../src/facts/fact.js';
import type { VillageRecord } from '../../src/schema/index.js';
import { perluPembinaanRun } from './evaluations.js';

// Facts of Pasal 13 ayat (2): the run of Perlu Pembinaan results.

export const pasal13Facts = {
  perluPembinaanYears: defineFact<VillageRecord, number>({
    description: {
      id: 'Jumlah evaluasi tahunan terakhir berturut-turut dengan predikat Perlu Pembinaan (tahun sejak berlakunya Peraturan Menteri)',
      en: 'Number of the latest consecutive annual evaluations with the predicate Perlu Pembinaan (years since the regulation is in force)',
    },
    unit: 'tahun',
    reads: ['evaluations'],
    params: ['effectiveDate'],
    compute: (r, ctx) => perluPembinaanRun(r, ctx.asOf, String(ctx.params.effectiveDate)).length,
  }),
};
