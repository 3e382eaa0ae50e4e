import { decode, JsonlLine } from './jsonl.js';
import type { BatchItem } from './judge.js';

/**
 * A chunk of records as sent to a worker thread. The JSONL lines travel as their UTF-8 bytes, one buffer for
 * the chunk (moved to the worker, not copied), and are decoded there; every other item (a record assembled from
 * spreadsheet rows, a line refused unread) travels as itself. `items[i]` is null where record `i` is a line.
 */
export interface WireChunk {
  id: number;
  items: (BatchItem | null)[];
  lines?: {
    bytes: Uint8Array;
    /** Per record: its line number, and where its bytes start and end in `bytes` (0 for the other items). */
    line: Uint32Array;
    start: Uint32Array;
    end: Uint32Array;
  };
}

/** Packs a chunk for a worker; the buffers to transfer with it are `transferList(wire)`. */
export function toWire(id: number, items: readonly BatchItem[]): WireChunk {
  if (!items.some((i) => i instanceof JsonlLine)) return { id, items: [...items] };
  let size = 0;
  for (const item of items) if (item instanceof JsonlLine) size += item.bytes.length;
  const bytes = new Uint8Array(size);
  const n = items.length;
  const line = new Uint32Array(n);
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const out: (BatchItem | null)[] = new Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const item = items[i] as BatchItem;
    if (item instanceof JsonlLine) {
      bytes.set(item.bytes, at);
      line[i] = item.line;
      start[i] = at;
      at += item.bytes.length;
      end[i] = at;
      out[i] = null;
    } else out[i] = item;
  }
  return { id, items: out, lines: { bytes, line, start, end } };
}

/** The buffers of a packed chunk, moved to the worker rather than copied. */
export function transferList(wire: WireChunk): ArrayBuffer[] {
  if (!wire.lines) return [];
  const { bytes, line, start, end } = wire.lines;
  return [bytes.buffer, line.buffer, start.buffer, end.buffer] as ArrayBuffer[];
}

/** The chunk's records again, in order, each line decoded to its text (in the worker). */
export function fromWire(wire: WireChunk): BatchItem[] {
  const { items, lines } = wire;
  if (!lines) return items as BatchItem[];
  const bytes = Buffer.from(lines.bytes.buffer, lines.bytes.byteOffset, lines.bytes.byteLength);
  return items.map(
    (item, i) =>
      item ?? {
        line: lines.line[i] as number,
        text: decode(bytes, lines.start[i] as number, lines.end[i] as number),
      },
  );
}
