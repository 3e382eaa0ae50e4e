import type { z } from 'zod';
import type { Bilingual } from '../types.js';

/**
 * The metadata keyword that holds a field's Indonesian description. `description` holds the English
 * one (so JSON Schema tools show it); JSON Schema lets a schema carry keywords of its own.
 */
export const DESCRIPTION_ID = 'x-description-id';

/** What the documentation says of one field: its meaning in both languages and an example value. */
export interface FieldDoc extends Bilingual {
  example?: unknown;
}

/**
 * `schema` with its meaning and example attached (zod metadata, in zod's global registry), from which
 * docs/village-record.md, the spreadsheet columns and the JSON Schemas are generated.
 */
export function described<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  return schema.meta({
    description: doc.en,
    [DESCRIPTION_ID]: doc.id,
    ...(doc.example === undefined ? {} : { examples: [doc.example] }),
  });
}

/** The meaning and example attached to `schema` by {@link described}, if any. */
export function fieldDocOf(schema: z.ZodType): FieldDoc | undefined {
  const meta = schema.meta();
  if (meta === undefined) return undefined;
  const id = meta[DESCRIPTION_ID];
  if (typeof meta.description !== 'string' || typeof id !== 'string') return undefined;
  const examples = meta.examples;
  return {
    id,
    en: meta.description,
    ...(Array.isArray(examples) && examples.length > 0 ? { example: examples[0] } : {}),
  };
}
