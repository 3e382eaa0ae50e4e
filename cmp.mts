// One thread, CPU per record, fastest of 5 passes over 3,000 generated villages: judgeItem as dme batch runs it
// (summary, full in one language) and as dme compare on village data runs it (two texts).
import { readFileSync } from 'node:fs';
const root = process.argv[2] as string;
const { judgeItem } = await import(`${root}/src/batch/judge.ts`);
const { emptyTally } = await import(`${root}/src/batch/summary.ts`);
const { officialVillages } = await import(`${root}/src/area/index.ts`);
const { regulationUnder } = await import(`${root}/src/amendment/load.ts`);
const amended = await regulationUnder(`${root}/fixtures/amendments/ambang-prosedural-70.yaml`);
const lines = readFileSync('/tmp/v5k.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 3000);
officialVillages();
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
const out: string[] = [];
for (const [name, extra] of [['summary', { detail: 'summary' }], ['full', { detail: 'full' }], ['compare', { amended }]] as const) {
  let best = Infinity;
  for (let p = 0; p < 5; p++) {
    const tally = emptyTally();
    const t = cpu();
    for (let i = 0; i < lines.length; i++) await judgeItem({ line: i + 1, text: lines[i] }, { asOf: '2026-06-30', lang: 'id', ...extra }, tally);
    best = Math.min(best, (cpu() - t) / lines.length);
  }
  out.push(`${name} ${best.toFixed(1)} µs`);
}
console.log(root, out.join(', '));
