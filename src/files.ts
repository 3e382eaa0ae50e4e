import { InputError, inputIssue } from './errors.js';
import type { Bilingual } from './types.js';

// What went wrong with a file, in the user's words: the one place a system error code (ENOENT, EACCES…) becomes
// a message. Reading and writing name the file; no raw system text reaches the user.

function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

/** Why a file could not be read, in both languages. */
export function readProblem(err: unknown): Bilingual {
  const code = codeOf(err);
  switch (code) {
    case 'ENOENT':
      return { id: 'berkas tidak ditemukan', en: 'file not found' };
    case 'EISDIR':
      return { id: 'ini direktori, bukan berkas', en: 'this is a directory, not a file' };
    case 'ENOTDIR':
      return { id: 'bagian dari jalurnya bukan direktori', en: 'a part of the path is not a directory' };
    case 'EACCES':
    case 'EPERM':
      return { id: 'tidak ada izin untuk membaca berkas', en: 'permission denied' };
    default:
      return {
        id: `berkas tidak dapat dibaca${code ? ` (${code})` : ''}`,
        en: `cannot read the file${code ? ` (${code})` : ''}`,
      };
  }
}

/** Why a file could not be written, in both languages. */
export function writeProblem(err: unknown): Bilingual {
  const code = codeOf(err);
  switch (code) {
    case 'ENOSPC':
      return { id: 'ruang disk habis', en: 'no space left on the device' };
    case 'EDQUOT':
      return { id: 'kuota disk habis', en: 'the disk quota is exceeded' };
    case 'ENOENT':
    case 'ENOTDIR':
      return { id: 'foldernya tidak ada', en: 'its folder does not exist' };
    case 'EISDIR':
      return { id: 'ini direktori, bukan berkas', en: 'this is a directory, not a file' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { id: 'tidak ada izin untuk menulis', en: 'permission denied' };
    default:
      return {
        id: `tidak dapat menulis${code ? ` (${code})` : ''}`,
        en: `cannot write${code ? ` (${code})` : ''}`,
      };
  }
}

/** A file that could not be read, as bad input naming it. */
export function unreadable(file: string, err: unknown): InputError {
  return new InputError([inputIssue(file, readProblem(err))], file);
}

/** Output that could not be written (`what`: the file, or standard output), as bad input naming it. */
export function unwritable(what: string, err: unknown): InputError {
  return new InputError([inputIssue(what, writeProblem(err))], what);
}

/** The `--out` file that could not be written, as bad input naming the option and the file. */
export function unwritableOut(path: string, err: unknown): InputError {
  const p = writeProblem(err);
  return new InputError([
    inputIssue('--out', {
      id: `berkas ${path} tidak dapat ditulis: ${p.id}`,
      en: `cannot write the file ${path}: ${p.en}`,
    }),
  ]);
}
