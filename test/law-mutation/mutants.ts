// The static mutants of the rule modules, made on the regulation's data rather than on its source: what a one-token
// change of a `when` condition, a parameter's value or a `decides` list in rules/pasal-NN/index.ts would give.
// Each mutant is a change of one article's definition; the regulation is then built from the articles as
// `src/rules.ts` builds the shipped one (docs/mutation.md, "The law's data: static mutants").

import { plusDays } from '../../src/dates.js';
import type { ArticleDef, ArticleNumber, FindingDef, StatusDecisions } from '../../src/define.js';
import {
  type Comparison,
  type Condition,
  isFactRef,
  isParamRef,
  type Literal,
  type Operator,
} from '../../src/engine/condition.js';
import { parameterStep } from '../../src/parameter-step.js';
import type { ParameterDef, ParamValue } from '../../src/parameters.js';

/** What part of the law's data a mutant changes. */
export type MutantKind =
  | 'operator'
  | 'value'
  | 'combinator'
  | 'not'
  | 'part'
  | 'atLeast'
  | 'reference'
  | 'kind'
  | 'parameter'
  | 'decides'
  | 'displaces';

/** One change of the law's data. */
export interface LawMutant {
  /** `Pasal 7 #12`: the article and the mutant's place in the order they are made (stable while the data is). */
  id: string;
  article: ArticleNumber;
  /** The provision whose data it changes: the finding's citation, the provision quoting the parameter. */
  citation: string;
  kind: MutantKind;
  /** The change, as a reader of the source would see it: `minAwarenessActivities12m 2 → 3`. */
  change: string;
  /** The article's definition with the change made (the others are unchanged). */
  mutate(article: ArticleDef): ArticleDef;
}

/**
 * Stryker's EqualityOperator mutations, in json-rules-engine's names: the boundary moved (`>=` → `>`) and
 * the comparison turned round (`>=` → `<`), each equality negated. (A count compared with `equal` is also made
 * `greaterThanInclusive` and `lessThanInclusive`: see `conditionMutants`.)
 */
export const NEIGHBOURS: Readonly<Record<Operator, readonly Operator[]>> = {
  greaterThanInclusive: ['greaterThan', 'lessThan'],
  greaterThan: ['greaterThanInclusive', 'lessThanInclusive'],
  lessThanInclusive: ['lessThan', 'greaterThan'],
  lessThan: ['lessThanInclusive', 'greaterThanInclusive'],
  equal: ['notEqual'],
  notEqual: ['equal'],
  in: ['notIn'],
  notIn: ['in'],
  contains: ['doesNotContain'],
  doesNotContain: ['contains'],
};

/** A step into a condition: a list and a position in it, or the operand of `not`. */
type Step = readonly ['all' | 'any' | 'of', number] | readonly ['not'];
type Path = readonly Step[];

/** Every node of a condition with the path to it, depth first. */
function* nodes(c: Condition, path: Path = []): Generator<[Condition, Path]> {
  yield [c, path];
  if ('all' in c) for (const [i, x] of c.all.entries()) yield* nodes(x, [...path, ['all', i]]);
  else if ('any' in c) for (const [i, x] of c.any.entries()) yield* nodes(x, [...path, ['any', i]]);
  else if ('not' in c) yield* nodes(c.not, [...path, ['not']]);
  else if ('atLeast' in c) for (const [i, x] of c.of.entries()) yield* nodes(x, [...path, ['of', i]]);
}

/** The condition with the node at `path` replaced (copies along the path; the original is untouched). */
function replaceAt(c: Condition, path: Path, next: Condition): Condition {
  const [step, ...rest] = path;
  if (step === undefined) return next;
  if (step[0] === 'not' && 'not' in c) return { not: replaceAt(c.not, rest, next) };
  if (step[0] === 'not') throw new Error('no not at this path');
  const [key, index] = step;
  const list = (c as unknown as Record<string, Condition[]>)[key];
  if (!list) throw new Error(`no ${key} at this path`);
  return { ...c, [key]: list.map((x, i) => (i === index ? replaceAt(x, rest, next) : x)) } as Condition;
}

/** `all[1]` / `not` / `of[0]`: where in a condition a node is. */
function showPath(path: Path): string {
  return path.map((s) => (s[0] === 'not' ? 'not' : `${s[0]}[${s[1]}]`)).join('.');
}

function showValue(v: Comparison['value']): string {
  if (isParamRef(v)) return v.param;
  if (isFactRef(v)) return v.fact;
  return JSON.stringify(v);
}

/** A node as the source writes it, shortly: `teamSize lessThanInclusive maxTeamSize`, `{finding: Pasal 7}`. */
function showNode(c: Condition): string {
  if ('operator' in c) return `${c.fact} ${c.operator} ${showValue(c.value)}`;
  if ('finding' in c)
    return `{finding: ${c.finding}${c.through ? ` through ${c.through}` : ''}${c.each ? ', each' : ''}}`;
  if ('not' in c) return `not(${showNode(c.not)})`;
  if ('all' in c) return `all(${c.all.length})`;
  if ('any' in c) return `any(${c.any.length})`;
  return `atLeast ${isParamRef(c.atLeast) ? c.atLeast.param : c.atLeast} of ${c.of.length}`;
}

/** A numeric literal moved by one step: 1 for whole numbers, 0.01 for fractions (shares). */
function numberSteps(n: number): number[] {
  const step = Number.isInteger(n) ? 1 : 0.01;
  return [n - step, n + step].map((x) => Math.round(x * 10_000) / 10_000);
}

/** The literal values a compared value could have been written as instead (Stryker's literal mutators and a step). */
function literalMutants(v: Literal): { value: Literal; change: string }[] {
  const show = (x: Literal) => JSON.stringify(x);
  if (typeof v === 'number') return numberSteps(v).map((x) => ({ value: x, change: `${v} → ${x}` }));
  if (typeof v === 'boolean') return [{ value: !v, change: `${v} → ${!v}` }];
  if (typeof v === 'string') return v === '' ? [] : [{ value: '', change: `${show(v)} → ""` }];
  if (Array.isArray(v)) {
    const out = v.map((_, i) => {
      const rest = v.filter((__, j) => j !== i);
      return { value: rest as Literal, change: `${show(v)} → ${show(rest)}` };
    });
    if (v.length >= 2) out.push({ value: [], change: `${show(v)} → []` });
    return out;
  }
  return [];
}

/** A condition's mutants: each as the new condition and the change, at a path. */
function conditionMutants(
  when: Condition,
  siblings: (param: string) => readonly string[],
): { kind: MutantKind; change: string; when: Condition }[] {
  const out: { kind: MutantKind; change: string; when: Condition }[] = [];
  for (const [node, path] of nodes(when)) {
    const at = path.length > 0 ? `${showPath(path)} ` : '';
    const put = (kind: MutantKind, change: string, next: Condition) =>
      out.push({ kind, change: `${at}${change}`, when: replaceAt(when, path, next) });
    if ('operator' in node) {
      for (const op of NEIGHBOURS[node.operator])
        put('operator', `${node.fact}: ${node.operator} → ${op}`, { ...node, operator: op });
      // "exactly n" written as "at least n" or "at most n": the slip a drafter makes with a count
      if (node.operator === 'equal' && typeof node.value === 'number')
        for (const op of ['greaterThanInclusive', 'lessThanInclusive'] as const)
          put('operator', `${node.fact}: equal → ${op}`, { ...node, operator: op });
      // another parameter of the article in the same unit compared instead (minFamilyMembers for minReturneeMembers)
      if (isParamRef(node.value))
        for (const other of siblings(node.value.param))
          put('value', `${node.fact} ${node.operator}: ${node.value.param} → ${other}`, {
            ...node,
            value: { param: other },
          });
      if (!isParamRef(node.value) && !isFactRef(node.value))
        for (const m of literalMutants(node.value as Literal))
          put('value', `${node.fact} ${node.operator}: ${m.change}`, { ...node, value: m.value });
    } else if ('all' in node || 'any' in node) {
      const [key, other] = 'all' in node ? (['all', 'any'] as const) : (['any', 'all'] as const);
      const parts = 'all' in node ? node.all : node.any;
      const list = (k: 'all' | 'any', xs: Condition[]): Condition =>
        k === 'all' ? { all: xs } : { any: xs };
      // all and any of one condition are the same condition, unless it stands for several findings (`each`)
      if (parts.length >= 2 || parts.some((p) => 'finding' in p && p.each))
        put('combinator', `${key} → ${other}`, list(other, parts));
      partMutants(key, parts, (change, rest) => put('part', change, list(key, rest)));
    } else if ('not' in node) {
      put('not', `not removed: ${showNode(node)} → ${showNode(node.not)}`, node.not);
    } else if ('atLeast' in node) {
      // a parameter as the count is mutated as the parameter's value
      if (typeof node.atLeast === 'number')
        for (const k of numberSteps(node.atLeast))
          put('atLeast', `atLeast ${node.atLeast} → ${k}`, { ...node, atLeast: k });
      partMutants('of', node.of, (change, rest) => put('part', change, { ...node, of: rest }));
    } else {
      if (node.each) {
        const { each: _, ...whole } = node;
        put('reference', `${showNode(node)}: each: true → false`, whole);
      }
      if (node.through !== undefined) {
        const { through: _, ...first } = node;
        put('reference', `${showNode(node)}: through removed`, first);
      }
    }
  }
  return out;
}

/** Each part of a list dropped in turn, and (Stryker's ArrayDeclaration) the list emptied. */
function partMutants(
  key: string,
  parts: readonly Condition[],
  put: (change: string, rest: Condition[]) => void,
): void {
  parts.forEach((p, i) => {
    put(
      `${key}: ${showNode(p)} dropped`,
      parts.filter((_, j) => j !== i),
    );
  });
  if (parts.length >= 2) put(`${key}: [${parts.length} parts] → []`, []);
}

/** The provisions of an article whose text quotes a parameter (`{name}`), else the findings that compare it. */
function citationOfParameter(article: ArticleDef, name: string): string {
  const quoting = article.provisions.filter((p) => p.text.includes(`{${name}}`)).map((p) => p.citation);
  if (quoting.length > 0) return quoting.join(', ');
  const comparing = (article.findings ?? [])
    .filter((f) => JSON.stringify(f.when).includes(`{"param":"${name}"}`))
    .map((f) => f.citation);
  return comparing.length > 0 ? comparing.join(', ') : `Pasal ${article.article}`;
}

function withFinding(article: ArticleDef, citation: string, next: FindingDef): ArticleDef {
  return { ...article, findings: (article.findings ?? []).map((f) => (f.citation === citation ? next : f)) };
}

function withDecides(article: ArticleDef, decides: StatusDecisions): ArticleDef {
  return { ...article, decides };
}

type Draft = Omit<LawMutant, 'id' | 'article'>;

/** The article's other parameters in the unit of `name`. */
function sameUnit(article: ArticleDef, name: string): string[] {
  const params: Record<string, ParameterDef> = article.parameters ?? {};
  const unit = params[name]?.unit;
  return Object.keys(params).filter((p) => p !== name && params[p]?.unit === unit);
}

function findingMutants(article: ArticleDef): Draft[] {
  const out: Draft[] = [];
  for (const finding of article.findings ?? []) {
    for (const m of conditionMutants(finding.when as Condition, (p) => sameUnit(article, p))) {
      out.push({
        citation: finding.citation,
        kind: m.kind,
        change: m.change,
        mutate: (a) => withFinding(a, finding.citation, { ...finding, when: m.when } as FindingDef),
      });
    }
    if (finding.kind === 'classification') {
      const { kind: _, ...requirement } = finding;
      out.push({
        citation: finding.citation,
        kind: 'kind',
        change: `kind: classification → requirement`,
        mutate: (a) => withFinding(a, finding.citation, requirement as FindingDef),
      });
    }
  }
  return out;
}

function parameterMutants(article: ArticleDef): Draft[] {
  const out: Draft[] = [];
  for (const [name, def] of Object.entries<ParameterDef>(article.parameters ?? {})) {
    const step = parameterStep(def);
    const dates = Object.keys(def.values).sort();
    for (const date of dates) {
      const dated = def.values[date];
      if (!dated) continue;
      const moved = new Set<ParamValue>([step.move(dated.value, -1), step.move(dated.value, 1)]);
      for (const value of moved) {
        const values = { ...def.values, [date]: { ...dated, value } };
        out.push({
          citation: citationOfParameter(article, name),
          kind: 'parameter',
          change: `${name} ${dated.value} → ${value}${dates.length > 1 ? ` (from ${date})` : ''}`,
          mutate: (a) => ({ ...a, parameters: { ...a.parameters, [name]: { ...def, values } } }),
        });
      }
    }
    // the day a later value applies from, a day early or late (the first value's day cannot matter: it applies
    // before any date too)
    for (const date of dates.slice(1)) {
      const dated = def.values[date];
      if (!dated) continue;
      for (const day of [plusDays(date, -1), plusDays(date, 1)]) {
        if (def.values[day] !== undefined) continue;
        const values = Object.fromEntries(
          Object.entries(def.values).map(([d, v]) => (d === date ? [day, v] : [d, v])),
        );
        out.push({
          citation: citationOfParameter(article, name),
          kind: 'parameter',
          change: `${name} ${dated.value} from ${date} → from ${day}`,
          mutate: (a) => ({ ...a, parameters: { ...a.parameters, [name]: { ...def, values } } }),
        });
      }
    }
  }
  return out;
}

/** What `decides` names, each taken away: as Stryker's `''` for the citation does (it then names no finding). */
function decidesMutants(article: ArticleDef): Draft[] {
  const d = article.decides;
  if (!d) return [];
  const out: Draft[] = [];
  (d.eligibility ?? []).forEach((citation, i) => {
    out.push({
      citation,
      kind: 'decides',
      change: `decides.eligibility: ${citation} dropped`,
      mutate: (a) => withDecides(a, { ...d, eligibility: (d.eligibility ?? []).filter((_, j) => j !== i) }),
    });
  });
  for (const key of ['pocket', 'revocation', 'outstanding'] as const) {
    const citation = d[key];
    if (citation === undefined) continue;
    const { [key]: _, ...rest } = d;
    out.push({
      citation,
      kind: 'decides',
      change: `decides.${key}: ${citation} → (none)`,
      mutate: (a) => withDecides(a, rest),
    });
  }
  for (const [result, citation] of Object.entries(d.evaluationResult ?? {})) {
    const rest = Object.fromEntries(Object.entries(d.evaluationResult ?? {}).filter(([r]) => r !== result));
    out.push({
      citation,
      kind: 'decides',
      change: `decides.evaluationResult.${result}: ${citation} → (none)`,
      mutate: (a) =>
        withDecides(a, { ...d, evaluationResult: rest as StatusDecisions['evaluationResult'] & {} }),
    });
  }
  return out;
}

/** What each exception displaces, taken away (Stryker's `''`: it then displaces nothing). */
function exceptionMutants(article: ArticleDef): Draft[] {
  return (article.exceptions ?? []).map((exception, i) => ({
    citation: exception.citation,
    kind: 'displaces' as const,
    change: `displaces: ${exception.displaces} → (none)`,
    mutate: (a: ArticleDef) => ({
      ...a,
      exceptions: (a.exceptions ?? []).map((e, j) => (j === i ? { ...e, displaces: '' } : e)),
    }),
  }));
}

/**
 * Every mutant of the law's data of these articles: conditions, parameters, what each article decides and what
 * its exceptions displace.
 */
export function lawMutants(articles: readonly ArticleDef[]): LawMutant[] {
  return articles.flatMap((article) =>
    [
      ...findingMutants(article),
      ...parameterMutants(article),
      ...decidesMutants(article),
      ...exceptionMutants(article),
    ].map((m, i) => ({
      ...m,
      id: `Pasal ${article.article} #${i + 1}`,
      article: article.article,
    })),
  );
}

/** The articles with one mutant's change made to its article. */
export function mutatedArticles(articles: readonly ArticleDef[], mutant: LawMutant): ArticleDef[] {
  return articles.map((a) => (a.article === mutant.article ? mutant.mutate(a) : a));
}
