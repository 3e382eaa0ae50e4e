import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, verifyCandidate } from '../src/index.js';
import type { LogEntry } from '../src/serve/app.js';
import { type RunningServer, startServer } from '../src/serve/server.js';
import { member } from './support/members.js';
import { served } from './support/serve.js';
import { anjani } from './support/village.js';

const NIK = '5203154507990001';
const AS_OF = '2026-06-30';

/** A record with a team, a designation and a Calon PMI whose NIK must never come back whole. */
function fullVillage(abroad = 100) {
  return anjani({
    pmi: { abroad, procedural: Math.min(abroad, 75), placedLast3Years: 64 },
    designation: { designatedOn: '2026-03-02' },
    team: {
      decree: { number: '141/12/2026', issuedOn: '2026-01-15' },
      members: [member('Siti', { role: 'ketua', sex: 'female' }), member('Ahmad', { role: 'sekretaris' })],
    },
    candidates: [
      {
        name: 'Baiq Lestari',
        nik: NIK,
        sex: 'female',
        birthDate: '2000-08-17',
        maritalStatus: 'unmarried',
        domicileVillageCode: '52.03.13.2001',
        verifiedOn: '2026-05-02',
      },
    ],
  });
}

/** POSTs `chunks` with node:http (which, unlike fetch, reads an answer that comes before the upload ends). */
function rawPost(
  url: string,
  chunks: string[],
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The server may close the connection once it has answered: the rest of the upload is not wanted.
    req.on('error', (e) => (req.writableEnded ? undefined : reject(e)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const post = (server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('dme serve: the HTTP API on a loopback port', () => {
  let server: RunningServer;
  const logs: LogEntry[] = [];

  beforeAll(async () => {
    server = await startServer({ host: '127.0.0.1', port: 0, log: (e) => logs.push(e) });
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 on the port the system chose, and says it is healthy', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', name: 'desa-migran-emas' });
  });

  it('answers POST /evaluate with the bytes of JSON.stringify(evaluate(...))', async () => {
    const record = fullVillage();
    const res = await post(server, '/evaluate', { record, asOf: AS_OF });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.text()).toBe(JSON.stringify(await evaluate(record, { asOf: AS_OF })));
  });

  it('answers 200 concurrent requests, each byte-identical to evaluate', async () => {
    const records = Array.from({ length: 200 }, (_, i) => fullVillage(60 + i));
    const expected = await Promise.all(records.map((r) => evaluate(r, { asOf: AS_OF })));
    const responses = await Promise.all(
      records.map((record) => post(server, '/evaluate', { record, asOf: AS_OF })),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(records.map(() => 200));
    bodies.forEach((body, i) => {
      expect(body).toBe(JSON.stringify(expected[i]));
    });
  });

  it('judges under a shipped amendment by name, or one given inline', async () => {
    const record = anjani({ pmi: { abroad: 100, procedural: 75 } });
    const byName = (await (
      await post(server, '/evaluate', { record, asOf: AS_OF, amendment: 'ambang-prosedural-70' })
    ).json()) as {
      regulation: { amendment: string };
      articles: { findings: { citation: string; verdict: string }[] }[];
    };
    expect(byName.regulation.amendment).toBe('Ambang PMI Prosedural 70 persen');
    const finding = (doc: typeof byName) =>
      doc.articles.flatMap((a) => a.findings).find((f) => f.citation === 'Pasal 4 ayat (3) huruf a')?.verdict;
    expect(finding(byName)).toBe('met');
    const inline = {
      title: 'Ambang 60 persen',
      changes: [{ parameter: 'minProceduralShare', value: 0.6 }],
    };
    const res = await post(server, '/evaluate', { record, asOf: AS_OF, amendment: inline });
    expect(res.status).toBe(200);
    expect(finding((await res.json()) as typeof byName)).toBe('met');
    const plain = (await (await post(server, '/evaluate', { record, asOf: AS_OF })).json()) as typeof byName;
    expect(finding(plain)).toBe('not_met');
  });

  it('refuses bad input with 400 and every problem as { path, message } in the language asked for', async () => {
    const res = await post(server, '/evaluate', { record: { code: 'x', pmi: { abroad: -1 } }, lang: 'en' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe('invalid-input');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'record.name', message: 'required' }),
        expect.objectContaining({ path: 'record.pmi.abroad', message: 'must not be negative' }),
      ]),
    );
    const id = (await (
      await post(server, '/evaluate', { record: { code: '52.03.13.2001' }, lang: 'id' })
    ).json()) as typeof body;
    expect(id.issues).toEqual([expect.objectContaining({ path: 'record.name', message: 'wajib diisi' })]);
    const extra = (await (
      await post(server, '/evaluate', { record: anjani(), asof: AS_OF, lang: 'en' })
    ).json()) as typeof body;
    expect(extra.issues[0]?.message).toContain('unknown key: asof');
    const noAmendment = await post(server, '/evaluate', {
      record: anjani(),
      amendment: 'no-such',
      lang: 'en',
    });
    expect(noAmendment.status).toBe(400);
    expect(JSON.stringify(await noAmendment.json())).toContain('ambang-prosedural-70');
    const badDate = (await (
      await post(server, '/evaluate', { record: anjani(), asOf: '2026-02-30', lang: 'en' })
    ).json()) as typeof body;
    expect(badDate.issues[0]?.path).toBe('asOf');
  });

  it('refuses malformed JSON with 400 naming the line and column, and stays up', async () => {
    const res = await post(server, '/evaluate', '{"record": {"code": "52.03.13.2001",\n "name": }', {
      'accept-language': 'en-US',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { message: string }[] };
    expect(body.issues[0]?.message).toBe('JSON syntax error at line 2, column 10: unexpected character "}"');
    const notObject = await post(server, '/evaluate', '[1, 2]');
    expect(notObject.status).toBe(400);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('refuses a body over the limit with 413, whether or not it says its length', async () => {
    const max = server.limits.maxBodyBytes;
    const chunks = Array.from({ length: 20 }, () => 'x'.repeat(Math.ceil((max * 2) / 20)));
    const declared = await rawPost(`${server.url}/evaluate`, chunks, {
      'content-length': String(chunks.join('').length),
    });
    expect(declared).toEqual({ status: 413, body: expect.stringContaining('"error":"body-too-large"') });
    // Chunked, with no Content-Length: counted as it arrives.
    const chunked = await rawPost(`${server.url}/evaluate`, chunks, {});
    expect(chunked.status).toBe(413);
    // Just under the limit is read (and refused for what it says, not for its size).
    const under = await post(server, '/evaluate', `"${'x'.repeat(max - 10)}"`);
    expect(under.status).toBe(400);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('never returns or logs an NIK whole', async () => {
    const res = await post(server, '/evaluate', { record: fullVillage(), asOf: AS_OF });
    const text = await res.text();
    expect(text).toContain('5203**********01');
    expect(text).not.toContain(NIK);
    const bad = await post(server, '/evaluate', { record: { ...anjani(), [NIK]: 1 }, lang: 'en' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain(NIK);
    const notFound = await fetch(`${server.url}/articles/${NIK}`);
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).not.toContain(NIK);
    await fetch(`${server.url}/x${NIK}`, { headers: { 'x-request-id': NIK } });
    const logged = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThan(5);
    expect(logged).not.toContain(NIK);
    expect(logs.at(-1)).toMatchObject({ level: 'info', msg: 'request', method: 'GET', status: 404 });
  });

  it('verifies one Calon PMI as verifyCandidate does', async () => {
    const candidate = fullVillage().candidates[0];
    const res = await post(server, '/candidates/verify', {
      candidate,
      asOf: AS_OF,
      villageCode: '52.03.13.2001',
    });
    expect(res.status).toBe(200);
    const expected = await verifyCandidate(candidate, { asOf: AS_OF, villageCode: '52.03.13.2001' });
    expect(await res.text()).toBe(JSON.stringify(expected));
    const bad = await post(server, '/candidates/verify', {
      candidate: { name: 'X', birthDate: '2000-13-01' },
      lang: 'en',
    });
    expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe(
      'candidate.birthDate',
    );
  });

  it('compares villages under an amendment', async () => {
    const records = [
      { name: 'a', record: anjani({ pmi: { abroad: 100, procedural: 75 } }), asOf: AS_OF },
      { name: 'b', record: anjani({ pmi: { abroad: 100, procedural: 90 } }), asOf: AS_OF },
    ];
    const res = await post(server, '/compare', { records, amendment: 'ambang-prosedural-70' });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { changes: { file: string }[] };
    expect(report.changes.map((c) => c.file)).toEqual(['a']);
    const bad = await post(server, '/compare', {
      records: [{ record: { code: 'x' }, asOf: AS_OF }],
      amendment: 'ambang-prosedural-70',
      lang: 'en',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(
      'records[0].record.name',
    );
  });

  it('lists articles, one article, and the parameters in force on a date', async () => {
    const articles = (await (await fetch(`${server.url}/articles`)).json()) as { article: number }[];
    expect(articles.map((a) => a.article)).toContain(7);
    const seven = (await (await fetch(`${server.url}/articles/7?lang=en`)).json()) as {
      markdown: string;
      provisions: unknown[];
    };
    expect(seven.provisions.length).toBeGreaterThan(3);
    expect(seven.markdown).toContain('Pasal 7');
    expect((await fetch(`${server.url}/articles/99`)).status).toBe(404);
    const params = (await (await fetch(`${server.url}/parameters?asOf=2026-06-30`)).json()) as {
      parameters: Record<string, unknown>;
    };
    expect(params.parameters.minProceduralShare).toBe(0.8);
    const amended = (await (
      await fetch(`${server.url}/parameters?asOf=2026-06-30&amendment=ambang-prosedural-70`)
    ).json()) as typeof params;
    expect(amended.parameters.minProceduralShare).toBe(0.7);
    expect((await fetch(`${server.url}/parameters?asOf=30-06-2026`)).status).toBe(400);
  });

  it('serves an article an amendment inserts (/articles/17A?amendment=…), in its place in the list', async () => {
    const q = 'amendment=pasal-17a-disisipkan';
    const inserted = await fetch(`${server.url}/articles/17A?${q}&lang=en`);
    expect(inserted.status).toBe(200);
    const body = (await inserted.json()) as {
      article: string;
      provisions: { citation: string }[];
      markdown: string;
    };
    expect(body.article).toBe('17A');
    expect(body.provisions.map((p) => p.citation)).toEqual(['Pasal 17A ayat (1)']);
    expect(body.markdown).toContain('Pasal 17A');
    expect((await fetch(`${server.url}/articles/17a?${q}`)).status).toBe(200);
    const list = (await (await fetch(`${server.url}/articles?${q}`)).json()) as {
      article: number | string;
    }[];
    const numbers = list.map((a) => String(a.article));
    expect(numbers.slice(numbers.indexOf('17'), numbers.indexOf('17') + 3)).toEqual(['17', '17A', '18']);
    // not in the shipped text: 404 naming the articles there are
    const shipped = await fetch(`${server.url}/articles/17A`);
    expect(shipped.status).toBe(404);
    expect(JSON.stringify(await shipped.json())).toContain('no article 17A');
    expect((await fetch(`${server.url}/articles/17A?amendment=tidak-ada`)).status).toBe(400);
  });

  it('publishes an OpenAPI 3.1 document whose references all resolve', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/evaluate',
        '/candidates/verify',
        '/compare',
        '/articles',
        '/articles/{n}',
        '/parameters',
        '/openapi.json',
        '/health',
      ]),
    );
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const name = /#\/components\/schemas\/([^"]+)"/.exec(ref)?.[1];
      expect(name, ref).toBeDefined();
      expect(doc.components.schemas[name ?? ''], ref).toBeDefined();
    }
  });
});

describe('dme serve: limits', () => {
  it('answers 503 when its places are taken, 503 to a request that outlives the time limit, and keeps serving', async () => {
    const server = await startServer({ port: 0, limits: { concurrency: 1, queue: 0, timeoutMs: 400 } });
    try {
      // A client that sends half its body and stalls holds the only place…
      let stalledStatus: number | undefined;
      const stalledAnswer = new Promise<{ status: number; body: string }>((resolve) => {
        const req = request(
          `${server.url}/evaluate`,
          {
            method: 'POST',
            agent: false,
            headers: { 'content-type': 'application/json', 'content-length': '100' },
          },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (d: string) => {
              body += d;
            });
            res.on('end', () => {
              stalledStatus = res.statusCode;
              resolve({ status: res.statusCode ?? 0, body });
              req.destroy();
            });
          },
        );
        req.on('error', () => {});
        req.write('{"record": {');
      });
      await new Promise((r) => setTimeout(r, 100));
      // …so another request is refused at once, asked to come back,
      const busy = await post(server, '/evaluate', { record: fullVillage(), asOf: AS_OF });
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(await busy.json()).toMatchObject({ error: 'busy' });
      expect(stalledStatus).toBeUndefined();
      // and the stalled one is answered 503 when its time is up, which frees the place.
      const stalled = await stalledAnswer;
      expect(stalled.status).toBe(503);
      expect(JSON.parse(stalled.body)).toMatchObject({ error: 'timeout' });
      const after = await post(server, '/evaluate', { record: fullVillage(), asOf: AS_OF });
      expect(after.status).toBe(200);
      // /health answers even when the places are taken.
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('dme serve from the command line', () => {
  it('starts on the port given, logs JSON lines without NIKs, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['dist/cli.js', 'serve', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = served(child);
    const url = await log.url;
    const res = await fetch(`${url}/evaluate`, {
      method: 'POST',
      body: JSON.stringify({ record: fullVillage(), asOf: AS_OF }),
    });
    expect(res.status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    const stderr = log.stderr();
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as LogEntry);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ msg: 'request', method: 'POST', path: '/evaluate', status: 200 }),
      ]),
    );
    expect(stderr).not.toContain(NIK);
  });
});
