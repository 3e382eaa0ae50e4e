import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { regulationUnder } from './amendment/load.js';
import type { Calendar } from './calendar/index.js';
import { InputError, type InputIssue } from './errors.js';
import { type EngineKind, evaluate } from './evaluate.js';
import type { Regulation } from './regulation.js';
import { scenarioAmendmentPath } from './scenario-amendment.js';
import { loadDocument, parseScenario, type Scenario } from './schema/index.js';
import type { Bilingual, Lang } from './types.js';
import type { Finding, Obligation, VerdictDocument } from './verdict.js';

/** One expectation a scenario states that the verdict does not meet. */
export interface Mismatch {
  /** `findings`, `obligations`, `candidates`, `status`, `inForce`, `messages` or `values`. */
  section: string;
  /** The citation, obligation key, candidate name or status field. */
  key: string;
  /** `messages`: the language (`id`, `en`); `values`: the value's name. */
  field?: string;
  /** `messages`: a text the message must contain. */
  expected: unknown;
  /**
   * What the verdict says: `null` when it does not contain the key at all, `undefined` when the finding has no
   * value of that name (`values`); `messages`: the whole message in that language.
   */
  actual: unknown;
  /** The finding's or obligation's message, where there is one. */
  message?: Bilingual;
}

/** A scenario run. */
export interface ScenarioResult {
  file: string;
  name: string;
  passed: boolean;
  mismatches: Mismatch[];
  verdict: VerdictDocument;
}

/** The key of an obligation in a scenario: `citation` or `citation period`. */
export function obligationKey(o: { citation: string; period: string | null }): string {
  return o.period ? `${o.citation} ${o.period}` : o.citation;
}

/** Compares a verdict with a scenario's expectations; every expectation it does not meet is a mismatch. */
export function compareWithExpectations(verdict: VerdictDocument, expect: Scenario['expect']): Mismatch[] {
  const out: Mismatch[] = [];
  if (expect.inForce !== undefined && expect.inForce !== verdict.inForce) {
    out.push({ section: 'inForce', key: 'inForce', expected: expect.inForce, actual: verdict.inForce });
  }
  for (const [key, expected] of Object.entries(expect.status ?? {})) {
    const actual = verdict.status[key as keyof typeof verdict.status];
    if (expected !== undefined && actual !== expected) out.push({ section: 'status', key, expected, actual });
  }
  const findings = new Map(verdict.articles.flatMap((a) => a.findings.map((f) => [f.citation, f] as const)));
  for (const [key, expected] of Object.entries(expect.findings ?? {})) {
    const finding = findings.get(key);
    const article = verdict.articles.find((a) => `Pasal ${a.article}` === key);
    const actual = finding?.verdict ?? article?.verdict ?? null;
    if (actual !== expected) {
      out.push({
        section: 'findings',
        key,
        expected,
        actual,
        ...(finding ? { message: finding.message } : {}),
      });
    }
  }
  for (const [key, expected] of Object.entries(expect.obligations ?? {})) {
    const o = verdict.obligations.find((x) => obligationKey(x) === key);
    if (o?.status !== expected) {
      out.push({
        section: 'obligations',
        key,
        expected,
        actual: o?.status ?? null,
        ...(o ? { message: o.message } : {}),
      });
    }
  }
  for (const [key, expected] of Object.entries(expect.candidates ?? {})) {
    const c = verdict.candidates.find((x) => x.name === key);
    if (c?.verdict !== expected) {
      const failed = c?.findings.find((f) => f.verdict === c.verdict);
      out.push({
        section: 'candidates',
        key,
        expected,
        actual: c?.verdict ?? null,
        ...(failed ? { message: failed.message } : {}),
      });
    }
  }
  out.push(...messageMismatches(verdict, expect), ...valueMismatches(verdict, expect));
  return out;
}

/** The finding with this citation, else the obligation with this key (`citation` or `citation period`). */
function explained(verdict: VerdictDocument, key: string): Finding | Obligation | undefined {
  for (const a of verdict.articles) for (const f of a.findings) if (f.citation === key) return f;
  return verdict.obligations.find((o) => obligationKey(o) === key);
}

const LANGS: readonly Lang[] = ['id', 'en'];

/** `expect.messages`: every substring that the message in its language does not contain. */
function messageMismatches(verdict: VerdictDocument, expect: Scenario['expect']): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [key, wanted] of Object.entries(expect.messages ?? {})) {
    const found = explained(verdict, key);
    for (const lang of LANGS) {
      const texts = wanted[lang];
      for (const text of typeof texts === 'string' ? [texts] : (texts ?? [])) {
        const actual = found ? found.message[lang] : null;
        if (actual === null || !actual.includes(text))
          out.push({ section: 'messages', key, field: lang, expected: text, actual });
      }
    }
  }
  return out;
}

/** `expect.values`: every named value that the finding or obligation does not have, or has otherwise. */
function valueMismatches(verdict: VerdictDocument, expect: Scenario['expect']): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [key, wanted] of Object.entries(expect.values ?? {})) {
    const found = explained(verdict, key);
    for (const [name, expected] of Object.entries(wanted)) {
      const values: Record<string, unknown> = found?.values ?? {};
      // a finding or obligation without that value: `undefined` (absent), not `null` (a value of its own)
      const actual = found === undefined ? null : values[name];
      if (!Object.hasOwn(values, name) || !isDeepStrictEqual(actual, expected)) {
        out.push({
          section: 'values',
          key,
          field: name,
          expected,
          actual,
          ...(found ? { message: found.message } : {}),
        });
      }
    }
  }
  return out;
}

/** Options for running scenarios. */
export interface ScenarioOptions {
  regulation?: Regulation;
  calendar?: Calendar;
  /** What evaluates the comparisons (default json-rules-engine; the differential test runs both). */
  engine?: EngineKind;
  /** The folder tree a scenario's `amendment:` must lie in (besides the package's fixtures); see `scenarioAmendmentPath`. */
  root?: string;
}

/** Runs one (already validated) scenario. */
export async function runScenario(
  scenario: Scenario,
  file: string,
  options: ScenarioOptions = {},
): Promise<ScenarioResult> {
  // A scenario's own `amendment:` (a path relative to the scenario file) amends the text it runs under.
  const regulation = scenario.amendment
    ? await regulationUnder(
        await scenarioAmendmentPath(file, scenario.amendment, options.root),
        options.regulation,
      )
    : options.regulation;
  const verdict = await evaluate(scenario.village, {
    asOf: scenario.asOf,
    ...(regulation ? { regulation } : {}),
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  });
  const mismatches = compareWithExpectations(verdict, scenario.expect);
  return { file, name: scenario.name, passed: mismatches.length === 0, mismatches, verdict };
}

/** Every scenario file under a folder (`.yaml`, `.yml`, `.json`), sorted; amendment folders are not scenarios. */
export async function findScenarioFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return (
    entries
      .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      // amendment files live under amendments/; scenarios about an amendment beside it, in a skenario/ folder
      .filter((f) => {
        const parts = relative(dir, f).split(/[\\/]/);
        return !parts.includes('amendments') || parts.includes('skenario');
      })
      .sort()
  );
}

/** Loads and validates one scenario file; an invalid one is refused with every issue prefixed by the file. */
export async function loadScenario(file: string): Promise<Scenario> {
  try {
    return parseScenario(await loadDocument(file), file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(e.issues.map((i) => ({ ...i, path: i.path ? `${file}: ${i.path}` : file })));
  }
}

/** Loads and validates every scenario under a folder; invalid files are refused together, each issue prefixed by its file. */
export async function loadScenarios(dir: string): Promise<{ file: string; scenario: Scenario }[]> {
  const files = await findScenarioFiles(dir);
  const out: { file: string; scenario: Scenario }[] = [];
  const issues: InputIssue[] = [];
  for (const file of files) {
    try {
      out.push({ file, scenario: await loadScenario(file) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...e.issues);
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}

/** Runs every scenario under a folder. */
export async function runScenarios(dir: string, options: ScenarioOptions = {}): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const { file, scenario } of await loadScenarios(dir))
    results.push(await runScenario(scenario, file, { root: dir, ...options }));
  return results;
}
