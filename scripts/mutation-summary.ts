// Summarises a StrykerJS report (reports/mutation/mutation.json, or the file given) per mutated file: the counts
// docs/mutation.md's table gives, and every surviving or uncovered mutant with its line, mutator and replacement.
// Usage: npx tsx scripts/mutation-summary.ts [report.json ...]
import { readFileSync } from 'node:fs';

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  statusReason?: string;
  static?: boolean;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const reports = process.argv.slice(2);
for (const path of reports.length > 0 ? reports : ['reports/mutation/mutation.json']) {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const lines = source.split('\n');
    const count = (status: string) => mutants.filter((m) => m.status === status).length;
    const killed = count('Killed');
    const timeout = count('Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const compileError = count('CompileError');
    const runtimeError = count('RuntimeError');
    const ignored = count('Ignored');
    const pending = count('Pending');
    const statics = mutants.filter((m) => m.static === true).length;
    const detected = killed + timeout;
    const valid = detected + survived + noCoverage;
    const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)}%`;
    console.log(
      `${file}: ${mutants.length} mutants, ${compileError} not compiling, ${statics} static (${ignored} ignored), ` +
        `${killed} killed + ${timeout} timeout, ${survived} survived, ${noCoverage} no coverage` +
        `${runtimeError > 0 ? `, ${runtimeError} runtime error` : ''}${pending > 0 ? `, ${pending} pending` : ''}` +
        ` — score ${score}`,
    );
    const left = mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort((a, b) => a.location.start.line - b.location.start.line);
    for (const m of left) {
      const line = m.location.start.line;
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      const code = (lines[line - 1] ?? '').trim().slice(0, 100);
      console.log(
        `  L${line} ${m.status === 'NoCoverage' ? '[no coverage] ' : ''}${m.mutatorName}: ${replacement}`,
      );
      console.log(`      ${code}`);
    }
  }
}
