import { type Area, checkVillageCode, officialVillages } from '../area/index.js';
import { compareVillage, emptyComparisonTally } from '../compare/national.js';
import { InputError, type InputIssue, inputIssue, maskDigits, maskedJson } from '../errors.js';
import { evaluate } from '../evaluate.js';
import { jsonShapeIssue, parsedShapeIssue } from '../json-guard.js';
import type { Regulation } from '../regulation.js';
import { shippedRegulation } from '../rules.js';
import { safeParseVillage, VILLAGE_CODE_PATTERN } from '../schema/index.js';
import type { Lang } from '../types.js';
import type { VerdictDocument } from '../verdict.js';
import { keepOneLanguage } from './localize.js';
import { summaryRow } from './row.js';
import { countRow, type Tally } from './summary.js';

/** Where a value of a spreadsheet record came from: the sheet (or CSV file), the row and the column. */
export interface CellRef {
  sheet: string;
  row: number;
  column?: string;
}

/** One record to judge: a JSONL line (as text), or a record assembled from spreadsheet rows. */
export interface BatchItem {
  /** JSONL: the input line number (1-based). */
  line?: number;
  /** Spreadsheets: the village's row in the `villages` table. */
  at?: CellRef;
  /** The JSONL line as written. */
  text?: string;
  /** The record assembled from spreadsheet rows. */
  record?: unknown;
  /** Problems found while reading the rows (a cell that is not a number…): the record is refused with them. */
  problems?: BatchIssue[];
  /** A problem found while reading the line (longer than the limit): the record is refused with it, unread. */
  rejected?: InputIssue;
  /** Refused before judging (a spreadsheet row whose village is not in the villages table). */
  refuse?: BatchErrorKind;
  /** For spreadsheets: where each record path came from (`activities[2].date` → sheet, row, column). */
  cells?: Record<string, CellRef>;
}

/** One problem of a refused record: the record path and message, and for spreadsheets the cell. */
export interface BatchIssue {
  path: string;
  message: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/** The kinds of refusal. */
export type BatchErrorKind = 'invalid-json' | 'invalid-record' | 'unknown-village-code' | 'unknown-village';

/**
 * The output line for a refused record (documented in the README): the input line (JSONL) or the sheet and
 * row (spreadsheets), the village code when one could be read, the kind of refusal and every problem.
 */
export interface BatchError {
  line?: number;
  sheet?: string;
  row?: number;
  code: string | null;
  error: BatchErrorKind;
  errors: BatchIssue[];
}

/** A verdict document of a batch run: the village also names its district, regency and province. */
export type BatchVerdict = Omit<VerdictDocument, 'village'> & {
  village: VerdictDocument['village'] & { area: Area };
};

/** What a batch writes per village: a summary row, or the whole verdict document. */
export type Detail = 'summary' | 'full';

/** How every record of a run is judged. */
export interface JudgeOptions {
  asOf: string;
  /** The language of error messages, and of the messages of full verdict documents (unless `bilingual`). */
  lang: Lang;
  /** A summary row per village (`SummaryRow`, default) or the full verdict document. */
  detail?: Detail;
  /** Full documents keep both languages of every message (default: only `lang`). */
  bilingual?: boolean;
  regulation?: Regulation;
  /** The amendment file `regulation` comes from: worker threads, which cannot be sent a regulation, load it. */
  amendment?: string;
  /** Check village codes against the official Kemendagri list (default true). */
  checkCodes?: boolean;
  /**
   * Compare: judge every village also under this text (`regulation`, or the shipped text, is then the base) and
   * write a line only for a village whose verdict changed (`NationalChange`).
   */
  amended?: Regulation;
  /** The amendment file `amended` comes from (worker threads load it). */
  amendedFile?: string;
  /**
   * What produced the run (`RunInfo` and the detail, as JSON): added to every line as its last field `run`, so
   * that each line of a JSONL output says what produced it, as each row of a CSV does.
   */
  runJson?: string;
}

function codeOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const code = (record as { code?: unknown }).code;
  return typeof code === 'string' ? maskDigits(code) : null;
}

/** The issue's cell: the longest recorded prefix of its path (`activities[2].date`, else `activities[2]`). */
function locate(path: string, cells: Record<string, CellRef> | undefined): CellRef | undefined {
  if (!cells) return undefined;
  let p = path;
  for (;;) {
    const hit = cells[p];
    if (hit) return hit;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return cells[''];
    p = p.slice(0, cut);
  }
}

function toBatchIssue(issue: InputIssue, lang: Lang, item: BatchItem): BatchIssue {
  const cell = locate(issue.path, item.cells);
  const out: BatchIssue = { path: issue.path, message: maskDigits(issue.messages[lang]) };
  if (cell) {
    out.sheet = cell.sheet;
    out.row = cell.row;
    if (cell.column !== undefined) out.column = cell.column;
  }
  return out;
}

function refusal(
  item: BatchItem,
  code: string | null,
  error: BatchErrorKind,
  errors: BatchIssue[],
  tally: Tally,
): string {
  const doc: BatchError = {
    ...(item.line !== undefined ? { line: item.line } : {}),
    ...(item.at ? { sheet: item.at.sheet, row: item.at.row } : {}),
    code,
    error,
    errors,
  };
  tally.invalid[error]++;
  return maskedJson(doc);
}

const NOT_JSON = (position: string) =>
  inputIssue('', {
    id: `baris ini bukan JSON yang sah${position}; setiap baris harus satu objek data desa`,
    en: `this line is not valid JSON${position}; each line must be one village record object`,
  });

/**
 * Judges one record of a batch: parses it (JSONL), checks its village code against the official list,
 * evaluates it with the compiled engine (byte-identical to json-rules-engine), counts it into `tally`, and
 * returns its output line: the summary row, or the verdict document with the village's area. A record that
 * cannot be judged becomes an error line; nothing here throws for bad input.
 */
export async function judgeItem(item: BatchItem, options: JudgeOptions, tally: Tally): Promise<string> {
  const line = await judgedLine(item, options, tally);
  return options.runJson === undefined || line === ''
    ? line
    : `${line.slice(0, -1)},"run":${options.runJson}}`;
}

async function judgedLine(item: BatchItem, options: JudgeOptions, tally: Tally): Promise<string> {
  let record: unknown = item.record;
  const invalidJson = (issue: InputIssue) =>
    refusal(item, null, 'invalid-json', [toBatchIssue(issue, options.lang, item)], tally);
  if (item.rejected) return invalidJson(item.rejected);
  if (item.text !== undefined) {
    // a key written twice, or nesting too deep, is named before any syntax error further on (as JSON.parse
    // alone would not): the text is checked after parsing, and scanned whole only when something is wrong
    try {
      record = JSON.parse(item.text);
    } catch (e) {
      const shape = jsonShapeIssue(item.text);
      if (shape) return invalidJson(shape);
      const at = /position (\d+)/.exec(String((e as Error).message))?.[1];
      const where = at ? (options.lang === 'id' ? ` (posisi ${at})` : ` (position ${at})`) : '';
      return refusal(item, null, 'invalid-json', [toBatchIssue(NOT_JSON(where), options.lang, item)], tally);
    }
    const shape = parsedShapeIssue(item.text, record);
    if (shape) return invalidJson(shape);
  }
  const code = codeOf(record);
  if (item.refuse) return refusal(item, code, item.refuse, item.problems ?? [], tally);
  if (item.problems && item.problems.length > 0) {
    const parsed = safeParseVillage(record);
    const more = parsed.ok ? [] : parsed.issues.map((i) => toBatchIssue(i, options.lang, item));
    const seen = new Set(item.problems.map((p) => p.path));
    return refusal(
      item,
      code,
      'invalid-record',
      [...item.problems, ...more.filter((m) => !seen.has(m.path))],
      tally,
    );
  }
  const checkCodes = options.checkCodes ?? true;
  if (checkCodes && code !== null && VILLAGE_CODE_PATTERN.test(code)) {
    const unknownCode = checkVillageCode(code);
    if (unknownCode) {
      const parsed = safeParseVillage(record);
      const others = parsed.ok ? [] : parsed.issues.filter((i) => i.path !== 'code');
      return refusal(
        item,
        code,
        'unknown-village-code',
        [unknownCode, ...others].map((i) => toBatchIssue(i, options.lang, item)),
        tally,
      );
    }
  }
  if (options.amended) return judgeTwice(item, record, code, options, tally);
  let doc: VerdictDocument;
  try {
    doc = await evaluate(record, {
      asOf: options.asOf,
      engine: 'compiled',
      // a summary reads verdicts only: explanations are built for the documents that carry them
      explain: options.detail === 'full',
      ...(options.regulation ? { regulation: options.regulation } : {}),
    });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return refusal(
      item,
      code,
      'invalid-record',
      e.issues.map((i) => toBatchIssue(i, options.lang, item)),
      tally,
    );
  }
  const listed = checkCodes ? officialVillages().get(doc.village.code) : undefined;
  const row = summaryRow(doc, listed?.area);
  countRow(tally, row);
  if ((options.detail ?? 'summary') === 'summary') return maskedJson(row);
  // the village with its area, in place (a spread copy would give every document its own hidden class)
  const { code: villageCode, name, kind } = doc.village;
  const out: BatchVerdict | VerdictDocument = listed
    ? Object.assign(doc, { village: { code: villageCode, name, kind, area: listed.area } })
    : doc;
  return maskedJson(options.bilingual ? out : keepOneLanguage(out, options.lang));
}

/** Compare mode: the record validated once, judged under both texts; its change line, or '' when none. */
async function judgeTwice(
  item: BatchItem,
  record: unknown,
  code: string | null,
  options: JudgeOptions,
  tally: Tally,
): Promise<string> {
  const parsed = safeParseVillage(record);
  const refuse = (issues: readonly InputIssue[]) =>
    refusal(
      item,
      code,
      'invalid-record',
      issues.map((i) => toBatchIssue(i, options.lang, item)),
      tally,
    );
  if (!parsed.ok) return refuse(parsed.issues);
  const listed = (options.checkCodes ?? true) ? officialVillages().get(parsed.value.code) : undefined;
  tally.comparison ??= emptyComparisonTally();
  try {
    const change = await compareVillage(
      parsed.value,
      listed?.area,
      options.regulation ?? shippedRegulation,
      options.amended as Regulation,
      options.asOf,
      tally.comparison,
    );
    tally.judged++;
    return change ? maskedJson(change) : '';
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return refuse(e.issues);
  }
}
