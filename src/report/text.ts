import { type StatusCitations, statusCitations } from '../evaluate/status.js';
import { formatDate } from '../explain/format.js';
import { markdownText } from '../markdown.js';
import { shippedRegulation } from '../rules.js';
import type { Lang } from '../types.js';
import type { VerdictDocument } from '../verdict.js';
import {
  DESIGNATION_LABEL,
  KIND_LABEL,
  OBLIGATION_LABEL,
  provenanceTag,
  VERDICT_LABEL,
  VERDICT_MARK,
} from './labels.js';

/** The headings, citing where each output comes from (`statusCitations`). */
const labels = (c: StatusCitations) =>
  ({
    id: {
      asOf: 'Tanggal Penilaian',
      notInForce: `Peraturan Menteri belum berlaku pada tanggal ini (${c.inForce}); tidak ada yang dinilai.`,
      eligibility: `Kelayakan (${c.eligibility})`,
      pocket: 'Desa kantong PMI',
      designation: 'Penetapan',
      evaluation: `Hasil evaluasi (${c.evaluation})`,
      revocation: `Rekomendasi pencabutan (${c.revocation})`,
      obligations: 'Kewajiban',
      candidates: `Calon PMI (${c.candidates})`,
      outstanding: `belum dipenuhi (${c.outstanding})`,
      yes: 'ya',
      no: 'tidak',
      none: '—',
      due: 'tenggat',
      done: 'dipenuhi',
    },
    en: {
      asOf: 'Assessment date',
      notInForce: `The regulation is not yet in force on this date (${c.inForce}); nothing is judged.`,
      eligibility: `Eligibility (${c.eligibility})`,
      pocket: 'PMI pocket village',
      designation: 'Designation',
      evaluation: `Evaluation result (${c.evaluation})`,
      revocation: `Revocation recommended (${c.revocation})`,
      obligations: 'Obligations',
      candidates: `Prospective migrant workers (${c.candidates})`,
      outstanding: `outstanding (${c.outstanding})`,
      yes: 'yes',
      no: 'no',
      none: '—',
      due: 'due',
      done: 'done',
    },
  }) as const;

/** The headings of the shipped regulation (its outputs are decided by the same provisions under an amendment). */
function headings(lang: Lang) {
  return labels(statusCitations(shippedRegulation))[lang];
}

/** The verdict as text for people, in Indonesian or English. */
export function formatText(doc: VerdictDocument, lang: Lang): string {
  const t = headings(lang);
  const v = VERDICT_LABEL[lang];
  const lines: string[] = [];
  lines.push(`${doc.village.name} (${doc.village.code}) — ${KIND_LABEL[lang][doc.village.kind]}`);
  lines.push(
    `${t.asOf}: ${formatDate(doc.asOf, lang)} · ${doc.regulation.title}${doc.regulation.amendment ? ` + ${doc.regulation.amendment}` : ''}`,
  );
  if (!doc.inForce) {
    lines.push('', t.notInForce);
    return `${lines.join('\n')}\n`;
  }
  const s = doc.status;
  const yesNo = (b: boolean | null) => (b === null ? v.unknown : b ? t.yes : t.no);
  lines.push(
    '',
    `${t.eligibility}: ${v[s.eligibility].toUpperCase()}`,
    `${t.pocket}: ${yesNo(s.pocket)} · ${t.designation}: ${DESIGNATION_LABEL[lang][s.designation]} · ${t.evaluation}: ${s.evaluationResult ?? t.none} · ${t.revocation}: ${yesNo(s.revocationRecommended)}`,
  );
  for (const a of doc.articles) {
    lines.push('', `Pasal ${a.article} — ${a.title[lang]}: ${v[a.verdict]}`);
    for (const f of a.findings)
      lines.push(
        `  ${VERDICT_MARK[f.verdict]} ${f.citation} ${provenanceTag(f.provenance, f.parameterProvenance, lang)} ${v[f.verdict]}: ${f.message[lang]}`,
      );
  }
  if (doc.obligations.length > 0) {
    lines.push('', `${t.obligations}:`);
    for (const o of doc.obligations) {
      const period = o.period ? ` ${o.period}` : '';
      const due = o.due ? `${t.due} ${formatDate(o.due, lang)}` : `${t.due} ${t.none}`;
      const done = o.fulfilledOn ? `, ${t.done} ${formatDate(o.fulfilledOn, lang)}` : '';
      const tag = o.parameterProvenance ? ` ${provenanceTag(undefined, o.parameterProvenance, lang)}` : '';
      lines.push(
        `  ${o.citation}${tag}${period} · ${o.party} · ${due}: ${OBLIGATION_LABEL[lang][o.status]}${done} — ${o.message[lang]}`,
      );
    }
  }
  if (doc.candidates.length > 0) {
    lines.push('', `${t.candidates}:`);
    for (const c of doc.candidates) {
      lines.push(`  ${VERDICT_MARK[c.verdict]} ${c.name}${c.nik ? ` (NIK ${c.nik})` : ''}: ${v[c.verdict]}`);
      for (const f of c.findings)
        if (f.verdict !== 'met')
          lines.push(
            `      ${f.citation} ${provenanceTag(f.provenance, f.parameterProvenance, lang)}: ${f.message[lang]}`,
          );
      if (c.outstanding.length > 0) lines.push(`      ${t.outstanding}: ${c.outstanding.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A Calon PMI's NIK in Markdown: a masked NIK (`5203**********01`) as it is, anything else escaped as text. */
function nikMarkdown(nik: string): string {
  return /^\d{4}\*+\d{2}$/.test(nik) ? nik : markdownText(nik);
}

/** The verdict as Markdown (a memo). */
export function formatMarkdown(doc: VerdictDocument, lang: Lang): string {
  const t = headings(lang);
  const v = VERDICT_LABEL[lang];
  const esc = markdownText;
  const out: string[] = [
    `# ${esc(doc.village.name)} (${esc(doc.village.code)})`,
    '',
    `${t.asOf}: ${formatDate(doc.asOf, lang)}`,
    '',
  ];
  if (!doc.inForce) return `${[...out, t.notInForce].join('\n')}\n`;
  out.push(
    `- ${t.eligibility}: **${v[doc.status.eligibility]}**`,
    `- ${t.designation}: ${DESIGNATION_LABEL[lang][doc.status.designation]}`,
    '',
  );
  out.push(
    lang === 'id' ? '| Ketentuan | Putusan | Penjelasan |' : '| Provision | Verdict | Explanation |',
    '|---|---|---|',
  );
  for (const a of doc.articles)
    for (const f of a.findings)
      out.push(
        `| ${esc(`${f.citation} ${provenanceTag(f.provenance, f.parameterProvenance, lang)}`)} | ${v[f.verdict]} | ${esc(f.message[lang])} |`,
      );
  if (doc.obligations.length > 0) {
    out.push('', `## ${t.obligations}`, '', '| | | | |', '|---|---|---|---|');
    for (const o of doc.obligations)
      out.push(
        `| ${esc(`${o.citation} ${o.period ?? ''}${o.parameterProvenance ? ` ${provenanceTag(undefined, o.parameterProvenance, lang)}` : ''}`)} | ${esc(o.party)} | ${o.due ?? t.none} | ${OBLIGATION_LABEL[lang][o.status]} |`,
      );
  }
  if (doc.candidates.length > 0) {
    out.push('', `## ${t.candidates}`, '');
    for (const c of doc.candidates) {
      out.push(`- ${esc(c.name)}${c.nik ? ` (NIK ${nikMarkdown(c.nik)})` : ''}: ${v[c.verdict]}`);
      for (const f of c.findings)
        if (f.verdict !== 'met')
          out.push(
            `  - ${esc(`${f.citation} ${provenanceTag(f.provenance, f.parameterProvenance, lang)}`)}: ${esc(f.message[lang])}`,
          );
      if (c.outstanding.length > 0) out.push(`  - ${t.outstanding}: ${esc(c.outstanding.join(', '))}`);
    }
  }
  return `${out.join('\n')}\n`;
}
