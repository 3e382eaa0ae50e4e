import { relative } from 'node:path';
import type { ScenarioResult } from '../scenarios.js';
import type { Lang } from '../types.js';
import { DESIGNATION_LABEL, VERDICT_LABEL } from './labels.js';

function pad(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** A value of a mismatch: absent, or as the scenario file would write it (texts and values quoted as JSON). */
const show = (x: unknown, quoted: boolean) =>
  x === null || x === undefined ? '(tidak ada / absent)' : quoted ? JSON.stringify(x) : String(x);

const WORDS = {
  id: {
    head: ['skenario', 'desa', 'tanggal', 'kelayakan', 'penetapan', 'sesuai expect'],
    notInForce: '(belum berlaku)',
    expected: 'diharapkan',
    got: 'hasil',
    containing: 'memuat',
    legend:
      'PASS: setiap harapan dalam `expect` skenario cocok dengan putusan. Kolom kelayakan dan penetapan adalah putusan itu sendiri: PASS di samping "tidak memenuhi" berarti skenario memang mengharapkan "tidak memenuhi".',
  },
  en: {
    head: ['scenario', 'village', 'date', 'eligibility', 'designation', 'matches expect'],
    notInForce: '(not in force)',
    expected: 'expected',
    got: 'got',
    containing: 'containing',
    legend:
      'PASS: every expectation in the scenario\'s `expect` matched the verdict. The eligibility and designation columns are the verdict itself: PASS beside "not met" means the scenario expects "not met".',
  },
} as const;

/** The scenario run for people: a table of every scenario, each mismatch, and the closing `N passed, N failed` line. */
export function formatScenarioRun(results: readonly ScenarioResult[], root: string, lang: Lang): string {
  const w = WORDS[lang];
  const rows = results.map((r) => [
    relative(root, r.file) || r.file,
    r.verdict.village.name,
    r.verdict.asOf,
    r.verdict.inForce ? VERDICT_LABEL[lang][r.verdict.status.eligibility] : w.notInForce,
    DESIGNATION_LABEL[lang][r.verdict.status.designation] ?? '',
    r.passed ? 'PASS' : 'FAIL',
  ]);
  const lines = pad([[...w.head], ...rows]);
  const failed = results.filter((r) => !r.passed);
  if (failed.length > 0) lines.push('');
  for (const r of failed) {
    for (const m of r.mismatches) {
      const msg = m.message ? ` — ${m.message[lang]}` : '';
      // messages: "expected [en] containing "30%", got "…""; values: "expected women 3, got 2"
      const quoted = m.section === 'messages' || m.section === 'values';
      const what = m.section === 'messages' ? `[${m.field}] ${w.containing} ` : m.field ? `${m.field} ` : '';
      lines.push(
        `${relative(root, r.file) || r.file}: ${m.section} "${m.key}": ${w.expected} ${what}${show(m.expected, quoted)}, ${w.got} ${show(m.actual, quoted)}${msg}`,
      );
    }
  }
  lines.push('', w.legend, `${results.length - failed.length} passed, ${failed.length} failed`);
  return `${lines.join('\n')}\n`;
}
