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

/** Builds an issue from its path and its two messages. */
export function inputIssue(path: string, messages: Bilingual): InputIssue {
  return { path, message: messages.en, messages };
}

/** Bad input: the record (or file, or option) is refused with every problem listed. */
export class InputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], source?: string) {
    const head = source ? `${source}: ` : '';
    super(`${head}${issues.map((i) => formatIssue(i, 'en')).join('; ')}`);
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** `path: message` in the chosen language. */
export function formatIssue(issue: InputIssue, lang: Lang): string {
  return issue.path ? `${issue.path}: ${issue.messages[lang]}` : issue.messages[lang];
}

/** Masks an NIK (personal data): at most its first 4 and last 2 digits are shown. */
export function maskNik(nik: string): string {
  if (nik.length <= 6) return '*'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'*'.repeat(nik.length - 6)}${nik.slice(-2)}`;
}
