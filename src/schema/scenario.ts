import { z } from 'zod';
import { dateString } from './date.js';
import { EVALUATION_RESULTS, NON_BLANK_PATTERN, type VillageRecord } from './village.js';

/** Verdicts, exactly as the verdict document writes them. */
export const VERDICTS = ['met', 'not_met', 'unknown', 'not_applicable'] as const;
/** Obligation statuses, exactly as the verdict document writes them. */
export const OBLIGATION_STATUSES = ['met', 'late', 'overdue', 'pending', 'unknown'] as const;
/** Designation statuses of the verdict's status block. */
export const DESIGNATION_STATUSES = ['not_designated', 'active', 'expired'] as const;

const verdict = z.enum(VERDICTS);
const key = z.string().regex(NON_BLANK_PATTERN);

/** `expect.status`: any subset of the verdict's status block. */
export const expectedStatusSchema = z.strictObject({
  eligibility: verdict.optional(),
  pocket: z.boolean().nullable().optional(),
  designation: z.enum(DESIGNATION_STATUSES).optional(),
  evaluationResult: z.enum(EVALUATION_RESULTS).nullable().optional(),
  revocationRecommended: z.boolean().optional(),
});

/** `expect`: only what is listed here is judged. */
export const expectationsSchema = z.strictObject({
  inForce: z.boolean().optional(),
  status: expectedStatusSchema.optional(),
  /** citation → verdict, e.g. `"Pasal 7 ayat (3)": met`. */
  findings: z.record(key, verdict).optional(),
  /** `"citation"` or `"citation period"` → obligation status, e.g. `"Pasal 15 ayat (2) 2026-Q1": overdue`. */
  obligations: z.record(key, z.enum(OBLIGATION_STATUSES)).optional(),
  /** candidate name → verdict. */
  candidates: z.record(key, verdict).optional(),
});

/**
 * A scenario file (fixture). Its `village` is NOT validated here: `parseScenario` validates it
 * with the village schema so that its issues are reported under `village.`.
 */
export const scenarioSchema = z.strictObject({
  name: z.string().regex(NON_BLANK_PATTERN),
  description: z.string().optional(),
  asOf: dateString,
  /** Path of an amendment file, relative to the scenario file. */
  amendment: z.string().regex(NON_BLANK_PATTERN).optional(),
  village: z.unknown().optional(),
  expect: expectationsSchema,
});

/** What a scenario expects of the verdict document. */
export type Expectations = z.output<typeof expectationsSchema>;
/** A validated scenario: its village is a validated {@link VillageRecord}. */
export type Scenario = Omit<z.output<typeof scenarioSchema>, 'village'> & { village: VillageRecord };
