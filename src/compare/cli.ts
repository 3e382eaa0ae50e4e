// The drafters' workbench commands of `dme`: compare (and coverage, articles), registered by src/cli.ts.

import { readdir, stat } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import { type Command, Option } from 'commander';
import { regulationUnder } from '../amendment/load.js';
import { parseWorkers } from '../batch/cli.js';
import { jsonlFile } from '../batch/jsonl.js';
import { spreadsheetItems } from '../batch/spreadsheet.js';
import { coverageOf } from '../coverage.js';
import { InputError, inputIssue, maskedJson } from '../errors.js';
import { parseAsOf, today } from '../evaluate.js';
import { DEFAULT_FIXTURES, scenarioFolder } from '../fixtures-dir.js';
import { formatArticle, formatArticles, writeArticleDocs } from '../literate.js';
import { assertWritable, openOutput, standardStreams, stdoutOutput } from '../output.js';
import { runInfo, textInfo } from '../provenance.js';
import type { Regulation } from '../regulation.js';
import { formatCoverageMarkdown, formatCoverageText } from '../report/coverage.js';
import { formatComparisonHtml } from '../report/html.js';
import { formatNationalHtml } from '../report/national-html.js';
import { shippedRegulation } from '../rules.js';
import { loadScenarios } from '../scenarios.js';
import type { Lang } from '../types.js';
import { compareData } from './data.js';
import { formatComparisonMarkdown, formatComparisonText } from './format.js';
import { compareRegulations } from './index.js';
import { formatNationalMarkdown, formatNationalText } from './national-format.js';
import { changesCsv, writeChangesCsv, writeChangesWorkbook } from './national-table.js';

function langOption() {
  return new Option('--lang <lang>', 'bahasa keluaran / output language').choices(['id', 'en']).default('id');
}

/** Says on stderr where a report was written. */
function written(out: string, lang: Lang): void {
  standardStreams().stderr.write(`${lang === 'id' ? 'Ditulis ke' : 'Written to'} ${out}\n`);
}

/**
 * Writes a report to `--out` (then says where on stderr) or to stdout: text for people with every long digit run
 * masked, or a value as JSON with its strings masked and its numbers as they are (a count of 1,234,567 stays
 * a number, and the JSON stays JSON).
 */
async function emit(report: string | { json: unknown }, out: string | undefined, lang: Lang): Promise<void> {
  const output = openOutput(out);
  if (typeof report === 'string') await output.text(report);
  else await output.raw(`${maskedJson(report.json, 2)}\n`);
  await output.close();
  if (out !== undefined) written(out, lang);
}

interface CompareCliOptions {
  amendment: string;
  base?: string;
  asOf?: string;
  format?: string;
  out?: string;
  workers?: string;
  lang: Lang;
}

/** The format an --out file's extension asks for (text when none does). */
function formatOf(out: string | undefined): string {
  const ext = out === undefined ? '' : extname(out).toLowerCase().slice(1);
  return (
    (
      { html: 'html', htm: 'html', md: 'md', json: 'json', csv: 'csv', xlsx: 'xlsx' } as Record<
        string,
        string
      >
    )[ext] ?? 'text'
  );
}

/** What a comparison's first argument is: a scenario folder, or village data as `dme batch` reads it. */
async function dataKind(path: string): Promise<'scenarios' | 'jsonl' | 'csv-folder' | 'xlsx'> {
  const info = await stat(path).catch(() => null);
  if (!info) {
    throw new InputError([
      inputIssue(path, { id: 'berkas atau folder tidak ditemukan', en: 'no such file or folder' }),
    ]);
  }
  if (info.isDirectory()) {
    const files = (await readdir(path)).map((f) => f.toLowerCase());
    return files.includes('villages.csv') ? 'csv-folder' : 'scenarios';
  }
  return extname(path).toLowerCase() === '.xlsx' ? 'xlsx' : 'jsonl';
}

/** `dme compare DATA`: every village of a batch input judged under both texts (worker threads). */
async function compareOnData(
  path: string,
  kind: 'jsonl' | 'csv-folder' | 'xlsx',
  format: string,
  base: Regulation,
  amended: Regulation,
  opts: CompareCliOptions,
): Promise<void> {
  const asOf = parseAsOf(opts.asOf ?? today());
  const items = kind === 'jsonl' ? jsonlFile(path) : toAsync(await spreadsheetItems(path, opts.lang));
  if (opts.out !== undefined) assertWritable(opts.out);
  const run = runInfo(await textInfo(amended, opts.amendment), asOf, await textInfo(base, opts.base));
  const report = await compareData(items, {
    asOf,
    lang: opts.lang,
    base,
    ...(opts.base ? { baseFile: opts.base } : {}),
    amended,
    amendedFile: opts.amendment,
    run,
    workers: parseWorkers(opts.workers),
  });
  if (format === 'csv' || format === 'xlsx') {
    if (opts.out === undefined) {
      if (format === 'xlsx')
        throw new InputError([
          inputIssue('--out', { id: 'xlsx perlu --out berkas.xlsx', en: 'xlsx needs --out file.xlsx' }),
        ]);
      await stdoutOutput().raw(changesCsv(report));
      return;
    }
    if (format === 'csv') await writeChangesCsv(report, opts.out);
    else await writeChangesWorkbook(report, opts.out, opts.lang);
    written(opts.out, opts.lang);
    return;
  }
  const text =
    format === 'json'
      ? { json: report }
      : format === 'md'
        ? formatNationalMarkdown(report, opts.lang)
        : format === 'html'
          ? formatNationalHtml(report, opts.lang)
          : formatNationalText(report, opts.lang);
  await emit(text, opts.out, opts.lang);
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/**
 * Adds the drafters' workbench to the program: `dme compare`, `dme coverage` and `dme articles`. `setLang`
 * tells the program the language its errors are reported in.
 */
export function addWorkbenchCommands(program: Command, setLang: (lang: Lang) => void): void {
  program
    .command('compare')
    .description(
      'membandingkan hasil menurut dua teks / compare outcomes under the current text and an amendment',
    )
    .argument(
      '[data]',
      'folder skenario, atau data desa (JSONL, folder CSV, .xlsx) / scenario folder, or village data (JSONL, CSV folder, .xlsx)',
      DEFAULT_FIXTURES,
    )
    .requiredOption('--amendment <file>', 'berkas perubahan / amendment file (YAML)')
    .option('--base <file>', 'perubahan lain sebagai teks dasar / another amendment as the base text')
    .option(
      '--as-of <date>',
      'Tanggal Penilaian (data desa; default hari ini) / assessment date (village data; default today; scenarios: overrides theirs)',
    )
    .addOption(
      new Option(
        '--format <format>',
        'text | md | html | json, and for village data csv | xlsx (default: from --out, else text)',
      ).choices(['text', 'md', 'html', 'json', 'csv', 'xlsx']),
    )
    .option('--out <file>', 'tulis ke berkas / write to a file')
    .option('--workers <n>', 'thread pekerja (data desa) / worker threads (village data; default: CPU cores)')
    .addOption(langOption())
    .action(async (given: string, opts: CompareCliOptions) => {
      setLang(opts.lang);
      const dir = scenarioFolder(given, opts.lang, (note) => standardStreams().stderr.write(note));
      const format = opts.format ?? formatOf(opts.out);
      const base = opts.base ? await regulationUnder(opts.base) : shippedRegulation;
      const amended = await regulationUnder(opts.amendment);
      const kind = await dataKind(dir);
      if (kind !== 'scenarios') {
        await compareOnData(dir, kind, format, base, amended, opts);
        return;
      }
      if (format === 'csv' || format === 'xlsx') {
        throw new InputError([
          inputIssue('--format', {
            id: `${format} menuliskan tabel desa dari data desa (JSONL, folder CSV, .xlsx), bukan dari skenario`,
            en: `${format} writes the table of villages compared from village data (JSONL, CSV folder, .xlsx), not from scenarios`,
          }),
        ]);
      }
      {
        const asOf = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf);
        const scenarios = (await loadScenarios(dir)).map((s) =>
          asOf ? { ...s, scenario: { ...s.scenario, asOf } } : s,
        );
        const report = await compareRegulations(scenarios, base, amended);
        const label = (f: string) => relative(dir, f) || f;
        const run = runInfo(
          await textInfo(amended, opts.amendment),
          asOf ?? null,
          await textInfo(base, opts.base),
        );
        const text =
          format === 'json'
            ? { json: { ...report, run } }
            : format === 'md'
              ? formatComparisonMarkdown(report, opts.lang, dir)
              : format === 'html'
                ? formatComparisonHtml(report, opts.lang, label)
                : formatComparisonText(report, opts.lang, dir);
        await emit(text, opts.out, opts.lang);
        process.exitCode = 0;
      }
    });

  program
    .command('coverage')
    .description(
      'cakupan skenario / which provisions, comparisons, obligations and parameters the scenarios do not pin',
    )
    .argument('[dir]', 'folder skenario / scenario folder', DEFAULT_FIXTURES)
    .option('--amendment <file>', 'cakupan menurut perubahan / coverage under an amendment (YAML)')
    .option(
      '--as-of <date>',
      'nilai setiap skenario pada tanggal ini / judge every scenario on this date instead of its own (YYYY-MM-DD)',
    )
    .addOption(
      new Option('--format <format>', 'text | md | json').choices(['text', 'md', 'json']).default('text'),
    )
    .option(
      '--no-parameters',
      'tanpa analisis parameter (lebih cepat) / skip the parameter analysis (faster)',
    )
    .option('--out <file>', 'tulis ke berkas / write to a file')
    .addOption(langOption())
    .action(
      async (
        given: string,
        opts: {
          amendment?: string;
          asOf?: string;
          format: string;
          parameters: boolean;
          out?: string;
          lang: Lang;
        },
      ) => {
        setLang(opts.lang);
        const dir = scenarioFolder(given, opts.lang, (note) => standardStreams().stderr.write(note));
        const asOf = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf);
        const regulation = opts.amendment ? await regulationUnder(opts.amendment) : shippedRegulation;
        const report = await coverageOf(dir, {
          regulation,
          parameters: opts.parameters,
          ...(asOf ? { asOf } : {}),
        });
        const text =
          opts.format === 'json'
            ? { json: report }
            : opts.format === 'md'
              ? formatCoverageMarkdown(report, opts.lang)
              : formatCoverageText(report, opts.lang);
        await emit(text, opts.out, opts.lang);
        process.exitCode = 0;
      },
    );

  program
    .command('articles')
    .description(
      'pasal demi pasal: teks, yang dikodekan, parameter / every article: its text, what is encoded, its parameters',
    )
    .option('--article <n>', 'satu pasal saja / one article only')
    .addOption(new Option('--format <format>', 'text | md').choices(['text', 'md']).default('text'))
    .option(
      '--out <dir>',
      'tulis docs/articles ke folder ini (kedua bahasa) / write the docs/articles reference to this folder',
    )
    .option('--amendment <file>', 'teks menurut perubahan / the text under an amendment (YAML)')
    .addOption(langOption())
    .action(
      async (opts: {
        article?: string;
        format: 'text' | 'md';
        out?: string;
        amendment?: string;
        lang: Lang;
      }) => {
        setLang(opts.lang);
        const regulation = opts.amendment ? await regulationUnder(opts.amendment) : shippedRegulation;
        if (opts.out !== undefined) {
          const files = await writeArticleDocs(opts.out, regulation);
          standardStreams().stderr.write(
            `${opts.lang === 'id' ? 'Ditulis' : 'Written'}: ${files.length} ${opts.lang === 'id' ? 'berkas di' : 'files in'} ${opts.out}\n`,
          );
          return;
        }
        if (opts.article !== undefined) {
          const article = regulation.articles.find((a) => String(a.article) === opts.article);
          if (!article) {
            const list = regulation.articles.map((a) => a.article).join(', ');
            throw new InputError([
              inputIssue('--article', {
                id: `tidak ada Pasal ${opts.article}; pasal yang ada: ${list}`,
                en: `there is no Pasal ${opts.article}; articles: ${list}`,
              }),
            ]);
          }
          await stdoutOutput().text(formatArticle(regulation, article, opts.lang, opts.format));
          return;
        }
        await stdoutOutput().text(formatArticles(regulation, opts.lang, opts.format));
      },
    );
}
