// The drafters' workbench commands of `dme`: compare (and coverage, articles), registered by src/cli.ts.

import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { type Command, Option } from 'commander';
import { regulationUnder } from '../amendment/load.js';
import { coverageOf } from '../coverage.js';
import { InputError, inputIssue } from '../errors.js';
import { formatArticle, formatArticles, writeArticleDocs } from '../literate.js';
import { formatCoverageMarkdown, formatCoverageText } from '../report/coverage.js';
import { formatComparisonHtml } from '../report/html.js';
import { shippedRegulation } from '../rules.js';
import { loadScenarios } from '../scenarios.js';
import type { Lang } from '../types.js';
import { formatComparisonMarkdown, formatComparisonText } from './format.js';
import { compareRegulations } from './index.js';

function langOption() {
  return new Option('--lang <lang>', 'bahasa keluaran / output language').choices(['id', 'en']).default('id');
}

/** Writes a report to `--out` (then says where on stderr) or to stdout. */
async function emit(text: string, out: string | undefined, lang: Lang): Promise<void> {
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  await writeFile(out, text, 'utf8');
  process.stderr.write(`${lang === 'id' ? 'Ditulis ke' : 'Written to'} ${out}\n`);
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
    .argument('[dir]', 'folder skenario / scenario folder', 'fixtures')
    .requiredOption('--amendment <file>', 'berkas perubahan / amendment file (YAML)')
    .option('--base <file>', 'perubahan lain sebagai teks dasar / another amendment as the base text')
    .addOption(
      new Option('--format <format>', 'text | md | html | json')
        .choices(['text', 'md', 'html', 'json'])
        .default('text'),
    )
    .option('--out <file>', 'tulis ke berkas / write to a file')
    .addOption(langOption())
    .action(
      async (
        dir: string,
        opts: { amendment: string; base?: string; format: string; out?: string; lang: Lang },
      ) => {
        setLang(opts.lang);
        const base = opts.base ? await regulationUnder(opts.base) : shippedRegulation;
        const amended = await regulationUnder(opts.amendment);
        const scenarios = await loadScenarios(dir);
        const report = await compareRegulations(scenarios, base, amended);
        const label = (f: string) => relative(dir, f) || f;
        const text =
          opts.format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
            : opts.format === 'md'
              ? formatComparisonMarkdown(report, opts.lang, dir)
              : opts.format === 'html'
                ? formatComparisonHtml(report, opts.lang, label)
                : formatComparisonText(report, opts.lang, dir);
        await emit(text, opts.out, opts.lang);
        process.exitCode = 0;
      },
    );

  program
    .command('coverage')
    .description(
      'cakupan skenario / which provisions, comparisons, obligations and parameters the scenarios do not pin',
    )
    .argument('[dir]', 'folder skenario / scenario folder', 'fixtures')
    .option('--amendment <file>', 'cakupan menurut perubahan / coverage under an amendment (YAML)')
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
        dir: string,
        opts: { amendment?: string; format: string; parameters: boolean; out?: string; lang: Lang },
      ) => {
        setLang(opts.lang);
        const regulation = opts.amendment ? await regulationUnder(opts.amendment) : shippedRegulation;
        const report = await coverageOf(dir, { regulation, parameters: opts.parameters });
        const text =
          opts.format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
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
          process.stderr.write(
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
          process.stdout.write(formatArticle(regulation, article, opts.lang, opts.format));
          return;
        }
        process.stdout.write(formatArticles(regulation, opts.lang, opts.format));
      },
    );
}
