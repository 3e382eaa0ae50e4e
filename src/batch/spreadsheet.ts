import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { InputError, inputIssue, maskDigits } from '../errors.js';
import { readProblem, unreadable } from '../files.js';
import { LIMITS, megabytes } from '../limits.js';
import { openOutput } from '../output.js';
import type { Bilingual, Lang } from '../types.js';
import type { BatchIssue, BatchItem, CellRef } from './judge.js';
import { type CellType, type ColumnSpec, columnsOf, TABLES, type TableSpec, tableNamed } from './tables.js';
import { workbookBytes } from './workbook-bytes.js';

// Village records from spreadsheets: a folder of CSV files or one XLSX workbook, one table per part of
// the record, joined by village code (docs/spreadsheet.md). Joining needs every table, so a spreadsheet
// is read whole (JSONL is the streaming format for national runs). A bad cell refuses its village's
// record with the sheet, row and column named; a bad header refuses the whole input.

/** One table as read: where it came from, its header, and its data rows (row numbers as the user sees them). */
export interface RawTable {
  spec: TableSpec;
  /** The sheet name, or the CSV file name. */
  source: string;
  header: string[];
  rows: { row: number; cells: unknown[] }[];
}

const NONE_WORDS = new Set(['tidak ada', 'none', 'tidak', 'no', 'false', 'belum']);
const PRESENT_WORDS = new Set(['ada', 'ya', 'yes', 'true', 'sudah']);
const TRUE_WORDS = new Set(['true', 'ya', 'y', 'yes', '1', 'benar', 'ada']);
const FALSE_WORDS = new Set(['false', 'tidak', 't', 'n', 'no', '0', 'salah', 'tidak ada']);

type Converted = { value: unknown } | { problem: Bilingual } | null;

/** A cell as a plain value: rich text, formulas and hyperlinks of a workbook reduced to what they show. */
function plain(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v !== 'object' || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return plain((o.richText as { text: string }[]).map((t) => t.text).join(''));
  if ('result' in o) return plain(o.result);
  if ('formula' in o || 'sharedFormula' in o) return undefined;
  if ('text' in o) return plain(o.text);
  if ('error' in o) return { error: String(o.error) };
  return String(v);
}

function describe(v: unknown): string {
  return maskDigits(v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).slice(0, 40);
}

/** Reads one cell as its column's type: the value, a problem, or null when the cell is empty. */
export function convertCell(raw: unknown, column: ColumnSpec): Converted {
  const v = plain(raw);
  if (v === undefined) return null;
  if (typeof v === 'object' && v !== null && 'error' in v) {
    return {
      problem: {
        id: `sel berisi galat ${(v as { error: string }).error}`,
        en: `the cell holds the error ${(v as { error: string }).error}`,
      },
    };
  }
  const type: CellType = column.type;
  const word = typeof v === 'string' ? v.toLowerCase() : '';
  switch (type) {
    case 'text':
      if (typeof v === 'number' && column.name === 'nik') {
        return {
          problem: {
            id: 'NIK harus diisi sebagai teks: angka 16 digit kehilangan digit terakhirnya di lembar kerja',
            en: 'enter the NIK as text: a 16-digit number loses its last digits in a spreadsheet',
          },
        };
      }
      if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
      return { value: String(v) };
    case 'integer':
      if (typeof v === 'number') return { value: v };
      if (typeof v === 'string' && /^[+-]?\d+$/.test(v)) return { value: Number(v) };
      return {
        problem: {
          id: `"${describe(v)}" bukan bilangan bulat`,
          en: `"${describe(v)}" is not a whole number`,
        },
      };
    case 'boolean':
      if (typeof v === 'boolean') return { value: v };
      if (v === 1 || v === 0) return { value: v === 1 };
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return {
        problem: {
          id: `"${describe(v)}" harus ya atau tidak`,
          en: `"${describe(v)}" must be yes (ya) or no (tidak)`,
        },
      };
    case 'date':
      if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
      if (typeof v === 'string') return { value: v };
      return {
        problem: {
          id: `"${describe(v)}" bukan tanggal: format sel sebagai tanggal atau tulis YYYY-MM-DD`,
          en: `"${describe(v)}" is not a date: format the cell as a date or write YYYY-MM-DD`,
        },
      };
    case 'list':
      if (NONE_WORDS.has(word) && word !== 'tidak' && word !== 'no') return { value: [] };
      return {
        value: String(v)
          .split(';')
          .map((x) => x.trim())
          .filter((x) => x !== ''),
      };
    case 'none':
      if (NONE_WORDS.has(word)) return { value: null };
      if (PRESENT_WORDS.has(word)) return null;
      return {
        problem: {
          id: `"${describe(v)}": tulis "tidak ada" bila tidak ada, atau biarkan kosong`,
          en: `"${describe(v)}": write "none" (tidak ada) when there is none, or leave the cell empty`,
        },
      };
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) {
    const next = o[k];
    if (typeof next !== 'object' || next === null) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1] as string] = value;
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  let o: unknown = target;
  for (const k of path.split('.')) {
    if (typeof o !== 'object' || o === null) return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o;
}

interface Village {
  item: BatchItem & {
    record: Record<string, unknown>;
    cells: Record<string, CellRef>;
    problems: BatchIssue[];
  };
}

function issue(lang: Lang, path: string, message: Bilingual, cell: CellRef): BatchIssue {
  return {
    path,
    message: message[lang],
    sheet: cell.sheet,
    row: cell.row,
    ...(cell.column ? { column: cell.column } : {}),
  };
}

/** Checks a table's header: every column known, the key column present. A bad header refuses the input. */
function checkHeader(t: RawTable): Bilingual[] {
  const known = columnsOf(t.spec);
  const problems: Bilingual[] = [];
  const key = t.spec.field === null ? 'code' : 'villageCode';
  const names = t.header.map((h) => h.trim());
  const list = known.map((c) => c.name).join(', ');
  names.forEach((h, i) => {
    if (h === '' && t.rows.every((r) => plain(r.cells[i]) === undefined)) return;
    if (!known.some((c) => c.name === h))
      problems.push({
        id: `${t.source}: kolom "${h}" tidak dikenal (kolom: ${list})`,
        en: `${t.source}: unknown column "${h}" (columns: ${list})`,
      });
    if (names.indexOf(h) !== i)
      problems.push({
        id: `${t.source}: kolom "${h}" tercantum dua kali`,
        en: `${t.source}: column "${h}" appears twice`,
      });
  });
  if (!names.includes(key))
    problems.push({
      id: `${t.source}: kolom "${key}" tidak ada`,
      en: `${t.source}: the column "${key}" is missing`,
    });
  return problems;
}

/** The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = (n - 1 - r) / 26;
  }
  return out;
}

/** A problem for every filled cell of a row beyond the header's columns (data that has no column to go to). */
function extraCells(t: RawTable, row: number, cells: readonly unknown[], lang: Lang): BatchIssue[] {
  const out: BatchIssue[] = [];
  for (let i = t.header.length; i < cells.length; i++) {
    if (plain(cells[i]) === undefined) continue;
    const at = `${columnLetter(i)}${row}`;
    out.push(
      issue(
        lang,
        '',
        {
          id: `sel ${at} berisi data di luar ${t.header.length} kolom tajuk; hapus, atau beri nama kolomnya`,
          en: `cell ${at} holds data beyond the header's ${t.header.length} columns; remove it or name its column`,
        },
        { sheet: t.source, row, column: columnLetter(i) },
      ),
    );
  }
  return out;
}

/**
 * Joins the tables into one record per row of the villages table (in that order), then one refused item
 * per child row whose village is not in the villages table. A child table with data rows is the complete
 * list: a village without rows there gets an empty list; a table that is absent, or has no data rows,
 * leaves the field missing (the findings that need it are unknown).
 */
export function assembleRecords(tables: readonly RawTable[], lang: Lang): BatchItem[] {
  const headerProblems = tables.flatMap(checkHeader);
  const villagesTable = tables.find((t) => t.spec.field === null);
  if (!villagesTable)
    headerProblems.push({
      id: 'tabel "villages" (lembar, atau villages.csv) tidak ada',
      en: 'the table "villages" (sheet, or villages.csv) is missing',
    });
  if (headerProblems.length > 0 || !villagesTable) {
    throw new InputError(headerProblems.map((p) => inputIssue('', p)));
  }
  const villages = new Map<string, Village>();
  const items: BatchItem[] = [];
  const orphans: BatchItem[] = [];
  const columnsByName = (t: RawTable) =>
    t.header.map((h) => columnsOf(t.spec).find((c) => c.name === h.trim()));

  const columns = columnsByName(villagesTable);
  for (const { row, cells } of villagesTable.rows) {
    const at: CellRef = { sheet: villagesTable.source, row };
    const record: Record<string, unknown> = {};
    const village: Village = {
      item: { at, record, cells: { '': at }, problems: extraCells(villagesTable, row, cells, lang) },
    };
    const { item } = village;
    // `none` columns first, so that a filled sub-column under "none" is caught
    const order = columns
      .map((c, i) => [c, i] as const)
      .sort(([a], [b]) => (a?.type === 'none' ? 0 : 1) - (b?.type === 'none' ? 0 : 1));
    for (const [column, i] of order) {
      if (!column) continue;
      const cell: CellRef = { sheet: villagesTable.source, row, column: column.name };
      item.cells[column.name] = cell;
      const got = convertCell(cells[i], column);
      if (got === null) continue;
      if ('problem' in got) {
        item.problems.push(issue(lang, column.name, got.problem, cell));
        continue;
      }
      const parent = column.name.split('.').slice(0, -1);
      const nulled = parent
        .map((_, k) => parent.slice(0, k + 1).join('.'))
        .find((p) => getPath(record, p) === null);
      if (nulled) {
        item.problems.push(
          issue(
            lang,
            column.name,
            {
              id: `${nulled} ditulis "tidak ada", tetapi kolom ini diisi`,
              en: `${nulled} is "none", yet this column is filled`,
            },
            cell,
          ),
        );
        continue;
      }
      setPath(record, column.name, got.value);
    }
    const code = typeof record.code === 'string' ? record.code : '';
    const first = villages.get(code);
    if (first && code !== '') {
      item.problems.push(
        issue(
          lang,
          'code',
          {
            id: `kode ${code} sudah tercantum pada baris ${first.item.at?.row}`,
            en: `code ${code} is already listed on row ${first.item.at?.row}`,
          },
          { ...at, column: 'code' },
        ),
      );
    } else villages.set(code, village);
    items.push(item);
  }

  for (const table of tables) {
    if (table.spec.field === null || table.rows.length === 0) continue;
    const field = table.spec.field;
    const cols = columnsByName(table);
    const keyIndex = table.header.findIndex((h) => h.trim() === 'villageCode');
    for (const v of villages.values()) {
      if (field === 'team.members') {
        const team = v.item.record.team;
        if (team && typeof team === 'object' && !('members' in team))
          (team as Record<string, unknown>).members = [];
      } else if (getPath(v.item.record, field) === undefined) setPath(v.item.record, field, []);
    }
    for (const { row, cells } of table.rows) {
      const at: CellRef = { sheet: table.source, row };
      const code = convertCell(cells[keyIndex], { name: 'villageCode', type: 'text', id: '', en: '' });
      const codeText = code && 'value' in code ? String(code.value) : '';
      const village = villages.get(codeText);
      if (!village || codeText === '') {
        const message: Bilingual =
          codeText === ''
            ? {
                id: 'villageCode kosong: baris ini bukan milik desa mana pun',
                en: 'villageCode is empty: this row belongs to no village',
              }
            : {
                id: `desa ${codeText} tidak ada pada tabel ${villagesTable.source}`,
                en: `village ${codeText} is not in the ${villagesTable.source} table`,
              };
        orphans.push({
          at,
          record: { code: codeText },
          refuse: 'unknown-village',
          problems: [issue(lang, 'villageCode', message, { ...at, column: 'villageCode' })],
        });
        continue;
      }
      village.item.problems.push(...extraCells(table, row, cells, lang));
      const record = village.item.record;
      if (field === 'team.members') {
        if (record.team === null) {
          village.item.problems.push(
            issue(
              lang,
              'team',
              {
                id: 'team ditulis "tidak ada", tetapi ada anggota tercantum',
                en: 'team is "none", yet members are listed',
              },
              { ...at, column: 'villageCode' },
            ),
          );
          continue;
        }
        if (record.team === undefined) record.team = { members: [] };
      }
      const list = getPath(record, field) as unknown[];
      const index = list.length;
      const base = `${field}[${index}]`;
      const entry: Record<string, unknown> = {};
      village.item.cells[base] = at;
      cols.forEach((column, i) => {
        if (!column || column.name === 'villageCode') return;
        const cell: CellRef = { ...at, column: column.name };
        village.item.cells[`${base}.${column.name}`] = cell;
        const got = convertCell(cells[i], column);
        if (got === null) return;
        if ('problem' in got)
          village.item.problems.push(issue(lang, `${base}.${column.name}`, got.problem, cell));
        else setPath(entry, column.name, got.value);
      });
      list.push(entry);
    }
  }
  return [...items, ...orphans];
}

/** Reads a folder of CSV files, one per table (`villages.csv`, `activities.csv`…); other files are ignored. */
export async function readCsvFolder(dir: string): Promise<RawTable[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw unreadable(dir, e);
  }
  const files = names.filter((f) => extname(f).toLowerCase() === '.csv').sort();
  const out: RawTable[] = [];
  const problems: Bilingual[] = [];
  const tables = TABLES.map((t) => `${t.name}.csv`).join(', ');
  for (const file of files) {
    const spec = tableNamed(basename(file, extname(file)));
    if (!spec) {
      problems.push({
        id: `${file}: bukan tabel data desa (tabel: ${tables})`,
        en: `${file}: not a table of the village record (tables: ${tables})`,
      });
      continue;
    }
    let rows: string[][];
    try {
      const text = await readFile(join(dir, file));
      if (text.length > LIMITS.documentBytes) throw new InputError([inputIssue(file, csvTooLarge())]);
      rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
    } catch (e) {
      if (e instanceof InputError) problems.push(...e.issues.map((i) => i.messages));
      else if (e instanceof CsvError) problems.push(csvProblem(file, e));
      else problems.push(prefixed(file, readProblem(e)));
      continue;
    }
    const [header = [], ...data] = rows;
    out.push({
      spec,
      source: file,
      header,
      rows: data
        .map((cells, i) => ({ row: i + 2, cells }))
        .filter((r) => r.cells.some((c) => c.trim() !== '')),
    });
  }
  if (problems.length > 0) throw new InputError(problems.map((p) => inputIssue('', p)));
  return out;
}

function prefixed(file: string, problem: Bilingual): Bilingual {
  return { id: `${file}: ${problem.id}`, en: `${file}: ${problem.en}` };
}

function csvTooLarge(): Bilingual {
  const limit = megabytes(LIMITS.documentBytes);
  return {
    id: `berkas lebih besar dari batas ${limit}`,
    en: `the file is larger than the limit of ${limit}`,
  };
}

/** A CSV syntax error, located, in both languages, quoting none of the file's text (it may hold an NIK). */
function csvProblem(file: string, e: CsvError): Bilingual {
  const where = e as CsvError & { lines?: number; line?: number; column?: number };
  const line = where.lines ?? where.line;
  const at = line === undefined ? { id: '', en: '' } : { id: ` pada baris ${line}`, en: ` at line ${line}` };
  const closing = { id: 'ada karakter sesudah tanda kutip penutup', en: 'characters follow a closing quote' };
  const what: Record<string, Bilingual> = {
    CSV_QUOTE_NOT_CLOSED: { id: 'tanda kutip tidak ditutup', en: 'a quote is not closed' },
    CSV_INVALID_OPENING_QUOTE: {
      id: 'tanda kutip di tengah sel; apit seluruh sel dengan tanda kutip dan gandakan kutip di dalamnya',
      en: 'a quote inside a cell; quote the whole cell and double the quotes within it',
    },
    CSV_INVALID_CLOSING_QUOTE: closing,
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: closing,
  };
  what.INVALID_OPENING_QUOTE = what.CSV_INVALID_OPENING_QUOTE as Bilingual;
  const problem = what[e.code] ?? { id: `CSV tidak sah (${e.code})`, en: `invalid CSV (${e.code})` };
  return {
    id: `${file}: kesalahan CSV${at.id}: ${problem.id}`,
    en: `${file}: CSV error${at.en}: ${problem.en}`,
  };
}

/** Reads an XLSX workbook, one sheet per table; a sheet named `petunjuk` (the template's instructions) is skipped. */
export async function readWorkbook(file: string): Promise<RawTable[]> {
  const bytes = await workbookBytes(file);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new InputError([
      inputIssue(file, { id: 'bukan buku kerja XLSX yang dapat dibaca', en: 'not a readable XLSX workbook' }),
    ]);
  }
  const out: RawTable[] = [];
  const problems: Bilingual[] = [];
  const sheets = `${TABLES.map((t) => t.name).join(', ')}, petunjuk`;
  for (const sheet of workbook.worksheets) {
    if (sheet.name.trim().toLowerCase() === 'petunjuk') continue;
    const spec = tableNamed(sheet.name);
    if (!spec) {
      problems.push({
        id: `lembar "${sheet.name}": bukan tabel data desa (lembar: ${sheets})`,
        en: `sheet "${sheet.name}": not a table of the village record (sheets: ${sheets})`,
      });
      continue;
    }
    const header: string[] = [];
    const rows: RawTable['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, n) => {
      const values = (row.values as unknown[]).slice(1);
      if (n === 1) for (const v of values) header.push(String(plain(v) ?? ''));
      else if (values.some((v) => plain(v) !== undefined)) rows.push({ row: n, cells: values });
    });
    out.push({ spec, source: sheet.name, header, rows });
  }
  if (problems.length > 0) throw new InputError(problems.map((p) => inputIssue('', p)));
  return out;
}

/** The records of a spreadsheet input: an `.xlsx` file, or a folder of CSV files. */
export async function spreadsheetItems(path: string, lang: Lang): Promise<BatchItem[]> {
  const isDir = (await stat(path).catch((e: unknown) => Promise.reject(unreadable(path, e)))).isDirectory();
  const tables = isDir ? await readCsvFolder(path) : await readWorkbook(path);
  return assembleRecords(tables, lang);
}

/** Writes the template workbook: an instructions sheet, then one sheet per table with its header and an example row. */
export async function writeTemplate(file: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const help = workbook.addWorksheet('petunjuk');
  help.addRow(['tabel / table', 'kolom / column', 'jenis / type', 'arti', 'meaning']);
  help.getRow(1).font = { bold: true };
  const TYPE: Record<CellType, string> = {
    text: 'teks / text',
    integer: 'bilangan bulat / whole number',
    boolean: 'ya | tidak',
    date: 'tanggal YYYY-MM-DD / date',
    list: 'daftar, dipisah ; / list, separated by ;',
    none: '"tidak ada" atau kosong / "none" or empty',
  };
  for (const table of TABLES) {
    for (const c of columnsOf(table)) help.addRow([table.name, c.name, TYPE[c.type], c.id, c.en]);
  }
  help.columns.forEach((c, i) => {
    c.width = [18, 44, 30, 60, 60][i] ?? 20;
  });
  for (const table of TABLES) {
    const sheet = workbook.addWorksheet(table.name);
    const cols = columnsOf(table);
    sheet.addRow(cols.map((c) => c.name));
    sheet.getRow(1).font = { bold: true };
    sheet.addRow(cols.map((c) => (c.example === undefined ? null : c.example)));
    sheet.columns.forEach((c, i) => {
      c.width = Math.max(12, (cols[i]?.name.length ?? 10) + 2);
      if (cols[i]?.type === 'text' || cols[i]?.type === 'date') c.numFmt = '@';
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  // written whole or not at all (a temporary file renamed when complete), any write error as a message
  const output = openOutput(file);
  await workbook.xlsx.write(output.stream);
  await output.close();
}
