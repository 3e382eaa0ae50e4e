import { InputError } from './errors.js';
import { loadDocument } from './schema/document.js';
import { safeParseScenario, safeParseVillage } from './schema/parse.js';
import type { Scenario } from './schema/scenario.js';
import type { VillageRecord } from './schema/village.js';

/**
 * Reads a village record from a JSON or YAML file (`-`: standard input) and validates it. A file that cannot
 * be read or parsed, or a record with problems, rejects with an {@link InputError} naming the file, with
 * every problem as `{ path, message }`. The record is the one `evaluate` takes.
 */
export async function loadRecord(file: string): Promise<VillageRecord> {
  const result = safeParseVillage(await loadDocument(file));
  if (!result.ok) throw new InputError(result.issues, file);
  return result.value;
}

/**
 * Reads a scenario file (YAML or JSON; `-`: standard input) and validates it, its village included (issues
 * under `village.`). Problems reject with an {@link InputError} naming the file.
 */
export async function loadScenario(file: string): Promise<Scenario> {
  const result = safeParseScenario(await loadDocument(file));
  if (!result.ok) throw new InputError(result.issues, file);
  return result.value;
}
