import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { villageFields } from '../src/contract/fields.js';
import { contractFiles } from '../src/contract/index.js';
import { jsonSchema, SCHEMA_NAMES } from '../src/contract/json-schema.js';
import { EXAMPLE_AS_OF, exampleRecord } from '../src/contract/readers.js';
import { evaluate, loadAmendment, verdictSchema } from '../src/index.js';
import { parseYaml, safeParseVillage } from '../src/schema/index.js';
import { anjani } from './support/village.js';

function validator(name: (typeof SCHEMA_NAMES)[number]) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(jsonSchema(name));
}

describe('the data contract generated from the schema', () => {
  it('is committed exactly as the schema generates it (npm run contract after a schema change)', async () => {
    const files = await contractFiles((path) => readFileSync(path, 'utf8'));
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'docs/village-record.md',
        'docs/spreadsheet.md',
        'schemas/verdict.schema.json',
      ]),
    );
    for (const [path, text] of files) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('describes every field of the village record in Indonesian and English', () => {
    const rows = villageFields();
    expect(rows.length).toBeGreaterThan(80);
    for (const row of rows) {
      expect(row.meaning.id, row.path).toMatch(/\S/);
      expect(row.meaning.en, row.path).toMatch(/\S/);
      expect(row.meaning.id, row.path).not.toBe(row.meaning.en);
    }
  });

  it('documents an example for every plain field except the NIK and the social security number', () => {
    const without = villageFields()
      .filter((row) => row.kind === 'value' && row.example === undefined)
      .map((row) => row.path);
    expect(without).toEqual(['candidates[].nik', 'candidates[].documents.socialSecurityNumber']);
  });

  it('has an example record that the schema accepts and that is judged without error', async () => {
    const record = exampleRecord(villageFields());
    expect(safeParseVillage(record)).toMatchObject({ ok: true });
    const doc = await evaluate(record, { asOf: EXAMPLE_AS_OF });
    expect(doc.village.name).toBe('Anjani');
    // The example in docs/village-record.md is that record.
    const md = readFileSync('docs/village-record.md', 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    expect(parseYaml(yaml, 'docs/village-record.md')).toEqual(record);
  });

  it('says which articles read a field and what leaving it out does, from the rules', () => {
    const md = readFileSync('docs/village-record.md', 'utf8');
    const line = (path: string) => md.split('\n').find((l) => l.startsWith(`| \`${path}\` |`)) ?? '';
    expect(line('team.members[].sex')).toContain('Pasal 7 ayat (3)');
    expect(line('pmi.procedural')).toContain('Pasal 4 ayat (3) huruf a');
    expect(line('code')).toContain('required');
    expect(line('activities[].date')).toContain('required');
    expect(line('activities')).toContain('`[]` means there are none');
  });
});

describe('the JSON Schemas', () => {
  it('accept a valid village record and refuse what the zod schema refuses, at the same path', () => {
    const validate = validator('village-record');
    expect(validate(anjani())).toBe(true);
    expect(validate(exampleRecord(villageFields()))).toBe(true);
    const bad = anjani({ pmi: { abroad: -1 }, informationService: 'ya', extra: 1 });
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/pmi/abroad', '/informationService']));
    expect((validate.errors ?? []).some((e) => e.keyword === 'additionalProperties')).toBe(true);
    // A date of the wrong shape is refused by both.
    expect(validate(anjani({ dataCollection: { lastUpdatedOn: '1/3/2026' } }))).toBe(false);
  });

  it('describe the verdict document evaluate returns, candidates and obligations included', async () => {
    const validate = validator('verdict');
    const record = exampleRecord(villageFields());
    const doc = await evaluate(record, { asOf: EXAMPLE_AS_OF });
    expect(doc.obligations.length).toBeGreaterThan(0);
    expect(doc.candidates.length).toBe(1);
    expect(validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(validate.errors)).toBe(true);
    expect(verdictSchema.safeParse(doc).success).toBe(true);
    expect(validate({ ...doc, status: { ...doc.status, eligibility: 'maybe' } })).toBe(false);
  });

  it('accept every shipped scenario file and amendment file', async () => {
    const scenario = validator('scenario');
    const amendment = validator('amendment');
    const files = readdirSync('fixtures', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `fixtures/${f}`);
    let scenarios = 0;
    for (const file of files) {
      const doc = parseYaml(readFileSync(file, 'utf8'), file);
      if (file.startsWith('fixtures/amendments/') && !file.includes('/skenario/')) {
        expect(amendment(doc), `${file}: ${JSON.stringify(amendment.errors)}`).toBe(true);
        await loadAmendment(file);
      } else {
        expect(scenario(doc), `${file}: ${JSON.stringify(scenario.errors)}`).toBe(true);
        scenarios++;
      }
    }
    expect(scenarios).toBeGreaterThan(20);
  });

  it('are printed by dme schema NAME, the same text as the published files', () => {
    for (const name of SCHEMA_NAMES) {
      const r = spawnSync(process.execPath, ['dist/cli.js', 'schema', name], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(readFileSync(`schemas/${name}.schema.json`, 'utf8'));
    }
    const bad = spawnSync(process.execPath, ['dist/cli.js', 'schema', 'village'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('village-record');
  });
});
