import { memoizeOne } from './memo.js';
import { citationWithin } from './regulation.js';

// The order of citations as UU 12/2011 Lampiran II numbers them, inserted units included: `Pasal 17` <
// `Pasal 17A` < `Pasal 18`; `ayat (3)` < `ayat (3a)` < `ayat (4)`; `huruf b` < `huruf b1` < `huruf c`; a
// unit sorts right after the unit that contains it.

const UNIT = /(Pasal|ayat|huruf|angka) \(?([0-9]+|[a-z]+)([A-Za-z]+|[0-9]+)?\)?/g;
const LEVEL: Record<string, number> = { Pasal: 0, ayat: 1, huruf: 2, angka: 3 };

type Key = readonly (readonly [number, number, string])[];

/** The sort key of a citation: per unit its level, its number (a huruf's letters as a number) and suffix. */
const keyOf = memoizeOne((citation: string): Key => {
  const out: [number, number, string][] = [];
  for (const m of citation.matchAll(UNIT)) {
    const level = LEVEL[m[1] ?? ''] ?? 9;
    const body = m[2] ?? '';
    const n = /^[0-9]+$/.test(body)
      ? Number(body)
      : [...body].reduce((acc, ch) => acc * 27 + (ch.charCodeAt(0) - 96), 0);
    out.push([level, n, (m[3] ?? '').toLowerCase()]);
  }
  return out;
}, 10_000);

/** Compares two citations in the order of the regulation (negative: `a` comes first). */
export function compareCitations(a: string, b: string): number {
  if (a === b) return 0;
  const ka = keyOf(a);
  const kb = keyOf(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const x = ka[i] as readonly [number, number, string];
    const y = kb[i] as readonly [number, number, string];
    if (x[0] !== y[0]) return x[0] - y[0];
    if (x[1] !== y[1]) return x[1] - y[1];
    if (x[2] !== y[2]) {
      if (x[2] === '') return -1;
      if (y[2] === '') return 1;
      const nx = Number(x[2]);
      const ny = Number(y[2]);
      return Number.isNaN(nx) || Number.isNaN(ny) ? (x[2] < y[2] ? -1 : 1) : nx - ny;
    }
  }
  return ka.length - kb.length;
}

/** Compares two article numbers in the order of the regulation (`17` < `'17A'` < `18`). */
export function compareArticles(a: number | string, b: number | string): number {
  return compareCitations(`Pasal ${a}`, `Pasal ${b}`);
}

/**
 * Whether `citation` lies in `from` (or in the range `from` sampai dengan `through`: "Pasal 4 ayat (1) sampai
 * dengan ayat (4)", inserted units between them included).
 */
export function citationInRange(citation: string, from: string, through?: string): boolean {
  if (citationWithin(citation, from)) return true;
  if (through === undefined) return false;
  return (
    compareCitations(from, citation) < 0 &&
    (citationWithin(citation, through) || compareCitations(citation, through) <= 0)
  );
}
