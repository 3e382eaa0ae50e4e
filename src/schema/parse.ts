// Parsing village records and scenario files into validated values.

import { InputError, type InputIssue } from '../errors.js';
import { toIssues } from './messages.js';
import { type Scenario, scenarioSchema } from './scenario.js';
import { type VillageRecord, villageSchema } from './village.js';

/** The result of a safe parse: the value, or every problem found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** Validates a village record; `prefix` (e.g. `village`) goes before every issue's path. */
export function safeParseVillage(input: unknown, prefix = ''): ParseResult<VillageRecord> {
  const result = villageSchema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toIssues(result.error, prefix) };
}

/** Validates a village record, or throws an {@link InputError} listing every problem. */
export function parseVillage(input: unknown, prefix = ''): VillageRecord {
  const result = safeParseVillage(input, prefix);
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a scenario file; its village's issues have paths under `village.`. */
export function safeParseScenario(input: unknown): ParseResult<Scenario> {
  const head = scenarioSchema.safeParse(input, { reportInput: true });
  const issues = head.success ? [] : toIssues(head.error);
  if (!isRecord(input)) return { ok: false, issues };
  const village = safeParseVillage(input.village, 'village');
  if (!village.ok) issues.push(...village.issues);
  if (!head.success || !village.ok) return { ok: false, issues };
  return { ok: true, value: { ...head.data, village: village.value } };
}

/** Validates a scenario file, or throws an {@link InputError} (naming `source`) listing every problem. */
export function parseScenario(input: unknown, source?: string): Scenario {
  const result = safeParseScenario(input);
  if (!result.ok) throw new InputError(result.issues, source);
  return result.value;
}
