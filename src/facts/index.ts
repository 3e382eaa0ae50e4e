import type { Candidate, VillageRecord } from '../schema/index.js';
import { candidateFacts } from './candidate.js';
import { designationFacts } from './designation.js';
import { eligibilityFacts } from './eligibility.js';
import type { FactDef, FactType } from './fact.js';
import { teamFacts } from './team.js';

export { monthsSinceUpdate, type VillageKind, villageKindOf } from './eligibility.js';
export {
  defineFact,
  type FactContext,
  type FactDef,
  type FactValue,
  Missing,
  missing,
  unknownBecause,
} from './fact.js';

/** Every fact the village-level rules may use, by name. */
export const villageFacts = { ...eligibilityFacts, ...teamFacts, ...designationFacts } satisfies Record<
  string,
  FactDef<VillageRecord>
>;

/** Every fact the candidate-level rules (Pasal 9) may use, by name. */
export { candidateFacts };

const _checkCandidateFacts: Record<string, FactDef<Candidate>> = candidateFacts;
void _checkCandidateFacts;

export type VillageFacts = typeof villageFacts;
export type CandidateFacts = typeof candidateFacts;
export type VillageFactName = keyof VillageFacts & string;
export type CandidateFactName = keyof CandidateFacts & string;

/** The computed value of each fact (absent when unknown). */
export type FactValues<D> = { [K in keyof D]?: FactType<D[K]> };
