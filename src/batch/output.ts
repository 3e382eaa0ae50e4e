import { extname } from 'node:path';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { InputError, inputIssue, maskedJson } from '../errors.js';
import { type Output, openOutput } from '../output.js';
import type { RunInfo } from '../provenance.js';
import type { Regulation } from '../regulation.js';
import type { Lang } from '../types.js';
import { type Cell, REFUSED_COLUMNS, VILLAGE_COLUMNS } from './columns.js';
import type { Detail } from './judge.js';
import { isRefused, linesWritable } from './lines.js';
import type { Tally } from './summary.js';
import { summaryWorkbook } from './workbook.js';

// Where `dme batch` writes: JSONL (stdout or a file; summary rows or full documents), or a summary as CSV
// (`--out x.csv`) or as an XLSX workbook (`--out x.xlsx`). The judging pipeline always produces JSONL lines;
// the CSV and XLSX outputs read those lines back (a summary row is ~0.3 KB) and lay them out as tables.

/** The output formats, chosen by the `--out` file's extension. */
export type OutputFormat = 'jsonl' | 'csv' | 'xlsx';

/** The format of an output path (stdout, and any other extension, is JSONL). */
export function outputFormat(path: string | undefined): OutputFormat {
  const ext = path === undefined ? '' : extname(path).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : 'jsonl';
}

/** An open batch output: the stream `runBatch` writes its lines to, and how to finish it with the run's tally. */
export interface BatchOutput {
  stream: Writable;
  finish(tally: Tally): Promise<void>;
}

/** What an output says about its run and needs to lay out its tables. */
export interface OutputContext {
  run: RunInfo;
  regulation: Regulation;
  lang: Lang;
  detail: Detail;
}

/** The run's provenance as CSV columns, the same on every row. */
function provenanceColumns(run: RunInfo): [string, Cell][] {
  const a = run.regulation.amendment;
  return [
    ['asOf', run.asOf],
    ['regulation', `${run.regulation.title} (${run.regulation.version})`],
    ['amendment', a?.title ?? null],
    ['amendmentSha256', a?.sha256 ?? null],
    ['producedBy', `${run.package.name} ${run.package.version}`],
    ['runAt', run.runAt],
  ];
}

function csvOutput(output: Output, ctx: OutputContext): BatchOutput {
  const file = output.stream;
  const tail = provenanceColumns(ctx.run);
  const header = [
    ...VILLAGE_COLUMNS.map((c) => c.key),
    ...REFUSED_COLUMNS.map((c) => c.key),
    ...tail.map(([k]) => k),
  ];
  const after = tail.map(([, v]) => v);
  const blankVillage = VILLAGE_COLUMNS.map(() => null);
  const blankRefused = REFUSED_COLUMNS.map(() => null);
  const codeAt = VILLAGE_COLUMNS.findIndex((c) => c.key === 'code');
  file.write(`\ufeff${stringify([header])}`); // a byte order mark, so that Excel reads the names as UTF-8
  const stream = linesWritable(async (lines) => {
    const rows = lines.map((line) => {
      if (isRefused(line)) {
        const village: Cell[] = [...blankVillage];
        village[codeAt] = line.code;
        return [...village, ...REFUSED_COLUMNS.map((c) => c.cell(line)), ...after];
      }
      return [...VILLAGE_COLUMNS.map((c) => c.cell(line)), ...blankRefused, ...after];
    });
    if (!file.write(stringify(rows, { cast: { boolean: (b) => String(b) } })))
      await new Promise((resolve) => file.once('drain', resolve));
  });
  return { stream, finish: () => output.close() };
}

function jsonlOutput(output: Output): BatchOutput {
  // one line per record, each saying what produced it (its `run` field, added as it is judged: `jsonlRun`)
  return { stream: output.stream, finish: () => output.close() };
}

/** The `run` field of every line of a JSONL output: what produced the run, and the detail of its lines. */
export function jsonlRun(ctx: Pick<OutputContext, 'run' | 'detail'>): string {
  return maskedJson({ ...ctx.run, detail: ctx.detail });
}

/**
 * Opens the output of a batch run: `--out` (its extension picks JSONL, CSV or XLSX) or stdout (JSONL). CSV and
 * XLSX are summaries: asked for with `--detail full`, they are refused as bad input.
 */
export async function openBatchOutput(path: string | undefined, ctx: OutputContext): Promise<BatchOutput> {
  const format = outputFormat(path);
  if (format !== 'jsonl' && ctx.detail === 'full') {
    throw new InputError([
      inputIssue('--detail', {
        id: `dokumen lengkap hanya ditulis sebagai JSONL; ${format.toUpperCase()} berisi ringkasan (--detail summary)`,
        en: `full documents are written as JSONL only; ${format.toUpperCase()} holds a summary (--detail summary)`,
      }),
    ]);
  }
  // a file is written whole or not at all, and one that cannot be written is refused before anything is judged
  const output = openOutput(path);
  if (format === 'xlsx') return summaryWorkbook(output, ctx);
  return format === 'csv' ? csvOutput(output, ctx) : jsonlOutput(output);
}
