// The comparison as one self-contained HTML page: inline CSS, an inline SVG chart, no script, no network.

import {
  changeProvenance,
  changeTitle,
  fieldLabel,
  outcomeLabel,
  sideLabel,
  sideTitle,
  T,
} from '../compare/format.js';
import type {
  CitationChange,
  ComparisonReport,
  DiffPart,
  OutcomeCounts,
  ProvisionDiff,
  Side,
} from '../compare/index.js';
import { formatDate } from '../explain/format.js';
import type { Lang } from '../types.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The report pages' stylesheet (inline: the pages fetch nothing). */
export const CSS = `
:root { --ink: #1d2733; --muted: #5b6b7c; --line: #d8dee6; --before: #7d8fa3; --after: #d9822b; --met: #1f7a4d; --notmet: #b3261e; --unknown: #8a6d00; --na: #5b6b7c; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 6px; }
.sub { color: var(--muted); margin: 0 0 16px; }
.desc { background: var(--bg); border-left: 4px solid var(--after); padding: 10px 14px; margin: 12px 0 20px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: #fff; }
.card .n { font-size: 30px; font-weight: 700; line-height: 1.1; }
.card .l { color: var(--muted); font-size: 13px; }
.card.hot .n { color: var(--after); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
.chart { border: 1px solid var(--line); border-radius: 8px; padding: 12px; min-width: 0; }
.legend { display: flex; gap: 16px; font-size: 13px; color: var(--muted); margin: 4px 0 8px; }
.sw { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin-right: 6px; }
.provision { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin: 10px 0; }
.badge { display: inline-block; font-size: 12px; padding: 1px 8px; border-radius: 10px; background: var(--bg); border: 1px solid var(--line); color: var(--muted); margin-left: 6px; }
.text { font-family: Georgia, "Times New Roman", serif; font-size: 15px; }
del { background: #fde2e1; color: #8c1d18; text-decoration: line-through; }
ins { background: #dcf5e6; color: #14532d; text-decoration: none; font-weight: 600; }
code, .cond { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.cond { display: block; background: var(--bg); padding: 4px 8px; border-radius: 4px; margin: 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { font-size: 13px; color: var(--muted); font-weight: 600; }
.village { border: 1px solid var(--line); border-radius: 8px; padding: 14px; margin: 14px 0; }
.village .file { color: var(--muted); font-size: 13px; }
.status { margin: 6px 0 10px; padding: 0; list-style: none; }
.status li { display: inline-block; margin-right: 16px; }
.v { display: inline-block; font-weight: 600; font-size: 13px; padding: 0 6px; border-radius: 4px; color: #fff; white-space: nowrap; }
.v.met { background: var(--met); } .v.not_met, .v.late, .v.overdue { background: var(--notmet); } .v.unknown { background: var(--unknown); } .v.not_applicable, .v.pending, .v.absent { background: var(--na); }
.prov { color: var(--muted); font-size: 12px; font-weight: 400; white-space: nowrap; }
.msg { display: block; color: var(--ink); font-size: 14px; margin-top: 2px; }
.wording { font-size: 13px; color: var(--muted); }
a.wording { text-decoration: none; border-bottom: 1px dotted var(--muted); }
.none { color: var(--muted); font-style: italic; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@media print { main { padding: 0; } .village, .provision { break-inside: avoid; } }
`;

function diffHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((p, i) => {
      if (p.op === 'same') return escapeHtml(p.value);
      // A word replaced reads "old new", not "oldnew".
      const gap = p.op === 'removed' && parts[i + 1]?.op === 'added' ? ' ' : '';
      return p.op === 'removed'
        ? `<del>${escapeHtml(p.value)}</del>${gap}`
        : `<ins>${escapeHtml(p.value)}</ins>`;
    })
    .join('');
}

/** A grouped horizontal bar chart of one status field: each outcome, before and after. */
export function outcomeChart(o: OutcomeCounts, lang: Lang, total: number): string {
  const t = T[lang];
  const keys = [...new Set([...Object.keys(o.before), ...Object.keys(o.after)])];
  const labelW = 130;
  const barMax = 190;
  const rowH = 44;
  const width = labelW + barMax + 50;
  const height = keys.length * rowH + 10;
  const max = Math.max(1, total, ...keys.map((k) => Math.max(o.before[k] ?? 0, o.after[k] ?? 0)));
  const rows = keys
    .map((k, i) => {
      const y = 6 + i * rowH;
      const b = o.before[k] ?? 0;
      const a = o.after[k] ?? 0;
      const wb = Math.round((b / max) * barMax);
      const wa = Math.round((a / max) * barMax);
      const label = escapeHtml(outcomeLabel(o.field, k, lang));
      return [
        `<text x="${labelW - 8}" y="${y + 22}" text-anchor="end" font-size="12" fill="#1d2733">${label}</text>`,
        `<rect class="bar-before" x="${labelW}" y="${y + 2}" width="${Math.max(wb, 1)}" height="16" rx="2" fill="#7d8fa3"><title>${label} — ${t.before}: ${b}</title></rect>`,
        `<text x="${labelW + Math.max(wb, 1) + 6}" y="${y + 15}" font-size="12" fill="#5b6b7c">${b}</text>`,
        `<rect class="bar-after" x="${labelW}" y="${y + 20}" width="${Math.max(wa, 1)}" height="16" rx="2" fill="#d9822b"><title>${label} — ${t.after}: ${a}</title></rect>`,
        `<text x="${labelW + Math.max(wa, 1) + 6}" y="${y + 33}" font-size="12" fill="#5b6b7c">${a}</text>`,
      ].join('');
    })
    .join('');
  const title = escapeHtml(fieldLabel(o.field, lang));
  return `<div class="chart"><h3>${title}</h3><div class="legend"><span><span class="sw" style="background:#7d8fa3"></span>${t.before}</span><span><span class="sw" style="background:#d9822b"></span>${t.after}</span></div><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}: ${t.before} / ${t.after}" viewBox="0 0 ${width} ${height}" style="width:100%;max-width:${width}px;height:auto"><title>${title}</title>${rows}</svg></div>`;
}

function verdictBadge(change: CitationChange, side: Side | null, lang: Lang): string {
  const cls = side ? side.verdict : 'absent';
  const msg = side?.message ? `<span class="msg">${escapeHtml(side.message[lang])}</span>` : '';
  return `<span class="v ${escapeHtml(cls)}">${escapeHtml(sideLabel(change, side, lang))}</span>${msg}`;
}

/** The provenance of a changed citation (the provision's and its parameters'), under its title. */
function provenanceSpan(change: CitationChange, lang: Lang): string {
  const provenance = changeProvenance(change, lang);
  return provenance ? ` <span class="prov">${escapeHtml(provenance)}</span>` : '';
}

/** An amended provision: its citation, what changed, the word diff and the conditions. */
export function provisionBlock(p: ProvisionDiff, lang: Lang): string {
  const t = T[lang];
  const kinds = p.kinds.map((k) => `<span class="badge">${t[k]}</span>`).join('');
  const wording =
    p.kinds.includes('wording') || p.kinds.includes('exception')
      ? `<p class="text">${diffHtml(p.diff)}</p>`
      : '';
  const condition = p.kinds.includes('condition')
    ? `<div>${t.condition} ${t.before}:<span class="cond">${escapeHtml(p.conditionBefore?.[lang] ?? t.absent)}</span>${t.condition} ${t.after}:<span class="cond">${escapeHtml(p.conditionAfter?.[lang] ?? t.absent)}</span></div>`
    : '';
  return `<section class="provision" id="${escapeHtml(anchor(p.citation))}"><h3>${escapeHtml(p.citation)}${kinds}</h3>${wording}${condition}</section>`;
}

function anchor(citation: string): string {
  return `p-${citation.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`;
}

/**
 * The start of a comparison page, up to its description: the document head (inline CSS, a policy that
 * fetches nothing), the title and the two texts compared.
 */
export function pageHead(r: Pick<ComparisonReport, 'base' | 'amended'>, lang: Lang): string {
  const t = T[lang];
  const description = r.amended.description
    ? `<div class="desc">${escapeHtml(r.amended.description.trim())}</div>`
    : '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(`${t.title}: ${sideTitle(r.amended, lang)}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}: ${escapeHtml(sideTitle(r.amended, lang))}</h1>
<p class="sub">${escapeHtml(t.base)}: ${escapeHtml(sideTitle(r.base, lang))} → ${escapeHtml(t.amended)}: ${escapeHtml(sideTitle(r.amended, lang))}</p>
${description}`;
}

/**
 * The comparison as a self-contained HTML page (inline CSS and SVG, no script, nothing fetched): summary
 * counts, a chart of outcomes before and after, the amended provisions with word diffs, the parameters, and
 * each changed village with both verdicts and explanations and the amended wording beside them.
 */
export function formatComparisonHtml(
  r: ComparisonReport,
  lang: Lang,
  fileLabel: (file: string) => string = (f) => f,
): string {
  const t = T[lang];
  const byCitation = new Map(r.provisions.map((p) => [p.citation, p]));
  const cards = [
    [String(r.villages), lang === 'id' ? 'skenario dinilai' : 'scenarios judged', false],
    [
      String(r.changed.eligibility),
      `${t.eligibility} ${lang === 'id' ? 'berubah' : 'changed'}`,
      r.changed.eligibility > 0,
    ],
    [
      String(r.changed.designation),
      `${t.designation} ${lang === 'id' ? 'berubah' : 'changed'}`,
      r.changed.designation > 0,
    ],
    [
      String(r.changed.evaluationResult),
      `${t.evaluationResult} ${lang === 'id' ? 'berubah' : 'changed'}`,
      r.changed.evaluationResult > 0,
    ],
    [
      String(r.changed.anyVerdict),
      `${t.anyVerdict} ${lang === 'id' ? 'berubah' : 'changed'}`,
      r.changed.anyVerdict > 0,
    ],
  ] as const;
  const cardHtml = cards
    .map(
      ([n, l, hot]) =>
        `<div class="card${hot ? ' hot' : ''}"><div class="n">${escapeHtml(n)}</div><div class="l">${escapeHtml(l)}</div></div>`,
    )
    .join('');
  const charts = r.outcomes.map((o) => outcomeChart(o, lang, r.villages)).join('');
  const provisions =
    r.provisions.length === 0
      ? `<p class="none">${t.noProvisions}</p>`
      : r.provisions.map((p) => provisionBlock(p, lang)).join('');
  const params =
    r.parameters.length === 0
      ? ''
      : `<h2>${t.parameters}</h2><table><thead><tr><th></th><th>${t.before}</th><th>${t.after}</th></tr></thead><tbody>${r.parameters
          .map((p) => {
            const vals = (rows: typeof p.before) =>
              rows.length === 0
                ? t.absent
                : rows
                    .map(
                      (x) =>
                        `<strong>${escapeHtml(String(x.value))}</strong> (${t.since} ${escapeHtml(formatDate(x.since, lang))})<br><small>${escapeHtml(x.reference)}</small>`,
                    )
                    .join('<br>');
            return `<tr><td><code>${escapeHtml(p.name)}</code><br><small>${escapeHtml(p.unit)}, Pasal ${p.article}</small></td><td>${vals(p.before)}</td><td>${vals(p.after)}</td></tr>`;
          })
          .join('')}</tbody></table>`;
  const villages =
    r.changes.length === 0
      ? `<p class="none">${t.none}</p>`
      : r.changes
          .map((v) => {
            const status = v.status
              .map(
                (s) =>
                  `<li><strong>${escapeHtml(fieldLabel(s.field, lang))}</strong>: ${escapeHtml(outcomeLabel(s.field, s.before, lang))} → ${escapeHtml(outcomeLabel(s.field, s.after, lang))}</li>`,
              )
              .join('');
            const rows = v.citations
              .map((c) => {
                const p = c.provision ? byCitation.get(c.provision) : undefined;
                const wording = p
                  ? `<a class="wording" href="#${escapeHtml(anchor(p.citation))}">${escapeHtml(p.citation)}</a>: <span class="text">${diffHtml(p.diff)}</span>`
                  : '';
                return `<tr><td><strong>${escapeHtml(changeTitle(c, lang))}</strong>${provenanceSpan(c, lang)}</td><td>${verdictBadge(c, c.before, lang)}</td><td>${verdictBadge(c, c.after, lang)}</td><td>${wording}</td></tr>`;
              })
              .join('');
            const table = rows
              ? `<table><thead><tr><th style="width:18%"></th><th style="width:29%">${t.before}</th><th style="width:29%">${t.after}</th><th>${t.wording}</th></tr></thead><tbody>${rows}</tbody></table>`
              : '';
            return `<section class="village"><h3>${escapeHtml(v.village.name)} (${escapeHtml(v.village.code)}) — ${escapeHtml(formatDate(v.asOf, lang))}</h3><div class="file">${escapeHtml(fileLabel(v.file))} · ${escapeHtml(v.scenario)}</div>${status ? `<ul class="status">${status}</ul>` : ''}${table}</section>`;
          })
          .join('');
  return `${pageHead(r, lang)}
<p>${escapeHtml(t.villages(r.villages))}</p>
<div class="cards">${cardHtml}</div>
<h2>${escapeHtml(t.outcomes)}</h2>
<div class="charts">${charts}</div>
<h2>${escapeHtml(t.provisions)}</h2>
${provisions}
<p class="sub">${escapeHtml(t.referenceDate)} ${escapeHtml(formatDate(r.referenceDate, lang))}.</p>
${params}
<h2>${escapeHtml(t.villagesChanged)}</h2>
${villages}
<footer>desa-migran-emas · ${escapeHtml(r.base.title)}</footer>
</main>
</body>
</html>
`;
}
