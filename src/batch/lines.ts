import { Writable } from 'node:stream';
import type { BatchError } from './judge.js';
import type { SummaryRow } from './row.js';

/** A line of a batch's JSONL: a refused record, or a summary row. */
export type SummaryLine = SummaryRow | BatchError;

export function isRefused(line: SummaryLine): line is BatchError {
  return 'error' in line;
}

/**
 * A stream that takes JSONL text (whole lines, as `runBatch` writes each chunk) and hands each chunk's parsed
 * lines to `take`, waiting for it (backpressure).
 */
export function linesWritable(take: (lines: SummaryLine[]) => void | Promise<void>): Writable {
  let rest = '';
  const parse = (text: string) =>
    text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as SummaryLine);
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = rest + chunk.toString('utf8');
      const end = text.lastIndexOf('\n');
      rest = text.slice(end + 1);
      Promise.resolve(take(parse(text.slice(0, end + 1)))).then(() => done(), done);
    },
    final(done) {
      Promise.resolve(take(parse(rest))).then(() => done(), done);
    },
  });
}
