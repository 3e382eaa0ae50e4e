import type { Candidate } from '../schema/index.js';
import { defineFact } from './fact.js';

// Facts of Pasal 9 (verification of a Calon PMI), computed per candidate.

export const candidateFacts = {
  candidateName: defineFact<Candidate, string>({
    description: { id: 'Nama Calon PMI', en: 'Name of the prospective migrant worker' },
    unit: 'nama',
    reads: ['name'],
    compute: (c) => c.name,
  }),
};
