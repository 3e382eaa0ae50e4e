import { availableParallelism } from 'node:os';

/**
 * The limits on what the package reads (docs/security.md). Input past a limit is refused with a message
 * naming the limit, never read further: each bounds the memory or time one input can take.
 */
export const LIMITS = {
  /** Characters of one JSONL line (one village record): a national record is ~5–25 KB; one of 1 MB holds ~5,000 Calon PMI. */
  recordChars: 1024 * 1024,
  /** Bytes of one document read whole: a record, scenario, amendment or calendar file. */
  documentBytes: 32 * 1024 * 1024,
  /** Levels of nesting of objects and lists in a document (a village record has 4). */
  depth: 64,
  /** Bytes of an `.xlsx` workbook as stored. */
  workbookBytes: 64 * 1024 * 1024,
  /** Bytes of an `.xlsx` workbook's parts once unzipped, all together. */
  unzippedBytes: 256 * 1024 * 1024,
  /** Characters of a name an amendment writes that the "did you mean" search compares. */
  suggestionChars: 100,
  /** Names the "did you mean" search compares a name with. */
  suggestionCandidates: 5000,
  /** Characters of a name the user wrote that a message quotes (the rest is cut, with `…`). */
  quotedChars: 60,
} as const;

/** The most worker threads `dme batch` starts: one per core. */
export function maxWorkers(): number {
  return availableParallelism();
}

/** A byte count for people: `8 MB`. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
