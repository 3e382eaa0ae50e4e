import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';
import type { Bilingual, Lang } from './types.js';

/** The default scenario folder of `dme scenarios`, `coverage` and `compare`. */
export const DEFAULT_FIXTURES = 'fixtures';

/**
 * The scenario folder to read: `dir` itself, or, when it is the default `fixtures` and there is no such folder
 * here (the package installed from npm, run from an app's directory), the scenarios shipped in the package.
 * Then `note` is told which, in the chosen language, so that nobody mistakes them for their own.
 */
export function scenarioFolder(dir: string, lang: Lang, note: (text: string) => void): string {
  if (dir !== DEFAULT_FIXTURES || existsSync(dir)) return dir;
  const shipped = join(packageRoot(), DEFAULT_FIXTURES);
  const text: Bilingual = {
    id: `./${DEFAULT_FIXTURES} tidak ada; memakai skenario bawaan paket: ${shipped}`,
    en: `./${DEFAULT_FIXTURES} does not exist; using the scenarios shipped in the package: ${shipped}`,
  };
  note(`${text[lang]}\n`);
  return shipped;
}
