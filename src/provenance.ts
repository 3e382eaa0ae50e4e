import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileDigest } from './errors.js';
import type { Regulation } from './regulation.js';
import type { DateString } from './types.js';

/** The amendment a text is under, as a run names it: its title, its file and the SHA-256 of the file's bytes. */
export interface AmendmentInfo {
  title: string;
  file: string;
  sha256: string;
}

/** One text of the regulation as a run applied it. */
export interface TextInfo {
  title: string;
  version: string;
  amendment: AmendmentInfo | null;
}

/**
 * What produced an output: the package and its version, the text(s) of the regulation (with the amendment's
 * title and file hash), the Tanggal Penilaian and when the run was made. Every batch and comparison output
 * carries it (a JSONL header line, CSV columns, an XLSX sheet, a report's header).
 */
export interface RunInfo {
  package: { name: string; version: string };
  regulation: TextInfo;
  /** A comparison's base text (the regulation above is then the amended text). */
  base?: TextInfo;
  /** The Tanggal Penilaian (null: each scenario's own). */
  asOf: DateString | null;
  /** When the run was made (ISO 8601, UTC). */
  runAt: string;
}

let pkg: { name: string; version: string } | undefined;

/** This package's name and version (read from its package.json, beside `src/` and `dist/`). */
export function packageInfo(): { name: string; version: string } {
  if (!pkg) {
    const { name, version } = createRequire(import.meta.url)('../package.json') as {
      name: string;
      version: string;
    };
    pkg = { name, version };
  }
  return pkg;
}

/** A text of the regulation, with its amendment file's SHA-256 when there is one. */
export async function textInfo(regulation: Regulation, amendmentFile?: string): Promise<TextInfo> {
  const amendment =
    regulation.amendment && amendmentFile !== undefined
      ? {
          title: regulation.amendment.title,
          file: amendmentFile,
          sha256: fileDigest(
            createHash('sha256')
              .update(await readFile(amendmentFile))
              .digest('hex'),
          ),
        }
      : null;
  return { title: regulation.title, version: regulation.version, amendment };
}

/** The run information of an output made now. */
export function runInfo(
  regulation: TextInfo,
  asOf: DateString | null,
  base?: TextInfo,
  now: Date = new Date(),
): RunInfo {
  return {
    package: packageInfo(),
    regulation,
    ...(base ? { base } : {}),
    asOf,
    runAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** The run information as lines of `label: value` for people (reports, the XLSX "about" sheet). */
export function runLines(run: RunInfo, lang: 'id' | 'en'): [string, string][] {
  const text = (t: TextInfo) =>
    t.amendment
      ? `${t.title} (${t.version}) + ${t.amendment.title} [${t.amendment.file}, SHA-256 ${t.amendment.sha256}]`
      : `${t.title} (${t.version})`;
  const id = lang === 'id';
  const out: [string, string][] = [
    [id ? 'dibuat oleh' : 'produced by', `${run.package.name} ${run.package.version}`],
  ];
  if (run.base) out.push([id ? 'teks dasar' : 'base text', text(run.base)]);
  out.push([
    run.base ? (id ? 'teks perubahan' : 'amended text') : id ? 'peraturan' : 'regulation',
    text(run.regulation),
  ]);
  out.push(['Tanggal Penilaian', run.asOf ?? (id ? 'tanggal tiap skenario' : "each scenario's date")]);
  out.push([id ? 'waktu penilaian dijalankan' : 'run at', run.runAt]);
  return out;
}
