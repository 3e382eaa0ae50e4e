import { formatDate } from '../explain/format.js';
import type { Lang } from '../types.js';
import type { VerdictDocument } from '../verdict.js';
import { DESIGNATION_LABEL, KIND_LABEL, OBLIGATION_LABEL, VERDICT_LABEL, VERDICT_MARK } from './labels.js';

const T = {
  id: {
    asOf: 'Tanggal Penilaian',
    notInForce: 'Peraturan Menteri belum berlaku pada tanggal ini (Pasal 18); tidak ada yang dinilai.',
    eligibility: 'Kelayakan (Pasal 3 ayat (1) + Pasal 4 ayat (5))',
    pocket: 'Desa kantong PMI',
    designation: 'Penetapan',
    evaluation: 'Hasil evaluasi (Pasal 12)',
    revocation: 'Rekomendasi pencabutan (Pasal 13 ayat (2))',
    obligations: 'Kewajiban',
    candidates: 'Calon PMI (Pasal 9)',
    outstanding: 'belum dipenuhi (Pasal 9 ayat (2))',
    yes: 'ya',
    no: 'tidak',
    none: '—',
    due: 'tenggat',
    done: 'dipenuhi',
  },
  en: {
    asOf: 'Assessment date',
    notInForce: 'The regulation is not yet in force on this date (Pasal 18); nothing is judged.',
    eligibility: 'Eligibility (Pasal 3 ayat (1) + Pasal 4 ayat (5))',
    pocket: 'PMI pocket village',
    designation: 'Designation',
    evaluation: 'Evaluation result (Pasal 12)',
    revocation: 'Revocation recommended (Pasal 13 ayat (2))',
    obligations: 'Obligations',
    candidates: 'Prospective migrant workers (Pasal 9)',
    outstanding: 'outstanding (Pasal 9 ayat (2))',
    yes: 'yes',
    no: 'no',
    none: '—',
    due: 'due',
    done: 'done',
  },
} as const;

/** The verdict as text for people, in Indonesian or English. */
export function formatText(doc: VerdictDocument, lang: Lang): string {
  const t = T[lang];
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
        `  ${VERDICT_MARK[f.verdict]} ${f.citation} [${f.provenance}] ${v[f.verdict]}: ${f.message[lang]}`,
      );
  }
  if (doc.obligations.length > 0) {
    lines.push('', `${t.obligations}:`);
    for (const o of doc.obligations) {
      const period = o.period ? ` ${o.period}` : '';
      const due = o.due ? `${t.due} ${formatDate(o.due, lang)}` : `${t.due} ${t.none}`;
      const done = o.fulfilledOn ? `, ${t.done} ${formatDate(o.fulfilledOn, lang)}` : '';
      lines.push(
        `  ${o.citation}${period} · ${o.party} · ${due}: ${OBLIGATION_LABEL[lang][o.status]}${done} — ${o.message[lang]}`,
      );
    }
  }
  if (doc.candidates.length > 0) {
    lines.push('', `${t.candidates}:`);
    for (const c of doc.candidates) {
      lines.push(`  ${VERDICT_MARK[c.verdict]} ${c.name}${c.nik ? ` (NIK ${c.nik})` : ''}: ${v[c.verdict]}`);
      for (const f of c.findings)
        if (f.verdict !== 'met') lines.push(`      ${f.citation}: ${f.message[lang]}`);
      if (c.outstanding.length > 0) lines.push(`      ${t.outstanding}: ${c.outstanding.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The verdict as Markdown (a memo). */
export function formatMarkdown(doc: VerdictDocument, lang: Lang): string {
  const t = T[lang];
  const v = VERDICT_LABEL[lang];
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const out: string[] = [
    `# ${doc.village.name} (${doc.village.code})`,
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
    for (const f of a.findings) out.push(`| ${f.citation} | ${v[f.verdict]} | ${esc(f.message[lang])} |`);
  if (doc.obligations.length > 0) {
    out.push('', `## ${t.obligations}`, '', '| | | | |', '|---|---|---|---|');
    for (const o of doc.obligations)
      out.push(
        `| ${o.citation} ${o.period ?? ''} | ${o.party} | ${o.due ?? t.none} | ${OBLIGATION_LABEL[lang][o.status]} |`,
      );
  }
  if (doc.candidates.length > 0) {
    out.push('', `## ${t.candidates}`, '');
    for (const c of doc.candidates) out.push(`- ${c.name}: ${v[c.verdict]}`);
  }
  return `${out.join('\n')}\n`;
}
