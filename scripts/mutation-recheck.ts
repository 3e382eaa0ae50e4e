// Reruns the surviving mutants of a StrykerJS report against a command, one at a time: each mutant's replacement
// is written into its source file, the command is run, and the file is restored. A mutant is killed when the
// command fails. Stryker's incremental mode cannot see changes to the scenario files (they are data, not test
// files), so after pinning scenarios this is how the survivors of a rule module are measured again.
// Usage: npx tsx scripts/mutation-recheck.ts report.json "command" [file-filter]
// e.g.   npx tsx scripts/mutation-recheck.ts reports/runs/pasal-04.json \
//          "npx tsup --silent --no-dts && node dist/cli.js scenarios fixtures && npx vitest run test/pasal-04.test.ts"
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

interface Position {
  line: number;
  column: number;
}
interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: Position; end: Position };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

/** The offset in `text` of a 1-based line and column. */
function offsetOf(text: string, { line, column }: Position): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/**
 * Where the mutated code of the report's `source` is in the file as it is now (edited since the run): the same
 * lines, looked for up to 40 lines away. Undefined when they are gone (the code was changed or removed).
 */
function locate(source: string, current: string, m: Mutant): { start: number; end: number } | undefined {
  const was = source.split('\n');
  const now = current.split('\n');
  const { start, end } = m.location;
  const block = was.slice(start.line - 1, end.line).join('\n');
  for (let shift = 0; shift <= 40; shift++) {
    for (const delta of shift === 0 ? [0] : [-shift, shift]) {
      const line = start.line + delta;
      if (line < 1 || now.slice(line - 1, line - 1 + end.line - start.line + 1).join('\n') !== block)
        continue;
      return {
        start: offsetOf(current, { line, column: start.column }),
        end: offsetOf(current, { line: end.line + delta, column: end.column }),
      };
    }
  }
  return undefined;
}

const [reportPath, command, only] = process.argv.slice(2);
if (reportPath === undefined || command === undefined) {
  console.error('usage: mutation-recheck.ts report.json "command" [file-filter]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  if (only !== undefined && !file.includes(only)) continue;
  const original = readFileSync(file, 'utf8');
  const survivors = mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
  let killed = 0;
  const left: string[] = [];
  let gone = 0;
  for (const m of survivors) {
    const at = locate(source, original, m);
    const where = `L${m.location.start.line} ${m.mutatorName}: ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`;
    if (at === undefined) {
      gone++;
      console.log(`gone     ${file} ${where}`);
      continue;
    }
    const { start, end } = at;
    writeFileSync(file, original.slice(0, start) + (m.replacement ?? '') + original.slice(end));
    let failed = false;
    try {
      execSync(command, { stdio: 'ignore' });
    } catch {
      failed = true;
    } finally {
      writeFileSync(file, original);
    }
    if (failed) killed++;
    else left.push(where);
    console.log(`${failed ? 'killed  ' : 'survived'} ${file} ${where}`);
  }
  console.log(
    `${file}: ${killed} of ${survivors.length} survivors killed, ${gone} in code since changed or removed, ${left.length} left`,
  );
}
