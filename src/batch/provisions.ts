import type { Provision } from '../define.js';
import { citationWithin, parametersOn, type Regulation } from '../regulation.js';
import { renderText } from '../report/condition.js';
import type { DateString, Lang, Provenance } from '../types.js';
import type { Tally } from './summary.js';

/** A provision as the national picture ranks it: how many judged villages fail it, with its wording. */
export interface RankedProvision {
  rank: number;
  citation: string;
  notMet: number;
  unknown: number;
  /** The finding's short name in the chosen language. */
  label: string;
  /** The provision's wording (Indonesian, as the law), parameter values in force on the Tanggal Penilaian. */
  wording: string;
  provenance: Provenance | null;
}

/** The most precise provision of the regulation that contains a citation. */
export function provisionOf(regulation: Regulation, citation: string): Provision | undefined {
  let best: Provision | undefined;
  for (const a of regulation.articles)
    for (const p of a.provisions)
      if (citationWithin(citation, p.citation) && (!best || p.citation.length > best.citation.length))
        best = p;
  return best;
}

/**
 * The citations the villages of a run fail, most failed first (then most unknown, then by citation), each
 * with its label and wording under `regulation` on `asOf`.
 */
export function rankProvisions(
  tally: Tally,
  regulation: Regulation,
  asOf: DateString,
  lang: Lang,
): RankedProvision[] {
  const params = parametersOn(regulation, asOf);
  const collator = new Intl.Collator('id', { numeric: true });
  return Object.entries(tally.citations)
    .sort(([a, x], [b, y]) => y.notMet - x.notMet || y.unknown - x.unknown || collator.compare(a, b))
    .map(([citation, counts], i) => {
      const provision = provisionOf(regulation, citation);
      return {
        rank: i + 1,
        citation,
        notMet: counts.notMet,
        unknown: counts.unknown,
        label: regulation.findings.get(citation)?.finding.label[lang] ?? '',
        wording: provision ? renderText(provision.text, params, 'id') : '',
        provenance: provision?.provenance ?? null,
      };
    });
}
