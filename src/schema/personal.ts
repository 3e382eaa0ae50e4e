import { maskDigits } from '../errors.js';

// Text a user types into a record (a name, a title, a decree number) reaches the verdict document as written.
// An NIK typed into such a field is personal data all the same: every text of the record but the `nik` fields
// (which the findings of Pasal 9 read, and the verdict shows masked) is masked as messages are.

const DIGITS = /\d{7}/;

/** Whether any text of `value` but a `nik` field has a run of 7 or more digits. */
function hasLongDigits(value: unknown): boolean {
  const stack: unknown[] = [value];
  for (let v = stack.pop(); stack.length > 0 || v !== undefined; v = stack.pop()) {
    if (typeof v === 'string') {
      if (DIGITS.test(v)) return true;
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) if (k !== 'nik') stack.push(x);
    }
  }
  return false;
}

function masked(value: unknown, key: string): unknown {
  if (typeof value === 'string') return key === 'nik' ? value : maskDigits(value);
  if (Array.isArray(value)) return value.map((x) => masked(x, ''));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) out[k] = masked(x, k);
    return out;
  }
  return value;
}

/**
 * A validated record with every text but its `nik` fields masked ({@link maskDigits}): the record itself when no
 * text has a long run of digits (the common case: one walk, no copy), else a masked copy.
 */
export function maskRecordText<T>(record: T): T {
  return hasLongDigits(record) ? (masked(record, '') as T) : record;
}
