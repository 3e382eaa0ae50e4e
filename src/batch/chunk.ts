import { type BatchItem, type JudgeOptions, judgeItem } from './judge.js';
import { emptyTally, type Tally } from './summary.js';

/** The output of one chunk of records: their JSONL lines (each ending in a newline) and their tally. */
export interface ChunkResult {
  id: number;
  /** The lines as text (judged in this thread), or UTF-8 bytes (from a worker, transferred without a copy). */
  lines: string | Uint8Array;
  tally: Tally;
}

/**
 * UTF-8 lines written one after another into one growing buffer outside the JavaScript heap. A worker
 * encodes each verdict as soon as it is serialised, so that the ~20 KB string dies young instead of
 * being kept (and copied by every young-generation collection) until its whole chunk is done.
 */
class LineBuffer {
  private bytes: Buffer;
  private length = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafeSlow(capacity);
  }

  push(line: string): void {
    const most = line.length * 3 + 1; // a UTF-16 unit is at most 3 bytes of UTF-8
    if (this.length + most > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.length + most));
      this.bytes.copy(bigger, 0, 0, this.length);
      this.bytes = bigger;
    }
    this.length += this.bytes.write(line, this.length, 'utf8');
    this.bytes[this.length++] = 10;
  }

  /** The lines written, as a view of the buffer (whose `buffer` can be transferred to another thread). */
  done(): Uint8Array {
    return new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.length);
  }
}

/**
 * Judges a chunk of records in order (in a worker thread, or in the calling thread). With `encode`, the
 * lines come back as UTF-8 bytes (a worker sends them to the main thread without copying).
 */
export async function judgeChunk(
  id: number,
  items: readonly BatchItem[],
  options: JudgeOptions,
  encode = false,
): Promise<ChunkResult> {
  const tally = emptyTally();
  // a full document is ~10-20 KB, a summary row ~0.3 KB (the buffer grows when a chunk needs more)
  const perRecord = options.detail === 'full' ? 24_576 : 1_024;
  const bytes = encode ? new LineBuffer(items.length * perRecord) : null;
  let text = '';
  for (const item of items) {
    const json = await judgeItem(item, options, tally);
    if (json === '') continue; // a comparison writes only the villages that changed
    if (bytes) bytes.push(json);
    else text += `${json}\n`;
  }
  return { id, lines: bytes ? bytes.done() : text, tally };
}
