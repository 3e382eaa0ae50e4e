// Documents: YAML and JSON files read into values, every syntax problem as an issue with line and column.

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDocument, type YAMLError } from 'yaml';
import { InputError, type InputIssue, inputIssue, maskDigits } from '../errors.js';
import { readProblem } from '../files.js';
import { depthIssue, jsonShapeIssue, tooDeep } from '../json-guard.js';
import { LIMITS, megabytes } from '../limits.js';
import type { Bilingual } from '../types.js';
import { yamlMayNestBeyond } from './yaml-depth.js';

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
  // a wide margin over the limit: the bound counts indentation, and what passes it is held to the limit below
  if (yamlMayNestBeyond(text, 4 * LIMITS.depth)) throw new InputError([tooDeep('')], source);
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text.replace(/^\uFEFF/, ''), {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      prettyErrors: true,
    });
  } catch {
    // the parser recurses: nesting thousands deep exhausts the stack before any limit of ours is reached
    throw new InputError([tooDeep('')], source);
  }
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.some((p) => p.message.includes('Maximum call stack')))
    throw new InputError([tooDeep('')], source);
  if (problems.length > 0) throw new InputError(problems.map(yamlIssue), source);
  try {
    const value = doc.toJS({ maxAliasCount: 100 });
    const deep = depthIssue(value);
    if (deep) throw new InputError([deep], source);
    return value;
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (err instanceof RangeError) throw new InputError([tooDeep('')], source);
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
  const shape = jsonShapeIssue(clean);
  if (shape) throw new InputError([shape], source);
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

function tooLarge(): InputIssue {
  return inputIssue('', {
    id: `berkas lebih besar dari batas ${megabytes(LIMITS.documentBytes)}`,
    en: `the file is larger than the limit of ${megabytes(LIMITS.documentBytes)}`,
  });
}

/** What `-` stands for in messages: the standard input. */
export const STDIN = 'stdin';

/**
 * Reads standard input (at most the document limit) and parses it: as JSON when it starts with `{` or `[`
 * (so a syntax error is told as JSON's), else as YAML.
 */
async function readStdinDocument(): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > LIMITS.documentBytes) throw new InputError([tooLarge()], STDIN);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return /^\uFEFF?\s*[[{]/.test(text) ? parseJson(text, STDIN) : parseYaml(text, STDIN);
}

/** The text of a file of at most the document limit; a file that cannot be read is an {@link InputError} naming it. */
async function readDocumentText(file: string): Promise<string> {
  try {
    if ((await stat(file)).size > LIMITS.documentBytes) throw new InputError([tooLarge()], file);
    return await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError([inputIssue('', readProblem(err))], file);
  }
}

/**
 * Reads a file (at most the document limit) and parses it as `format`. A missing, unreadable or too large file,
 * or a syntax error, is an {@link InputError} naming the file (and never quoting it).
 */
export async function loadDocumentAs(file: string, format: 'json' | 'yaml'): Promise<unknown> {
  const text = await readDocumentText(file);
  return format === 'json' ? parseJson(text, file) : parseYaml(text, file);
}

/**
 * Reads a `.yaml`, `.yml` or `.json` file (or standard input when `file` is `-`) and parses it (not validated yet).
 * A missing or unreadable file, another extension, or a syntax error is an {@link InputError}.
 */
export async function loadDocument(file: string): Promise<unknown> {
  if (file === '-') return readStdinDocument();
  const text = await readDocumentText(file);
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
