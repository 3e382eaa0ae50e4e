// Applying an amendment: copies of the article modules with the changes made, built into a new Regulation.

import { compareArticles, compareCitations } from '../citation.js';
import type { ArticleDef, ExceptionDef, FindingDef, ObligationDef, Provision } from '../define.js';
import type { Condition } from '../engine/condition.js';
import { InputError, inputIssue } from '../errors.js';
import { memoize } from '../memo.js';
import type { DatedValue, ParameterDef } from '../parameters.js';
import { buildRegulation, citationWithin, type Regulation } from '../regulation.js';
import { shippedRegulation } from '../rules.js';
import type { Bilingual } from '../types.js';
import { amendedExplain } from './explain.js';
import {
  type Amendment,
  type AmendmentChange,
  type ArticleChange,
  type ExceptionChange,
  isAmendment,
  type ParameterChange,
  type ProvisionChange,
  parseAmendment,
} from './schema.js';
import { articleOf } from './suggest.js';
import { checkReachable, insertedArticle, validateAmendment } from './validate.js';

/** A new citation goes where the text numbers it (`… huruf d` after `… huruf c`, `ayat (3a)` after `ayat (3)`). */
function insertProvision(provisions: Provision[], provision: Provision): void {
  const at = provisions.findIndex((p) => compareCitations(provision.citation, p.citation) < 0);
  if (at < 0) provisions.push(provision);
  else provisions.splice(at, 0, provision);
}

function amendedNote(title: string, original?: Provision): string {
  const was = original
    ? ` (semula [${original.provenance}]${original.provenanceNote ? ` ${original.provenanceNote}` : ''})`
    : '';
  return `diubah oleh perubahan "${title}"${was}`;
}

interface Draft {
  article: ArticleDef;
  provisions: Provision[];
  parameters: Record<string, ParameterDef>;
  findings: FindingDef[];
  obligations: ObligationDef[];
  exceptions: ExceptionDef[];
}

function applyParameter(drafts: Draft[], change: ParameterChange, title: string): void {
  const draft = drafts.find((d) => change.parameter in d.parameters);
  const def = draft?.parameters[change.parameter];
  if (!draft || !def) return;
  const reference = change.reference ?? `Perubahan "${title}"`;
  let values: Record<string, DatedValue>;
  if (change.value !== undefined) {
    const first = Object.keys(def.values).sort()[0] ?? '2026-01-02';
    values = { [first]: { value: change.value, reference } };
  } else {
    values = { ...def.values };
    for (const [date, value] of Object.entries(change.values ?? {})) values[date] = { value, reference };
  }
  // the amended values are the drafter's figures, not the statute's or a public statement: a working assumption
  // until confirmed, shown as such beside every finding and obligation that turns on them
  draft.parameters[change.parameter] = { ...def, values, provenance: 'ASM' };
}

/** Why a removed provision is no longer judged: its condition (when it had one), or the provision itself. */
function removedReason(citation: string, condition: boolean, title: string): Bilingual {
  return condition
    ? {
        id: `Syarat ${citation} dihapus oleh perubahan "${title}"; tidak dinilai lagi.`,
        en: `The condition of ${citation} is removed by the amendment "${title}"; it is no longer judged.`,
      }
    : {
        id: `${citation} dihapus oleh perubahan "${title}"; tidak dinilai lagi.`,
        en: `${citation} is removed by the amendment "${title}"; it is no longer judged.`,
      };
}

function applyProvision(drafts: Draft[], change: ProvisionChange, title: string): void {
  const n = articleOf(change.citation);
  const draft = drafts.find((d) => d.article.article === n);
  if (!draft) return;
  const index = draft.provisions.findIndex((p) => p.citation === change.citation);
  const original = index >= 0 ? draft.provisions[index] : undefined;
  if (change.text !== undefined) {
    const provision: Provision = {
      citation: change.citation,
      text: change.text,
      provenance: 'ASM',
      provenanceNote: original ? amendedNote(title, original) : `ditambahkan oleh perubahan "${title}"`,
    };
    if (original?.declarative && change.when === undefined) provision.declarative = original.declarative;
    if (original) draft.provisions[index] = provision;
    else insertProvision(draft.provisions, provision);
  }
  const at = draft.findings.findIndex((f) => f.citation === change.citation);
  const existing = at >= 0 ? draft.findings[at] : undefined;
  if (change.remove) {
    // everything encoded within the citation drops out: its conditions (kept as removed, so that a reference
    // to them says why they no longer count), its obligations and its exceptions
    const conditions = new Set<string>();
    draft.findings.forEach((f, i) => {
      if (!citationWithin(f.citation, change.citation)) return;
      conditions.add(f.citation);
      const reason = removedReason(f.citation, true, title);
      draft.findings[i] = {
        ...f,
        removed: reason,
        kind: 'classification',
        when: { any: [] },
        explain: () => ({ message: reason }),
      };
    });
    draft.obligations = draft.obligations.filter((o) => !citationWithin(o.citation, change.citation));
    draft.exceptions = draft.exceptions.filter((e) => !citationWithin(e.citation, change.citation));
    draft.provisions.forEach((p, i) => {
      if (!citationWithin(p.citation, change.citation)) return;
      const reason = removedReason(p.citation, conditions.has(p.citation), title);
      draft.provisions[i] = { ...p, declarative: reason, removed: reason };
    });
  }
  if (change.when !== undefined) {
    const when = change.when as Condition;
    const label = change.label ?? existing?.label ?? { id: change.citation, en: change.citation };
    // Whatever else the finding declares (its kind, when it does not apply) stays as it was.
    const finding: FindingDef = {
      ...existing,
      citation: change.citation,
      label,
      when: when as FindingDef['when'],
      explain: amendedExplain(title, label, when, change.message),
    };
    if (existing) draft.findings[at] = finding;
    else {
      // in the order of the text, as its provision (the verdict lists an article's findings so)
      const next = draft.findings.findIndex((f) => compareCitations(finding.citation, f.citation) < 0);
      if (next < 0) draft.findings.push(finding);
      else draft.findings.splice(next, 0, finding);
    }
    const pi = draft.provisions.findIndex((p) => p.citation === change.citation);
    const p = draft.provisions[pi];
    if (p?.declarative) {
      const { declarative: _, ...rest } = p;
      draft.provisions[pi] = rest;
    }
  }
}

/** An inserted article (`Pasal 17A`) goes where it is numbered, empty until its provisions are added. */
function applyArticle(drafts: Draft[], change: ArticleChange): void {
  const article = insertedArticle(change);
  const draft: Draft = {
    article,
    provisions: [],
    parameters: {},
    findings: [],
    obligations: [],
    exceptions: [],
  };
  const at = drafts.findIndex((d) => compareArticles(change.article, d.article.article) < 0);
  if (at < 0) drafts.push(draft);
  else drafts.splice(at, 0, draft);
}

function applyException(drafts: Draft[], change: ExceptionChange, title: string): void {
  const n = articleOf(change.citation);
  const draft = drafts.find((d) => d.article.article === n);
  if (!draft) return;
  if (change.text !== undefined) {
    const index = draft.provisions.findIndex((p) => p.citation === change.citation);
    const original = index >= 0 ? draft.provisions[index] : undefined;
    const provision: Provision = {
      citation: change.citation,
      text: change.text,
      provenance: 'ASM',
      provenanceNote: original ? amendedNote(title, original) : `ditambahkan oleh perubahan "${title}"`,
      declarative: {
        id: `Pengecualian terhadap ${change.displaces}${change.from ? ` sejak ${change.from}` : ''}${change.until ? ` sampai dengan ${change.until}` : ''}.`,
        en: `Exception to ${change.displaces}${change.from ? ` from ${change.from}` : ''}${change.until ? ` until ${change.until}` : ''}.`,
      },
    };
    if (original) draft.provisions[index] = provision;
    else insertProvision(draft.provisions, provision);
  }
  // The days it applies are the window: a displaced finding is not applied while the Tanggal Penilaian is in
  // it, and (as for every exception) a displaced obligation is not judged for a period that overlaps it.
  const application = {
    message: change.message,
    ...(change.from !== undefined ? { from: change.from } : {}),
    ...(change.until !== undefined ? { to: change.until } : {}),
  };
  const exception: ExceptionDef = {
    citation: change.citation,
    displaces: change.displaces,
    applies: () => application,
  };
  draft.exceptions.push(exception);
}

/**
 * The regulation under an amendment: copies of the article modules of `base` (default: the shipped text)
 * with the amendment's changes made, checked and built like the shipped text. Accepts a parsed amendment
 * (`loadAmendment`, `parseAmendment`) or a plain object in the amendment file format. A problem is an
 * `InputError` listing every issue as `{ path, message }`.
 */
export function applyAmendment(
  amendment: Amendment | unknown,
  base: Regulation = shippedRegulation,
): Regulation {
  return applied(isAmendment(amendment) ? amendment : parseAmendment(amendment), base);
}

/** {@link applyAmendment} of a parsed amendment, built once per amendment and base text. */
const applied = memoize((parsed: Amendment, base: Regulation): Regulation => {
  const issues = validateAmendment(parsed, base);
  if (issues.length > 0) throw new InputError(issues, parsed.source);
  const drafts: Draft[] = base.articles.map((article) => ({
    article,
    provisions: [...article.provisions],
    parameters: { ...(article.parameters ?? {}) } as Record<string, ParameterDef>,
    findings: [...((article.findings ?? []) as FindingDef[])],
    obligations: [...(article.obligations ?? [])],
    exceptions: [...(article.exceptions ?? [])],
  }));
  for (const change of parsed.changes as AmendmentChange[]) {
    if (change.kind === 'parameter') applyParameter(drafts, change, parsed.title);
    else if (change.kind === 'exception') applyException(drafts, change, parsed.title);
    else if (change.kind === 'article') applyArticle(drafts, change);
    else applyProvision(drafts, change, parsed.title);
  }
  const articles: ArticleDef[] = drafts.map((d) => ({
    ...d.article,
    provisions: d.provisions,
    ...(d.article.parameters || Object.keys(d.parameters).length > 0 ? { parameters: d.parameters } : {}),
    ...(d.article.findings || d.findings.length > 0 ? { findings: d.findings } : {}),
    ...(d.article.obligations || d.obligations.length > 0 ? { obligations: d.obligations } : {}),
    ...(d.article.exceptions || d.exceptions.length > 0 ? { exceptions: d.exceptions } : {}),
  }));
  const title = base.amendment ? `${base.amendment.title} + ${parsed.title}` : parsed.title;
  let regulation: Regulation;
  try {
    regulation = buildRegulation(articles, {
      title: base.title,
      version: base.version,
      amendment: { title, ...(parsed.description !== undefined ? { description: parsed.description } : {}) },
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new InputError(
      [
        inputIssue('changes', {
          id: `perubahan membuat pengodean tidak konsisten: ${msg}`,
          en: `the amendment makes the encoding inconsistent: ${msg}`,
        }),
      ],
      parsed.source,
    );
  }
  const unreachable = checkReachable(regulation);
  if (unreachable.length > 0) throw new InputError(unreachable, parsed.source);
  return regulation;
});
