import { maskDigits } from '../errors.js';

// Text a user types into a record (a name, a title, a decree number) reaches the verdict document as written.
// An NIK typed into such a field is personal data all the same: every text of the record but the `nik` fields
// (which the findings of Pasal 9 read, and the verdict shows masked) is masked as messages are.

const DIGITS = /\d{7}/;

/**
 * `value` with every text but its `nik` fields masked, copying only the objects and lists on the way to a text
 * that changes: `value` itself when none does. One walk, no copy and no allocation in the common case.
 */
function masked(value: unknown, key: string): unknown {
  if (typeof value === 'string')
    return key !== 'nik' && value.length >= 7 && DIGITS.test(value) ? maskDigits(value) : value;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i];
      const m = masked(x, '');
      if (m !== x) {
        copy ??= value.slice();
        copy[i] = m;
      }
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  const object = value as Record<string, unknown>;
  for (const k in object) {
    const x = object[k];
    const m = masked(x, k);
    if (m !== x) {
      copy ??= { ...object };
      copy[k] = m;
    }
  }
  return copy ?? value;
}

/**
 * A validated record with every text but its `nik` fields masked ({@link maskDigits}): the record itself when no
 * text has a long run of digits (the common case: one walk, no copy), else a masked copy.
 */
export function maskRecordText<T>(record: T): T {
  return masked(record, '') as T;
}
