import { InputError } from '../errors.js';
import { evaluate } from '../evaluate.js';
import type { VerdictDocument } from '../verdict.js';
import type { FieldRow } from './fields.js';

/** A Calon PMI's list of requirements not yet fulfilled (the verdict lists it without a citation). */
const OUTSTANDING = 'candidates[].outstanding';

/** The date the example record is judged on when the readers of its fields are found. */
export const EXAMPLE_AS_OF = '2026-06-30';

/** What leaving a field out does to the example record's verdict. */
export type Absence =
  | { kind: 'refused' }
  /** The citations (findings, obligations, Calon PMI findings) whose verdict or status changes. */
  | { kind: 'changes'; citations: string[] };

/** A stand-in for a field that has no example (only so that leaving it out can change something). */
function standIn(row: FieldRow): unknown {
  if (row.type.en.startsWith('date')) return '2026-01-02';
  if (row.type.en.startsWith('true')) return true;
  if (row.type.en.startsWith('integer')) return 1;
  if (row.type.en.startsWith('list')) return [];
  return 'x';
}

/**
 * The example village record: every field with its documented example (a list holds one item). A
 * field without an example (an NIK is never written out whole in the docs) is not in it.
 */
export function exampleRecord(rows: readonly FieldRow[]): Record<string, unknown> {
  return build(rows, '', (row) => row.example);
}

/**
 * Every field filled in: the example, or a stand-in where there is none; every yes/no is `true`, since a
 * missing one often counts as "no" (a document not on file) and leaving out a `false` would change nothing.
 */
function fullRecord(rows: readonly FieldRow[]): Record<string, unknown> {
  return build(rows, '', (row) => (row.type.en.startsWith('true') ? true : (row.example ?? standIn(row))));
}

function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  target[key] = value;
}

function build(
  rows: readonly FieldRow[],
  prefix: string,
  fieldValue: (row: FieldRow) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of rows) {
    const rest = prefix
      ? row.path.startsWith(`${prefix}.`)
        ? row.path.slice(prefix.length + 1)
        : null
      : row.path;
    if (rest === null || rest.includes('.')) continue;
    const key = rest.endsWith('[]') ? rest.slice(0, -2) : rest;
    if (row.kind === 'object') setKey(out, key, build(rows, row.path, fieldValue));
    else if (row.kind === 'list') setKey(out, key, [build(rows, `${row.path}[]`, fieldValue)]);
    else {
      const value = fieldValue(row);
      if (value !== undefined) setKey(out, key, value);
    }
  }
  return out;
}

/** A copy of `value` without the field at `path` (in every item of a list on the way). */
function without(value: unknown, segments: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => without(item, segments));
  if (typeof value !== 'object' || value === null) return value;
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  const key = head.endsWith('[]') ? head.slice(0, -2) : head;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0) delete copy[key];
  else if (key in copy) copy[key] = without(copy[key], rest);
  return copy;
}

/** Every judged thing of a verdict, by a key that names its citation, with its verdict or status. */
function outcomes(doc: VerdictDocument): Map<string, { citation: string; value: string }> {
  const out = new Map<string, { citation: string; value: string }>();
  for (const article of doc.articles)
    for (const f of article.findings) out.set(`f ${f.citation}`, { citation: f.citation, value: f.verdict });
  for (const o of doc.obligations)
    out.set(`o ${o.citation} ${o.period ?? ''}`, { citation: o.citation, value: o.status });
  doc.candidates.forEach((c, i) => {
    for (const f of c.findings) out.set(`c${i} ${f.citation}`, { citation: f.citation, value: f.verdict });
    out.set(`c${i} outstanding`, { citation: OUTSTANDING, value: c.outstanding.join(' ') });
  });
  return out;
}

/** Sorts citations as the regulation numbers them: `Pasal 4 ayat (3) huruf a` before `Pasal 10`. */
export function byCitation(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * What leaving out each field does to the verdict on a record with every field filled in: the record is
 * refused (a required field), or these findings and obligations change (mostly to `unknown`, naming the
 * field). Found by judging the record once per field, so it is what the rules do, not what a table says.
 */
export async function absences(rows: readonly FieldRow[]): Promise<Map<string, Absence>> {
  const record = fullRecord(rows);
  const base = outcomes(await evaluate(record, { asOf: EXAMPLE_AS_OF }));
  const result = new Map<string, Absence>();
  for (const row of rows) {
    let doc: VerdictDocument;
    try {
      doc = await evaluate(without(record, row.path.split('.')), { asOf: EXAMPLE_AS_OF });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      result.set(row.path, { kind: 'refused' });
      continue;
    }
    const after = outcomes(doc);
    const changed = new Set<string>();
    for (const [key, was] of base) {
      if (after.get(key)?.value !== was.value) changed.add(was.citation);
    }
    for (const [key, now] of after) if (!base.has(key)) changed.add(now.citation);
    result.set(row.path, { kind: 'changes', citations: [...changed].sort(byCitation) });
  }
  return result;
}
