import { type JsonSchema, jsonSchema, SCHEMA_NAMES } from '../contract/json-schema.js';
import { packageInfo } from '../provenance.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** A schema's `$defs` moved into `components.schemas` (as `NAME.DEF`), its `$ref`s pointed there. */
function asComponent(name: string, schema: JsonSchema, components: Json): Json {
  const { $schema: _dialect, $defs, ...rest } = schema;
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (typeof value !== 'object' || value === null) return value;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] =
        k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')
          ? `#/components/schemas/${name}.${v.slice('#/$defs/'.length)}`
          : rename(v);
    }
    return out;
  };
  if (typeof $defs === 'object' && $defs !== null)
    for (const [def, s] of Object.entries($defs)) components[`${name}.${def}`] = rename(s);
  return rename(rest) as Json;
}

const LANG: Json = {
  type: 'string',
  enum: ['id', 'en'],
  description: 'language of error messages (default: id, or en when Accept-Language prefers English)',
};
const AS_OF: Json = {
  type: 'string',
  format: 'date',
  description: 'Tanggal Penilaian YYYY-MM-DD (default: today, WIB)',
};
const AMENDMENT: Json = {
  description:
    'an amendment shipped with the package, by name (GET /amendments lists them), or an amendment file inline',
  anyOf: [{ type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' }, ref('amendment')],
};

const ISSUES: Json = {
  type: 'object',
  required: ['error', 'issues'],
  properties: {
    error: { type: 'string', enum: ['invalid-input'] },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message', 'messages'],
        properties: {
          path: {
            type: 'string',
            description: 'where the problem is, e.g. record.team.members[2].birthDate',
          },
          message: { type: 'string', description: 'the problem, in the language asked for' },
          messages: {
            type: 'object',
            properties: { id: { type: 'string' }, en: { type: 'string' } },
            required: ['id', 'en'],
          },
        },
      },
    },
  },
};

const PROBLEM: Json = {
  type: 'object',
  required: ['error', 'message'],
  properties: { error: { type: 'string' }, message: { type: 'string' } },
};

const json = (schema: Json, description: string): Json => ({
  description,
  content: { 'application/json': { schema } },
});

const ERRORS: Json = {
  '400': json(ref('Issues'), 'invalid input: every problem as { path, message }'),
  '413': json(ref('Problem'), 'the request body is larger than the limit'),
  '503': json(ref('Problem'), 'too many requests in progress, or the request took longer than the limit'),
};

const body = (schema: Json): Json => ({ required: true, content: { 'application/json': { schema } } });

/** The OpenAPI 3.1 document of `dme serve`, its schemas generated from the package's own. */
export function openApiDocument(): Json {
  const schemas: Json = { Issues: ISSUES, Problem: PROBLEM };
  for (const name of SCHEMA_NAMES) schemas[name] = asComponent(name, jsonSchema(name), schemas);
  const candidate = (jsonSchema('village-record').properties as Json).candidates as Json;
  schemas.candidate = asComponent('candidate', (candidate.items ?? {}) as JsonSchema, schemas);
  const verdictProps = (jsonSchema('verdict').properties as Json).candidates as Json;
  schemas.candidateVerdict = asComponent(
    'candidateVerdict',
    (verdictProps.items ?? {}) as JsonSchema,
    schemas,
  );
  const { name, version } = packageInfo();
  return {
    openapi: '3.1.0',
    info: {
      title: `${name} HTTP API`,
      version,
      description:
        'Rules as code for the draft Peraturan Menteri P2MI on Desa Migran EMAS: the functions of the package over HTTP. Every answer is JSON; an NIK is never returned whole.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/evaluate': {
        post: {
          summary: 'Judge one village record: the verdict document',
          requestBody: body({
            type: 'object',
            required: ['record'],
            additionalProperties: false,
            properties: { record: ref('village-record'), asOf: AS_OF, lang: LANG, amendment: AMENDMENT },
          }),
          responses: { '200': json(ref('verdict'), 'the verdict document'), ...ERRORS },
        },
      },
      '/candidates/verify': {
        post: {
          summary: 'Verify one Calon PMI under Pasal 9',
          requestBody: body({
            type: 'object',
            required: ['candidate'],
            additionalProperties: false,
            properties: {
              candidate: ref('candidate'),
              villageCode: { type: 'string', description: 'code of the verifying village' },
              asOf: AS_OF,
              lang: LANG,
              amendment: AMENDMENT,
            },
          }),
          responses: {
            '200': json(ref('candidateVerdict'), 'the candidate verdict (NIK masked)'),
            ...ERRORS,
          },
        },
      },
      '/compare': {
        post: {
          summary: 'Judge villages under the shipped text and under an amendment: what changes',
          requestBody: body({
            type: 'object',
            required: ['records', 'amendment'],
            additionalProperties: false,
            properties: {
              records: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['record', 'asOf'],
                  additionalProperties: false,
                  properties: { name: { type: 'string' }, record: ref('village-record'), asOf: AS_OF },
                },
              },
              amendment: AMENDMENT,
              base: AMENDMENT,
              lang: LANG,
            },
          }),
          responses: { '200': json({ type: 'object' }, 'the comparison report'), ...ERRORS },
        },
      },
      '/articles': {
        get: {
          summary:
            'Every article: its provisions with wording and provenance (under a shipped amendment if named)',
          parameters: [
            { name: 'amendment', in: 'query', schema: { type: 'string' } },
            { name: 'lang', in: 'query', schema: LANG },
          ],
          responses: { '200': json({ type: 'array', items: { type: 'object' } }, 'the articles') },
        },
      },
      '/articles/{n}': {
        get: {
          summary:
            'One article (17, or 17A inserted by an amendment), with its literate description (Markdown) in the language asked for',
          parameters: [
            {
              name: 'n',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[1-9][0-9]{0,2}[A-Za-z]?$' },
            },
            { name: 'amendment', in: 'query', schema: { type: 'string' } },
            { name: 'lang', in: 'query', schema: LANG },
          ],
          responses: {
            '200': json({ type: 'object' }, 'the article'),
            '404': json(ref('Problem'), 'no such article'),
            ...ERRORS,
          },
        },
      },
      '/parameters': {
        get: {
          summary: 'The value of every parameter in force on a date',
          parameters: [
            { name: 'asOf', in: 'query', schema: AS_OF },
            { name: 'amendment', in: 'query', schema: { type: 'string' } },
            { name: 'lang', in: 'query', schema: LANG },
          ],
          responses: { '200': json({ type: 'object' }, 'the parameters in force'), ...ERRORS },
        },
      },
      '/amendments': {
        get: {
          summary: 'The amendments shipped with the package, by name',
          responses: { '200': json({ type: 'array', items: { type: 'object' } }, 'the amendments') },
        },
      },
      '/openapi.json': {
        get: { summary: 'This document', responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') } },
      },
      '/health': {
        get: {
          summary: 'Liveness, the package version and the load',
          responses: { '200': json({ type: 'object' }, 'ok') },
        },
      },
    },
    components: { schemas },
  };
}
