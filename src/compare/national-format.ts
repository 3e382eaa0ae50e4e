// The national impact of an amendment for people: text (terminal) and Markdown (a memo). The changed villages
// themselves go to a table (`--out x.csv` / `x.xlsx`); text and Markdown list the first of them.

import { formatNumber } from '../explain/format.js';
import { runLines } from '../provenance.js';
import type { Lang } from '../types.js';
import type { NationalComparison } from './data.js';
import { refusedCount } from './data.js';
import {
  escCell,
  fieldLabel,
  outcomeLabel,
  sideTitle,
  T,
  textChangesMarkdown,
  textChangesText,
  withProvenance,
} from './format.js';
import { STATUS_FIELDS } from './national.js';

/** How many changed villages text and Markdown list (the table has them all). */
export const LISTED = 50;

export const N = {
  id: {
    judged: (n: string, asOf: string) =>
      `${n} desa dinilai menurut kedua teks pada Tanggal Penilaian ${asOf}`,
    refused: 'rekaman ditolak',
    changedStatus: 'status berubah',
    byProvince: 'Desa yang berubah menurut provinsi',
    byRegency: 'Kabupaten/kota dengan perubahan terbanyak',
    drivers: 'Ketentuan yang mendorong perubahan',
    driversHead: ['ketentuan', 'desa yang statusnya berubah', 'desa yang putusannya berubah'],
    province: 'provinsi',
    regency: 'kabupaten/kota',
    village: 'desa',
    more: (n: string) => `… dan ${n} desa lagi: tulis semuanya dengan --out berkas.csv atau berkas.xlsx.`,
    unlisted: '(tidak dalam daftar Kemendagri)',
    produced: 'Dibuat',
  },
  en: {
    judged: (n: string, asOf: string) =>
      `${n} villages judged under both texts on the assessment date ${asOf}`,
    refused: 'records refused',
    changedStatus: 'status changed',
    byProvince: 'Villages that changed, by province',
    byRegency: 'Regencies with the most changes',
    drivers: 'Provisions that drive the change',
    driversHead: ['citation', 'villages whose status changed', 'villages whose verdict changed'],
    province: 'province',
    regency: 'regency/city',
    village: 'village',
    more: (n: string) => `… and ${n} more villages: write them all with --out file.csv or file.xlsx.`,
    unlisted: '(not in the Kemendagri list)',
    produced: 'Produced',
  },
} as const;

/** A count in the language's digit grouping. */
export function count(n: number, lang: Lang): string {
  return formatNumber(n, lang);
}

/** A village's status changes in one phrase: `eligibility: not met → met`. */
export function statusPhrase(c: NationalComparison['changes'][number], lang: Lang): string {
  return c.status
    .map(
      (s) =>
        `${fieldLabel(s.field, lang)}: ${outcomeLabel(s.field, s.before, lang)} → ${outcomeLabel(s.field, s.after, lang)}`,
    )
    .join('; ');
}

function changedLine(r: NationalComparison, lang: Lang): string {
  const t = T[lang];
  const n = N[lang];
  const c = r.changed;
  return `${t.changed}: ${STATUS_FIELDS.map((f) => `${fieldLabel(f, lang)} ${count(c[f], lang)}`).join(', ')}; ${n.changedStatus} ${count(c.status, lang)}; ${t.anyVerdict} ${count(c.anyVerdict, lang)}.`;
}

/** The national comparison as text. */
export function formatNationalText(r: NationalComparison, lang: Lang): string {
  const t = T[lang];
  const n = N[lang];
  const out: string[] = [`${t.title}: ${sideTitle(r.base, lang)} → ${sideTitle(r.amended, lang)}`];
  if (r.amended.description) out.push(r.amended.description.trim());
  out.push('', `${n.judged(count(r.villages, lang), r.asOf)}; ${n.refused} ${count(refusedCount(r), lang)}.`);
  out.push(changedLine(r, lang));
  out.push('', `${t.outcomes}:`);
  for (const o of r.outcomes) {
    const keys = [...new Set([...Object.keys(o.before), ...Object.keys(o.after)])];
    out.push(
      `  ${fieldLabel(o.field, lang)}: ${keys.map((k) => `${outcomeLabel(o.field, k, lang)} ${count(o.before[k] ?? 0, lang)} → ${count(o.after[k] ?? 0, lang)}`).join(', ')}`,
    );
  }
  out.push('', `${n.byProvince} (${n.changedStatus} / ${t.anyVerdict} / ${N[lang].village}):`);
  for (const p of r.provinces)
    out.push(
      `  ${p.province || n.unlisted}: ${count(p.status, lang)} / ${count(p.anyVerdict, lang)} / ${count(p.judged, lang)}`,
    );
  out.push('', `${n.byRegency}:`);
  for (const g of r.regencies.filter((x) => x.anyVerdict > 0).slice(0, 10))
    out.push(
      `  ${g.regency || n.unlisted}, ${g.province || n.unlisted}: ${count(g.status, lang)} / ${count(g.anyVerdict, lang)} / ${count(g.judged, lang)}`,
    );
  out.push('', `${n.drivers} (${n.driversHead[1]} / ${n.driversHead[2]}):`);
  for (const d of r.drivers)
    out.push(
      `  ${withProvenance(d.citation, d, lang)}: ${count(d.status, lang)} / ${count(d.anyVerdict, lang)}`,
    );
  out.push(...textChangesText(r, lang));
  out.push('', `${t.villagesChanged}:`);
  if (r.changes.length === 0) out.push(`  ${t.none}`);
  for (const c of r.changes.slice(0, LISTED)) {
    const where = [c.district, c.regency, c.province].filter(Boolean).join(', ');
    const citations = c.citations
      .map((x) => `${x.citation} ${x.before ?? '—'} → ${x.after ?? '—'}`)
      .join('; ');
    out.push(
      `  ${c.code} ${c.name}${where ? ` (${where})` : ''}: ${[statusPhrase(c, lang), citations].filter(Boolean).join('; ')}`,
    );
  }
  if (r.changes.length > LISTED) out.push(`  ${n.more(count(r.changes.length - LISTED, lang))}`);
  out.push(
    '',
    `${n.produced}: ${runLines(r.run, lang)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}`,
  );
  return `${out.join('\n')}\n`;
}

/** The national comparison as a Markdown memo. */
export function formatNationalMarkdown(r: NationalComparison, lang: Lang): string {
  const t = T[lang];
  const n = N[lang];
  const out: string[] = [`# ${t.title}: ${escCell(sideTitle(r.amended, lang))}`, ''];
  out.push(
    `- ${t.base}: ${escCell(sideTitle(r.base, lang))}`,
    `- ${t.amended}: ${escCell(sideTitle(r.amended, lang))}`,
    '',
  );
  if (r.amended.description) out.push(`> ${r.amended.description.trim().replace(/\n/g, ' ')}`, '');
  out.push(`${n.judged(count(r.villages, lang), r.asOf)}; ${n.refused} ${count(refusedCount(r), lang)}.`, '');
  out.push(changedLine(r, lang), '');
  out.push(`## ${t.outcomes}`, '');
  for (const o of r.outcomes) {
    out.push(`| ${fieldLabel(o.field, lang)} | ${t.before} | ${t.after} |`, '|---|---:|---:|');
    for (const k of new Set([...Object.keys(o.before), ...Object.keys(o.after)]))
      out.push(
        `| ${outcomeLabel(o.field, k, lang)} | ${count(o.before[k] ?? 0, lang)} | ${count(o.after[k] ?? 0, lang)} |`,
      );
    out.push('');
  }
  out.push(
    `## ${n.byProvince}`,
    '',
    `| ${n.province} | ${n.changedStatus} | ${t.anyVerdict} | ${n.village} |`,
    '|---|---:|---:|---:|',
  );
  for (const p of r.provinces)
    out.push(
      `| ${escCell(p.province || n.unlisted)} | ${count(p.status, lang)} | ${count(p.anyVerdict, lang)} | ${count(p.judged, lang)} |`,
    );
  out.push('', `## ${n.drivers}`, '', `| ${n.driversHead.join(' | ')} |`, '|---|---:|---:|');
  for (const d of r.drivers)
    out.push(
      `| ${escCell(withProvenance(d.citation, d, lang))} | ${count(d.status, lang)} | ${count(d.anyVerdict, lang)} |`,
    );
  out.push('', ...textChangesMarkdown(r, lang));
  out.push(`## ${t.villagesChanged}`, '');
  if (r.changes.length === 0) out.push(t.none, '');
  for (const c of r.changes.slice(0, LISTED))
    out.push(
      `- **${escCell(c.name)}** (${c.code}, ${escCell(c.regency ?? n.unlisted)}): ${escCell(statusPhrase(c, lang) || c.citations.map((x) => `${x.citation} ${x.before ?? '—'} → ${x.after ?? '—'}`).join('; '))}`,
    );
  if (r.changes.length > LISTED) out.push('', n.more(count(r.changes.length - LISTED, lang)));
  out.push('', '---', '', ...runLines(r.run, lang).map(([k, v]) => `- ${k}: ${escCell(v)}`));
  return `${out.join('\n')}\n`;
}
