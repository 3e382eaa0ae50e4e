import { readFile, stat } from 'node:fs/promises';
import JSZip from 'jszip';
import { InputError, inputIssue } from '../errors.js';
import { unreadable } from '../files.js';
import { LIMITS, megabytes } from '../limits.js';

// An .xlsx workbook is a zip archive: a few kilobytes can unzip to gigabytes (a "zip bomb"). Its size as
// stored, and the sizes its directory declares for its parts, are checked before anything is inflated; then
// each part is inflated once, counted and thrown away, so a directory that lies is caught within the limit
// too. Only then does ExcelJS read it.

function tooLarge(file: string, what: { id: string; en: string }, limit: number): InputError {
  return new InputError(
    [
      inputIssue(file, {
        id: `${what.id} melebihi batas ${megabytes(limit)}; pecah buku kerja atau gunakan JSONL`,
        en: `${what.en} exceeds the limit of ${megabytes(limit)}; split the workbook or use JSONL`,
      }),
    ],
    file,
  );
}

/** The size a part declares in the zip directory (JSZip keeps it on the part's compressed data). */
function declaredSize(part: JSZip.JSZipObject): number {
  const size = (part as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) ? size : 0;
}

/** Inflates a part, counting its bytes and stopping once `budget` is passed: the part's size, or -1. */
function inflatedSize(part: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const stream = part.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        stream.pause();
        stream.removeAllListeners('data');
        resolve(-1);
      }
    });
    stream.on('end', () => resolve(total));
    stream.on('error', reject);
  });
}

/**
 * The bytes of an `.xlsx` file, once it is known to be within {@link LIMITS}: its size as stored, and its
 * parts' sizes unzipped (declared, then counted). Anything else is an `InputError` naming the file.
 */
export async function workbookBytes(file: string): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    throw unreadable(file, e);
  }
  if (size > LIMITS.workbookBytes) {
    throw tooLarge(file, { id: 'ukuran berkas', en: 'the file size' }, LIMITS.workbookBytes);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw unreadable(file, e);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new InputError(
      [
        inputIssue(file, {
          id: 'bukan buku kerja XLSX yang dapat dibaca (bukan arsip zip)',
          en: 'not a readable XLSX workbook (not a zip archive)',
        }),
      ],
      file,
    );
  }
  const parts = Object.values(zip.files).filter((p) => !p.dir);
  const declared = parts.reduce((sum, p) => sum + declaredSize(p), 0);
  const unzipped = { id: 'ukuran isinya setelah dibuka (unzip)', en: 'its unzipped size' };
  if (declared > LIMITS.unzippedBytes) throw tooLarge(file, unzipped, LIMITS.unzippedBytes);
  let left = LIMITS.unzippedBytes;
  for (const part of parts) {
    const n = await inflatedSize(part, left).catch(() => {
      throw new InputError(
        [inputIssue(file, { id: `bagian ${part.name} rusak`, en: `the part ${part.name} is damaged` })],
        file,
      );
    });
    if (n < 0) throw tooLarge(file, unzipped, LIMITS.unzippedBytes);
    left -= n;
  }
  return bytes;
}
