import type { VillageRecord } from '../schema/index.js';
import { defineFact, missing } from './fact.js';

// Facts of Pasal 6 and Pasal 7 (Tim Kerja Desa).

export const teamFacts = {
  teamFormed: defineFact<VillageRecord, boolean>({
    description: { id: 'Tim Kerja Desa telah dibentuk', en: 'A village work team has been formed' },
    unit: 'ya/tidak',
    reads: ['team'],
    compute: (r) => (r.team === undefined ? missing('team') : r.team !== null),
  }),
};
