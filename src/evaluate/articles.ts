// Assembling the articles of the verdict document from their findings and obligations.

import type { ArticleDef, ObligationContext, ObligationDef } from '../define.js';
import { type Displacement, displaceObligations } from '../exceptions.js';
import { citationWithin, type Regulation } from '../regulation.js';
import type { Verdict } from '../types.js';
import type { ArticleVerdict, CandidateVerdict, Finding, Obligation } from '../verdict.js';
import { combineVerdicts, provenanceOf } from './judge.js';
import { notingContext, parametersRead } from './noting.js';

/**
 * An obligation rule's results, each with the provenance of the parameters its computation read (noted as it
 * reads them: a due date set by an [ASM] number of days shows it beside the provision's).
 */
function computeWithParameters(
  regulation: Regulation,
  o: ObligationDef,
  noting: ObligationContext,
): Obligation[] {
  const { value: results, parameterProvenance } = parametersRead(regulation, () => o.compute(noting));
  if (parameterProvenance) for (const r of results) r.parameterProvenance = parameterProvenance;
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
