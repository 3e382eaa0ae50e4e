import { z } from 'zod';
import { periodBounds } from '../obligations/periods.js';
import type { Bilingual } from '../types.js';
import { dateString, isDateString } from './date.js';
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

/** A period or event date at the end of an obligation key: `2026-Q1`, `2026-1`, `2026-03`, `2026`, `2026-03-16`. */
const PERIOD_LIKE = / (\d{4}(?:-\S*)?)$/;

/**
 * Why a key's trailing period is none (`Pasal 10 ayat (1) 2026-13`), or null when the key has no period or a
 * real one: an expectation for a period that cannot exist would otherwise only fail as "absent".
 */
function periodProblem(key: string): Bilingual | null {
  const period = PERIOD_LIKE.exec(key)?.[1];
  if (period === undefined) return null;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(period) ? isDateString(period) : periodBounds(period) !== null;
  if (ok) return null;
  return {
    id: `"${period}" bukan periode: tulis bulan 2026-01 … 2026-12, triwulan 2026-Q1 … 2026-Q4, semester 2026-1 (Januari–Juni) atau 2026-2 (Juli–Desember), tahun 2026, atau tanggal YYYY-MM-DD`,
    en: `"${period}" is not a period: write a month 2026-01 … 2026-12, a quarter 2026-Q1 … 2026-Q4, a semester 2026-1 (January–June) or 2026-2 (July–December), a year 2026, or a date YYYY-MM-DD`,
  };
}

/** A record keyed by citation or `citation period`, whose trailing period (if any) must be a real one. */
function byCitation<T extends z.ZodType>(value: T) {
  return z.record(key, value).superRefine((entries, ctx) => {
    for (const k of Object.keys(entries)) {
      const params = periodProblem(k);
      if (params) ctx.addIssue({ code: 'custom', path: [k], params, message: params.en, input: k });
    }
  });
}

/** One substring, or several, that a message must contain. */
const substrings = z.union([key, z.array(key).min(1)]);

/** `expect.messages` per key: the substrings the Indonesian and/or the English message must contain. */
export const expectedMessageSchema = z
  .strictObject({ id: substrings.optional(), en: substrings.optional() })
  .refine((m) => m.id !== undefined || m.en !== undefined, {
    params: { id: 'tulis id dan/atau en', en: 'give id and/or en' },
    message: 'give id and/or en',
  });

/** A value of a finding or obligation, as the verdict writes it (`ExplainValue`). */
const explainValue = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);

/** `expect`: only what is listed here is judged. */
export const expectationsSchema = z.strictObject({
  inForce: z.boolean().optional(),
  status: expectedStatusSchema.optional(),
  /** citation → verdict, e.g. `"Pasal 7 ayat (3)": met`. */
  findings: z.record(key, verdict).optional(),
  /** `"citation"` or `"citation period"` → obligation status, e.g. `"Pasal 15 ayat (2) 2026-Q1": overdue`. */
  obligations: byCitation(z.enum(OBLIGATION_STATUSES)).optional(),
  /** candidate name → verdict. */
  candidates: z.record(key, verdict).optional(),
  /**
   * Finding citation or obligation key → what its message must contain, by language, e.g.
   * `"Pasal 7 ayat (3)": { en: "30%" }` or `{ id: ["3 dari 10", "30%"] }`.
   */
  messages: byCitation(expectedMessageSchema).optional(),
  /** Finding citation or obligation key → some of its values, e.g. `"Pasal 7 ayat (3)": { women: 3 }`. */
  values: byCitation(z.record(key, explainValue)).optional(),
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
