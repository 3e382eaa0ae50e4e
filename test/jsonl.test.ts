import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonlLine, jsonlItems } from '../src/batch/jsonl.js';
import type { BatchItem } from '../src/batch/judge.js';
import { fromWire, toWire, transferList } from '../src/batch/wire.js';
import { LIMITS } from '../src/limits.js';

// The JSONL reader finds line ends in the bytes and leaves the decoding to whoever reads a line's text (in a
// batch, the worker thread that judges it). The proof that this reads every input as decoding the whole text
// and splitting it would: line numbers, blank lines, CRLF, a byte order mark, characters of 2–4 bytes and
// invalid bytes cut anywhere by the stream's chunks.

/** What the reader must give: the text decoded whole, split at each LF, blank lines (as `trim` sees them) skipped. */
function reference(bytes: Uint8Array): { line: number; text: string }[] {
  let text = Buffer.from(bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text
    .split('\n')
    .map((raw, i) => ({ line: i + 1, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw }))
    .filter((l) => l.text.trim() !== '');
}

/** The items the reader gives for bytes delivered in the given chunk sizes (cycled). */
async function read(
  bytes: Uint8Array,
  sizes: readonly number[],
): Promise<{ line: number | undefined; text: string | undefined }[]> {
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? bytes.length);
    chunks.push(Buffer.from(bytes.subarray(at, at + size)));
    at += size;
  }
  const out: { line: number | undefined; text: string | undefined }[] = [];
  for await (const item of jsonlItems(Readable.from(chunks))) out.push({ line: item.line, text: item.text });
  return out;
}

const piece = fc.oneof(
  fc.constantFrom('{"code":"52.03.13.2001"}', '{}', '[1,2]', 'x', ' ', '\t', '\r', '\r\n', '\n', '\n\n'),
  fc.constantFrom('é', 'ñ', '€', '中', '😀', '\u00a0', '\u3000', '\ufeff', '\u2028'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const invalidBytes = fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80]);

/** A JSONL-like byte text: pieces of text, line ends, white space, multi-byte characters and invalid bytes. */
const jsonlBytes = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ weight: 4, arbitrary: piece.map((s) => [...Buffer.from(s)]) }, invalidBytes), {
      maxLength: 60,
    }),
  )
  .map(([bom, parts]) => Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...parts.flat()]));

describe('jsonlItems (lines found in the bytes, decoded when read)', () => {
  it('gives every non-blank line with its number and text as decoding the whole text would, however the stream cuts it', async () => {
    await fc.assert(
      fc.asyncProperty(
        jsonlBytes,
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 5 }),
        async (bytes, sizes) => {
          expect(await read(bytes, sizes)).toEqual(reference(bytes));
        },
      ),
      { seed: 21, numRuns: 500 },
    );
  });

  it('reads text chunks (a stream of strings) as their UTF-8 bytes', async () => {
    const items = [];
    for await (const item of jsonlItems(Readable.from(['\ufeff{"a":1}\r\n\n  \n{"b":"é', '😀"}'])))
      items.push(item);
    expect(items.map((i) => [i.line, i.text])).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":"é😀"}'],
    ]);
  });

  it('refuses a line of more characters than the limit as one item, unread, and keeps counting lines', async () => {
    const long = `{"name":"${'x'.repeat(LIMITS.recordChars)}"}`;
    const items = await read(Buffer.from(`{"a":1}\n${long}\n{"b":2}`), [64 * 1024]);
    expect(items.map((i) => [i.line, i.text])).toEqual([
      [1, '{"a":1}'],
      [2, undefined],
      [3, '{"b":2}'],
    ]);
  });

  it('counts the limit in characters, not bytes: a line of two-byte characters within it is read', async () => {
    const name = 'é'.repeat(LIMITS.recordChars - 20); // ~2 MB of UTF-8, fewer characters than the limit
    const items = await read(Buffer.from(`{"name":"${name}"}\n`), [256 * 1024]);
    expect(items).toHaveLength(1);
    expect(items[0]?.text?.length).toBe(LIMITS.recordChars - 20 + 11);
  });

  it('skips a line far past the limit as it streams past (a file without line ends)', async () => {
    const items = await read(Buffer.alloc(4 * LIMITS.recordChars, 0x61), [256 * 1024]);
    expect(items).toEqual([{ line: 1, text: undefined }]);
  });
});

describe('a chunk on its way to a worker thread', () => {
  it('arrives as the same items, in order: lines as their text, other items as themselves', async () => {
    const lines: BatchItem[] = [];
    for await (const item of jsonlItems(Readable.from([Buffer.from('{"a":"é"}\n\n{"b":2}\r\n')])))
      lines.push(item);
    const rows: BatchItem = { at: { sheet: 'villages', row: 2 }, record: { code: '52.03.13.2001' } };
    const items = [lines[0] as BatchItem, rows, lines[1] as BatchItem];
    expect(items.filter((i) => i instanceof JsonlLine)).toHaveLength(2);
    const wire = toWire(7, items);
    const sent = structuredClone(wire, { transfer: transferList(wire) });
    expect(wire.lines?.bytes.byteLength).toBe(0); // moved, not copied
    expect(sent.id).toBe(7);
    expect(fromWire(sent)).toEqual([{ line: 1, text: '{"a":"é"}' }, rows, { line: 3, text: '{"b":2}' }]);
  });

  it('sends a chunk without lines (rows of a spreadsheet) as its items alone', () => {
    const rows: BatchItem[] = [
      { record: { code: 'x' } },
      { line: 4, rejected: { path: '', message: 'm', messages: { id: 'm', en: 'm' } } },
    ];
    const wire = toWire(1, rows);
    expect(wire.lines).toBeUndefined();
    expect(transferList(wire)).toEqual([]);
    expect(fromWire(structuredClone(wire))).toEqual(rows);
  });
});
