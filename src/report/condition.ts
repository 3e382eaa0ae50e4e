// Conditions of the rule modules in readable form, for the literate view (`dme articles`), coverage and
// amendment comparisons: `awarenessActivities12m ≥ minAwarenessActivities12m (2)`.

import {
  type Comparison,
  type Condition,
  isFactRef,
  isParamRef,
  type Operator,
} from '../engine/condition.js';
import { formatDate, formatNumber } from '../explain/format.js';
import type { ParamValue } from '../parameters.js';
import type { Lang } from '../types.js';

/** How each json-rules-engine operator reads. */
export const OPERATOR_SYMBOL: Record<Lang, Record<Operator, string>> = {
  id: {
    equal: '=',
    notEqual: '≠',
    lessThan: '<',
    lessThanInclusive: '≤',
    greaterThan: '>',
    greaterThanInclusive: '≥',
    in: 'salah satu dari',
    notIn: 'bukan salah satu dari',
    contains: 'memuat',
    doesNotContain: 'tidak memuat',
  },
  en: {
    equal: '=',
    notEqual: '≠',
    lessThan: '<',
    lessThanInclusive: '≤',
    greaterThan: '>',
    greaterThanInclusive: '≥',
    in: 'in',
    notIn: 'not in',
    contains: 'contains',
    doesNotContain: 'does not contain',
  },
};

/** A value as a drafter writes it: `0.8`, `true`, `2026-01-02`, `[desa, desa-adat]`, `null`. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(showValue).join(', ')}]`;
  return String(value);
}

/** The compared value of a comparison: a literal, `param (value)`, or another fact. */
export function showCompared(leaf: Comparison, params?: Readonly<Record<string, ParamValue>>): string {
  if (isParamRef(leaf.value)) {
    const v = params?.[leaf.value.param];
    return v === undefined ? leaf.value.param : `${leaf.value.param} (${showValue(v)})`;
  }
  if (isFactRef(leaf.value)) return leaf.value.fact;
  return showValue(leaf.value);
}

/** One comparison: `awarenessActivities12m ≥ minAwarenessActivities12m (2)`. */
export function showComparison(
  leaf: Comparison,
  lang: Lang,
  params?: Readonly<Record<string, ParamValue>>,
): string {
  return `${leaf.fact} ${OPERATOR_SYMBOL[lang][leaf.operator]} ${showCompared(leaf, params)}`;
}

const WORDS = {
  id: {
    all: 'semua',
    any: 'salah satu',
    not: 'bukan',
    atLeast: 'paling sedikit',
    of: 'dari',
    met: 'terpenuhi',
    none: 'tidak ada syarat',
    each: 'setiap ketentuan dalam',
    through: 'sampai dengan',
  },
  en: {
    all: 'all of',
    any: 'any of',
    not: 'not',
    atLeast: 'at least',
    of: 'of',
    met: 'is met',
    none: 'no condition',
    each: 'each provision of',
    through: 'through',
  },
} as const;

/**
 * A condition in readable form, one line: `all of (a; b)`. Use {@link conditionLines} for a nested
 * list. Parameters are shown with their values when `params` is given.
 */
export function showCondition(
  c: Condition,
  lang: Lang,
  params?: Readonly<Record<string, ParamValue>>,
): string {
  const w = WORDS[lang];
  if ('operator' in c) return showComparison(c, lang, params);
  if ('finding' in c) {
    const range = c.through === undefined ? c.finding : `${c.finding} ${w.through} ${c.through}`;
    return c.each === true ? `${w.each} ${range}` : `${range} ${w.met}`;
  }
  if ('not' in c) return `${w.not} (${showCondition(c.not, lang, params)})`;
  if ('atLeast' in c) {
    const k =
      typeof c.atLeast === 'number'
        ? String(c.atLeast)
        : showCompared({ fact: '', operator: 'equal', value: c.atLeast }, params);
    return `${w.atLeast} ${k} ${w.of} ${c.of.length} (${c.of.map((x) => showCondition(x, lang, params)).join('; ')})`;
  }
  const parts = 'all' in c ? c.all : c.any;
  if (parts.length === 0) return `(${w.none})`;
  if (parts.length === 1 && parts[0]) return showCondition(parts[0], lang, params);
  return `${'all' in c ? w.all : w.any} (${parts.map((x) => showCondition(x, lang, params)).join('; ')})`;
}

/** A condition as indented lines (two spaces per level), for the literate view. */
export function conditionLines(
  c: Condition,
  lang: Lang,
  params?: Readonly<Record<string, ParamValue>>,
  depth = 0,
): string[] {
  const pad = '  '.repeat(depth);
  const w = WORDS[lang];
  if ('operator' in c || 'finding' in c) return [`${pad}${showCondition(c, lang, params)}`];
  if ('not' in c) return [`${pad}${w.not}:`, ...conditionLines(c.not, lang, params, depth + 1)];
  if ('atLeast' in c) {
    const k =
      typeof c.atLeast === 'number'
        ? String(c.atLeast)
        : showCompared({ fact: '', operator: 'equal', value: c.atLeast }, params);
    return [
      `${pad}${w.atLeast} ${k} ${w.of} ${c.of.length}:`,
      ...c.of.flatMap((x) => conditionLines(x, lang, params, depth + 1)),
    ];
  }
  const parts = 'all' in c ? c.all : c.any;
  if (parts.length === 0) return [`${pad}(${w.none})`];
  if (parts.length === 1 && parts[0]) return conditionLines(parts[0], lang, params, depth);
  return [
    `${pad}${'all' in c ? w.all : w.any}:`,
    ...parts.flatMap((x) => conditionLines(x, lang, params, depth + 1)),
  ];
}

/** A parameter's value as the text of the regulation reads it: `0,8` (Indonesian decimal comma), `2 Jan 2026`. */
export function showParam(value: ParamValue | undefined, lang: Lang): string {
  if (value === undefined) return '?';
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  return String(value);
}

/** A provision's text with its `{param}` placeholders replaced by the values given. */
export function renderText(
  text: string,
  params: Readonly<Record<string, ParamValue>>,
  lang: Lang = 'id',
): string {
  return text.replace(/\{([A-Za-z]\w*)\}/g, (whole, name: string) =>
    name in params ? showParam(params[name], lang) : whole,
  );
}
