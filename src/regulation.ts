import { candidateFacts, villageFacts } from '../rules/facts.js';
import { citationInRange } from './citation.js';
import type { ArticleDef, FindingDef, Subject } from './define.js';
import { findingRefNodes, forEachComparison, isFactRef, isParamRef } from './engine/condition.js';
import { memoizeOne } from './memo.js';
import { type ParamValue, type RegisteredParameter, valueOn } from './parameters.js';
import type { DateString } from './types.js';

/** A finding as registered: its definition and its article. */
export interface RegisteredFinding {
  article: ArticleDef;
  finding: FindingDef;
  subject: Subject;
}

/** A complete, checked encoding of the regulation (the shipped text, or the text under an amendment). */
export interface Regulation {
  title: string;
  version: string;
  /** The amendment this text is under, or null for the shipped text. */
  amendment: { title: string; description?: string } | null;
  articles: readonly ArticleDef[];
  parameters: ReadonlyMap<string, RegisteredParameter>;
  findings: ReadonlyMap<string, RegisteredFinding>;
  /** Findings of each subject in evaluation order (a finding after those it refers to). */
  order: Readonly<Record<Subject, readonly RegisteredFinding[]>>;
}

/**
 * Whether a provision is in the text of a regulation: false when an amendment removed it, or the ayat or article
 * that holds it (one function per regulation, as the rules' contexts carry it).
 */
export const inTextOf = memoizeOne((regulation: Regulation): ((citation: string) => boolean) => {
  const removed = regulation.articles.flatMap((a) =>
    a.provisions.filter((p) => p.removed).map((p) => p.citation),
  );
  if (removed.length === 0) return () => true;
  return (citation) => !removed.some((r) => citationWithin(citation, r));
});

/** Whether `citation` is `prefix` or a unit inside it (`Pasal 7 ayat (3)` is inside `Pasal 7`). */
export function citationWithin(citation: string, prefix: string): boolean {
  // (without building `${prefix} `: this runs thousands of times per village)
  return (
    citation === prefix ||
    (citation.length > prefix.length &&
      citation.charCodeAt(prefix.length) === 32 &&
      citation.startsWith(prefix))
  );
}

/**
 * Builds and checks a regulation from its article modules: citations are unique and cite the article's own
 * text, every fact, parameter and finding a condition names exists, and references have no cycle. A
 * problem here is a programming (or amendment) error, reported with every problem found.
 */
export function buildRegulation(
  articles: readonly ArticleDef[],
  meta: { title: string; version: string; amendment?: Regulation['amendment'] },
): Regulation {
  const problems: string[] = [];
  const parameters = new Map<string, RegisteredParameter>();
  const findings = new Map<string, RegisteredFinding>();
  for (const article of articles) {
    for (const [name, def] of Object.entries(article.parameters ?? {})) {
      if (parameters.has(name)) problems.push(`parameter ${name} is defined twice`);
      parameters.set(name, { ...(def as RegisteredParameter), name, article: article.article });
    }
    const subject = article.subject ?? 'village';
    for (const finding of article.findings ?? []) {
      if (findings.has(finding.citation)) problems.push(`${finding.citation} is encoded twice`);
      if (!article.provisions.some((p) => citationWithin(finding.citation, p.citation))) {
        problems.push(`${finding.citation} has no text in Pasal ${article.article}`);
      }
      findings.set(finding.citation, { article, finding, subject });
    }
  }
  const articleNumbers = new Set(articles.map((a) => `Pasal ${a.article}`));
  for (const { finding, subject } of findings.values()) {
    const facts: Record<string, unknown> = subject === 'village' ? villageFacts : candidateFacts;
    forEachComparison(finding.when, (leaf) => {
      if (!(leaf.fact in facts)) problems.push(`${finding.citation}: unknown fact ${leaf.fact}`);
      if (isFactRef(leaf.value) && !(leaf.value.fact in facts)) {
        problems.push(`${finding.citation}: unknown fact ${leaf.value.fact}`);
      }
      if (isParamRef(leaf.value) && !parameters.has(leaf.value.param)) {
        problems.push(`${finding.citation}: unknown parameter ${leaf.value.param}`);
      }
    });
    for (const ref of findingRefNodes(finding.when)) {
      const targets = [...findings.values()].filter((f) =>
        citationInRange(f.finding.citation, ref.finding, ref.through),
      );
      if (targets.length === 0 && !articleNumbers.has(ref.finding))
        problems.push(`${finding.citation}: unknown citation ${ref.finding}`);
      // a village finding may not turn on a Calon PMI finding, nor the reverse
      const other = targets.find((t) => t.subject !== subject);
      if (other)
        problems.push(
          `${finding.citation}: refers to ${other.finding.citation}, which judges another subject`,
        );
    }
  }
  const order: Record<Subject, RegisteredFinding[]> = { village: [], candidate: [] };
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (citation: string, from: string) => {
    const mark = state.get(citation);
    if (mark === 'done') return;
    if (mark === 'visiting') {
      problems.push(`${from}: circular reference through ${citation}`);
      return;
    }
    state.set(citation, 'visiting');
    const reg = findings.get(citation);
    if (reg) {
      for (const ref of findingRefNodes(reg.finding.when)) {
        if (findings.has(ref.finding) && ref.through === undefined) visit(ref.finding, citation);
        else
          for (const f of findings.values())
            if (citationInRange(f.finding.citation, ref.finding, ref.through))
              visit(f.finding.citation, citation);
      }
      order[reg.subject].push(reg);
    }
    state.set(citation, 'done');
  };
  for (const citation of findings.keys()) visit(citation, citation);
  if (problems.length > 0) throw new Error(`The encoding is inconsistent:\n- ${problems.join('\n- ')}`);
  return {
    title: meta.title,
    version: meta.version,
    amendment: meta.amendment ?? null,
    articles,
    parameters,
    findings,
    order,
  };
}

/** The values of every parameter in force on `asOf`. */
export function parametersOn(regulation: Regulation, asOf: DateString): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [name, def] of regulation.parameters) out[name] = valueOn(def, asOf).value;
  return out;
}
