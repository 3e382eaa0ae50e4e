import { defineFact, missing } from '../../src/facts/fact.js';
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
    params: ['effectiveDate', 'revocationConsecutiveYears'],
    compute: (r, ctx) => {
      const effective = String(ctx.params.effectiveDate);
      if (r.evaluations === undefined) {
        // Without the history the run is unknown, unless too few years can count for any run to reach N
        // (the first year under the regulation is the year of the effective date).
        const countable = Number(ctx.asOf.slice(0, 4)) - Number(effective.slice(0, 4)) + 1;
        return countable < Number(ctx.params.revocationConsecutiveYears) ? 0 : missing('evaluations');
      }
      return perluPembinaanRun(r, ctx.asOf, effective).length;
    },
  }),
};
