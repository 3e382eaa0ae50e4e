import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import cliProgress from 'cli-progress';
import { type Command, Option } from 'commander';
import { regulationUnder } from '../amendment/load.js';
import { InputError, inputIssue } from '../errors.js';
import { parseAsOf, today } from '../evaluate.js';
import { formatNumber } from '../explain/format.js';
import { maxWorkers } from '../limits.js';
import { standardStreams } from '../output.js';
import { runInfo, textInfo } from '../provenance.js';
import { shippedRegulation } from '../rules.js';
import type { Lang } from '../types.js';
import { jsonlFile } from './jsonl.js';
import type { BatchItem, Detail } from './judge.js';
import { jsonlRun, openBatchOutput, outputFormat } from './output.js';
import { runBatch } from './run.js';
import { spreadsheetItems, writeTemplate } from './spreadsheet.js';
import { formatSummary } from './summary.js';

// `dme batch` and `dme template`: national-scale runs from JSONL or spreadsheets (docs/spreadsheet.md).

function langOption() {
  return new Option('--lang <lang>', 'bahasa keluaran / output language').choices(['id', 'en']).default('id');
}

/** `--workers`: a whole number ≥ 0, or the machine's cores when not given. */
export function parseWorkers(value: string | undefined): number {
  const most = maxWorkers();
  if (value === undefined) return most;
  if (!/^\d+$/.test(value) || Number(value) > most) {
    throw new InputError([
      inputIssue('--workers', {
        id: `harus bilangan bulat 0–${most} (0: tanpa thread pekerja; paling banyak satu per inti CPU), bukan "${value}"`,
        en: `must be a whole number 0–${most} (0: no worker threads; at most one per CPU core), not "${value}"`,
      }),
    ]);
  }
  return Number(value);
}

async function inputKind(file: string): Promise<'jsonl' | 'csv-folder' | 'xlsx'> {
  const info = await stat(file).catch(() => null);
  if (!info) {
    throw new InputError([
      inputIssue(file, { id: 'berkas atau folder tidak ditemukan', en: 'no such file or folder' }),
    ]);
  }
  if (info.isDirectory()) return 'csv-folder';
  return extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'jsonl';
}

/**
 * A progress bar on stderr (count, rate, ETA) when stderr is a terminal that can redraw a line; else nothing
 * (`TERM=dumb` cannot; the bar has no colour, so `NO_COLOR` changes nothing).
 */
function progressBar(total: number, unit: 'bytes' | 'records', lang: Lang) {
  if (!process.stderr.isTTY || process.env.TERM === 'dumb') return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `{bar} {percentage}% | {records} ${lang === 'id' ? 'desa' : 'villages'} | {rate}/s | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(Math.max(1, total), 0, { records: 0, rate: 0 });
  return {
    update(done: { records: number; bytes: number }) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(unit === 'bytes' ? Math.min(done.bytes, total) : done.records, {
        records: formatNumber(done.records, lang),
        rate: formatNumber(Math.round(seconds > 0 ? done.records / seconds : 0), lang),
      });
    },
    stop() {
      bar.stop();
    },
  };
}

interface BatchCliOptions {
  asOf?: string;
  out?: string;
  workers?: string;
  lang: Lang;
  detail?: Detail;
  bilingual?: boolean;
  codeCheck: boolean;
  amendment?: string;
}

/** Adds `dme batch` and `dme template` to the program; `setLang` tells the error printer the language. */
export function addBatchCommands(program: Command, setLang: (lang: Lang) => void): void {
  program
    .command('batch')
    .description(
      'menilai banyak desa / judge many villages: JSONL, a folder of CSV files or an XLSX workbook → a summary row (or the full verdict) per village as JSONL, CSV or XLSX',
    )
    .argument('<file>', 'JSONL, folder CSV, atau .xlsx / JSONL file, CSV folder or .xlsx workbook')
    .option('--as-of <date>', 'Tanggal Penilaian (YYYY-MM-DD; default: hari ini / today)')
    .option(
      '--out <file>',
      'berkas keluaran: .jsonl, .csv atau .xlsx / output file: .csv and .xlsx are summaries, else JSONL (default: stdout)',
    )
    .addOption(
      new Option(
        '--detail <detail>',
        'ringkasan atau dokumen lengkap / a summary row or the full verdict per village (default: full as JSONL, summary as CSV or XLSX)',
      ).choices(['summary', 'full']),
    )
    .option(
      '--bilingual',
      'dokumen lengkap dalam dua bahasa / full documents keep both languages (default: only --lang)',
    )
    .option('--workers <n>', 'thread pekerja / worker threads (default: CPU cores; 0: none)')
    .option('--amendment <file>', 'menilai menurut perubahan / judge under an amendment (YAML)')
    .option(
      '--no-code-check',
      'jangan periksa kode desa terhadap daftar Kemendagri / do not check codes against the official list',
    )
    .addOption(langOption())
    .action(async (file: string, opts: BatchCliOptions) => {
      setLang(opts.lang);
      const asOf = parseAsOf(opts.asOf ?? today());
      const workers = parseWorkers(opts.workers);
      const kind = await inputKind(file);
      const regulation = opts.amendment ? await regulationUnder(opts.amendment) : undefined;
      const run = runInfo(await textInfo(regulation ?? shippedRegulation, opts.amendment), asOf);
      let items: AsyncIterable<BatchItem> | Iterable<BatchItem>;
      let total: number;
      if (kind === 'jsonl') {
        items = jsonlFile(file);
        total = (await stat(file)).size;
      } else {
        const list = await spreadsheetItems(file, opts.lang);
        items = list;
        total = list.length;
      }
      // JSONL gives interface.md's verdict per line unless a summary is asked for; CSV and XLSX are summaries
      const jsonl = outputFormat(opts.out) === 'jsonl';
      const detail: Detail = opts.detail ?? (jsonl ? 'full' : 'summary');
      const output = await openBatchOutput(opts.out, {
        run,
        regulation: regulation ?? shippedRegulation,
        lang: opts.lang,
        detail,
      });
      const bar = progressBar(total, kind === 'jsonl' ? 'bytes' : 'records', opts.lang);
      const started = performance.now();
      try {
        const tally = await runBatch(toAsync(items), output.stream, {
          asOf,
          lang: opts.lang,
          detail,
          bilingual: opts.bilingual === true,
          ...(jsonl ? { runJson: jsonlRun({ run, detail }) } : {}),
          workers,
          checkCodes: opts.codeCheck,
          ...(regulation && opts.amendment ? { regulation, amendment: opts.amendment } : {}),
          ...(bar ? { onProgress: bar.update } : {}),
        });
        bar?.stop();
        await output.finish(tally);
        standardStreams().stderr.write(formatSummary(tally, opts.lang, (performance.now() - started) / 1000));
      } finally {
        bar?.stop();
      }
    });

  program
    .command('template')
    .description(
      'membuat buku kerja templat / write the template workbook (one sheet per table, header and example row)',
    )
    .requiredOption('--out <file>', 'berkas .xlsx / the .xlsx file to write')
    .addOption(langOption())
    .action(async (opts: { out: string; lang: Lang }) => {
      setLang(opts.lang);
      await writeTemplate(opts.out);
      const written = {
        id: `Templat ditulis ke ${opts.out}; lihat lembar "petunjuk" dan docs/spreadsheet.md.\n`,
        en: `Template written to ${opts.out}; see the "petunjuk" sheet and docs/spreadsheet.md.\n`,
      };
      standardStreams().stderr.write(written[opts.lang]);
    });
}

async function* toAsync<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
