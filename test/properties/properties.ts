import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import YAML from 'yaml';
import { applyAmendment, parseAmendment, validateAmendment } from '../../src/amendment/index.js';
import { jsonlItems } from '../../src/batch/jsonl.js';
import { judgeItem } from '../../src/batch/judge.js';
import { runBatch } from '../../src/batch/run.js';
import { assembleRecords, readCsvFolder } from '../../src/batch/spreadsheet.js';
import { emptyTally } from '../../src/batch/summary.js';
import { createCalendar } from '../../src/calendar/index.js';
import { parseCalendarYears } from '../../src/calendar/load.js';
import { anythingNotMet, run as runDme } from '../../src/command.js';
import { formatIssue, InputError } from '../../src/errors.js';
import { evaluate } from '../../src/evaluate.js';
import { formatMarkdown, formatText } from '../../src/report/text.js';
import { parseJson, parseYaml } from '../../src/schema/document.js';
import { amendment, anyRecord, asOf, calendar, csvTable, villageRecord } from './arbitraries.js';

// The properties of issue 11, as functions of a run count and a seed: test/properties.test.ts runs each with a
// fixed seed and a few hundred cases in `npm test`; `npm run fuzz` (test/fuzz.ts) runs the same ones at scale.

/**
 * A new folder for the files a property writes: in memory (/dev/shm) where there is one, as a file written per
 * case to a disk under load costs more than the case itself.
 */
function scratchFolder(prefix: string): string {
  return mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), prefix));
}

/** Every 16-digit run of the input (an NIK, wherever it was typed). */
function niksIn(input: unknown): string[] {
  return [...JSON.stringify(input ?? null).matchAll(/\d{16,}/g)].map((m) => m[0].slice(0, 16));
}

/** Throws when `output` holds a 16-digit run of the input. */
function assertNoNik(input: unknown, output: string, where: string): void {
  for (const n of niksIn(input)) {
    for (let i = 0; i + 16 <= n.length; i++) {
      if (output.includes(n.slice(i, i + 16))) throw new Error(`${where}: an input NIK appears whole`);
    }
  }
}

/** Throws unless `e` is an InputError whose every issue is located and masked. */
function assertRefusal(e: unknown, input: unknown): void {
  if (!(e instanceof InputError)) throw e;
  if (e.issues.length === 0) throw new Error('an InputError without issues');
  for (const issue of e.issues) {
    const line = formatIssue(issue, 'id');
    if (line.trim() === '' || issue.messages.en.trim() === '') throw new Error('an issue without a message');
    assertNoNik(input, formatIssue(issue, 'en'), 'error message');
    assertNoNik(input, line, 'error message');
  }
  assertNoNik(input, e.message, 'error text');
}

/** The verdict, or the refusal (checked), of a record on a date with one engine. */
async function judge(record: unknown, date: string, engine: 'rules' | 'compiled'): Promise<string> {
  try {
    const doc = await evaluate(record, {
      asOf: date,
      ...(engine === 'compiled' ? { engine: 'compiled' as const } : {}),
    });
    return JSON.stringify(doc);
  } catch (e) {
    assertRefusal(e, record);
    return `refused: ${(e as InputError).issues.map((i) => formatIssue(i, 'en')).join('\n')}`;
  }
}

export interface RunOptions {
  numRuns: number;
  seed?: number;
  /** fast-check's replay path of a failure (with its seed). */
  path?: string;
}

/** What one `dme` command line did. */
interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
function collector(): { stream: Writable; text: () => string } {
  const parts: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      parts.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

/** `dme ARGS` in this process, through the program's own entry point (src/command.ts `run`). */
async function dmeInProcess(args: string[]): Promise<CliOutcome> {
  const out = collector();
  const err = collector();
  const code = await runDme(['node', 'dme', ...args], { stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** `dme ARGS` as a user runs it: the built executable in a process of its own. */
function dmeSpawned(args: string[]): CliOutcome {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The properties of one `dme check`: exit 0 or 1 with the verdict on stdout and nothing on stderr (JSON that
 * parses, 1 exactly when something is not met), or exit 2 with nothing on stdout and a `path: message` line per
 * problem; never another code, a stack trace, or an input NIK whole.
 */
function assertCheckOutcome(r: CliOutcome, input: unknown, format: string): void {
  if (r.code === 2) {
    if (r.stdout !== '') throw new Error('output on a refusal');
    const lines = r.stderr.trimEnd().split('\n');
    if (lines.length === 0 || lines[0] === '') throw new Error('a refusal without a message');
    for (const line of lines) if (!/^[^:\s][^:]*: \S/.test(line)) throw new Error(`unlocated: ${line}`);
  } else if (r.code === 0 || r.code === 1) {
    if (r.stderr !== '') throw new Error(`stderr on a verdict: ${r.stderr}`);
    if (r.stdout.trim() === '') throw new Error('a verdict without output');
    if (format === 'json') {
      const doc = JSON.parse(r.stdout);
      if (anythingNotMet(doc) !== (r.code === 1))
        throw new Error(`exit ${r.code} disagrees with the verdict`);
    }
  } else throw new Error(`exit ${r.code}: ${r.stderr}`);
  if (/\n\s+at .+:\d+:\d+\)?$/m.test(r.stderr)) throw new Error('a stack trace');
  assertNoNik(input, r.stdout + r.stderr, 'dme check');
}

/** A `dme check` command line: a record file (JSON or YAML), a date or none, a format and a language. */
const checkLine = fc.record({
  record: anyRecord,
  yaml: fc.boolean(),
  date: fc.option(asOf, { freq: 4 }),
  format: fc.constantFrom('text', 'json', 'md'),
  lang: fc.constantFrom('id', 'en'),
});

/** `dme check` on generated records, by `dme`: in this process or spawned. */
function checkProperty(dme: (args: string[]) => CliOutcome | Promise<CliOutcome>) {
  return async (o: RunOptions) => {
    const tmp = scratchFolder('dme-prop-cli-');
    await fc
      .assert(
        fc.asyncProperty(checkLine, async ({ record, yaml, date, format, lang }) => {
          const file = join(tmp, yaml ? 'r.yaml' : 'r.json');
          writeFileSync(file, yaml ? YAML.stringify(record) : JSON.stringify(record));
          const args = ['check', file, '--format', format, '--lang', lang];
          if (date !== null) args.push('--as-of', date);
          assertCheckOutcome(await dme(args), record, format);
        }),
        o,
      )
      .finally(() => rmSync(tmp, { recursive: true, force: true }));
  };
}

/** The property suite: name → a run of it. */
export const PROPERTIES: Record<string, (o: RunOptions) => Promise<void>> = {
  /** evaluate: a verdict or an InputError, never anything else; no NIK in any output; both engines byte-identical. */
  async 'evaluate: verdict or located refusal, no NIK, engines identical'(o) {
    await fc.assert(
      fc.asyncProperty(anyRecord, asOf, async (record, date) => {
        const a = await judge(record, date, 'rules');
        const b = await judge(record, date, 'compiled');
        if (a !== b) throw new Error('the engines differ');
        assertNoNik(record, a, 'verdict');
        if (!a.startsWith('refused')) {
          const doc = JSON.parse(a);
          assertNoNik(record, formatText(doc, 'id'), 'text');
          assertNoNik(record, formatMarkdown(doc, 'en'), 'markdown');
          if (/<[a-z]/i.test(formatMarkdown(doc, 'en').replace(/`[^`]*`/g, '')))
            throw new Error('raw HTML in markdown');
        }
      }),
      o,
    );
  },

  /** evaluate is deterministic and independent of concurrency: 2 or 3 at once equal the same one by one. */
  async 'evaluate: deterministic, concurrency-independent'(o) {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(villageRecord, asOf), { minLength: 2, maxLength: 3 }),
        async (cases) => {
          const serial: string[] = [];
          for (const [r, d] of cases) serial.push(await judge(r, d, 'compiled'));
          const parallel = await Promise.all(cases.map(([r, d]) => judge(r, d, 'compiled')));
          if (serial.join('\n') !== parallel.join('\n')) throw new Error('concurrent evaluation differs');
        },
      ),
      o,
    );
  },

  /** JSON and YAML documents of any content: a value or a located InputError. */
  async 'documents: any JSON or YAML text parses or is refused'(o) {
    await fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.jsonValue().map((v) => YAML.stringify(v)),
          fc.string({ maxLength: 200 }),
          fc.tuple(fc.nat({ max: 20_000 }), fc.constantFrom('[', '{"a":')).map(([n, open]) => open.repeat(n)),
          fc.constantFrom('{"a":1,"a":2}', 'a: 1\na: 2\n', '*x', '&a [*a, *a]'),
        ),
        (text) => {
          for (const parse of [parseJson, parseYaml]) {
            try {
              parse(text, 'input');
            } catch (e) {
              assertRefusal(e, text);
            }
          }
        },
      ),
      o,
    );
  },

  /** Amendments: parsed, validated and applied, or refused with an InputError; never a RangeError. */
  async 'amendments: applied or refused'(o) {
    await fc.assert(
      fc.property(amendment, (input) => {
        try {
          const a = parseAmendment(input, 'amendment.yaml');
          const issues = validateAmendment(a);
          if (issues.length === 0) applyAmendment(a);
        } catch (e) {
          assertRefusal(e, input);
        }
      }),
      o,
    );
  },

  /** Calendars: years, or an InputError. */
  async 'calendars: read or refused'(o) {
    await fc.assert(
      fc.property(calendar, (input) => {
        try {
          createCalendar({ extraYears: parseCalendarYears(input, 'calendar.yaml') });
        } catch (e) {
          assertRefusal(e, input);
        }
      }),
      o,
    );
  },

  /** CSV tables: records or an InputError; every record judged to one line with no NIK. */
  async 'spreadsheets: CSV tables assembled or refused, every record one line'(o) {
    const root = scratchFolder('dme-prop-csv-');
    await fc
      .assert(
        fc.asyncProperty(
          csvTable,
          fc.constantFrom('villages', 'activities', 'candidates'),
          async (csv, table) => {
            const folder = mkdtempSync(join(root, 't'));
            writeFileSync(join(folder, `${table}.csv`), csv);
            try {
              const items = assembleRecords(await readCsvFolder(folder), 'en');
              for (const item of items) {
                const line = await judgeItem(item, { asOf: '2026-06-30', lang: 'en' }, emptyTally());
                if (line.includes('\n')) throw new Error('a record judged to more than one line');
                assertNoNik(csv, line, 'batch line');
              }
            } catch (e) {
              assertRefusal(e, csv);
            } finally {
              rmSync(folder, { recursive: true, force: true });
            }
          },
        ),
        o,
      )
      .finally(() => rmSync(root, { recursive: true, force: true }));
  },

  /** Batch: one complete line per non-blank input line, in order, the same with 0 and 2 workers' worth of chunks. */
  async 'batch: one line per record, in order, independent of chunking'(o) {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            { weight: 3, arbitrary: villageRecord.map((r) => JSON.stringify(r)) },
            { weight: 1, arbitrary: anyRecord.map((r) => JSON.stringify(r)) },
            {
              weight: 1,
              arbitrary: fc.string({ maxLength: 40 }).filter((s) => !s.includes('\n') && s.trim() !== ''),
            },
          ),
          { maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 5 }),
        async (lines, chunkSize) => {
          const run = async (size: number) => {
            const sink = new PassThrough();
            const parts: Buffer[] = [];
            sink.on('data', (b: Buffer) => parts.push(b));
            await runBatch(jsonlItems(Readable.from([lines.join('\n')])), sink, {
              asOf: '2026-06-30',
              lang: 'id',
              workers: 0,
              chunkSize: size,
            });
            return Buffer.concat(parts).toString('utf8');
          };
          const out = await run(chunkSize);
          const got = out.split('\n');
          if (got.pop() !== '') throw new Error('the output does not end with a complete line');
          if (got.length !== lines.length) throw new Error(`${lines.length} lines in, ${got.length} out`);
          got.forEach((line, i) => {
            const doc = JSON.parse(line) as { line?: number; asOf?: string };
            if (doc.line !== undefined && doc.line !== i + 1) throw new Error('out of order');
          });
          for (const l of lines) assertNoNik(l, out, 'batch output');
          if ((await run(200)) !== out) throw new Error('the output depends on chunking');
        },
      ),
      o,
    );
  },

  /** dme check through the program's entry point in this process: exit codes, located refusals, no NIK. */
  'dme check: exit 0/1 with a verdict or 2 with located lines, no NIK (in-process)':
    checkProperty(dmeInProcess),
};

/** The properties whose every case starts a process: a few of them go with every round of the others. */
export const SPAWNED: Record<string, (o: RunOptions) => Promise<void>> = {
  /** The same as the in-process one, through the built executable (dist/cli.js) as a user runs it. */
  'dme check: the same, as a spawned process': checkProperty(dmeSpawned),
};
