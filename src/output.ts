import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { Writable as WritableStream } from 'node:stream';
import { finished } from 'node:stream/promises';
import { maskDigits } from './errors.js';
import { unwritable, unwritableOut } from './files.js';
import type { Lang } from './types.js';

// The one way a command's output leaves the program. Standard output: a reader that goes away (EPIPE,
// `dme batch … | head`) stops the run quietly; a write that fails (ENOSPC, `> /dev/full`, EACCES) is exit code 2
// with a message, never a stack trace. A file (`--out`): written to a temporary file beside it and renamed
// when complete, so the file is either the whole output or untouched; an interrupted run (Ctrl-C) removes the
// temporary file and says so.

/** Where a command writes: `text` for people (every long digit run masked), `bytes` as they are. */
export interface Output {
  /** The stream (for writers that need one); writes to it are not masked. */
  readonly stream: Writable;
  /** Writes text for people, every run of 7 or more digits masked (an NIK is never printed whole). */
  text(text: string): Promise<void>;
  /** Writes text or bytes as they are (already masked: verdict JSON lines). */
  raw(data: string | Uint8Array): Promise<void>;
  /** Finishes: a file is renamed into place. */
  close(): Promise<void>;
}

let language: Lang = 'id';

/** The standard output and error a command writes to. */
export interface StandardStreams {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

let streams: StandardStreams = { stdout: process.stdout, stderr: process.stderr };

/** The standard streams of the command running: the process's, or those given to `run(argv, io)`. */
export function standardStreams(): StandardStreams {
  return streams;
}

/** Makes `io` the standard streams of the commands run from now on (src/command.ts's `run`). */
export function setStandardStreams(io: StandardStreams): void {
  streams = io;
}

/** The language of the message printed when standard output fails. */
export function setOutputLanguage(lang: Lang): void {
  language = lang;
}

/** Writes a failure of the output to stderr and ends the process: exit 0 for a reader gone, else 2. */
function outputFailed(what: string, err: unknown): never {
  if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') process.exit(0);
  const issue = unwritable(what, err).issues[0];
  streams.stderr.write(`${what}: ${issue?.messages[language] ?? ''}\n`);
  process.exit(2);
}

let guarded = false;

/** Makes standard output fail as documented above (EPIPE quiet, others exit 2); once per process. */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (e) => outputFailed('stdout', e));
}

function writeTo(stream: Writable, data: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(data, (e) => (e ? reject(e) : resolve()));
  });
}

/** Standard output as an {@link Output}. */
export function stdoutOutput(): Output {
  const stream = streams.stdout;
  if (stream === process.stdout) guardStdout();
  return {
    stream,
    text: (t) => writeTo(stream, maskDigits(t)),
    raw: (d) => writeTo(stream, d),
    close: async () => undefined,
  };
}

/**
 * A file written whole or not at all: the data goes to `.NAME.PID.tmp` beside `path` and is renamed to `path` by
 * `close()`. The temporary file is opened at once, so a path that cannot be written is refused before anything
 * is judged. Ctrl-C (SIGINT, SIGTERM) before `close()` removes it and says that `path` was not written.
 */
export function fileOutput(path: string): Output {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (e) {
    throw unwritableOut(path, e);
  }
  let open = true;
  const discard = () => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {}
    try {
      unlinkSync(temp);
    } catch {}
  };
  const interrupted = (signal: NodeJS.Signals) => {
    discard();
    streams.stderr.write(
      language === 'id'
        ? `Dihentikan (${signal}): ${path} tidak ditulis.\n`
        : `Interrupted (${signal}): ${path} was not written.\n`,
    );
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  // a run that fails (bad input found late, a write error) exits without close(): the partial file goes too
  process.once('exit', discard);
  const stop = () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    process.off('exit', discard);
  };
  const stream = new WritableStream({
    write(chunk: Buffer, _encoding, done) {
      try {
        for (let off = 0; off < chunk.length; ) off += writeSync(fd, chunk, off);
        done();
      } catch (e) {
        discard();
        stop();
        done(unwritableOut(path, e));
      }
    },
  });
  stream.on('error', () => undefined); // each write's callback reports its own failure
  return {
    stream,
    text: (t) => writeTo(stream, maskDigits(t)),
    raw: (d) => writeTo(stream, d),
    async close() {
      // a writer that ends the stream itself (ExcelJS's workbook writer) has ended it already
      if (!stream.writableEnded) {
        await new Promise<void>((resolve, reject) =>
          stream.end((e?: Error | null) => (e ? reject(e) : resolve())),
        );
      } else if (!stream.writableFinished) await finished(stream);
      stop();
      if (!open) throw unwritableOut(path, new Error('closed'));
      open = false;
      try {
        closeSync(fd);
        renameSync(temp, path);
      } catch (e) {
        try {
          unlinkSync(temp);
        } catch {}
        throw unwritableOut(path, e);
      }
    },
  };
}

/** Standard output, or `--out FILE` when given. */
export function openOutput(path: string | undefined): Output {
  return path === undefined ? stdoutOutput() : fileOutput(path);
}

/** Refuses, before any work, an `--out` path that cannot be written (its folder missing, no permission). */
export function assertWritable(path: string): void {
  const probe = join(dirname(path), `.${basename(path)}.${process.pid}.probe`);
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (e) {
    throw unwritableOut(path, e);
  }
}
