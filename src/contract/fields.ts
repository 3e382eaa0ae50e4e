import type { Bilingual } from '../types.js';
import { type JsonSchema, jsonSchema } from './json-schema.js';

/** One field of the village record, as its JSON Schema describes it. */
export interface FieldRow {
  /** `pmi.abroad`, `team.members[].sex`: the path, `[]` standing for every item of a list. */
  path: string;
  /** Its type in words, in both languages. */
  type: Bilingual;
  /** Its meaning, in both languages. */
  meaning: Bilingual;
  example?: unknown;
  /** Absent means the record (or the list item) is refused. */
  required: boolean;
  /** `null` is allowed (and means "there is none"). */
  nullable: boolean;
  /** An object or a list of objects: its fields follow it. */
  hasFields: boolean;
  kind: 'object' | 'list' | 'value';
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema without its `null` alternative, and whether it had one. */
function withoutNull(node: JsonSchema): { node: JsonSchema; nullable: boolean } {
  const anyOf = node.anyOf;
  if (!Array.isArray(anyOf)) return { node, nullable: false };
  const rest = anyOf.filter((s) => !(isObject(s) && s.type === 'null'));
  if (rest.length !== 1 || !isObject(rest[0])) return { node, nullable: false };
  // Descriptions sit on the outer node; the shape on the inner one.
  return { node: { ...rest[0], ...withoutKeys(node, ['anyOf']) }, nullable: true };
}

function withoutKeys(node: JsonSchema, keys: string[]): JsonSchema {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !keys.includes(k)));
}

/** A value's type in words: `integer ≥ 0`, `date YYYY-MM-DD`, `one of: a, b`. */
export function typeOf(node: JsonSchema): Bilingual {
  if (node.type === 'array') {
    const item = isObject(node.items) ? withoutNull(node.items).node : {};
    if (item.type === 'object') return { id: 'daftar objek', en: 'list of objects' };
    const inner = typeOf(item);
    return { id: `daftar ${inner.id}`, en: `list of ${inner.en}` };
  }
  if (node.type === 'object') return { id: 'objek', en: 'object' };
  if (Array.isArray(node.enum)) {
    const values = node.enum.map((v) => `\`${String(v)}\``).join(', ');
    return { id: `salah satu: ${values}`, en: `one of: ${values}` };
  }
  if (node.type === 'boolean') return { id: 'true / false', en: 'true / false' };
  if (node.type === 'integer') {
    const min = typeof node.minimum === 'number' ? node.minimum : undefined;
    const max = typeof node.maximum === 'number' && node.maximum < MAX_SAFE ? node.maximum : undefined;
    if (min !== undefined && max !== undefined)
      return { id: `bilangan bulat ${min}–${max}`, en: `integer ${min}–${max}` };
    if (min !== undefined) return { id: `bilangan bulat ≥ ${min}`, en: `integer ≥ ${min}` };
    return { id: 'bilangan bulat', en: 'integer' };
  }
  if (node.type === 'string') {
    if (node.format === 'date') return { id: 'tanggal `YYYY-MM-DD`', en: 'date `YYYY-MM-DD`' };
    const pattern = typeof node.pattern === 'string' ? node.pattern : undefined;
    if (pattern === '^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$')
      return { id: 'kode desa `PP.KK.CC.NNNN`', en: 'village code `PP.KK.CC.NNNN`' };
    if (pattern === '^\\d{4}-[12]$')
      return { id: 'semester `YYYY-1`/`YYYY-2`', en: 'semester `YYYY-1`/`YYYY-2`' };
    if (pattern === '\\S') return { id: 'teks, tidak kosong', en: 'text, not blank' };
    return { id: 'teks', en: 'text' };
  }
  return { id: 'nilai', en: 'value' };
}

function meaningOf(node: JsonSchema): Bilingual {
  const en = typeof node.description === 'string' ? node.description : '';
  const id = typeof node['x-description-id'] === 'string' ? node['x-description-id'] : '';
  return { id, en };
}

function walk(node: JsonSchema, prefix: string, rows: FieldRow[]): void {
  const properties = isObject(node.properties) ? node.properties : {};
  const required = Array.isArray(node.required) ? node.required : [];
  for (const [key, raw] of Object.entries(properties)) {
    if (!isObject(raw)) continue;
    const { node: field, nullable } = withoutNull(raw);
    const path = prefix ? `${prefix}.${key}` : key;
    const item = field.type === 'array' && isObject(field.items) ? withoutNull(field.items).node : undefined;
    const kind = field.type === 'object' ? 'object' : item?.type === 'object' ? 'list' : 'value';
    const examples = Array.isArray(field.examples) ? field.examples : [];
    rows.push({
      path,
      type: typeOf(field),
      meaning: meaningOf(field),
      ...(examples.length > 0 ? { example: examples[0] } : {}),
      required: required.includes(key),
      nullable,
      hasFields: kind !== 'value',
      kind,
    });
    if (kind === 'object') walk(field, path, rows);
    else if (kind === 'list' && item) walk(item, `${path}[]`, rows);
  }
}

/** Every field of the village record, depth first in the schema's order: objects before their fields. */
export function villageFields(): FieldRow[] {
  const rows: FieldRow[] = [];
  walk(jsonSchema('village-record'), '', rows);
  return rows;
}
