import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { inputIssue } from '../errors.js';
import { unreadable } from '../files.js';
import { LIMITS, megabytes } from '../limits.js';
import type { BatchItem } from './judge.js';

/** The item of a line longer than {@link LIMITS.recordChars}: refused without being kept. */
function oversized(line: number): BatchItem {
  return {
    line,
    rejected: inputIssue('', {
      id: `baris ini lebih panjang dari batas ${megabytes(LIMITS.recordChars)} untuk satu data desa; tidak dibaca`,
      en: `this line is longer than the limit of ${megabytes(LIMITS.recordChars)} for one village record; not read`,
    }),
  };
}

/**
 * A line of JSONL as read: its UTF-8 bytes, decoded only when its text is asked for. A batch run hands the bytes
 * of a chunk's lines to a worker thread in one buffer, which decodes them there, so that the main thread only
 * finds the line ends.
 */
export class JsonlLine implements BatchItem {
  constructor(
    /** The line number (1-based). */
    readonly line: number,
    /** The line's bytes, without its line end. */
    readonly bytes: Uint8Array,
  ) {}

  /** The line as written. */
  get text(): string {
    return decode(this.bytes, 0, this.bytes.length);
  }
}

/** UTF-8 bytes as text (an invalid sequence becomes U+FFFD, as a stream decoding the file would give). */
export function decode(bytes: Uint8Array, start: number, end: number): string {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString('utf8', start, end);
}

const LF = 10;
const CR = 13;
/**
 * A line of more bytes than this has more than `LIMITS.recordChars + 1` characters whatever it holds (a
 * character is at most 3 bytes of UTF-8): it is skipped unread. A shorter line of more bytes than characters
 * allowed is decoded and measured.
 */
const SURELY_OVERSIZED = 3 * (LIMITS.recordChars + 1);

/** Whether a line (its bytes) is blank as `String.prototype.trim` sees it: only white space, or nothing. */
function blank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    // any other ASCII character is text; beyond ASCII, Unicode white space (a no-break space…) is decoded
    return b < 0x80 ? false : decode(bytes, i, bytes.length).trim() === '';
  }
  return true;
}

/** The item of one complete line (its bytes, a CR before the line end included), or null for a blank line. */
function lineItem(line: number, bytes: Uint8Array): BatchItem | null {
  if (bytes.length > LIMITS.recordChars + 1 && decode(bytes, 0, bytes.length).length > LIMITS.recordChars + 1)
    return oversized(line);
  const body = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, -1) : bytes;
  return blank(body) ? null : new JsonlLine(line, body);
}

/**
 * The records of a JSONL stream, one per non-blank line, with their line numbers. Reads as it is consumed
 * (the stream is pulled, never buffered whole), so a file of any size is read in bounded memory: a line longer
 * than `LIMITS.recordChars` (1 MB) is skipped as it streams past and becomes one refused item. A byte order
 * mark and CRLF line ends are accepted. The lines are found in the bytes and decoded only when their text is
 * read (in a batch run, by the worker thread that judges them).
 */
export async function* jsonlItems(input: Readable): AsyncGenerator<BatchItem> {
  let rest: Uint8Array = new Uint8Array(0);
  let line = 0;
  let skipping = false;
  let atStart = true;
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) {
    let bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (rest.length > 0) bytes = Buffer.concat([rest, bytes]);
    if (atStart) {
      if (bytes.length < 3 && (bytes.length === 0 || bytes[0] === 0xef)) {
        rest = bytes; // too few bytes yet to tell a byte order mark
        continue;
      }
      atStart = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    let start = 0;
    if (skipping) {
      const end = bytes.indexOf(LF);
      if (end < 0) {
        rest = new Uint8Array(0);
        continue;
      }
      skipping = false;
      line++;
      yield oversized(line);
      start = end + 1;
    }
    for (let end = bytes.indexOf(LF, start); end >= 0; end = bytes.indexOf(LF, start)) {
      line++;
      const item = lineItem(line, bytes.subarray(start, end));
      if (item) yield item;
      start = end + 1;
    }
    rest = bytes.subarray(start);
    if (rest.length > SURELY_OVERSIZED) {
      skipping = true;
      rest = new Uint8Array(0);
    }
  }
  if (atStart && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf) rest = rest.subarray(3);
  line++;
  if (skipping) yield oversized(line);
  else {
    const item = lineItem(line, rest);
    if (item) yield item;
  }
}

/** The records of a JSONL file; a file that cannot be read is an `InputError` naming it. */
export async function* jsonlFile(file: string): AsyncGenerator<BatchItem> {
  try {
    yield* jsonlItems(createReadStream(file, { highWaterMark: 1 << 20 }));
  } catch (e) {
    throw unreadable(file, e);
  }
}
