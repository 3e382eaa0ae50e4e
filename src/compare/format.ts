// The comparison for people: text (terminal) and Markdown (a memo).

import { relative } from 'node:path';
import { formatDate } from '../explain/format.js';
import { markdownText } from '../markdown.js';
import { DESIGNATION_LABEL, OBLIGATION_LABEL, provenanceTag, VERDICT_LABEL } from '../report/labels.js';
import type { Lang } from '../types.js';
import type {
  CitationChange,
  ComparisonReport,
  DiffPart,
  OutcomeCounts,
  ParameterDiff,
  ProvisionDiff,
  Side,
  SideProvenance,
  StatusChange,
} from './index.js';

export const T = {
  id: {
    title: 'Perbandingan hasil',
    base: 'Teks dasar',
    amended: 'Teks perubahan',
    shipped: 'naskah kerja',
    villages: (n: number) => `${n} skenario (Desa pada Tanggal Penilaiannya) dinilai menurut kedua teks.`,
    changed: 'Desa yang berubah',
    eligibility: 'kelayakan',
    designation: 'penetapan',
    evaluationResult: 'hasil evaluasi',
    anyVerdict: 'putusan apa pun',
    pocket: 'Desa kantong PMI',
    revocationRecommended: 'rekomendasi pencabutan',
    inForce: 'berlaku',
    outcomes: 'Hasil sebelum → sesudah',
    provisions: 'Ketentuan yang berubah',
    parameters: 'Parameter yang berubah',
    villagesChanged: 'Desa yang putusannya berubah',
    none: 'Tidak ada Desa yang putusannya berubah.',
    noProvisions: 'Tidak ada rumusan, syarat atau pengecualian yang berubah.',
    before: 'sebelum',
    after: 'sesudah',
    wording: 'rumusan',
    condition: 'syarat',
    exception: 'pengecualian',
    since: 'sejak',
    absent: '(tidak ada)',
    notInForce: '(belum berlaku)',
    noResult: '(tidak ada)',
    candidate: 'Calon PMI',
    referenceDate: 'Nilai parameter dalam teks: yang berlaku pada',
  },
  en: {
    title: 'Outcome comparison',
    base: 'Base text',
    amended: 'Amended text',
    shipped: 'working text',
    villages: (n: number) => `${n} scenarios (villages on their assessment dates) judged under both texts.`,
    changed: 'Villages that changed',
    eligibility: 'eligibility',
    designation: 'designation',
    evaluationResult: 'evaluation result',
    anyVerdict: 'any verdict',
    pocket: 'PMI pocket village',
    revocationRecommended: 'revocation recommended',
    inForce: 'in force',
    outcomes: 'Outcomes before → after',
    provisions: 'Provisions that changed',
    parameters: 'Parameters that changed',
    villagesChanged: 'Villages whose verdicts changed',
    none: 'No village’s verdict changed.',
    noProvisions: 'No wording, condition or exception changed.',
    before: 'before',
    after: 'after',
    wording: 'wording',
    condition: 'condition',
    exception: 'exception',
    since: 'from',
    absent: '(absent)',
    notInForce: '(not in force)',
    noResult: '(none)',
    candidate: 'Calon PMI',
    referenceDate: 'Parameter values in the texts: those in force on',
  },
} as const;

/** A side's title: the amendment's, or the working text's. */
export function sideTitle(side: ComparisonReport['base'], lang: Lang): string {
  return side.amendment ?? `${T[lang].shipped} — ${side.title}`;
}

/** How an outcome of a status field reads. */
export function outcomeLabel(
  field: OutcomeCounts['field'] | StatusChange['field'],
  value: string,
  lang: Lang,
): string {
  const t = T[lang];
  if (value === 'not_in_force') return t.notInForce;
  if (value === '—') return t.noResult;
  if (field === 'eligibility')
    return VERDICT_LABEL[lang][value as keyof (typeof VERDICT_LABEL)['id']] ?? value;
  if (field === 'designation') return DESIGNATION_LABEL[lang][value] ?? value;
  if (field === 'pocket' || field === 'revocationRecommended' || field === 'inForce') {
    return value === 'true'
      ? lang === 'id'
        ? 'ya'
        : 'yes'
      : value === 'false'
        ? lang === 'id'
          ? 'tidak'
          : 'no'
        : value;
  }
  return value;
}

/** How a side of a citation change reads: a verdict, or an obligation's status. */
export function sideLabel(change: CitationChange, side: Side | null, lang: Lang): string {
  if (!side) return T[lang].absent;
  if (change.kind === 'obligation')
    return OBLIGATION_LABEL[lang][side.verdict as keyof (typeof OBLIGATION_LABEL)['id']] ?? side.verdict;
  return VERDICT_LABEL[lang][side.verdict as keyof (typeof VERDICT_LABEL)['id']] ?? side.verdict;
}

/** The citation of a change as it reads: `Pasal 15 ayat (2) 2026-Q1`, `Pasal 9 ayat (1) huruf a (Calon PMI Siti)`. */
export function changeTitle(change: CitationChange, lang: Lang): string {
  if (change.kind === 'obligation')
    return change.detail ? `${change.citation} ${change.detail}` : change.citation;
  if (change.kind === 'candidate') return `${change.citation} (${T[lang].candidate} ${change.detail ?? ''})`;
  return change.citation;
}

/**
 * The provenance of a changed citation as in a verdict: the provision's and that of the parameters it turned
 * on (`[PUB; nilai ASM]`); `before → after` when the amendment changed it (a value that became [PUB]).
 */
export function changeProvenance(change: CitationChange, lang: Lang): string {
  return sidesProvenance(change.before, change.after, lang);
}

/** The provenance of the two sides of a change: one tag, or `before → after` when they differ. */
export function sidesProvenance(
  before: SideProvenance | null | undefined,
  after: SideProvenance | null | undefined,
  lang: Lang,
): string {
  const tag = (side: SideProvenance | null | undefined) =>
    side ? provenanceTag(side.provenance, side.parameterProvenance, lang) : '';
  const b = tag(before);
  const a = tag(after);
  if (b === '' || b === a) return a;
  return a === '' ? b : `${b} → ${a}`;
}

/** A citation with the provenance of its two sides after it, when there is any. */
export function withProvenance(
  citation: string,
  sides: { before?: SideProvenance | null; after?: SideProvenance | null },
  lang: Lang,
): string {
  const provenance = sidesProvenance(sides.before, sides.after, lang);
  return provenance ? `${citation} ${provenance}` : citation;
}

/** The citation of a change with its provenance: `Pasal 4 ayat (1) huruf b [PUB; nilai ASM]`. */
export function changeHeading(change: CitationChange, lang: Lang): string {
  return withProvenance(changeTitle(change, lang), change, lang);
}

export function fieldLabel(field: StatusChange['field'] | OutcomeCounts['field'], lang: Lang): string {
  return T[lang][field];
}

function wordDiffText(parts: readonly DiffPart[]): string {
  return parts
    .map((p, i) => {
      const gap = p.op === 'removed' && parts[i + 1]?.op === 'added' ? ' ' : '';
      return p.op === 'removed' ? `[-${p.value}-]${gap}` : p.op === 'added' ? `{+${p.value}+}` : p.value;
    })
    .join('');
}

function wordDiffMd(parts: readonly DiffPart[]): string {
  return parts
    .map((p, i) => {
      const v = markdownText(p.value);
      if (p.op === 'same' || v.trim() === '') return v;
      const lead = v.match(/^\s*/)?.[0] ?? '';
      const trail = v.match(/\s*$/)?.[0] ?? '';
      const core = v.trim();
      const gap = p.op === 'removed' && parts[i + 1]?.op === 'added' && trail === '' ? ' ' : '';
      return p.op === 'removed' ? `${lead}~~${core}~~${trail}${gap}` : `${lead}**${core}**${trail}`;
    })
    .join('');
}

function kindsLabel(p: ProvisionDiff, lang: Lang): string {
  return p.kinds.map((k) => T[lang][k]).join(', ');
}

function paramValues(rows: ParameterDiff['before'], lang: Lang): string {
  if (rows.length === 0) return T[lang].absent;
  return rows.map((r) => `${String(r.value)} (${T[lang].since} ${formatDate(r.since, lang)})`).join('; ');
}

function countsLine(o: OutcomeCounts, lang: Lang): string {
  const keys = [...new Set([...Object.keys(o.before), ...Object.keys(o.after)])];
  return keys
    .map((k) => `${outcomeLabel(o.field, k, lang)} ${o.before[k] ?? 0} → ${o.after[k] ?? 0}`)
    .join(', ');
}

function fileOf(file: string, root?: string): string {
  return root ? relative(root, file) || file : file;
}

/** What differs between the two texts: provisions and parameters. */
export type TextChanges = Pick<ComparisonReport, 'provisions' | 'parameters' | 'referenceDate'>;

/** The provisions and parameters that changed, as text lines. */
export function textChangesText(r: TextChanges, lang: Lang): string[] {
  const t = T[lang];
  const out: string[] = ['', `${t.provisions}:`];
  if (r.provisions.length === 0) out.push(`  ${t.noProvisions}`);
  for (const p of r.provisions) {
    out.push(`  ${p.citation} (${kindsLabel(p, lang)}):`);
    if (p.kinds.includes('wording') || p.kinds.includes('exception')) out.push(`    ${wordDiffText(p.diff)}`);
    if (p.kinds.includes('condition')) {
      out.push(`    ${t.condition} ${t.before}: ${p.conditionBefore?.[lang] ?? t.absent}`);
      out.push(`    ${t.condition} ${t.after}: ${p.conditionAfter?.[lang] ?? t.absent}`);
    }
  }
  out.push(`  ${t.referenceDate} ${formatDate(r.referenceDate, lang)}.`);
  if (r.parameters.length > 0) {
    out.push('', `${t.parameters}:`);
    for (const p of r.parameters)
      out.push(
        `  ${p.name} (${p.unit}, Pasal ${p.article}): ${paramValues(p.before, lang)} → ${paramValues(p.after, lang)}`,
      );
  }
  return out;
}

/** Escapes a Markdown table cell. */
export function escCell(s: string): string {
  return markdownText(s);
}

/** Text as a Markdown code span on one line (a backtick in it cannot end the span). */
function codeSpan(s: string): string {
  return `\`${s.replace(/`/g, "'").replace(/\s+/g, ' ')}\``;
}

/** The provisions and parameters that changed, as Markdown lines. */
export function textChangesMarkdown(r: TextChanges, lang: Lang): string[] {
  const t = T[lang];
  const out: string[] = [`## ${t.provisions}`, ''];
  if (r.provisions.length === 0) out.push(t.noProvisions, '');
  for (const p of r.provisions) {
    out.push(`### ${escCell(p.citation)} (${kindsLabel(p, lang)})`, '');
    if (p.kinds.includes('wording') || p.kinds.includes('exception'))
      out.push(`> ${wordDiffMd(p.diff).replace(/\n/g, ' ')}`, '');
    if (p.kinds.includes('condition')) {
      out.push(
        `- ${t.condition} ${t.before}: ${codeSpan(p.conditionBefore?.[lang] ?? t.absent)}`,
        `- ${t.condition} ${t.after}: ${codeSpan(p.conditionAfter?.[lang] ?? t.absent)}`,
        '',
      );
    }
  }
  out.push(`_${t.referenceDate} ${formatDate(r.referenceDate, lang)}._`, '');
  if (r.parameters.length > 0) {
    out.push(`## ${t.parameters}`, '', `| | ${t.before} | ${t.after} |`, '|---|---|---|');
    for (const p of r.parameters)
      out.push(
        `| ${codeSpan(p.name)} (${p.unit}, Pasal ${p.article}) | ${escCell(paramValues(p.before, lang))} | ${escCell(paramValues(p.after, lang))} |`,
      );
    out.push('');
  }
  return out;
}

/** The comparison as text for people (Indonesian by default). */
export function formatComparisonText(r: ComparisonReport, lang: Lang, root?: string): string {
  const t = T[lang];
  const out: string[] = [];
  out.push(`${t.title}: ${sideTitle(r.base, lang)} → ${sideTitle(r.amended, lang)}`);
  if (r.amended.description) out.push(r.amended.description.trim());
  out.push('', t.villages(r.villages));
  out.push(
    `${t.changed}: ${t.eligibility} ${r.changed.eligibility}, ${t.designation} ${r.changed.designation}, ${t.evaluationResult} ${r.changed.evaluationResult}, ${t.anyVerdict} ${r.changed.anyVerdict}.`,
  );
  out.push('', `${t.outcomes}:`);
  for (const o of r.outcomes) out.push(`  ${fieldLabel(o.field, lang)}: ${countsLine(o, lang)}`);
  out.push(...textChangesText(r, lang));
  out.push('', `${t.villagesChanged}:`);
  if (r.changes.length === 0) out.push(`  ${t.none}`);
  for (const v of r.changes) {
    out.push(
      '',
      `  ${fileOf(v.file, root)} — ${v.village.name} (${v.village.code}), ${formatDate(v.asOf, lang)}`,
    );
    for (const s of v.status)
      out.push(
        `    ${fieldLabel(s.field, lang)}: ${outcomeLabel(s.field, s.before, lang)} → ${outcomeLabel(s.field, s.after, lang)}`,
      );
    for (const c of v.citations) {
      out.push(
        `    ${changeHeading(c, lang)}: ${sideLabel(c, c.before, lang)} → ${sideLabel(c, c.after, lang)}`,
      );
      if (c.before?.message) out.push(`      ${t.before}: ${c.before.message[lang]}`);
      if (c.after?.message) out.push(`      ${t.after}: ${c.after.message[lang]}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The comparison as a Markdown memo. */
export function formatComparisonMarkdown(r: ComparisonReport, lang: Lang, root?: string): string {
  const t = T[lang];
  const esc = escCell;
  const out: string[] = [`# ${t.title}: ${esc(sideTitle(r.amended, lang))}`, ''];
  out.push(
    `- ${t.base}: ${esc(sideTitle(r.base, lang))}`,
    `- ${t.amended}: ${esc(sideTitle(r.amended, lang))}`,
    '',
  );
  if (r.amended.description) out.push(`> ${escCell(r.amended.description.trim())}`, '');
  out.push(t.villages(r.villages), '');
  out.push(`| ${t.changed} | |`, '|---|---:|');
  out.push(
    `| ${t.eligibility} | ${r.changed.eligibility} |`,
    `| ${t.designation} | ${r.changed.designation} |`,
  );
  out.push(
    `| ${t.evaluationResult} | ${r.changed.evaluationResult} |`,
    `| ${t.anyVerdict} | ${r.changed.anyVerdict} |`,
    '',
  );
  out.push(`## ${t.outcomes}`, '');
  for (const o of r.outcomes) {
    out.push(`| ${fieldLabel(o.field, lang)} | ${t.before} | ${t.after} |`, '|---|---:|---:|');
    const keys = [...new Set([...Object.keys(o.before), ...Object.keys(o.after)])];
    for (const k of keys)
      out.push(`| ${outcomeLabel(o.field, k, lang)} | ${o.before[k] ?? 0} | ${o.after[k] ?? 0} |`);
    out.push('');
  }
  out.push(...textChangesMarkdown(r, lang));
  out.push(`## ${t.villagesChanged}`, '');
  if (r.changes.length === 0) out.push(t.none, '');
  for (const v of r.changes) {
    out.push(
      `### ${esc(v.village.name)} (${esc(v.village.code)}), ${formatDate(v.asOf, lang)}`,
      '',
      `${codeSpan(fileOf(v.file, root))} — ${esc(v.scenario)}`,
      '',
    );
    for (const s of v.status)
      out.push(
        `- **${fieldLabel(s.field, lang)}**: ${outcomeLabel(s.field, s.before, lang)} → ${outcomeLabel(s.field, s.after, lang)}`,
      );
    if (v.status.length > 0) out.push('');
    if (v.citations.length > 0) {
      out.push(`| | ${t.before} | ${t.after} |`, '|---|---|---|');
      for (const c of v.citations) {
        const cell = (side: Side | null) =>
          `**${sideLabel(c, side, lang)}**${side?.message ? `: ${esc(side.message[lang])}` : ''}`;
        out.push(`| ${esc(changeHeading(c, lang))} | ${cell(c.before)} | ${cell(c.after)} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}
