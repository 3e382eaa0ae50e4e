import { defineFact } from '../../src/facts/fact.js';
import type { VillageRecord } from '../../src/schema/index.js';
import { designationStatus } from './designation.js';

// Facts of Pasal 5 ayat (4): whether the designation is in force.

export const pasal05Facts = {
  designationActive: defineFact<VillageRecord, boolean>({
    description: {
      id: 'Status Desa Migran EMAS masih berlaku pada Tanggal Penilaian (Pasal 5 ayat (4))',
      en: 'The Desa Migran EMAS status is still valid on the assessment date (Pasal 5 ayat (4))',
    },
    unit: 'ya/tidak',
    reads: ['designation'],
    params: ['validityYears'],
    compute: (r, ctx) => designationStatus(r, ctx.asOf, ctx) === 'active',
  }),
};
