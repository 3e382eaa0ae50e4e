import { describe, expect, it } from 'vitest';
import { memoize } from '../src/memo.js';

describe('memoize', () => {
  it('computes a value once per object and key', () => {
    const calls: string[] = [];
    const f = memoize((o: { name: string }, k: string) => {
      calls.push(`${o.name}/${k}`);
      return { text: `${o.name}:${k}` };
    });
    const a = { name: 'a' };
    const first = f(a, 'x');
    expect(f(a, 'x')).toBe(first);
    expect(f(a, 'y')).toEqual({ text: 'a:y' });
    expect(calls).toEqual(['a/x', 'a/y']);
  });

  it('keeps the values of different objects apart, even under equal keys', () => {
    const f = memoize((o: { n: number }, k: number) => o.n * k);
    expect(f({ n: 2 }, 3)).toBe(6);
    expect(f({ n: 5 }, 3)).toBe(15);
  });

  it("forgets an object's values once it holds `limit` keys, and computes them again", () => {
    let calls = 0;
    const f = memoize((_o: object, k: number) => {
      calls++;
      return k;
    }, 2);
    const o = {};
    f(o, 1);
    f(o, 2);
    f(o, 3); // the third key clears the first two
    expect(calls).toBe(3);
    f(o, 3);
    expect(calls).toBe(3);
    f(o, 1);
    expect(calls).toBe(4);
  });
});
