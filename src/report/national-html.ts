// The national impact of an amendment as one self-contained HTML page: cards, the outcomes before and after,
// the villages that changed by province (a chart) and regency, the provisions that drive the change, the
// amended wording, and the first changed villages (the table output has them all). No script, no network.

import type { NationalComparison } from '../compare/data.js';
import { refusedCount } from '../compare/data.js';
import { fieldLabel, outcomeLabel, T, withProvenance } from '../compare/format.js';
import { STATUS_FIELDS } from '../compare/national.js';
import { count, N, statusPhrase } from '../compare/national-format.js';
import { runLines } from '../provenance.js';
import type { Lang } from '../types.js';
import { escapeHtml, outcomeChart, pageHead, provisionBlock } from './html.js';

/** How many changed villages the page lists. */
const LISTED = 500;

/** Horizontal bars per province: villages whose status changed, and whose verdict changed at all. */
export function provinceChart(r: NationalComparison, lang: Lang): string {
  const n = N[lang];
  const t = T[lang];
  const rows = r.provinces.filter((p) => p.anyVerdict > 0);
  if (rows.length === 0) return `<p class="none">${escapeHtml(t.none)}</p>`;
  const labelW = 230;
  const barMax = 320;
  const rowH = 40;
  const width = labelW + barMax + 80;
  const height = rows.length * rowH + 10;
  const max = Math.max(1, ...rows.map((p) => p.anyVerdict));
  const bars = rows
    .map((p, i) => {
      const y = 6 + i * rowH;
      const ws = Math.max(1, Math.round((p.status / max) * barMax));
      const wa = Math.max(1, Math.round((p.anyVerdict / max) * barMax));
      const label = escapeHtml(p.province || n.unlisted);
      return [
        `<text x="${labelW - 8}" y="${y + 20}" text-anchor="end" font-size="12" fill="#1d2733">${label}</text>`,
        `<rect class="bar-status" x="${labelW}" y="${y + 2}" width="${ws}" height="15" rx="2" fill="#d9822b"><title>${label} — ${escapeHtml(n.changedStatus)}: ${p.status}</title></rect>`,
        `<text x="${labelW + ws + 6}" y="${y + 14}" font-size="12" fill="#5b6b7c">${count(p.status, lang)}</text>`,
        `<rect class="bar-any" x="${labelW}" y="${y + 19}" width="${wa}" height="15" rx="2" fill="#7d8fa3"><title>${label} — ${escapeHtml(t.anyVerdict)}: ${p.anyVerdict}</title></rect>`,
        `<text x="${labelW + wa + 6}" y="${y + 31}" font-size="12" fill="#5b6b7c">${count(p.anyVerdict, lang)}</text>`,
      ].join('');
    })
    .join('');
  const title = escapeHtml(n.byProvince);
  return `<div class="chart"><div class="legend"><span><span class="sw" style="background:#d9822b"></span>${escapeHtml(n.changedStatus)}</span><span><span class="sw" style="background:#7d8fa3"></span>${escapeHtml(t.anyVerdict)}</span></div><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" style="width:100%;max-width:${width}px;height:auto"><title>${title}</title>${bars}</svg></div>`;
}

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const cell = (tag: 'th' | 'td', v: string, i: number) =>
    `<${tag}${numeric.includes(i) ? ' style="text-align:right"' : ''}>${escapeHtml(v)}</${tag}>`;
  return `<table><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, i) => cell('td', v, i)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** The national comparison as a self-contained HTML page. */
export function formatNationalHtml(r: NationalComparison, lang: Lang): string {
  const t = T[lang];
  const n = N[lang];
  const id = lang === 'id';
  const cards: [number, string, boolean][] = [
    [r.villages, id ? 'desa dinilai' : 'villages judged', false],
    ...STATUS_FIELDS.map(
      (f) =>
        [r.changed[f], `${fieldLabel(f, lang)} ${id ? 'berubah' : 'changed'}`, r.changed[f] > 0] as [
          number,
          string,
          boolean,
        ],
    ),
    [r.changed.anyVerdict, `${t.anyVerdict} ${id ? 'berubah' : 'changed'}`, r.changed.anyVerdict > 0],
    [refusedCount(r), n.refused, false],
  ];
  const cardHtml = cards
    .map(
      ([v, l, hot]) =>
        `<div class="card${hot ? ' hot' : ''}"><div class="n">${escapeHtml(count(v, lang))}</div><div class="l">${escapeHtml(l)}</div></div>`,
    )
    .join('');
  const charts = r.outcomes.map((o) => outcomeChart(o, lang, r.villages)).join('');
  const regencies = table(
    [n.regency, n.province, n.changedStatus, t.anyVerdict, n.village],
    r.regencies
      .filter((g) => g.anyVerdict > 0)
      .slice(0, 20)
      .map((g) => [
        g.regency || n.unlisted,
        g.province || n.unlisted,
        count(g.status, lang),
        count(g.anyVerdict, lang),
        count(g.judged, lang),
      ]),
    [2, 3, 4],
  );
  const drivers =
    r.drivers.length === 0
      ? `<p class="none">${escapeHtml(t.none)}</p>`
      : table(
          [...n.driversHead, t.provisions],
          r.drivers.map((d) => [
            withProvenance(d.citation, d, lang),
            count(d.status, lang),
            count(d.anyVerdict, lang),
            d.provision ?? '',
          ]),
          [1, 2],
        );
  const provisions =
    r.provisions.length === 0
      ? `<p class="none">${escapeHtml(t.noProvisions)}</p>`
      : r.provisions.map((p) => provisionBlock(p, lang)).join('');
  const changed =
    r.changes.length === 0
      ? `<p class="none">${escapeHtml(t.none)}</p>`
      : table(
          [n.village, n.regency, n.province, t.changed, t.provisions],
          r.changes
            .slice(0, LISTED)
            .map((c) => [
              `${c.name} (${c.code})`,
              c.regency ?? n.unlisted,
              c.province ?? n.unlisted,
              statusPhrase(c, lang),
              c.citations
                .map(
                  (x) =>
                    `${x.citation}: ${outcomeLabel('eligibility', x.before ?? '—', lang)} → ${outcomeLabel('eligibility', x.after ?? '—', lang)}`,
                )
                .join('; '),
            ]),
        ) +
        (r.changes.length > LISTED
          ? `<p class="sub">${escapeHtml(n.more(count(r.changes.length - LISTED, lang)))}</p>`
          : '');
  const produced = runLines(r.run, lang)
    .map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`)
    .join(' · ');
  return `${pageHead(r, lang)}
<p>${escapeHtml(n.judged(count(r.villages, lang), r.asOf))}.</p>
<div class="cards">${cardHtml}</div>
<h2>${escapeHtml(t.outcomes)}</h2>
<div class="charts">${charts}</div>
<h2>${escapeHtml(n.byProvince)}</h2>
${provinceChart(r, lang)}
<h2>${escapeHtml(n.byRegency)}</h2>
${regencies}
<h2>${escapeHtml(n.drivers)}</h2>
${drivers}
<h2>${escapeHtml(t.provisions)}</h2>
${provisions}
<h2>${escapeHtml(t.villagesChanged)}</h2>
${changed}
<footer>${produced}</footer>
</main>
</body>
</html>
`;
}
