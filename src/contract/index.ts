// The data contract, generated from the schemas: docs/village-record.md, the tables of docs/spreadsheet.md
// and the JSON Schemas under schemas/. `npm run contract` writes them; test/contract.test.ts fails when the
// committed files differ from what the schemas say.

import { jsonSchema, SCHEMA_NAMES } from './json-schema.js';
import { spreadsheetMarkdown } from './spreadsheet-md.js';
import { villageRecordMarkdown } from './village-record-md.js';

/** The path of a published JSON Schema, relative to the package root. */
export function schemaFile(name: (typeof SCHEMA_NAMES)[number]): string {
  return `schemas/${name}.schema.json`;
}

/**
 * Every generated file, by its path relative to the package root, with its text. `read` gives the current
 * text of a file whose hand-written part is kept (docs/spreadsheet.md).
 */
export async function contractFiles(read: (path: string) => string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('docs/village-record.md', await villageRecordMarkdown());
  files.set('docs/spreadsheet.md', spreadsheetMarkdown(read('docs/spreadsheet.md')));
  for (const name of SCHEMA_NAMES)
    files.set(schemaFile(name), `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
  return files;
}
