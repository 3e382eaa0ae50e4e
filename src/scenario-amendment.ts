import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, inputIssue } from './errors.js';
import { unreadable } from './files.js';

// A scenario's `amendment:` names a file relative to the scenario. A scenario is data, often from someone else:
// the path may only lead within the folder tree the scenarios come from, or to the package's own fixtures, so
// that a scenario cannot make the library read (and quote in its errors) any other file on the machine.

/** The package's shipped fixtures (beside `src/` and `dist/`). */
const PACKAGE_FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

function within(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

async function real(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/**
 * The file a scenario's `amendment:` names, resolved against the scenario file and checked to lie (links
 * followed) within `root` — the folder of a `dme scenarios` run, by default the folder above the scenario's own
 * (where a sibling `amendments/` folder lives) — or within the package's fixtures. Else an `InputError` at
 * `amendment`, which names neither the file's content nor anything read from it.
 */
export async function scenarioAmendmentPath(
  scenarioFile: string,
  amendment: string,
  root: string = dirname(dirname(resolve(scenarioFile))),
): Promise<string> {
  const target = resolve(dirname(scenarioFile), amendment);
  const allowed = (path: string, roots: string[]) => roots.some((r) => within(r, path));
  // as written first (nothing outside is even looked at), then with links followed
  if (allowed(target, [resolve(root), PACKAGE_FIXTURES])) {
    let path: string;
    try {
      path = await realpath(target);
    } catch (e) {
      throw unreadable(target, e);
    }
    if (allowed(path, [await real(root), await real(PACKAGE_FIXTURES)])) return path;
  }
  throw new InputError(
    [
      inputIssue('amendment', {
        id: `${amendment} berada di luar folder skenario (${root}) dan fixtures paket; berkas perubahan skenario harus berada di dalamnya`,
        en: `${amendment} lies outside the scenario folder (${root}) and the package's fixtures; a scenario's amendment file must lie within them`,
      }),
    ],
    scenarioFile,
  );
}
