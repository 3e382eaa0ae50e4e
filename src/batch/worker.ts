import { parentPort, workerData } from 'node:worker_threads';
import { regulationUnder } from '../amendment/load.js';
import { type ChunkResult, judgeChunk } from './chunk.js';
import type { JudgeOptions } from './judge.js';
import { fromWire, type WireChunk } from './wire.js';

// A batch worker thread: builds its own engine (by importing the regulation) and official village list,
// then judges the chunks of records it is sent, one at a time, and sends back each chunk's output lines
// as one string (cheap to pass between threads) with the chunk's tally.

const data = workerData as JudgeOptions;
const port = parentPort;
if (!port) throw new Error('batch worker: not started as a worker thread');

// the regulation under the run's amendment, if any (checked by the main thread before the workers start)
// and, comparing, the amended text
const ready: Promise<JudgeOptions> = (async () => {
  const regulation = data.amendment ? await regulationUnder(data.amendment) : undefined;
  const amended = data.amendedFile ? await regulationUnder(data.amendedFile) : undefined;
  return { ...data, ...(regulation ? { regulation } : {}), ...(amended ? { amended } : {}) };
})();

let queue: Promise<unknown> = ready;
port.on('message', (msg: WireChunk) => {
  queue = queue.then(async () => {
    let reply: ChunkResult | { id: number; fatal: string };
    try {
      // encoded here, in parallel, and its buffer moved to the main thread, which only writes it
      const judged = await judgeChunk(msg.id, fromWire(msg), await ready, true);
      port.postMessage(judged, [(judged.lines as Uint8Array).buffer as ArrayBuffer]);
      return;
    } catch (e) {
      reply = { id: msg.id, fatal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
});
