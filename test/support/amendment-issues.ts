import { applyAmendment } from '../../src/amendment/index.js';
import { InputError, type InputIssue } from '../../src/errors.js';

/** The issues an amendment object is refused with (parse, then check against the shipped text). */
export function issuesOf(input: unknown): InputIssue[] {
  try {
    applyAmendment(input);
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  throw new Error('the amendment was accepted');
}
