import type { z } from 'zod';
import { type FieldDoc, fieldDocOf } from './describe.js';
import { villageSchema } from './village.js';

/** A field's documentation, with the values it allows when it is one of a list (or a list of them). */
export interface VillageFieldDoc extends FieldDoc {
  values?: readonly string[];
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema without optional/nullable wrappers, with the first documentation met on the way. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; doc: FieldDoc | undefined } {
  let inner = schema;
  let doc = fieldDocOf(inner);
  for (;;) {
    const def = defOf(inner);
    if ((def.type !== 'optional' && def.type !== 'nullable') || def.innerType === undefined) break;
    inner = def.innerType;
    doc ??= fieldDocOf(inner);
  }
  return { inner, doc };
}

function enumValues(schema: z.ZodType): readonly string[] | undefined {
  const options = (schema as { options?: unknown }).options;
  return Array.isArray(options) && options.every((o) => typeof o === 'string') ? options : undefined;
}

/**
 * The documentation of the village record's field at `path` (`pmi.abroad`, `team.members[].sex`), read from
 * the zod schema, or `undefined` when there is no such field.
 */
export function villageFieldDoc(path: string): VillageFieldDoc | undefined {
  let schema: z.ZodType = villageSchema;
  let doc: FieldDoc | undefined;
  for (const segment of path.split('.')) {
    const key = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
    const shape = defOf(unwrap(schema).inner).shape;
    const child = shape?.[key];
    if (child === undefined) return undefined;
    const field = unwrap(child);
    doc = field.doc;
    schema = field.inner;
    if (segment.endsWith('[]')) {
      const element = defOf(schema).element;
      if (element === undefined) return undefined;
      schema = element;
    }
  }
  if (doc === undefined) return undefined;
  const list = defOf(schema).element;
  const values = enumValues(list ? unwrap(list).inner : schema);
  return values ? { ...doc, values } : doc;
}
