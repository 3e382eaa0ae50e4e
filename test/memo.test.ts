import { describe, expect, it } from 'vitest';
import { memoize, memoizeOne } from '../src/memo.js';

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

describe('memoizeOne', () => {
  it('computes a value once per string key and once per object, keeping objects apart', () => {
    const calls: unknown[] = [];
    const f = memoizeOne((k: string | { n: number }) => {
      calls.push(k);
      return typeof k === 'string' ? { text: k } : { text: String(k.n) };
    });
    const o = { n: 1 };
    const first = f('a');
    expect(f('a')).toBe(first);
    expect(f(o)).toBe(f(o));
    expect(f({ n: 1 })).not.toBe(f(o));
    expect(calls).toEqual(['a', o, { n: 1 }]);
  });

  it('starts its map of keys again past `limit` keys', () => {
    let calls = 0;
    const f = memoizeOne((k: number) => {
      calls++;
      return k * 2;
    }, 2);
    f(1);
    f(2);
    f(3); // clears 1 and 2
    f(3);
    expect(calls).toBe(3);
    expect(f(1)).toBe(2);
    expect(calls).toBe(4);
  });

  it('does not remember a computation that throws: the next call computes again', () => {
    let calls = 0;
    const f = memoizeOne((k: string) => {
      calls++;
      if (calls === 1) throw new Error(`bad ${k}`);
      return k;
    });
    expect(() => f('x')).toThrow('bad x');
    expect(f('x')).toBe('x');
    expect(calls).toBe(2);
  });

  it('forgets a promise once it rejects (a file fixed after a failed read is read again), keeps one that resolves', async () => {
    let calls = 0;
    const f = memoizeOne((k: string) => {
      calls++;
      return calls === 1 ? Promise.reject(new Error(`unreadable ${k}`)) : Promise.resolve(`${k}:${calls}`);
    });
    await expect(f('file')).rejects.toThrow('unreadable file');
    expect(await f('file')).toBe('file:2');
    expect(await f('file')).toBe('file:2');
    expect(calls).toBe(2);
  });
});

describe('memoize, rejected promises', () => {
  it('forgets a rejected promise of one object and key, and not the others', async () => {
    let calls = 0;
    const f = memoize((_o: object, k: string) => {
      calls++;
      return k === 'bad' && calls === 1 ? Promise.reject(new Error('no')) : Promise.resolve(k);
    });
    const o = {};
    await expect(f(o, 'bad')).rejects.toThrow('no');
    expect(await f(o, 'good')).toBe('good');
    expect(await f(o, 'bad')).toBe('bad');
    expect(await f(o, 'good')).toBe('good');
    expect(calls).toBe(3);
  });
});
