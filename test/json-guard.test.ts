import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonShapeIssue, parsedShapeIssue } from '../src/json-guard.js';

// parsedShapeIssue is the batch's fast path for jsonShapeIssue (a key written twice, nesting too deep), run after
// JSON.parse: the proof that it gives the same answer on every text, with and without backslashes, blanks around
// colons, duplicate keys at any depth and nesting around the limit.

/** A JSON text of `value` with a key of one of its objects written twice (a second value before the first). */
function withDuplicate(text: string, pick: number): string | null {
  const keys = [...text.matchAll(/[{,]\s*("(?:[^"\\]|\\.)*")\s*:/g)];
  const hit = keys[pick % Math.max(1, keys.length)];
  if (!hit || hit.index === undefined) return null;
  const at = hit.index + 1;
  return `${text.slice(0, at)}${hit[1]}: 0,${text.slice(at)}`;
}

const value = fc.jsonValue({ maxDepth: 6 });
const spacing = fc.constantFrom(undefined, 0, 1, 2, '\t');

describe('parsedShapeIssue (the check after JSON.parse)', () => {
  it('agrees with the whole-text scan on texts without a repeated key', () => {
    fc.assert(
      fc.property(value, spacing, (v, space) => {
        const text = JSON.stringify(v, null, space);
        expect(parsedShapeIssue(text, JSON.parse(text))).toEqual(jsonShapeIssue(text));
      }),
      { seed: 12, numRuns: 400 },
    );
  });

  it('finds every key written twice, at any depth, and names it as the whole-text scan does', () => {
    let found = 0;
    fc.assert(
      fc.property(value, spacing, fc.nat(), (v, space, pick) => {
        const text = withDuplicate(JSON.stringify(v, null, space), pick);
        if (text === null) return;
        const fast = parsedShapeIssue(text, JSON.parse(text));
        expect(fast).not.toBeNull();
        expect(fast).toEqual(jsonShapeIssue(text));
        found++;
      }),
      { seed: 13, numRuns: 400 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('names a key repeated with escapes or blanks around its colon', () => {
    for (const text of ['{"a" : 1, "a": 2}', '{"b":{"x\\"y":1,"x\\"y":2}}', '{"\\u0061":1,"a":2}']) {
      expect(parsedShapeIssue(text, JSON.parse(text)), text).toEqual(jsonShapeIssue(text));
      expect(jsonShapeIssue(text), text).not.toBeNull();
    }
  });

  it('refuses nesting deeper than the limit with the path the whole-text scan names, and accepts it at the limit', () => {
    const nest = (n: number) => `${'{"a":['.repeat(n)}1${']}'.repeat(n)}`;
    for (const levels of [31, 32, 33, 200]) {
      const text = nest(levels);
      expect(parsedShapeIssue(text, JSON.parse(text), 64)).toEqual(jsonShapeIssue(text, 64));
    }
    expect(parsedShapeIssue(nest(32), JSON.parse(nest(32)), 64)).toBeNull();
    expect(parsedShapeIssue(nest(33), JSON.parse(nest(33)), 64)?.path).toMatch(/^a\[0\]\.a/);
  });
});
