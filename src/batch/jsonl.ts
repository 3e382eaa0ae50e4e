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
 * The records of a JSONL stream, one per non-blank line, with their line numbers. Reads as it is consumed
 * (the stream is pulled, never buffered whole), so a file of any size is read in bounded memory: a line longer
 * than `LIMITS.recordChars` (1 MB) is skipped as it streams past and becomes one refused item. A byte order
 * mark and CRLF line ends are accepted.
 */
export async function* jsonlItems(input: Readable): AsyncGenerator<BatchItem> {
  input.setEncoding('utf8');
  let rest = '';
  let line = 0;
  let skipping = false;
  for await (const chunk of input as AsyncIterable<string>) {
    let text = rest + chunk;
    if (line === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let start = 0;
    if (skipping) {
      const end = text.indexOf('\n');
      if (end < 0) continue;
      skipping = false;
      line++;
      yield oversized(line);
      start = end + 1;
    }
    for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
      line++;
      if (end - start > LIMITS.recordChars + 1) yield oversized(line);
      else {
        const raw = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
        if (raw.trim() !== '') yield { line, text: raw };
      }
      start = end + 1;
    }
    rest = text.slice(start);
    if (rest.length > LIMITS.recordChars + 1) {
      skipping = true;
      rest = '';
    }
  }
  line++;
  if (skipping) yield oversized(line);
  else if (rest.trim() !== '') yield { line, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
}

/** The records of a JSONL file; a file that cannot be read is an `InputError` naming it. */
export async function* jsonlFile(file: string): AsyncGenerator<BatchItem> {
  try {
    yield* jsonlItems(createReadStream(file, { highWaterMark: 1 << 20 }));
  } catch (e) {
    throw unreadable(file, e);
  }
}
