import { z } from 'zod';
import {
  articleChangeSchema,
  conditionSchema,
  exceptionChangeSchema,
  parameterChangeSchema,
  provisionChangeSchema,
} from '../amendment/schema.js';
import { memoizeOne } from '../memo.js';
import { scenarioSchema } from '../schema/scenario.js';
import { verdictSchema } from '../schema/verdict.js';
import { villageSchema } from '../schema/village.js';

/** The documents the package publishes a JSON Schema for (`desa-migran-emas/schemas/NAME.schema.json`). */
export const SCHEMA_NAMES = ['village-record', 'scenario', 'amendment', 'verdict'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** A JSON Schema (draft 2020-12) as a plain object. */
export type JsonSchema = Record<string, unknown>;

const amendmentFileSchema = z
  .strictObject({
    title: z
      .string()
      .regex(/\S/)
      .meta({ description: 'title of the amendment', 'x-description-id': 'judul perubahan' }),
    description: z.string().optional(),
    changes: z
      .array(
        z.union([
          parameterChangeSchema,
          provisionChangeSchema.extend({ when: conditionSchema.optional() }),
          exceptionChangeSchema,
          articleChangeSchema,
        ]),
      )
      .min(1),
  })
  .meta({
    title: 'Amendment file',
    description:
      'A proposed amendment: new parameter values, new wording or conditions of provisions, exceptions, inserted articles (Pasal 17A). Whether its citations, facts and parameters exist is checked against the regulation when it is loaded.',
  });

/** What each document is, as zod sees it (the input side: what a user writes or receives). */
function sourceOf(name: SchemaName): z.ZodType {
  switch (name) {
    case 'village-record':
      return villageSchema.meta({
        title: 'Village record',
        description:
          'Everything needed to judge one village on one Tanggal Penilaian. Every field except code and name may be absent: the findings that need it are unknown.',
      });
    case 'scenario':
      return scenarioSchema.extend({ village: villageSchema }).meta({
        title: 'Scenario file',
        description: 'A village record, a Tanggal Penilaian and what the verdict is expected to say.',
      });
    case 'amendment':
      return amendmentFileSchema;
    case 'verdict':
      return verdictSchema.meta({
        title: 'Verdict document',
        description:
          'What evaluate returns and dme check --format json prints: cited findings, obligations, Calon PMI.',
      });
  }
}

/** The JSON Schema of {@link jsonSchema}, generated once per document. */
const generated = memoizeOne(
  (name: SchemaName) =>
    z.toJSONSchema(sourceOf(name), {
      io: name === 'verdict' ? 'output' : 'input',
      unrepresentable: 'any',
    }) as JsonSchema,
);

/**
 * The JSON Schema (draft 2020-12) of a document: the village record, a scenario file, an amendment file or
 * the verdict document. Generated from the package's zod schemas, with each field's English `description`,
 * its Indonesian one (`x-description-id`) and an example; the files under `schemas/` are the same text.
 */
export function jsonSchema(name: SchemaName): JsonSchema {
  return structuredClone(generated(name));
}

/** Whether `name` is one of {@link SCHEMA_NAMES}. */
export function isSchemaName(name: string): name is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}
