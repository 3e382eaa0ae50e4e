import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_LIMITS } from './app.js';

function positiveInt(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return n;
  };
}

/** `dme serve`: the HTTP API (docs/http-api.md). Its server is loaded only when the command runs. */
export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'menjalankan API HTTP / run the HTTP API (POST /evaluate, /candidates/verify, /compare; GET /openapi.json)',
    )
    .addOption(
      new Option('--port <n>', 'port (0: any free port)').argParser(positiveInt('--port', 0)).default(8080),
    )
    .addOption(
      new Option('--host <address>', 'alamat / address to listen on (0.0.0.0 in a container)').default(
        '127.0.0.1',
      ),
    )
    .addOption(
      new Option('--max-body <bytes>', 'largest request body (413 beyond)')
        .argParser(positiveInt('--max-body', 1))
        .default(DEFAULT_LIMITS.maxBodyBytes),
    )
    .addOption(
      new Option('--timeout <ms>', 'longest work per request (503 beyond)')
        .argParser(positiveInt('--timeout', 1))
        .default(DEFAULT_LIMITS.timeoutMs),
    )
    .addOption(
      new Option('--concurrency <n>', 'requests judged at once')
        .argParser(positiveInt('--concurrency', 1))
        .default(DEFAULT_LIMITS.concurrency),
    )
    .addOption(
      new Option('--queue <n>', 'requests waiting beyond those (503 beyond)')
        .argParser(positiveInt('--queue', 0))
        .default(DEFAULT_LIMITS.queue),
    )
    .action(
      async (opts: {
        port: number;
        host: string;
        maxBody: number;
        timeout: number;
        concurrency: number;
        queue: number;
      }) => {
        const { jsonLines, startServer } = await import('./server.js');
        const log = jsonLines(process.stderr);
        const server = await startServer({
          host: opts.host,
          port: opts.port,
          log,
          limits: {
            maxBodyBytes: opts.maxBody,
            timeoutMs: opts.timeout,
            concurrency: opts.concurrency,
            queue: opts.queue,
          },
        });
        log({ time: new Date().toISOString(), level: 'info', msg: 'listening', url: server.url });
        const stop = (signal: string) => {
          log({ time: new Date().toISOString(), level: 'info', msg: 'stopping', signal });
          void server.close().then(() => process.exit(0));
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      },
    );
}
