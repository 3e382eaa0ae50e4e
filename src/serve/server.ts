import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp, type LogEntry, type ServeLimits } from './app.js';

/** Options of {@link startServer}. */
export interface ServerOptions extends AppOptions {
  /** Address to listen on (default `127.0.0.1`: only this machine; `0.0.0.0` in a container). */
  host?: string;
  /** Port (default 8080; `0` picks a free one). */
  port?: number;
}

/** A running server: its address, and how to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  limits: ServeLimits;
  close(): Promise<void>;
}

/** A log that writes each entry as one line of JSON to `stream`. */
export function jsonLines(stream: NodeJS.WritableStream): (entry: LogEntry) => void {
  return (entry) => {
    stream.write(`${JSON.stringify(entry)}\n`);
  };
}

/** Starts `dme serve`'s HTTP API on Node's HTTP server (through @hono/node-server). */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { app, limits } = createApp(options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: host, port: options.port ?? 8080 },
      (info: AddressInfo) => {
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${shown}:${info.port}`,
          port: info.port,
          limits,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    // A slow client cannot hold a connection open for ever.
    if ('requestTimeout' in server) server.requestTimeout = limits.timeoutMs * 3;
    if ('headersTimeout' in server) server.headersTimeout = Math.min(limits.timeoutMs * 3, 60_000);
    server.once('error', reject);
  });
}
