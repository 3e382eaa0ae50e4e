import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { type ChunkResult, judgeChunk } from './chunk.js';
import { JsonlLine } from './jsonl.js';
import type { BatchItem, JudgeOptions } from './judge.js';
import { addTally, emptyTally, type Tally } from './summary.js';
import { toWire, transferList } from './wire.js';

/** Options of a batch run. */
export interface BatchOptions extends JudgeOptions {
  /** Worker threads (default: the machine's cores); 0 judges in the calling thread. */
  workers?: number;
  /** Records per chunk sent to a worker (default 200). */
  chunkSize?: number;
  /** Called after each chunk is written: records done so far and input bytes consumed (JSONL). */
  onProgress?: (done: { records: number; bytes: number }) => void;
}

interface Judge {
  submit(id: number, items: BatchItem[]): Promise<ChunkResult>;
  close(): Promise<void>;
}

/**
 * A worker's heap: a worker holds its engine, the official list (~60 MB together) and at most two chunks, so
 * a capped old generation makes V8 collect early instead of growing the heap (V8's defaults: ~740 MB peak
 * RSS on 2 workers). National run, 2 workers, load average ~2.7: young generation 16 MB 70-72 s and
 * ~410 MB; 32 MB 60 s and 471 MB; 48 MB 58-62 s and 440-466 MB (chosen); old generation capped at 192 MB.
 */
const HEAP = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 192 };

/**
 * The worker thread: the bundled `batch-worker.js` beside the built code; from the TypeScript sources (tests),
 * a bootstrap that registers tsx in the thread and then imports `worker.ts`.
 */
function startWorker(data: unknown): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    return new Worker(new URL('./batch-worker.js', here), { workerData: data, resourceLimits: HEAP });
  }
  const source = JSON.stringify(new URL('./worker.ts', here).href);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`;
  return new Worker(boot, { eval: true, workerData: data, resourceLimits: HEAP });
}

/** A pool of worker threads, each with its own engine; a chunk goes to the least busy worker. */
function workerPool(size: number, options: JudgeOptions): Judge {
  // only what can be sent to a thread: a worker loads the regulation (and any amendment) itself
  const data: JudgeOptions = {
    asOf: options.asOf,
    lang: options.lang,
    ...(options.detail === undefined ? {} : { detail: options.detail }),
    ...(options.bilingual === undefined ? {} : { bilingual: options.bilingual }),
    ...(options.checkCodes === undefined ? {} : { checkCodes: options.checkCodes }),
    ...(options.amendment === undefined ? {} : { amendment: options.amendment }),
    ...(options.amendedFile === undefined ? {} : { amendedFile: options.amendedFile }),
    ...(options.runJson === undefined ? {} : { runJson: options.runJson }),
  };
  const waiting = new Map<
    number,
    { resolve(r: ChunkResult): void; reject(e: Error): void; worker: number }
  >();
  const busy: number[] = [];
  let failure: Error | undefined;
  const fail = (e: Error) => {
    failure ??= e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const workers = Array.from({ length: size }, (_, i) => {
    busy.push(0);
    const w = startWorker(data);
    w.on('message', (msg: ChunkResult | { id: number; fatal: string }) => {
      const entry = waiting.get(msg.id);
      if (!entry) return;
      waiting.delete(msg.id);
      busy[i] = (busy[i] ?? 1) - 1;
      if ('fatal' in msg) entry.reject(new Error(`batch worker failed: ${msg.fatal}`));
      else entry.resolve(msg);
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0 && waiting.size > 0) fail(new Error(`batch worker stopped with exit code ${code}`));
    });
    return w;
  });
  return {
    submit(id, items) {
      if (failure) return Promise.reject(failure);
      let pick = 0;
      for (let i = 1; i < size; i++) if ((busy[i] ?? 0) < (busy[pick] ?? 0)) pick = i;
      busy[pick] = (busy[pick] ?? 0) + 1;
      return new Promise<ChunkResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject, worker: pick });
        const wire = toWire(id, items);
        (workers[pick] as Worker).postMessage(wire, transferList(wire));
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Judging in the calling thread (`workers: 0`), one chunk at a time. */
function inThread(options: JudgeOptions): Judge {
  return { submit: (id, items) => judgeChunk(id, items, options), close: async () => undefined };
}

/** How much of the input an item is, for progress: a JSONL line's bytes and its line end (0 for a record from rows). */
function inputLength(item: BatchItem): number {
  if (item instanceof JsonlLine) return item.bytes.length + 1;
  return item.text === undefined ? 0 : item.text.length + 1;
}

/** Writes to a stream, waiting for it to drain when its buffer is full (backpressure). */
export function writeWithBackpressure(out: Writable, text: string | Buffer): Promise<void> | undefined {
  if (out.write(text)) return undefined;
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      out.off('drain', done);
      out.off('error', done);
      if (e) reject(e);
      else resolve();
    };
    out.on('drain', done);
    out.on('error', done);
  });
}

/**
 * Judges a stream of records and writes one JSONL line per record, in input order, to `out`. Records are
 * read only as fast as they are judged and written: at most `2 × workers + 1` chunks are between reading
 * and writing at any time, and writing waits for `out` to drain, so memory stays bounded whatever the input
 * size. Returns the run's tally.
 */
export async function runBatch(
  items: AsyncIterable<BatchItem>,
  out: Writable,
  options: BatchOptions,
): Promise<Tally> {
  const size = options.workers ?? availableParallelism();
  const chunkSize = Math.max(1, options.chunkSize ?? 200);
  const judge = size > 0 ? workerPool(size, options) : inThread(options);
  const window = size > 0 ? 2 * size + 1 : 1;
  const tally = emptyTally();
  const done = new Map<number, ChunkResult>();
  const running = new Map<number, Promise<number>>();
  const sizes = new Map<number, { records: number; bytes: number }>();
  let nextId = 0;
  let nextToWrite = 0;
  let records = 0;
  let bytes = 0;

  const flush = async () => {
    for (let r = done.get(nextToWrite); r; r = done.get(nextToWrite)) {
      done.delete(nextToWrite);
      const size = sizes.get(nextToWrite) ?? { records: 0, bytes: 0 };
      sizes.delete(nextToWrite);
      nextToWrite++;
      await writeWithBackpressure(
        out,
        typeof r.lines === 'string'
          ? r.lines
          : Buffer.from(r.lines.buffer, r.lines.byteOffset, r.lines.byteLength),
      );
      addTally(tally, r.tally);
      records += size.records;
      bytes += size.bytes;
      options.onProgress?.({ records, bytes });
    }
  };
  const settleOne = async () => {
    const id = await Promise.race(running.values());
    running.delete(id);
    await flush();
  };
  const dispatch = async (chunk: BatchItem[], chunkBytes: number) => {
    while (nextId - nextToWrite >= window) await settleOne();
    const id = nextId++;
    sizes.set(id, { records: chunk.length, bytes: chunkBytes });
    const settled = judge.submit(id, chunk).then((r) => {
      done.set(id, r);
      return id;
    });
    settled.catch(() => undefined); // a failure is raised by the race that awaits it, not as unhandled
    running.set(id, settled);
  };

  try {
    let chunk: BatchItem[] = [];
    let chunkBytes = 0;
    for await (const item of items) {
      chunk.push(item);
      chunkBytes += inputLength(item);
      if (chunk.length >= chunkSize) {
        await dispatch(chunk, chunkBytes);
        chunk = [];
        chunkBytes = 0;
      }
    }
    if (chunk.length > 0) await dispatch(chunk, chunkBytes);
    while (running.size > 0) await settleOne();
    await flush();
  } finally {
    await judge.close();
  }
  return tally;
}
