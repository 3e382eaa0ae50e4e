import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { memoize } from '../memo.js';
import type { Regulation } from '../regulation.js';
import { shippedRegulation } from '../rules.js';
import { loadDocument } from '../schema/document.js';
import { applyAmendment } from './apply.js';
import { type Amendment, parseAmendment } from './schema.js';
import { validateAmendment } from './validate.js';

/**
 * Reads an amendment file (YAML or JSON) and checks it against `base` (default: the shipped text): its
 * shape, and that every citation, parameter, fact and operator it names exists and that it keeps within
 * the statute. A problem is an `InputError` naming the file, with every issue as `{ path, message }`.
 */
export async function loadAmendment(file: string, base: Regulation = shippedRegulation): Promise<Amendment> {
  const amendment = parseAmendment(await loadDocument(file), file);
  const issues = validateAmendment(amendment, base);
  if (issues.length > 0) throw new InputError(issues, file);
  return amendment;
}

/** The amendment in a file (by absolute path), read and checked once per base text. */
const amendmentIn = memoize((base: Regulation, path: string) => loadAmendment(path, base));

/** The regulation under the amendment in `file` (read once per path), applied to `base`. */
export async function regulationUnder(
  file: string,
  base: Regulation = shippedRegulation,
): Promise<Regulation> {
  try {
    return applyAmendment(await amendmentIn(base, resolve(file)), base);
  } catch (e) {
    // Issues name the amendment file, as a scenario run's do, so that a drafter knows which file to fix.
    if (!(e instanceof InputError)) throw e;
    throw new InputError(
      e.issues.map((i) => ({ ...i, path: i.path ? `${file}: ${i.path}` : file })),
      file,
    );
  }
}
