// The amendment file: its shape (this module), then its meaning against a regulation (validate.ts).

import { z } from 'zod';
import { OPERATORS } from '../engine/condition.js';
import { InputError, type InputIssue, inputIssue } from '../errors.js';
import { depthIssue } from '../json-guard.js';
import { dateString } from '../schema/date.js';
import { toIssues } from '../schema/messages.js';
import type { Bilingual, DateString } from '../types.js';

const text = z.string().regex(/\S/);
const bilingualSchema = z.strictObject({ id: text, en: text });

/** A parameter value as a drafter writes it: a number, a date `YYYY-MM-DD`, or true/false. */
const paramValue = z.union([z.number(), z.string(), z.boolean()]);

/** `parameter: minProceduralShare` with `value: 0.7`, or dated `values: { '2027-01-01': 0.7 }`. */
export const parameterChangeSchema = z.strictObject({
  parameter: text,
  value: paramValue.optional(),
  values: z.record(dateString, paramValue).optional(),
  /** Where the new value comes from (default: the amendment's title). */
  reference: text.optional(),
});

/**
 * The condition language of the rule modules, as JSON/YAML: json-rules-engine's `fact`/`operator`/`value`
 * with `all`/`any`/`not`, plus `{ param }` as the compared value, `{ atLeast, of }` and `{ finding }`.
 * Operators are checked in validate.ts (so that the message lists json-rules-engine's operators).
 */
export type ConditionInput =
  | { fact: string; operator: string; value: unknown }
  | { all: ConditionInput[] }
  | { any: ConditionInput[] }
  | { not: ConditionInput }
  | { atLeast: number | { param: string }; of: ConditionInput[] }
  | { finding: string; each?: boolean; through?: string };

const literal = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.number(), z.string()])),
]);
const comparedValue = z.union([literal, z.strictObject({ param: text }), z.strictObject({ fact: text })]);

export const conditionSchema: z.ZodType<ConditionInput> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: text, operator: text, value: comparedValue }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({
      atLeast: z.union([z.number().int().min(0), z.strictObject({ param: text })]),
      of: z.array(conditionSchema).min(1),
    }),
    z.strictObject({ finding: text, each: z.boolean().optional(), through: text.optional() }),
  ]),
) as z.ZodType<ConditionInput>;

/** Messages of a replaced condition: templates with `{fact}` and `{param}` placeholders, per verdict. */
const messagesSchema = z.strictObject({ met: bilingualSchema, not_met: bilingualSchema });

/**
 * A change to one provision: its new wording (`text`), its encoded condition replaced (`when`, with an
 * optional `label` and `message` templates) or removed (`remove: true`). `new: true` adds a provision
 * that the article does not have yet.
 */
export const provisionChangeSchema = z.strictObject({
  citation: text,
  new: z.literal(true).optional(),
  text: text.optional(),
  when: z.unknown().optional(),
  label: bilingualSchema.optional(),
  message: messagesSchema.optional(),
  remove: z.literal(true).optional(),
});

/** An exception added: while the Tanggal Penilaian is within `from`–`until`, `displaces` is not applied. */
export const exceptionChangeSchema = z.strictObject({
  citation: text,
  /** The wording of the excepting provision (required when the citation is new). */
  text: text.optional(),
  displaces: text,
  from: dateString.optional(),
  until: dateString.optional(),
  message: bilingualSchema,
});

/**
 * An article inserted between two others (UU 12/2011 Lampiran II: `Pasal 17A` after Pasal 17): its number and
 * title; its findings judge the village, or each Calon PMI with `subject: candidate` (`Pasal 9A` beside
 * Pasal 9). Its ayat follow as provision changes with `new: true` (`citation: Pasal 17A ayat (1)`), each with
 * `text` and, for a judged condition, `when`; an exception may be one of its ayat, as in any article.
 */
export const articleChangeSchema = z.strictObject({
  article: z
    .string()
    .regex(/^[1-9][0-9]*[A-Z]$/, 'nomor pasal sisipan seperti 17A / an inserted article number such as 17A'),
  title: bilingualSchema,
  subject: z.enum(['village', 'candidate']).optional(),
});

export type ParameterChange = z.output<typeof parameterChangeSchema>;
export type ArticleChange = z.output<typeof articleChangeSchema>;
export type ProvisionChange = Omit<z.output<typeof provisionChangeSchema>, 'when'> & {
  when?: ConditionInput;
};
export type ExceptionChange = z.output<typeof exceptionChangeSchema>;
export type AmendmentChange =
  | ({ kind: 'parameter' } & ParameterChange)
  | ({ kind: 'provision' } & ProvisionChange)
  | ({ kind: 'exception' } & ExceptionChange)
  | ({ kind: 'article' } & ArticleChange);

/** A validated amendment file. */
export interface Amendment {
  title: string;
  description?: string;
  changes: AmendmentChange[];
  /** The file it was read from, if any (scenario files name amendments relative to themselves). */
  source?: string;
}

const headSchema = z.strictObject({
  title: text,
  description: z.string().optional(),
  changes: z.array(z.record(z.string(), z.unknown())).min(1),
});

function issue(path: string, id: string, en: string): InputIssue {
  return inputIssue(path, { id, en });
}

/** Which kind of change an entry is, from its keys. */
function kindOf(entry: Record<string, unknown>): AmendmentChange['kind'] | null {
  if ('parameter' in entry) return 'parameter';
  if ('article' in entry) return 'article';
  if ('displaces' in entry) return 'exception';
  if ('citation' in entry) return 'provision';
  return null;
}

/** Checks a condition's shape; every problem is an issue under `path`. */
export function conditionShapeIssues(input: unknown, path: string): InputIssue[] {
  const r = conditionSchema.safeParse(input, { reportInput: true });
  if (r.success) return [];
  // A union's own message ("matches none of the forms") says little: describe the forms.
  const single = toIssues(r.error, path).filter((i) => !i.message.startsWith('does not match'));
  if (single.length > 0) return single;
  return [
    issue(
      path,
      'syarat harus berbentuk { fact, operator, value }, { all: [...] }, { any: [...] }, { not: ... }, { atLeast, of: [...] } atau { finding: "Pasal …" }',
      'a condition must be { fact, operator, value }, { all: [...] }, { any: [...] }, { not: ... }, { atLeast, of: [...] } or { finding: "Pasal …" }',
    ),
  ];
}

/**
 * Validates the shape of an amendment (title, description, changes and each change's fields). Whether its
 * citations, facts and parameters exist is checked against a regulation by `validateAmendment`.
 */
export function parseAmendment(input: unknown, source?: string): Amendment {
  const deep = depthIssue(input);
  if (deep) throw new InputError([deep], source);
  const head = headSchema.safeParse(input, { reportInput: true });
  if (!head.success) throw new InputError(toIssues(head.error), source);
  const issues: InputIssue[] = [];
  const changes: AmendmentChange[] = [];
  head.data.changes.forEach((entry, i) => {
    const at = `changes[${i}]`;
    const kind = kindOf(entry);
    if (kind === null) {
      issues.push(
        issue(
          at,
          'perubahan harus memuat parameter (perubahan nilai), citation (perubahan teks atau syarat), citation dengan displaces (pengecualian) atau article (pasal sisipan)',
          'a change must have parameter (a new value), citation (new wording or conditions), citation with displaces (an exception) or article (an inserted article)',
        ),
      );
      return;
    }
    if (kind === 'parameter') {
      const r = parameterChangeSchema.safeParse(entry, { reportInput: true });
      if (!r.success) {
        issues.push(...toIssues(r.error, at));
        return;
      }
      const hasValue = r.data.value !== undefined;
      const hasValues = r.data.values !== undefined;
      if (hasValue === hasValues) {
        issues.push(
          issue(at, 'tulis tepat satu dari value atau values', 'give exactly one of value or values'),
        );
        return;
      }
      if (hasValues && Object.keys(r.data.values ?? {}).length === 0) {
        issues.push(issue(`${at}.values`, 'paling sedikit satu tanggal berlaku', 'at least one dated value'));
        return;
      }
      changes.push({ kind, ...r.data });
      return;
    }
    if (kind === 'article') {
      const r = articleChangeSchema.safeParse(entry, { reportInput: true });
      if (!r.success) {
        issues.push(...toIssues(r.error, at));
        return;
      }
      changes.push({ kind, ...r.data });
      return;
    }
    if (kind === 'exception') {
      const r = exceptionChangeSchema.safeParse(entry, { reportInput: true });
      if (!r.success) {
        issues.push(...toIssues(r.error, at));
        return;
      }
      if (r.data.from && r.data.until && r.data.from > r.data.until) {
        issues.push(
          issue(
            `${at}.until`,
            `harus pada atau sesudah from (${r.data.from})`,
            `must be on or after from (${r.data.from})`,
          ),
        );
        return;
      }
      changes.push({ kind, ...r.data });
      return;
    }
    const r = provisionChangeSchema.safeParse(entry, { reportInput: true });
    if (!r.success) {
      issues.push(...toIssues(r.error, at));
      return;
    }
    const c = r.data;
    if (c.text === undefined && c.when === undefined && c.remove === undefined) {
      issues.push(
        issue(
          at,
          'tulis text (rumusan baru), when (syarat baru) atau remove: true (hapus syarat)',
          'give text (new wording), when (a new condition) or remove: true (remove the condition)',
        ),
      );
      return;
    }
    if (c.when !== undefined && c.remove) {
      issues.push(
        issue(
          `${at}.remove`,
          'when dan remove tidak dapat dipakai bersama',
          'when and remove cannot be used together',
        ),
      );
      return;
    }
    if ((c.message || c.label) && c.when === undefined) {
      issues.push(
        issue(
          `${at}.${c.message ? 'message' : 'label'}`,
          'hanya dipakai bersama when',
          'only used together with when',
        ),
      );
      return;
    }
    if (c.new && c.text === undefined) {
      issues.push(
        issue(
          `${at}.text`,
          'ketentuan baru (new: true) memerlukan text',
          'a new provision (new: true) needs text',
        ),
      );
      return;
    }
    if (c.when !== undefined) {
      const shape = conditionShapeIssues(c.when, `${at}.when`);
      if (shape.length > 0) {
        issues.push(...shape);
        return;
      }
    }
    changes.push({ kind: 'provision', ...(c as ProvisionChange) });
  });
  if (issues.length > 0) throw new InputError(issues, source);
  return {
    title: head.data.title,
    ...(head.data.description !== undefined ? { description: head.data.description } : {}),
    changes,
    ...(source !== undefined ? { source } : {}),
  };
}

/** Whether a value is an already-parsed amendment (from `loadAmendment` or `parseAmendment`). */
export function isAmendment(x: unknown): x is Amendment {
  if (typeof x !== 'object' || x === null) return false;
  const { title, changes } = x as { title?: unknown; changes?: unknown };
  const kinds = ['parameter', 'provision', 'exception', 'article'];
  return (
    typeof title === 'string' &&
    Array.isArray(changes) &&
    changes.length > 0 &&
    changes.every(
      (c) => typeof c === 'object' && c !== null && kinds.includes((c as { kind?: string }).kind ?? ''),
    )
  );
}

/** Allowed operators, for messages. */
export const OPERATOR_LIST = OPERATORS.join(', ');

export type { Bilingual, DateString };
