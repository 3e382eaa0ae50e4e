// The status block of the verdict document from the judged findings.

import type { ParamValue } from '../parameters.js';
import { citationWithin } from '../regulation.js';
import type { VillageRecord } from '../schema/index.js';
import { designationStatus, evaluationResultOf, revocationRecommended } from '../status.js';
import type { DateString } from '../types.js';
import type { Finding, VerdictStatus } from '../verdict.js';
import { combineVerdicts } from './judge.js';

const ELIGIBILITY_CITATIONS = ['Pasal 3 ayat (1)', 'Pasal 4 ayat (5)'];

export function statusOf(
  village: VillageRecord,
  findings: ReadonlyMap<string, Finding>,
  asOf: DateString,
  params: Readonly<Record<string, ParamValue>>,
): VerdictStatus {
  const within = (prefix: string) => [...findings.values()].filter((f) => citationWithin(f.citation, prefix));
  const eligibilityParts = ELIGIBILITY_CITATIONS.flatMap(within).map((f) => f.verdict);
  const eligibility = combineVerdicts(eligibilityParts.map((v) => (v === 'not_applicable' ? 'met' : v)));
  const pocketFinding = findings.get('Pasal 3 ayat (2)');
  const pocket =
    !pocketFinding || pocketFinding.verdict === 'unknown' ? null : pocketFinding.verdict === 'met';
  const designation = designationStatus(village, asOf, params);
  // Pasal 12 ayat (2) and Pasal 13 ayat (2): see src/status.ts for what they are when they cannot be told.
  const evaluationResult = evaluationResultOf((c) => findings.get(c)?.verdict);
  return {
    eligibility,
    pocket,
    designation,
    evaluationResult,
    revocationRecommended: revocationRecommended(village, asOf, params),
  };
}
