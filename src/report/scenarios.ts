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

const show = (x: unknown) => (x === null ? '(tidak ada / absent)' : String(x));

/** The scenario run for people: a table of every scenario, each mismatch, and the closing `N passed, N failed` line. */
export function formatScenarioRun(results: readonly ScenarioResult[], root: string, lang: Lang): string {
  const head =
    lang === 'id'
      ? ['skenario', 'desa', 'tanggal', 'kelayakan', 'penetapan', 'hasil']
      : ['scenario', 'village', 'date', 'eligibility', 'designation', 'result'];
  const rows = results.map((r) => [
    relative(root, r.file) || r.file,
    r.verdict.village.name,
    r.verdict.asOf,
    r.verdict.inForce
      ? VERDICT_LABEL[lang][r.verdict.status.eligibility]
      : lang === 'id'
        ? '(belum berlaku)'
        : '(not in force)',
    DESIGNATION_LABEL[lang][r.verdict.status.designation] ?? '',
    r.passed ? 'PASS' : 'FAIL',
  ]);
  const lines = pad([head, ...rows]);
  const failed = results.filter((r) => !r.passed);
  if (failed.length > 0) lines.push('');
  for (const r of failed) {
    for (const m of r.mismatches) {
      const msg = m.message ? ` — ${m.message[lang]}` : '';
      const exp = lang === 'id' ? 'diharapkan' : 'expected';
      const got = lang === 'id' ? 'hasil' : 'got';
      lines.push(
        `${relative(root, r.file) || r.file}: ${m.section} "${m.key}": ${exp} ${show(m.expected)}, ${got} ${show(m.actual)}${msg}`,
      );
    }
  }
  lines.push('', `${results.length - failed.length} passed, ${failed.length} failed`);
  return `${lines.join('\n')}\n`;
}
