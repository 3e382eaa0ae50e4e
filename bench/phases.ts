// `npx tsx bench/phases.ts FILE.jsonl [N]`: where one village's time goes in a batch, phase by phase, in one
// thread: each phase is run over the first N records (default 5,000), five passes, the fastest reported (the machine's other work only ever adds time), in
// µs per record. Never a test: it only measures and prints.

import { readFileSync } from 'node:fs';
import { regulationUnder } from '../src/amendment/load.js';
import { checkVillageCode, officialVillages } from '../src/area/index.js';
import { judgeItem } from '../src/batch/judge.js';
import { keepOneLanguage } from '../src/batch/localize.js';
import { summaryRow } from '../src/batch/row.js';
import { emptyTally } from '../src/batch/summary.js';
import { compareVillage, emptyComparisonTally } from '../src/compare/national.js';
import { maskedJson } from '../src/errors.js';
import { evaluate, evaluateRecord } from '../src/evaluate.js';
import { jsonShapeIssue, parsedShapeIssue } from '../src/json-guard.js';
import { shippedRegulation } from '../src/rules.js';
import type { VillageRecord } from '../src/schema/index.js';
import { safeParseVillage } from '../src/schema/index.js';
import { maskRecordText } from '../src/schema/personal.js';

const [file = '', count = '5000', only] = process.argv.slice(2);
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .slice(0, Number(count));
const asOf = '2026-06-30';
const parsed = lines.map((l) => JSON.parse(l) as unknown);
const valid = parsed.map((r) => {
  const p = safeParseVillage(r);
  if (!p.ok) throw new Error('invalid record in bench input');
  return p.value as VillageRecord;
});
officialVillages();

async function phase(name: string, run: (i: number) => unknown | Promise<unknown>): Promise<void> {
  if (only !== undefined && !name.startsWith(only)) return;
  let us = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 5; pass++) {
    const t = process.cpuUsage();
    for (let i = 0; i < lines.length; i++) await run(i);
    const d = process.cpuUsage(t);
    us = Math.min(us, (d.user + d.system) / lines.length);
  }
  console.log(`${name.padEnd(44)} ${us.toFixed(1).padStart(8)} µs`);
}

await phase('JSON.parse', (i) => JSON.parse(lines[i] as string));
await phase('jsonShapeIssue (duplicate keys, depth)', (i) => jsonShapeIssue(lines[i] as string));
await phase('safeParseVillage (zod)', (i) => safeParseVillage(parsed[i]));
await phase('maskRecordText', (i) => maskRecordText(valid[i]));
await phase('checkVillageCode + official list', (i) => {
  const code = (valid[i] as VillageRecord).code;
  return checkVillageCode(code) ?? officialVillages().get(code);
});
await phase('evaluateRecord, explain: false', (i) =>
  evaluateRecord(valid[i] as VillageRecord, { asOf, engine: 'compiled', explain: false }),
);
await phase('evaluateRecord, explained', (i) =>
  evaluateRecord(valid[i] as VillageRecord, { asOf, engine: 'compiled' }),
);
const wanted = (name: string) => only === undefined || name.startsWith(only);
const docs = wanted('summaryRow')
  ? await Promise.all(valid.map((v) => evaluateRecord(v, { asOf, engine: 'compiled', explain: false })))
  : [];
const full = wanted('keepOneLanguage')
  ? await Promise.all(valid.map((v) => evaluateRecord(v, { asOf, engine: 'compiled' })))
  : [];
await phase('summaryRow + maskedJson', (i) => maskedJson(summaryRow(docs[i] as never, undefined)));
await phase('keepOneLanguage + maskedJson (full)', (i) =>
  maskedJson(keepOneLanguage(structuredClone(full[i]) as never, 'id')),
);
await phase('  of which structuredClone (subtract)', (i) => structuredClone(full[i]));
await phase('evaluate (parse + judge), explain: false', (i) =>
  evaluate(parsed[i], { asOf, engine: 'compiled', explain: false }),
);
await phase('parsedShapeIssue (after JSON.parse)', (i) => parsedShapeIssue(lines[i] as string, parsed[i]));
const options = { asOf, lang: 'id' as const };
const tally = emptyTally();
await phase('judgeItem (batch: all of the above), summary', (i) =>
  judgeItem({ line: i + 1, text: lines[i] as string }, options, tally),
);
const amended = await regulationUnder('fixtures/amendments/ambang-prosedural-70.yaml');
await phase('judgeItem, national compare (two texts)', (i) =>
  judgeItem({ line: i + 1, text: lines[i] as string }, { ...options, amended }, tally),
);
const comparison = emptyComparisonTally();
await phase('  of which compareVillage', (i) =>
  compareVillage(valid[i] as VillageRecord, undefined, shippedRegulation, amended, asOf, comparison),
);
