// Every fact the rule modules may compare, gathered from the article folders that own them: the names a
// condition may use (checked by TypeScript in `defineArticle`, and by `buildRegulation` and amendments).

import type { FactDef } from '../src/facts/fact.js';
import type { Candidate, VillageRecord } from '../src/schema/index.js';
import { pasal03Facts } from './pasal-03/facts.js';
import { pasal04Facts } from './pasal-04/facts.js';
import { pasal05Facts } from './pasal-05/facts.js';
import { pasal06Facts } from './pasal-06/facts.js';
import { pasal07Facts } from './pasal-07/facts.js';
import { pasal09Facts } from './pasal-09/facts.js';
import { pasal13Facts } from './pasal-13/facts.js';
import { pasal15Facts } from './pasal-15/facts.js';

/** Every fact the village-level rules may use, by name. */
export const villageFacts = {
  ...pasal03Facts,
  ...pasal04Facts,
  ...pasal05Facts,
  ...pasal06Facts,
  ...pasal07Facts,
  ...pasal13Facts,
  ...pasal15Facts,
} satisfies Record<string, FactDef<VillageRecord>>;

/** Every fact the candidate-level rules (Pasal 9) may use, by name. */
export const candidateFacts = { ...pasal09Facts } satisfies Record<string, FactDef<Candidate>>;

export type VillageFacts = typeof villageFacts;
export type CandidateFacts = typeof candidateFacts;
export type VillageFactName = keyof VillageFacts & string;
export type CandidateFactName = keyof CandidateFacts & string;
