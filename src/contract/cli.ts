import { type Command, Option } from 'commander';
import { standardStreams } from '../output.js';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from './json-schema.js';

/** `dme schema NAME`: prints a JSON Schema of the package (the text of `schemas/NAME.schema.json`). */
export function addSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description(
      'mencetak JSON Schema / print the JSON Schema of a village record, scenario, amendment or verdict document',
    )
    .addArgument(program.createArgument('<name>', SCHEMA_NAMES.join(' | ')).choices(SCHEMA_NAMES))
    .addOption(new Option('--compact', 'satu baris / on one line'))
    .action((name: SchemaName, opts: { compact?: boolean }) => {
      const schema = jsonSchema(name);
      standardStreams().stdout.write(
        `${opts.compact ? JSON.stringify(schema) : JSON.stringify(schema, null, 2)}\n`,
      );
    });
}
