import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** The directory of this package (where its package.json, `fixtures/` and `schemas/` are), from `src/` or `dist/`. */
export function packageRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('../package.json'));
}
