import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { applyAmendment } from '../amendment/apply.js';
import { regulationUnder } from '../amendment/load.js';
import { parseAmendment } from '../amendment/schema.js';
import { validateAmendment } from '../amendment/validate.js';
import { verifyCandidate } from '../candidates.js';
import { compareRegulations } from '../compare/index.js';
import { InputError, type InputIssue, inputIssue, maskNik } from '../errors.js';
import { evaluate, parseAsOf, today } from '../evaluate.js';
import { formatArticle } from '../literate.js';
import { packageRoot } from '../package-root.js';
import { packageInfo } from '../provenance.js';
import { parametersOn, type Regulation } from '../regulation.js';
import { shippedRegulation } from '../rules.js';
import { parseJson } from '../schema/document.js';
import { toIssues } from '../schema/messages.js';
import { parseVillage } from '../schema/parse.js';
import type { Lang } from '../types.js';
import { Gate, GateFull } from './gate.js';
import { openApiDocument } from './openapi.js';

/** Limits of the service: what it refuses rather than let one client exhaust it. */
export interface ServeLimits {
  /** Largest request body, in bytes (413 beyond). Default 1 MiB. */
  maxBodyBytes: number;
  /** Longest time for one request's work, in milliseconds (503 beyond). Default 10 000. */
  timeoutMs: number;
  /** Requests judged at once. Default 8. */
  concurrency: number;
  /** Requests waiting for their turn; beyond that 503 at once. Default 1000. */
  queue: number;
}

export const DEFAULT_LIMITS: ServeLimits = {
  maxBodyBytes: 1024 * 1024,
  timeoutMs: 10_000,
  concurrency: 8,
  queue: 1000,
};

/** One structured log line (JSON): what was asked and how it ended; never a body, so never an NIK. */
export type LogEntry = Record<string, string | number | boolean | null>;

/** Options of {@link createApp}. */
export interface AppOptions {
  limits?: Partial<ServeLimits>;
  /** Where log lines go (default: none). */
  log?: (entry: LogEntry) => void;
}

/** A request's problem with its HTTP status: 400 with issues, or another status with one message. */
class HttpProblem extends Error {
  constructor(
    readonly status: 404 | 413 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

class Timeout extends Error {}

/** What a request carries between its handler and the error handler: the language it asked for. */
export type AppEnv = { Variables: { lang: Lang | undefined } };

const langSchema = z.enum(['id', 'en']);
const AMENDMENT_NAME = /^[a-z0-9][a-z0-9-]*$/;
const amendmentRef = z.union([z.string().regex(AMENDMENT_NAME), z.record(z.string(), z.unknown())]);

const evaluateBody = z.strictObject({
  record: z.unknown(),
  asOf: z.unknown().optional(),
  lang: langSchema.optional(),
  amendment: amendmentRef.optional(),
});
const verifyBody = z.strictObject({
  candidate: z.unknown(),
  villageCode: z.unknown().optional(),
  asOf: z.unknown().optional(),
  lang: langSchema.optional(),
  amendment: amendmentRef.optional(),
});
/** Villages one POST /compare may judge (twice each): a few seconds of work at most. */
export const MAX_COMPARE_RECORDS = 500;

const compareBody = z.strictObject({
  records: z
    .array(z.strictObject({ name: z.string().optional(), record: z.unknown(), asOf: z.unknown() }))
    .min(1)
    .max(MAX_COMPARE_RECORDS),
  amendment: amendmentRef,
  base: amendmentRef.optional(),
  lang: langSchema.optional(),
});

/** Masks every run of 7 or more digits (as error messages do), for log lines. */
function masked(text: string): string {
  return text.replace(/\d{7,}/g, (digits) => maskNik(digits));
}

/** The language of messages: `lang` of the body or query, else English when Accept-Language prefers it. */
function langOf(c: Context<AppEnv>, asked?: unknown): Lang {
  const q = asked ?? c.req.query('lang');
  if (q === 'en' || q === 'id') return q;
  const accept = c.req.header('accept-language') ?? '';
  return /^\s*en\b/i.test(accept) ? 'en' : 'id';
}

/** The names of the amendments shipped in the package's `fixtures/amendments/`. */
function shippedAmendments(): string[] {
  try {
    return readdirSync(join(packageRoot(), 'fixtures', 'amendments'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    return [];
  }
}

/** The regulation under an amendment given by name (shipped) or inline, applied to `base`. */
async function regulationFor(
  ref: string | Record<string, unknown> | undefined,
  path: string,
  base: Regulation = shippedRegulation,
): Promise<Regulation> {
  if (ref === undefined) return base;
  if (typeof ref === 'string') {
    const names = shippedAmendments();
    if (!names.includes(ref)) {
      throw new InputError([
        inputIssue(path, {
          id: `tidak ada perubahan bernama ${ref}; yang tersedia: ${names.join(', ')}`,
          en: `no amendment named ${ref}; available: ${names.join(', ')}`,
        }),
      ]);
    }
    return regulationUnder(join(packageRoot(), 'fixtures', 'amendments', `${ref}.yaml`), base);
  }
  const prefix = (issues: readonly InputIssue[]) =>
    issues.map((i) => ({ ...i, path: i.path ? `${path}.${i.path}` : path }));
  try {
    const amendment = parseAmendment(ref);
    const issues = validateAmendment(amendment, base);
    if (issues.length > 0) throw new InputError(issues);
    return applyAmendment(amendment, base);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(prefix(e.issues));
    throw e;
  }
}

/** The request body as JSON (a syntax error is an input error with its line and column). */
async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  return parseJson(text, 'request body');
}

/**
 * Validates the envelope of a request body; every problem is an issue, in the language the body asks for
 * (read before validation, so that an error in the body is told in its language).
 */
function envelope<T extends z.ZodType>(c: Context<AppEnv>, schema: T, input: unknown): z.output<T> {
  const lang = typeof input === 'object' && input !== null ? (input as { lang?: unknown }).lang : undefined;
  if (lang === 'id' || lang === 'en') c.set('lang', lang);
  const r = schema.safeParse(input, { reportInput: true });
  if (!r.success) throw new InputError(toIssues(r.error));
  return r.data;
}

/** A JSON answer written exactly as `JSON.stringify` writes the value (so it is byte-identical to the library's). */
function jsonText(c: Context, value: unknown, status: 200 | 400 | 404 | 413 | 500 | 503 = 200): Response {
  return c.body(JSON.stringify(value), status, { 'content-type': 'application/json; charset=utf-8' });
}

/**
 * The HTTP API of `dme serve` over the package's functions (see docs/http-api.md and GET /openapi.json).
 * It is a Hono app: `app.fetch(request)` answers a web `Request`, so it runs under any server.
 */
export function createApp(options: AppOptions = {}): { app: Hono<AppEnv>; gate: Gate; limits: ServeLimits } {
  const limits: ServeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? (() => {});
  const gate = new Gate(limits.concurrency, limits.queue);
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    const id = c.req.header('x-request-id')?.slice(0, 64) ?? crypto.randomUUID();
    c.header('x-request-id', id);
    await next();
    log({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      id: masked(id),
      method: c.req.method,
      path: masked(c.req.path),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.use(
    '*',
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: () => {
        throw new HttpProblem(
          413,
          'body-too-large',
          `the request body is larger than ${limits.maxBodyBytes} bytes`,
        );
      },
    }),
  );

  // Every request but /health takes a place at the gate from its arrival (reading its body included), and
  // must be answered within the time limit: beyond either, 503 with Retry-After.
  app.use('*', async (c, next) => {
    if (c.req.path === '/health') return next();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout()), limits.timeoutMs);
    });
    let release: (() => void) | undefined;
    const place = gate.acquire();
    try {
      try {
        release = await Promise.race([place, deadline]);
      } catch (e) {
        // Timed out while queued: the place is given back as soon as it comes.
        if (e instanceof Timeout)
          place.then(
            (give) => give(),
            () => {},
          );
        throw e;
      }
      await Promise.race([next(), deadline]);
    } finally {
      clearTimeout(timer);
      // A request answered 503 for its time gives its place back even if its work is still waiting.
      release?.();
    }
  });

  app.onError((err, c) => {
    if (err instanceof InputError) {
      const lang = langOf(c, c.get('lang'));
      const issues = err.issues.map((i) => ({
        path: i.path,
        message: i.messages[lang],
        messages: i.messages,
      }));
      return jsonText(c, { error: 'invalid-input', issues }, 400);
    }
    if (err instanceof HttpProblem) return jsonText(c, { error: err.code, message: err.message }, err.status);
    if (err instanceof GateFull || err instanceof Timeout) {
      c.header('retry-after', '1');
      const message =
        err instanceof Timeout
          ? `the request took longer than ${limits.timeoutMs} ms`
          : 'too many requests in progress; try again shortly';
      return jsonText(c, { error: err instanceof Timeout ? 'timeout' : 'busy', message }, 503);
    }
    log({
      time: new Date().toISOString(),
      level: 'error',
      msg: 'unexpected error',
      path: masked(c.req.path),
      error: err instanceof Error ? err.name : 'unknown',
      detail: masked(err instanceof Error ? err.message : String(err)).slice(0, 500),
    });
    return jsonText(c, { error: 'internal', message: 'internal error' }, 500);
  });

  app.notFound((c) =>
    jsonText(c, { error: 'not-found', message: `no route ${c.req.method} ${c.req.path}` }, 404),
  );

  app.get('/health', (c) => {
    const { name, version } = packageInfo();
    return jsonText(c, { status: 'ok', name, version, ...gate.load });
  });

  let openapi: string | undefined;
  app.get('/openapi.json', (c) => {
    openapi ??= JSON.stringify(openApiDocument());
    return c.body(openapi, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  /** An input error of a part of the body, its paths named from the body (`record.pmi.abroad`). */
  const within = (part: string, own: readonly string[]) => (e: unknown) => {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(
      e.issues.map((i) => ({
        ...i,
        path: own.includes(i.path) ? i.path : i.path ? `${part}.${i.path}` : part,
      })),
    );
  };

  app.post('/evaluate', async (c) => {
    const body = envelope(c, evaluateBody, await jsonBody(c));
    const regulation = await regulationFor(body.amendment, 'amendment');
    const doc = await evaluate(body.record, {
      ...(body.asOf === undefined ? {} : { asOf: body.asOf as string }),
      regulation,
    }).catch(within('record', ['asOf']));
    return jsonText(c, doc);
  });

  app.post('/candidates/verify', async (c) => {
    const body = envelope(c, verifyBody, await jsonBody(c));
    const regulation = await regulationFor(body.amendment, 'amendment');
    const verdict = await verifyCandidate(body.candidate, {
      ...(body.asOf === undefined ? {} : { asOf: body.asOf as string }),
      ...(body.villageCode === undefined ? {} : { villageCode: body.villageCode as string }),
      regulation,
    }).catch(within('candidate', ['asOf', 'villageCode']));
    return jsonText(c, verdict);
  });

  app.post('/compare', async (c) => {
    const body = envelope(c, compareBody, await jsonBody(c));
    const issues: InputIssue[] = [];
    const inputs = body.records.flatMap((item, i) => {
      const at = `records[${i}]`;
      try {
        const asOf = parseAsOf(item.asOf);
        const village = parseVillage(item.record, `${at}.record`);
        return [{ file: item.name ?? at, scenario: { name: item.name ?? village.name, asOf, village } }];
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        issues.push(...e.issues.map((x) => (x.path === 'asOf' ? { ...x, path: `${at}.asOf` } : x)));
        return [];
      }
    });
    if (issues.length > 0) throw new InputError(issues);
    const base = await regulationFor(body.base, 'base');
    const amended = await regulationFor(body.amendment, 'amendment', base);
    return jsonText(c, await compareRegulations(inputs, base, amended));
  });

  app.get('/articles', async (c) => {
    const lang = langOf(c);
    const regulation = await regulationFor(c.req.query('amendment'), 'amendment');
    return jsonText(
      c,
      regulation.articles.map((a) => ({
        article: a.article,
        title: a.title,
        titleText: a.title[lang],
        provisions: a.provisions.map((p) => ({
          citation: p.citation,
          text: p.text,
          provenance: p.provenance,
          ...(p.declarative ? { declarative: p.declarative } : {}),
        })),
      })),
    );
  });

  app.get('/articles/:n', async (c) => {
    const n = c.req.param('n');
    const regulation = await regulationFor(c.req.query('amendment'), 'amendment');
    // an article inserted by an amendment is numbered as UU 12/2011 numbers it: 17A after 17
    const article = /^\d{1,3}[A-Za-z]?$/.test(n)
      ? regulation.articles.find((a) => String(a.article) === n.toUpperCase())
      : undefined;
    if (!article) {
      const known = regulation.articles.map((a) => a.article).join(', ');
      throw new HttpProblem(404, 'not-found', `no article ${masked(n)}; the articles are ${known}`);
    }
    const lang = langOf(c);
    return jsonText(c, {
      article: article.article,
      title: article.title,
      provisions: article.provisions,
      markdown: formatArticle(regulation, article, lang, 'md'),
    });
  });

  app.get('/parameters', async (c) => {
    const asOf = parseAsOf(c.req.query('asOf') ?? today());
    const name = c.req.query('amendment');
    const regulation = await regulationFor(name, 'amendment');
    return jsonText(c, {
      asOf,
      amendment: regulation.amendment?.title ?? null,
      parameters: parametersOn(regulation, asOf),
    });
  });

  app.get('/amendments', (c) =>
    jsonText(
      c,
      shippedAmendments().map((name) => ({ name })),
    ),
  );

  return { app, gate, limits };
}
