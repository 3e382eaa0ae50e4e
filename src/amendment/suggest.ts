// Suggestions for a misspelt name: the nearest names, operator aliases, "did you mean".

import levenshtein from 'damerau-levenshtein';
import type { Operator } from '../engine/condition.js';
import { LIMITS } from '../limits.js';
import type { Bilingual } from '../types.js';

const ARTICLE_OF = /^Pasal (\d+)([A-Z]?)(?: |$)/;

/** The article a citation names (`Pasal 7 ayat (3)` → 7, `Pasal 17A ayat (1)` → '17A'), or null. */
export function articleOf(citation: string): number | string | null {
  const m = ARTICLE_OF.exec(citation);
  if (!m) return null;
  return m[2] ? `${m[1]}${m[2]}` : Number(m[1]);
}

/**
 * The names nearest to a misspelt one, best first: those it begins or is part of, then by edit distance. The
 * search is bounded (an edit distance costs the product of the two lengths): a name longer than
 * `LIMITS.suggestionChars` gets no suggestion, and only the first `LIMITS.suggestionCandidates` names are compared.
 */
export function nearest(name: string, candidates: readonly string[], max = 3): string[] {
  if (candidates.length === 0 || name.length === 0 || name.length > LIMITS.suggestionChars) return [];
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.ceil(name.length / 3));
  return candidates
    .slice(0, LIMITS.suggestionCandidates)
    .filter((c) => c.length <= LIMITS.suggestionChars + limit)
    .map((c) => {
      const cl = c.toLowerCase();
      const d =
        cl.startsWith(lower) || (lower.length >= 4 && cl.includes(lower)) ? 0 : levenshtein(lower, cl).steps;
      return { c, d };
    })
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

/** Operators as people often write them, and json-rules-engine's name for each. */
export const OPERATOR_ALIASES: Record<string, Operator> = {
  '=': 'equal',
  '==': 'equal',
  eq: 'equal',
  equals: 'equal',
  '!=': 'notEqual',
  ne: 'notEqual',
  '<': 'lessThan',
  lt: 'lessThan',
  '<=': 'lessThanInclusive',
  lte: 'lessThanInclusive',
  '>': 'greaterThan',
  gt: 'greaterThan',
  '>=': 'greaterThanInclusive',
  gte: 'greaterThanInclusive',
};

export function didYouMean(name: string, candidates: readonly string[]): Bilingual {
  const near = nearest(name, candidates);
  if (near.length === 0) return { id: '', en: '' };
  return { id: ` Maksud Anda: ${near.join(', ')}?`, en: ` Did you mean: ${near.join(', ')}?` };
}
