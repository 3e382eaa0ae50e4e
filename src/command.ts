// The `dme` program: its commands, and `run(argv, io)`, which runs one command line and returns the exit code
// (src/cli.ts, the executable, calls it with the process's streams; the fuzz calls it in-process).

import { Command, CommanderError, Option } from 'commander';
import { regulationUnder } from './amendment/load.js';
import { addBatchCommands } from './batch/cli.js';
import { type Calendar, createCalendar, loadCalendarFile } from './calendar/index.js';
import { addWorkbenchCommands } from './compare/cli.js';
import { addSchemaCommand } from './contract/cli.js';
import { formatIssue, InputError, maskDigits, maskedJson } from './errors.js';
import { evaluate } from './evaluate.js';
import { DEFAULT_FIXTURES, scenarioFolder } from './fixtures-dir.js';
import {
  guardStdout,
  type StandardStreams,
  setOutputLanguage,
  setStandardStreams,
  standardStreams,
  stdoutOutput,
} from './output.js';
import { packageInfo } from './provenance.js';
import { formatScenarioRun } from './report/scenarios.js';
import { formatMarkdown, formatText } from './report/text.js';
import { scenarioAmendmentPath } from './scenario-amendment.js';
import { runScenarios } from './scenarios.js';
import { STDIN } from './schema/document.js';
import { loadDocument, scenarioSchema } from './schema/index.js';
import { addServeCommand } from './serve/cli.js';
import type { Lang } from './types.js';
import type { VerdictDocument } from './verdict.js';

/** Exit codes of `interface.md`. */
const EXIT = { ok: 0, notMet: 1, badInput: 2 } as const;

let debug = false;
let lang: Lang = 'id';

/** Reports a failure on stderr (one `path: message` line per problem) and gives its exit code, 2. */
function fail(e: unknown): number {
  const stderr = standardStreams().stderr;
  if (e instanceof InputError) {
    for (const issue of e.issues) {
      // the file refused, unless the issue's path already names it
      const file = e.source && !issue.path.startsWith(e.source) ? `${maskDigits(e.source)}: ` : '';
      stderr.write(`${file}${formatIssue(issue, lang)}\n`);
    }
  } else if (e instanceof CommanderError) {
    // commander has already printed its message
  } else {
    const msg = maskDigits(e instanceof Error ? e.message : String(e));
    stderr.write(`${lang === 'id' ? 'Kesalahan' : 'Error'}: ${msg}\n`);
    if (debug && e instanceof Error && e.stack) stderr.write(`${e.stack}\n`);
  }
  return EXIT.badInput;
}

/** Whether anything in a verdict is not met (exit code 1 of `dme check`). */
export function anythingNotMet(doc: VerdictDocument): boolean {
  return (
    doc.articles.some((a) => a.verdict === 'not_met') || doc.candidates.some((c) => c.verdict === 'not_met')
  );
}

/** A record file, or a scenario file (then its village, and its asOf unless given). */
async function loadRecord(file: string): Promise<{ record: unknown; asOf?: string; amendment?: string }> {
  const doc = await loadDocument(file);
  if (doc && typeof doc === 'object' && 'village' in doc && 'expect' in doc) {
    const parsed = scenarioSchema.safeParse(doc);
    const asOf = parsed.success ? parsed.data.asOf : undefined;
    // A scenario's own amendment (relative to the scenario file) is the text its village is judged under.
    const amendment =
      parsed.success && parsed.data.amendment
        ? await scenarioAmendmentPath(file, parsed.data.amendment)
        : undefined;
    return {
      record: (doc as { village: unknown }).village,
      ...(asOf ? { asOf } : {}),
      ...(amendment ? { amendment } : {}),
    };
  }
  return { record: doc };
}

/** The working-day calendar: the shipped 2025–2026 data, with the years of a `--calendar` file added. */
async function calendarFrom(file: string | undefined): Promise<Calendar | undefined> {
  return file === undefined ? undefined : createCalendar({ extraYears: await loadCalendarFile(file) });
}

function calendarOption() {
  return new Option(
    '--calendar <file>',
    'kalender hari kerja tambahan (JSON/YAML) / extra working-day calendar years (JSON/YAML)',
  );
}

function langOption() {
  return new Option('--lang <lang>', 'bahasa keluaran / output language').choices(['id', 'en']).default('id');
}

export function buildProgram(): Command {
  const program = new Command('dme')
    .description('Desa Migran EMAS — aturan sebagai kode / rules as code')
    .version(packageInfo().version, '-V, --version', 'versi paket / the package version')
    .option('--debug', 'tampilkan jejak galat / show stack traces')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => standardStreams().stdout.write(s),
      writeErr: (s) => standardStreams().stderr.write(s),
    });

  program
    .command('check')
    .description('menilai satu desa / judge one village record (JSON, YAML, or a scenario file)')
    .argument('<file>')
    .option('--as-of <date>', 'Tanggal Penilaian (YYYY-MM-DD)')
    .option('--amendment <file>', 'menilai menurut perubahan / judge under an amendment (YAML)')
    .addOption(calendarOption())
    .addOption(langOption())
    .addOption(
      new Option('--format <format>', 'text | json | md').choices(['text', 'json', 'md']).default('text'),
    )
    .action(
      async (
        file: string,
        opts: { asOf?: string; amendment?: string; calendar?: string; lang: Lang; format: string },
      ) => {
        lang = opts.lang;
        const { record, asOf, amendment } = await loadRecord(file);
        const when = opts.asOf ?? asOf;
        const base = opts.amendment ? await regulationUnder(opts.amendment) : undefined;
        const regulation = amendment ? await regulationUnder(amendment, base) : base;
        const calendar = await calendarFrom(opts.calendar);
        const doc = await evaluate(record, {
          ...(when !== undefined ? { asOf: when } : {}),
          ...(regulation ? { regulation } : {}),
          ...(calendar ? { calendar } : {}),
        }).catch((e: unknown) => {
          // The record's problems are the file's (`-`: standard input); a bad --as-of is the option's.
          if (!(e instanceof InputError) || e.source || e.issues.every((i) => i.path === 'asOf')) throw e;
          throw new InputError(e.issues, file === '-' ? STDIN : file);
        });
        const out = stdoutOutput();
        if (opts.format === 'json') await out.raw(`${maskedJson(doc, 2)}\n`);
        else await out.text(opts.format === 'md' ? formatMarkdown(doc, lang) : formatText(doc, lang));
        process.exitCode = anythingNotMet(doc) ? EXIT.notMet : EXIT.ok;
      },
    );

  program
    .command('scenarios')
    .description('menjalankan skenario / run every scenario under DIR against its expect')
    .argument('[dir]', 'folder skenario / scenario folder', DEFAULT_FIXTURES)
    .option('--amendment <file>', 'menjalankan menurut perubahan / run under an amendment (YAML)')
    .addOption(calendarOption())
    .addOption(langOption())
    .action(async (given: string, opts: { amendment?: string; calendar?: string; lang: Lang }) => {
      lang = opts.lang;
      const dir = scenarioFolder(given, lang, (note) => standardStreams().stderr.write(note));
      const regulation = opts.amendment ? await regulationUnder(opts.amendment) : undefined;
      const calendar = await calendarFrom(opts.calendar);
      const results = await runScenarios(dir, {
        ...(regulation ? { regulation } : {}),
        ...(calendar ? { calendar } : {}),
      });
      await stdoutOutput().text(formatScenarioRun(results, dir, lang));
      process.exitCode = results.every((r) => r.passed) ? EXIT.ok : EXIT.notMet;
    });

  addWorkbenchCommands(program, (l) => {
    lang = l;
  });

  addBatchCommands(program, (l) => {
    lang = l;
  });

  addSchemaCommand(program);
  addServeCommand(program);

  return program;
}

/**
 * Runs one `dme` command line (`argv` as `process.argv`: node, script, then the arguments) with `io` as its
 * standard output and error, and gives the exit code of interface.md: 0 all met, 1 something not met, 2 bad
 * input (each problem a `path: message` line on stderr). Commands run one at a time (the language and the
 * streams are the program's while it runs).
 */
export async function run(argv: string[], io?: StandardStreams): Promise<number> {
  debug = argv.includes('--debug');
  const i = argv.indexOf('--lang');
  lang = i >= 0 && (argv[i + 1] === 'en' || argv[i + 1] === 'id') ? (argv[i + 1] as Lang) : 'id';
  setOutputLanguage(lang);
  const previous = standardStreams();
  if (io) setStandardStreams(io);
  else guardStdout();
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    const program = buildProgram();
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    if (
      e instanceof CommanderError &&
      (e.code === 'commander.helpDisplayed' || e.code === 'commander.version')
    )
      return EXIT.ok;
    return fail(e);
  } finally {
    process.exitCode = before;
    setStandardStreams(previous);
  }
}
