import { LIMITS } from './limits.js';
import type { Bilingual, Lang } from './types.js';

/** One problem in the input: where it is and what is wrong, in both languages. */
export interface InputIssue {
  /** Dotted path of the field, e.g. `team.members[2].birthDate`; `""` for the whole document. */
  path: string;
  /** The problem in English. */
  message: string;
  /** The problem in Indonesian and English. */
  messages: Bilingual;
}

/** Builds an issue from its path and its two messages, every long run of digits masked ({@link maskDigits}). */
export function inputIssue(path: string, messages: Bilingual): InputIssue {
  const masked = { id: maskDigits(messages.id), en: maskDigits(messages.en) };
  return { path: maskDigits(path), message: masked.en, messages: masked };
}

/** Bad input: the record (or file, or option) is refused with every problem listed. */
export class InputError extends Error {
  readonly issues: InputIssue[];
  /** The file or option refused, when the issues' paths are within it. */
  readonly source: string | undefined;
  constructor(issues: InputIssue[], source?: string) {
    const head = source ? `${maskDigits(source)}: ` : '';
    super(`${head}${issues.map((i) => formatIssue(i, 'en')).join('; ')}`);
    this.name = 'InputError';
    this.issues = issues;
    this.source = source;
  }
}

/** `path: message` in the chosen language, every long run of digits masked. */
export function formatIssue(issue: InputIssue, lang: Lang): string {
  return maskDigits(issue.path ? `${issue.path}: ${issue.messages[lang]}` : issue.messages[lang]);
}

/**
 * The one masking function of every text shown to people (messages, reports, verdict text): each run of 7 or
 * more digits — an NIK, a social-security or phone number, wherever it was typed — is shown as {@link maskNik}
 * shows an NIK. Dates, village codes and counts never have such a run.
 */
export function maskDigits(text: string): string {
  if (!LONG_DIGITS.test(text)) return text;
  if (digests.size === 0) return text.replace(LONG_DIGITS_ALL, maskNik);
  return text.replace(DIGEST_OR_DIGITS, (m) => (digests.has(m) ? m : m.replace(LONG_DIGITS_ALL, maskNik)));
}

const LONG_DIGITS = /\d{7}/;
const LONG_DIGITS_ALL = /\d{7,}/g;
/** A whole word of 64 hex digits (a SHA-256 written out), or a run of 7 or more digits. */
const DIGEST_OR_DIGITS = /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])|\d{7,}/g;

/** The SHA-256 digests (hex) of the files this process read: not personal data, shown whole. */
const digests = new Set<string>();

/**
 * Marks the SHA-256 digest of a file read (an amendment) as shown whole by {@link maskDigits}: the hex of a
 * digest often holds a run of 7 digits, which would be masked as an NIK and make the digest wrong. Only the
 * digests registered are spared, never a word of the input that merely looks like one.
 */
export function fileDigest(hex: string): string {
  digests.add(hex);
  return hex;
}

/**
 * A value as JSON with every string masked as {@link maskDigits} masks text; numbers are left as they are, and so
 * are the SHA-256 digests of files (a key ending in `sha256`: hex, not personal data). The common case, no long
 * digit run anywhere, costs one scan of the text.
 */
export function maskedJson(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space);
  if (json === undefined || !LONG_DIGITS.test(json)) return json ?? 'null';
  return JSON.stringify(
    value,
    (key, v: unknown) => (typeof v === 'string' && !/sha256$/i.test(key) ? maskDigits(v) : v),
    space,
  );
}

/** Masks an NIK (personal data): at most its first 4 and last 2 digits are shown. */
export function maskNik(nik: string): string {
  if (nik.length <= 6) return '*'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'*'.repeat(nik.length - 6)}${nik.slice(-2)}`;
}

/** How much of a name the user wrote a message quotes: a longer one is cut, with `…` (LIMITS.quotedChars). */
export function quoted(name: string): string {
  return name.length <= LIMITS.quotedChars ? name : `${name.slice(0, LIMITS.quotedChars)}…`;
}

/** Keys the user wrote, for a message: the first 10, each quoted as {@link quoted} and masked, then how many more. */
export function quotedKeys(keys: readonly string[]): Bilingual {
  const shown = keys
    .slice(0, 10)
    .map((k) => maskDigits(quoted(k)))
    .join(', ');
  const more = keys.length - 10;
  return more > 0
    ? { id: `${shown} dan ${more} lainnya`, en: `${shown} and ${more} more` }
    : { id: shown, en: shown };
}
