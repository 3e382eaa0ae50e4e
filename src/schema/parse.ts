import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDocument, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { InputError, type InputIssue, inputIssue, maskNik } from '../errors.js';
import type { Bilingual } from '../types.js';
import { describeValue } from './date.js';
import { type Scenario, scenarioSchema } from './scenario.js';
import { PATTERN_MESSAGES, type VillageRecord, villageSchema } from './village.js';

/** The result of a safe parse: the value, or every problem found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

type ZodIssue = z.core.$ZodIssue;

// ---------------------------------------------------------------------------
// Personal data: never echo an NIK (or any long run of digits) in a message
// ---------------------------------------------------------------------------

/** Masks every run of 7 or more digits (an NIK, a phone or social-security number) as {@link maskNik} does. */
function maskDigits(text: string): string {
  return text.replace(/\d{7,}/g, (digits) => maskNik(digits));
}

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Formats a zod path as `team.members[2].birthDate` (a key that is not an identifier is
 * written `["Pasal 7 ayat (3)"]`), after `prefix` if one is given.
 */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else {
      const key = maskDigits(String(segment));
      if (IDENTIFIER.test(key)) out += out ? `.${key}` : key;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Messages per zod issue code
// ---------------------------------------------------------------------------

const REQUIRED: Bilingual = { id: 'wajib diisi', en: 'required' };

const EXPECTED: Record<string, Bilingual> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  bigint: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'objek (kunci: nilai)', en: 'an object (key: value)' },
  record: { id: 'objek (kunci: nilai)', en: 'an object (key: value)' },
  null: { id: 'null', en: 'null' },
  date: { id: 'tanggal', en: 'a date' },
};

/** Zod's names for the type it received (from its default message), in both languages. */
const RECEIVED: Record<string, Bilingual> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  nan: { id: 'NaN', en: 'NaN' },
  Infinity: { id: 'angka tak hingga', en: 'Infinity' },
  '-Infinity': { id: 'angka tak hingga', en: '-Infinity' },
  boolean: { id: 'true/false', en: 'true/false' },
  bigint: { id: 'angka (bigint)', en: 'a bigint' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'objek', en: 'an object' },
  null: { id: 'null', en: 'null' },
  Date: { id: 'objek Date', en: 'a Date object' },
  function: { id: 'fungsi', en: 'a function' },
  symbol: { id: 'simbol', en: 'a symbol' },
};

/** What the issue received: from its input when reported, else from zod's default message; `undefined` = nothing. */
function received(issue: ZodIssue): { kind: string; text: Bilingual } | null {
  if ('input' in issue) {
    const input = issue.input;
    const kind =
      input === undefined
        ? 'undefined'
        : input === null
          ? 'null'
          : Array.isArray(input)
            ? 'array'
            : typeof input;
    return { kind, text: describeValue(input) };
  }
  const m = /received (\S+)\s*$/.exec(issue.message);
  const kind = m?.[1];
  if (kind === undefined) return null;
  return { kind, text: RECEIVED[kind] ?? { id: kind, en: kind } };
}

function joinValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ');
}

/** Units of sizable things, for too_small / too_big. */
function unit(origin: string, n: number | bigint): Bilingual | null {
  const one = Number(n) === 1;
  if (origin === 'string') return { id: 'karakter', en: one ? 'character' : 'characters' };
  if (origin === 'array' || origin === 'set') return { id: 'butir', en: one ? 'item' : 'items' };
  if (origin === 'map') return { id: 'entri', en: one ? 'entry' : 'entries' };
  return null;
}

function tooSmall(issue: Extract<ZodIssue, { code: 'too_small' }>): Bilingual {
  const n = issue.minimum;
  const size = unit(issue.origin, n);
  if (size) {
    if (issue.exact) return { id: `harus tepat ${n} ${size.id}`, en: `must have exactly ${n} ${size.en}` };
    if (Number(n) === 1 && issue.inclusive !== false) {
      return issue.origin === 'string'
        ? { id: 'tidak boleh kosong', en: 'must not be empty' }
        : { id: 'harus berisi paling sedikit satu butir', en: 'must list at least one item' };
    }
    return issue.inclusive === false
      ? { id: `harus lebih dari ${n} ${size.id}`, en: `must have more than ${n} ${size.en}` }
      : { id: `harus paling sedikit ${n} ${size.id}`, en: `must have at least ${n} ${size.en}` };
  }
  if (issue.inclusive === false) return { id: `harus lebih dari ${n}`, en: `must be greater than ${n}` };
  if (Number(n) === 0) return { id: 'tidak boleh negatif', en: 'must not be negative' };
  return { id: `harus paling sedikit ${n}`, en: `must be at least ${n}` };
}

function tooBig(issue: Extract<ZodIssue, { code: 'too_big' }>): Bilingual {
  const n = issue.maximum;
  const size = unit(issue.origin, n);
  if (size) {
    if (issue.exact) return { id: `harus tepat ${n} ${size.id}`, en: `must have exactly ${n} ${size.en}` };
    return issue.inclusive === false
      ? { id: `harus kurang dari ${n} ${size.id}`, en: `must have fewer than ${n} ${size.en}` }
      : { id: `paling banyak ${n} ${size.id}`, en: `must have at most ${n} ${size.en}` };
  }
  if (issue.origin === 'int' && Number(n) >= Number.MAX_SAFE_INTEGER) {
    return { id: 'angkanya terlalu besar', en: 'the number is too large' };
  }
  return issue.inclusive === false
    ? { id: `harus kurang dari ${n}`, en: `must be less than ${n}` }
    : { id: `paling banyak ${n}`, en: `must be at most ${n}` };
}

function invalidType(issue: Extract<ZodIssue, { code: 'invalid_type' }>): Bilingual {
  const got = received(issue);
  if (issue.expected === 'nonoptional' || got?.kind === 'undefined')
    return { id: 'wajib diisi', en: 'required' };
  const expected = EXPECTED[issue.expected] ?? { id: issue.expected, en: issue.expected };
  if (issue.expected === 'int' && got?.kind === 'number') {
    return { id: 'harus bilangan bulat', en: 'must be a whole number (integer)' };
  }
  let hint: Bilingual = { id: '', en: '' };
  if (got?.kind === 'null') {
    hint = {
      id: '; hapus kolom ini bila datanya tidak diketahui',
      en: '; leave the field out when it is not known',
    };
  } else if (issue.expected === 'string' && (got?.kind === 'number' || got?.kind === 'boolean')) {
    hint = { id: '; dalam YAML, apit nilainya dengan tanda kutip', en: '; in YAML, put the value in quotes' };
  } else if (issue.expected === 'boolean' && got?.kind === 'string') {
    hint = { id: '; tulis true atau false tanpa tanda kutip', en: '; write true or false, without quotes' };
  } else if ((issue.expected === 'number' || issue.expected === 'int') && got?.kind === 'string') {
    hint = { id: '; tulis angkanya tanpa tanda kutip', en: '; write the number without quotes' };
  }
  if (!got) return { id: `harus ${expected.id}${hint.id}`, en: `expected ${expected.en}${hint.en}` };
  return {
    id: `harus ${expected.id}, bukan ${got.text.id}${hint.id}`,
    en: `expected ${expected.en}, received ${got.text.en}${hint.en}`,
  };
}

function invalidFormat(issue: Extract<ZodIssue, { code: 'invalid_format' }>): Bilingual {
  const known = issue.pattern === undefined ? undefined : PATTERN_MESSAGES[issue.pattern];
  if (known) return known;
  switch (issue.format) {
    case 'date':
      return { id: 'bukan tanggal yang sah (YYYY-MM-DD)', en: 'not a valid date (YYYY-MM-DD)' };
    case 'regex':
      return {
        id: `tidak sesuai pola yang disyaratkan ${issue.pattern ?? ''}`.trim(),
        en: `does not match the required pattern ${issue.pattern ?? ''}`.trim(),
      };
    case 'starts_with':
    case 'ends_with':
    case 'includes':
      return { id: 'bentuknya tidak sesuai', en: 'does not have the required form' };
    default:
      return { id: `bukan ${issue.format} yang sah`, en: `not a valid ${issue.format}` };
  }
}

function isBilingual(value: unknown): value is Bilingual {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.en === 'string';
}

/** The message of one zod issue, in both languages. Never quotes the value it received. */
export function describeIssue(issue: ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value': {
      if ('input' in issue && issue.input === undefined) return REQUIRED;
      const values = joinValues(issue.values);
      if ('input' in issue && issue.input === null && !issue.values.includes(null)) {
        return {
          id: `harus salah satu dari: ${values}, bukan null; hapus kolom ini bila datanya tidak diketahui`,
          en: `expected one of: ${values}, received null; leave the field out when it is not known`,
        };
      }
      if (issue.values.length === 1) return { id: `harus ${values}`, en: `must be ${values}` };
      return {
        id: `nilai tidak dikenal; nilai yang diizinkan: ${values}`,
        en: `not an allowed value; allowed values: ${values}`,
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map(maskDigits).join(', ');
      const plural = issue.keys.length > 1 ? 's' : '';
      return {
        id: `kunci tidak dikenal: ${keys} (periksa ejaannya; nama kolom sudah baku)`,
        en: `unknown key${plural}: ${keys} (check the spelling; field names are fixed)`,
      };
    }
    case 'invalid_format':
      return invalidFormat(issue);
    case 'not_multiple_of':
      return { id: `harus kelipatan ${issue.divisor}`, en: `must be a multiple of ${issue.divisor}` };
    case 'invalid_union':
      return {
        id: 'tidak sesuai dengan bentuk mana pun yang diizinkan',
        en: 'does not match any of the allowed forms',
      };
    case 'invalid_key': {
      const first = issue.issues[0];
      const inner = first ? describeIssue(first) : { id: 'tidak sah', en: 'invalid' };
      return { id: `kunci tidak sah: ${inner.id}`, en: `invalid key: ${inner.en}` };
    }
    case 'invalid_element': {
      const first = issue.issues[0];
      const inner = first ? describeIssue(first) : { id: 'tidak sah', en: 'invalid' };
      return { id: `isian tidak sah: ${inner.id}`, en: `invalid entry: ${inner.en}` };
    }
    case 'custom':
      if (isBilingual(issue.params)) return { id: issue.params.id, en: issue.params.en };
      return { id: 'nilai tidak sah', en: maskDigits(issue.message || 'invalid value') };
    default:
      return { id: 'nilai tidak sah', en: 'invalid value' };
  }
}

/**
 * Turns every issue of a zod error into an {@link InputIssue} with a dotted path
 * (`team.members[2].birthDate`, after `prefix` such as `village`) and messages in both languages.
 * Parse with `{ reportInput: true }` (as the functions below do) so that a missing enum value is
 * reported as "required" rather than as a value outside the allowed ones; inputs are never quoted.
 */
export function toIssues(error: z.ZodError, prefix = ''): InputIssue[] {
  return error.issues.map((issue) => inputIssue(formatPath(issue.path, prefix), describeIssue(issue)));
}

// ---------------------------------------------------------------------------
// Records and scenarios
// ---------------------------------------------------------------------------

/** Validates a village record; `prefix` (e.g. `village`) goes before every issue's path. */
export function safeParseVillage(input: unknown, prefix = ''): ParseResult<VillageRecord> {
  const result = villageSchema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toIssues(result.error, prefix) };
}

/** Validates a village record, or throws an {@link InputError} listing every problem. */
export function parseVillage(input: unknown, prefix = ''): VillageRecord {
  const result = safeParseVillage(input, prefix);
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a scenario file; its village's issues have paths under `village.`. */
export function safeParseScenario(input: unknown): ParseResult<Scenario> {
  const head = scenarioSchema.safeParse(input, { reportInput: true });
  const issues = head.success ? [] : toIssues(head.error);
  if (!isRecord(input)) return { ok: false, issues };
  const village = safeParseVillage(input.village, 'village');
  if (!village.ok) issues.push(...village.issues);
  if (!head.success || !village.ok) return { ok: false, issues };
  return { ok: true, value: { ...head.data, village: village.value } };
}

/** Validates a scenario file, or throws an {@link InputError} (naming `source`) listing every problem. */
export function parseScenario(input: unknown, source?: string): Scenario {
  const result = safeParseScenario(input);
  if (!result.ok) throw new InputError(result.issues, source);
  return result.value;
}

// ---------------------------------------------------------------------------
// Documents: YAML and JSON
// ---------------------------------------------------------------------------

const YAML_PROBLEMS_ID: Record<string, string> = {
  BAD_INDENT: 'indentasi tidak tepat',
  TAB_AS_INDENT: 'tab tidak boleh dipakai untuk indentasi; gunakan spasi',
  DUPLICATE_KEY: 'kunci dalam satu objek harus unik (ada kunci ganda)',
  MISSING_CHAR: 'ada karakter yang hilang (tanda kutip atau kurung penutup, atau tanda - pada butir daftar)',
  MULTIPLE_DOCS: 'berkas berisi lebih dari satu dokumen YAML (---); satu berkas hanya boleh satu dokumen',
  BLOCK_AS_IMPLICIT_KEY: 'pemetaan bersarang tidak boleh ditulis dalam satu baris dengan kuncinya',
  MULTILINE_IMPLICIT_KEY: 'kunci harus ditulis dalam satu baris',
  UNEXPECTED_TOKEN: 'token tak terduga',
  BAD_SCALAR_START: 'nilai tidak boleh diawali karakter ini; apit dengan tanda kutip',
  BAD_DQ_ESCAPE: 'escape tidak sah di dalam tanda kutip ganda',
  BAD_ALIAS: 'alias tidak sah',
  ALIAS_PROPS: 'alias tidak boleh diberi anchor atau tag',
  BLOCK_IN_FLOW: 'blok tidak boleh berada di dalam [ ] atau { }',
  KEY_OVER_1024_CHARS: 'kunci terlalu panjang (lebih dari 1024 karakter)',
  TAG_RESOLVE_FAILED: 'tag YAML tidak dikenal',
  BAD_DIRECTIVE: 'direktif YAML tidak sah',
  MULTIPLE_ANCHORS: 'satu nilai hanya boleh punya satu anchor',
  MULTIPLE_TAGS: 'satu nilai hanya boleh punya satu tag',
  BAD_PROP_ORDER: 'urutan anchor dan tag tidak tepat',
  NON_STRING_KEY: 'kunci harus berupa teks',
};

/** One YAML error or warning as an issue: its line and column, its cause, and none of the source text. */
function yamlIssue(error: YAMLError): InputIssue {
  const firstLine = error.message.split('\n')[0] ?? '';
  const detail = maskDigits(firstLine.replace(/ at line \d+, column \d+:?\s*$/, '').trim());
  const detailId = YAML_PROBLEMS_ID[error.code] ?? `kesalahan sintaks (${detail})`;
  const pos = error.linePos?.[0];
  if (!pos) {
    return inputIssue('', { id: `kesalahan sintaks YAML: ${detailId}`, en: `YAML syntax error: ${detail}` });
  }
  return inputIssue('', {
    id: `kesalahan sintaks YAML pada baris ${pos.line}, kolom ${pos.col}: ${detailId}`,
    en: `YAML syntax error at line ${pos.line}, column ${pos.col}: ${detail}`,
  });
}

/**
 * Parses one YAML document with the YAML 1.2 core schema (so `2026-06-30` stays a string).
 * A syntax error (or a warning, such as an unknown tag) is an {@link InputError} naming `source`
 * with the line and column of every problem.
 */
export function parseYaml(text: string, source: string): unknown {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: true,
  });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) throw new InputError(problems.map(yamlIssue), source);
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const message = maskDigits(err instanceof Error ? err.message : String(err));
    const id = message.startsWith('Unresolved alias')
      ? 'alias YAML dipakai sebelum anchor-nya ditetapkan'
      : message.startsWith('Excessive alias count')
        ? 'terlalu banyak alias YAML'
        : `YAML tidak dapat diuraikan (${message})`;
    throw new InputError(
      [inputIssue('', { id: `kesalahan YAML: ${id}`, en: `YAML error: ${message}` })],
      source,
    );
  }
}

class JsonSyntaxAt {
  constructor(readonly offset: number) {}
}

/** The offset of the first JSON syntax error in `text`, or -1 when it finds none. */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const str = () => {
    i++;
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text.charAt(i + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail();
          i += 6;
        } else if (next !== '' && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          fail();
        }
        continue;
      }
      if (ch < ' ') fail();
      i++;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail();
        str();
        ws();
        if (text.charAt(i) !== ':') fail();
        i++;
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '"') {
      str();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    number.lastIndex = i;
    const m = number.exec(text);
    if (!m) fail();
    i = number.lastIndex;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (err) {
    if (err instanceof JsonSyntaxAt) return err.offset;
    return -1;
  }
}

/** Line and column (1-based) of an offset. */
function lineColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

/**
 * Parses a JSON document. A syntax error is an {@link InputError} naming `source` with the line and
 * column of the first problem (and none of the source text).
 */
export function parseJson(text: string, source: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch {
    const offset = jsonErrorOffset(clean);
    let what: Bilingual;
    if (offset < 0) {
      what = { id: 'JSON tidak sah', en: 'invalid JSON' };
    } else if (offset >= clean.length) {
      what = { id: 'berkas berakhir sebelum waktunya', en: 'unexpected end of input' };
    } else {
      const ch = clean.charAt(offset);
      const shown = /\d/.test(ch) ? 'digit' : JSON.stringify(ch);
      what = { id: `karakter tak terduga ${shown}`, en: `unexpected character ${shown}` };
    }
    const where = offset < 0 ? null : lineColumn(clean, Math.min(offset, clean.length));
    const at = where
      ? {
          id: ` pada baris ${where.line}, kolom ${where.col}`,
          en: ` at line ${where.line}, column ${where.col}`,
        }
      : { id: '', en: '' };
    throw new InputError(
      [
        inputIssue('', {
          id: `kesalahan sintaks JSON${at.id}: ${what.id}`,
          en: `JSON syntax error${at.en}: ${what.en}`,
        }),
      ],
      source,
    );
  }
}

function fileProblem(err: unknown): Bilingual {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  switch (code) {
    case 'ENOENT':
      return { id: 'berkas tidak ditemukan', en: 'file not found' };
    case 'EISDIR':
      return { id: 'ini direktori, bukan berkas', en: 'this is a directory, not a file' };
    case 'EACCES':
    case 'EPERM':
      return { id: 'tidak ada izin untuk membaca berkas', en: 'permission denied' };
    default:
      return {
        id: `berkas tidak dapat dibaca${code ? ` (${code})` : ''}`,
        en: `cannot read the file${code ? ` (${code})` : ''}`,
      };
  }
}

/**
 * Reads a `.yaml`, `.yml` or `.json` file and parses it (not validated yet).
 * A missing or unreadable file, another extension, or a syntax error is an {@link InputError}.
 */
export async function loadDocument(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError([inputIssue('', fileProblem(err))], file);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return parseYaml(text, file);
  if (ext === '.json') return parseJson(text, file);
  throw new InputError(
    [
      inputIssue('', {
        id: `jenis berkas tidak didukung (${ext || 'tanpa ekstensi'}); gunakan .yaml, .yml, atau .json`,
        en: `unsupported file type (${ext || 'no extension'}); use .yaml, .yml or .json`,
      }),
    ],
    file,
  );
}
