// Messages for zod issues, in Indonesian and English, with paths as people write them.

import type { z } from 'zod';
import { type InputIssue, inputIssue, maskDigits, quotedKeys } from '../errors.js';
import type { Bilingual } from '../types.js';
import { describeValue } from './date.js';
import { PATTERN_MESSAGES } from './village.js';

type ZodIssue = z.core.$ZodIssue;

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
      const keys = quotedKeys(issue.keys);
      const plural = issue.keys.length > 1 ? 's' : '';
      return {
        id: `kunci tidak dikenal: ${keys.id} (periksa ejaannya; nama kolom sudah baku)`,
        en: `unknown key${plural}: ${keys.en} (check the spelling; field names are fixed)`,
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
