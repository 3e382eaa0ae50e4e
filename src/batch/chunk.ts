import { type BatchItem, type JudgeOptions, judgeItem } from './judge.js';
import { addTally, emptyTally, type Tally } from './summary.js';

/** The output of one chunk of records: their JSONL lines (each ending in a newline) and their tally. */
export interface ChunkResult {
  id: number;
  /** The lines as text (judged in this thread), or UTF-8 bytes (from a worker, transferred without a copy). */
  lines: string | Uint8Array;
  tally: Tally;
}

/** Judges a chunk of records in order (in a worker thread, or in the calling thread). */
export async function judgeChunk(
  id: number,
  items: readonly BatchItem[],
  options: JudgeOptions,
): Promise<ChunkResult> {
  const tally = emptyTally();
  let lines = '';
  for (const item of items) {
    const judged = await judgeItem(item, options);
    lines += `${judged.json}\n`;
    addTally(tally, judged.tally);
  }
  return { id, lines, tally };
}
