import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { BatchItem } from './judge.js';

/**
 * The records of a JSONL stream, one per non-blank line, with their line numbers. Reads as it is consumed
 * (the stream is pulled, never buffered whole), so a file of any size is read in bounded memory. A byte
 * order mark and CRLF line ends are accepted.
 */
export async function* jsonlItems(input: Readable): AsyncGenerator<BatchItem> {
  input.setEncoding('utf8');
  let rest = '';
  let line = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    let text = rest + chunk;
    if (line === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      line++;
      const raw = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
      if (raw.trim() !== '') yield { line, text: raw };
    }
    rest = text.slice(start);
  }
  line++;
  if (rest.trim() !== '') yield { line, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
}

/** The records of a JSONL file. */
export function jsonlFile(file: string): AsyncGenerator<BatchItem> {
  return jsonlItems(createReadStream(file, { highWaterMark: 1 << 20 }));
}
