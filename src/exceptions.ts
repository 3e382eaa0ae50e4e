import type { ArticleDef, ExceptionApplication, ObligationResult, RuleContext } from './define.js';
import { notingContext, parametersRead } from './evaluate/noting.js';
import { bilingual, formatDate, list } from './explain/format.js';
import { overlaps, periodBounds } from './obligations/periods.js';
import { citationWithin, type Regulation } from './regulation.js';
import { VERDICT_LABEL } from './report/labels.js';
import type { Bilingual, DateString, Provenance } from './types.js';
import type { Finding } from './verdict.js';

// Exceptions that displace general rules (the "lex specialis" of the working text), as one mechanism:
// an exception names the excepting provision, the provision it displaces and the days during which it
// applies to this village. A finding is a state judged on the Tanggal Penilaian, so it is displaced when
// that date lies in those days (Pasal 17 over Pasal 7, until the transition ends). An obligation belongs to a
// period, so it is displaced when its period overlaps those days (Pasal 15 ayat (4) over ayat (2): the
// quarters overlapping the six months after a warning). Either way the verdict says which provision
// displaced which.

/** One exception in force for this village: who displaces what, during which days, and why. */
export interface Displacement {
  /** The excepting provision (`Pasal 17`). */
  by: string;
  /** The displaced citation or citation prefix (`Pasal 7`). */
  displaces: string;
  /** First day (inclusive) on which it applies; none: no bound. */
  from?: DateString | undefined;
  /** Last day (inclusive) on which it applies; none: no bound. */
  to?: DateString | undefined;
  message: Bilingual;
  /** The provenance of the parameters that set its days (the length of a transition, of a suspension). */
  parameterProvenance?: Record<string, Provenance> | undefined;
}

function asList(
  a: ExceptionApplication | readonly ExceptionApplication[] | null,
): readonly ExceptionApplication[] {
  if (a === null) return [];
  return Array.isArray(a) ? (a as readonly ExceptionApplication[]) : [a as ExceptionApplication];
}

/** Every application of every exception of the regulation to this village. */
export function collectDisplacements(regulation: Regulation, ctx: RuleContext): Displacement[] {
  const out: Displacement[] = [];
  const noting = notingContext(regulation, ctx);
  for (const article of regulation.articles) {
    for (const ex of article.exceptions ?? []) {
      const { value, parameterProvenance } = parametersRead(regulation, () => asList(ex.applies(noting)));
      for (const a of value) {
        out.push({
          by: ex.citation,
          displaces: ex.displaces,
          message: a.message,
          from: a.from,
          to: a.to,
          parameterProvenance,
        });
      }
    }
  }
  return out;
}

/** The provenance of the parameters of a displaced finding and of what displaced it, or undefined for none. */
function mergedProvenance(
  ...all: (Record<string, Provenance> | undefined)[]
): Record<string, Provenance> | undefined {
  const present = all.filter((p) => p !== undefined);
  return present.length === 0 ? undefined : Object.assign({}, ...present);
}

function withProvenance(pp: Record<string, Provenance> | undefined): {
  parameterProvenance?: Record<string, Provenance>;
} {
  return pp ? { parameterProvenance: pp } : {};
}

function daysOf(d: Displacement): { start: DateString; end: DateString } {
  return { start: d.from ?? '0000-01-01', end: d.to ?? '9999-12-31' };
}

/** The exception that displaces a finding on `asOf`, if any: the first whose days contain `asOf`. */
export function findingDisplacement(
  citation: string,
  asOf: DateString,
  displacements: readonly Displacement[],
): Displacement | undefined {
  return displacements.find(
    (d) => citationWithin(citation, d.displaces) && overlaps(daysOf(d), { start: asOf, end: asOf }),
  );
}

/**
 * A displaced finding: `not_applicable`, `displacedBy` the excepting provision, saying so; it also tells what
 * the displaced provision would have found (its verdict in `values.displacedVerdict`).
 */
export function displacedFinding(underlying: Finding, d: Displacement): Finding {
  const message = bilingual((l) => {
    const would = VERDICT_LABEL[l][underlying.verdict];
    return l === 'id'
      ? `Tidak diterapkan: dikecualikan oleh ${d.by}. ${d.message.id} Tanpa pengecualian ini: ${would} — ${underlying.message.id}`
      : `Not applied: displaced by ${d.by}. ${d.message.en} Without this exception: ${would} — ${underlying.message.en}`;
  });
  return {
    citation: underlying.citation,
    verdict: 'not_applicable',
    message,
    values: { displacedVerdict: underlying.verdict, displacedUntil: d.to ?? null },
    provenance: underlying.provenance,
    // what it would have been turned on these values (the message says so), and the days it is displaced on
    // on those of the exception
    ...withProvenance(mergedProvenance(underlying.parameterProvenance, d.parameterProvenance)),
    displacedBy: d.by,
  };
}

/** The days an obligation concerns: its period, or (one-off) its due date, or else the Tanggal Penilaian. */
function obligationDays(o: ObligationResult, asOf: DateString): { start: DateString; end: DateString } {
  const bounds = o.period === null ? null : periodBounds(o.period);
  if (bounds) return bounds;
  const day = o.due ?? asOf;
  return { start: day, end: day };
}

/**
 * The exceptions whose days overlap those of an obligation, among those that displace its citation (the days
 * are only worked out when some exception names it: most obligations have none).
 */
function displacing(
  o: ObligationResult,
  displacements: readonly Displacement[],
  asOf: DateString,
): Displacement[] {
  const named = displacements.filter((d) => citationWithin(o.citation, d.displaces));
  if (named.length === 0) return named;
  const days = obligationDays(o, asOf);
  return named.filter((d) => overlaps(daysOf(d), days));
}

/**
 * Removes the obligations of an article that an exception displaces (their period overlaps its days) and,
 * for each displaced citation and excepting provision, adds a `not_applicable` finding with `displacedBy`
 * that lists the periods not judged and why.
 */
export function displaceObligations(
  article: ArticleDef,
  obligations: readonly ObligationResult[],
  displacements: readonly Displacement[],
  asOf: DateString,
  provenanceOf: (article: ArticleDef, citation: string) => Provenance,
): { kept: ObligationResult[]; notes: Finding[] } {
  if (obligations.length === 0) return { kept: [], notes: [] };
  const kept: ObligationResult[] = [];
  const displaced = new Map<string, { citation: string; by: string; d: Displacement[]; periods: string[] }>();
  for (const o of obligations) {
    const hits = displacing(o, displacements, asOf);
    const first = hits[0];
    if (!first) {
      kept.push(o);
      continue;
    }
    const key = `${o.citation}\u0000${first.by}`;
    const entry = displaced.get(key) ?? { citation: o.citation, by: first.by, d: [], periods: [] };
    for (const h of hits) if (h.by === first.by && !entry.d.includes(h)) entry.d.push(h);
    entry.periods.push(o.period ?? o.due ?? '—');
    displaced.set(key, entry);
  }
  const notes: Finding[] = [];
  for (const { citation, by, d, periods } of displaced.values()) {
    const windows = d.map((x) =>
      bilingual((l) => `${formatDate(x.from ?? asOf, l)} – ${formatDate(x.to ?? asOf, l)}`),
    );
    const message = bilingual((l) =>
      l === 'id'
        ? `${citation} tidak dinilai untuk ${list(periods, 'id')}: dikecualikan oleh ${by} (${list(
            windows.map((w) => w.id),
            'id',
          )}). ${d.map((x) => x.message.id).join(' ')}`
        : `${citation} is not judged for ${list(periods, 'en')}: displaced by ${by} (${list(
            windows.map((w) => w.en),
            'en',
          )}). ${d.map((x) => x.message.en).join(' ')}`,
    );
    notes.push({
      citation,
      verdict: 'not_applicable',
      message,
      values: { displacedPeriods: periods },
      provenance: provenanceOf(article, citation),
      ...withProvenance(mergedProvenance(...d.map((x) => x.parameterProvenance))),
      displacedBy: by,
    });
  }
  return { kept, notes };
}
