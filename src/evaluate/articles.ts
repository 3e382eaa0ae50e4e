// Assembling the articles of the verdict document from their findings and obligations.

import type { ArticleDef, ObligationContext, ObligationDef } from '../define.js';
import { type Displacement, displaceObligations } from '../exceptions.js';
import { memoize } from '../memo.js';
import { citationWithin, type Regulation } from '../regulation.js';
import type { Verdict } from '../types.js';
import type { ArticleVerdict, CandidateVerdict, Finding, Obligation } from '../verdict.js';
import { combineVerdicts, parameterProvenance, provenanceOf } from './judge.js';

/**
 * The parameters read by the obligation rule being computed: set around each `compute` (which is synchronous,
 * so no other village's reads can interleave), null outside them.
 */
let reading: Set<string> | null = null;

/** Notes a parameter read while an obligation rule is computed. */
function note(name: string): void {
  reading?.add(name);
}

/**
 * The parameters of a regulation's text as an obligation rule reads them, noting each name it reads: one proxy per
 * parameter object (per regulation and date), shared by every village judged with it.
 */
const noted = memoize(
  (params: object, names: ReadonlyMap<string, unknown>) =>
    new Proxy(params, {
      get(target, name, receiver) {
        if (typeof name === 'string' && names.has(name)) note(name);
        return Reflect.get(target, name, receiver);
      },
    }),
  16,
);

/**
 * The rule context of a village as its obligation rules see it: every parameter they read, from `params` or
 * through `paramInForce` / `paramOn`, is noted (built once per village).
 */
function notingContext(regulation: Regulation, ctx: ObligationContext): ObligationContext {
  return {
    ...ctx,
    params: noted(ctx.params, regulation.parameters) as ObligationContext['params'],
    paramInForce: (name) => {
      note(name);
      return ctx.paramInForce(name);
    },
    paramOn: (name, date) => {
      note(name);
      return ctx.paramOn(name, date);
    },
  };
}

/**
 * An obligation rule's results, each with the provenance of the parameters its computation read (noted as it
 * reads them: a due date set by an [ASM] number of days shows it beside the provision's).
 */
function computeWithParameters(
  regulation: Regulation,
  o: ObligationDef,
  noting: ObligationContext,
): Obligation[] {
  const read = new Set<string>();
  const outer = reading;
  reading = read;
  let results: Obligation[];
  try {
    results = o.compute(noting);
  } finally {
    reading = outer;
  }
  if (results.length === 0 || read.size === 0) return results;
  const pp = parameterProvenance(regulation, [...read]);
  if (pp) for (const r of results) r.parameterProvenance = pp;
  return results;
}

/** The village articles' verdicts (findings and obligations, exceptions applied), and the obligations in due-date order. */
export function villageArticles(
  regulation: Regulation,
  findings: ReadonlyMap<string, Finding>,
  ctx: ObligationContext,
  displaced: readonly Displacement[],
): { articles: ArticleVerdict[]; obligations: Obligation[] } {
  const asOf = ctx.asOf;
  const obligations: Obligation[] = [];
  const articles: ArticleVerdict[] = [];
  const noting = notingContext(regulation, ctx);
  for (const article of regulation.articles) {
    if ((article.subject ?? 'village') !== 'village') continue;
    const own = (article.findings ?? []).map((f) => findings.get(f.citation) as Finding);
    const { kept: duties, notes } = displaceObligations(
      article,
      (article.obligations ?? []).flatMap((o) => computeWithParameters(regulation, o, noting)),
      displaced,
      asOf,
      provenanceOf,
    );
    obligations.push(...duties);
    if (
      own.length === 0 &&
      duties.length === 0 &&
      (article.findings ?? []).length + (article.obligations ?? []).length === 0
    ) {
      articles.push({
        article: article.article,
        title: article.title,
        verdict: 'not_applicable',
        findings: [declarativeFinding(article)],
      });
      continue;
    }
    const dutyVerdicts: Verdict[] = duties.map((d) =>
      d.status === 'late' || d.status === 'overdue'
        ? 'not_met'
        : d.status === 'met'
          ? 'met'
          : d.status === 'unknown'
            ? 'unknown'
            : 'not_applicable',
    );
    articles.push({
      article: article.article,
      title: article.title,
      verdict: combineVerdicts([...own.map((f) => f.verdict), ...dutyVerdicts]),
      findings: [...own, ...notes],
    });
  }
  obligations.sort(
    (a, b) => collator.compare(a.due ?? '9999', b.due ?? '9999') || collator.compare(a.citation, b.citation),
  );
  return { articles, obligations };
}

/**
 * The candidate articles' verdicts: each combines, for every Calon PMI, the findings within that article (none:
 * not applicable), so that an inserted Pasal 9A a candidate fails does not fail Pasal 9 with it.
 */
export function candidateArticles(
  regulation: Regulation,
  candidates: readonly CandidateVerdict[],
): ArticleVerdict[] {
  const articles: ArticleVerdict[] = [];
  for (const article of regulation.articles) {
    if (article.subject !== 'candidate') continue;
    const citation = `Pasal ${article.article}`;
    const verdicts = candidates.map((c) =>
      combineVerdicts(c.findings.filter((f) => citationWithin(f.citation, citation)).map((f) => f.verdict)),
    );
    articles.push({
      article: article.article,
      title: article.title,
      verdict: verdicts.length === 0 ? 'not_applicable' : combineVerdicts(verdicts),
      findings: [],
    });
  }
  return articles;
}

function declarativeFinding(article: ArticleDef): Finding {
  const reason = article.provisions.find((p) => p.declarative)?.declarative ?? {
    id: 'Ketentuan deklaratif; tidak ada yang dinilai.',
    en: 'Declarative provision; nothing to evaluate.',
  };
  return {
    citation: `Pasal ${article.article}`,
    verdict: 'not_applicable',
    message: reason,
    values: {},
    provenance: provenanceOf(article, `Pasal ${article.article}`),
  };
}

/** `String.prototype.localeCompare`'s order (the default locale), without building a collator per call. */
const collator = new Intl.Collator();
