import { type InputIssue, inputIssue } from './errors.js';
import { LIMITS } from './limits.js';

// What JSON.parse lets through and the rest of the package must not meet: a key written twice in one object
// (JSON.parse keeps the last value without a word; YAML refuses it) and nesting deeper than LIMITS.depth (V8
// parses 100,000 levels, and then every walk over the value overflows the stack). One pass over the text,
// without recursion, finds both before the text is parsed.

/** The issue of a value nested more than `maxDepth` levels deep, at `path`. */
export function tooDeep(path: string, maxDepth: number = LIMITS.depth): InputIssue {
  return inputIssue(path, {
    id: `bersarang lebih dari ${maxDepth} tingkat (objek/daftar di dalam objek/daftar)`,
    en: `nested more than ${maxDepth} levels deep (objects or lists within objects or lists)`,
  });
}

interface Frame {
  /** The keys seen so far in an object; `null` for a list. */
  keys: Set<string> | null;
  /** The key of the value being read (objects). */
  key: string;
  /** The index of the value being read (lists). */
  index: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The record path of the value under `frames` (the last one the innermost), with `last` appended: `team.members[2].name`. */
function pathOf(frames: readonly Frame[], last?: string): string {
  let path = '';
  const segment = (key: string) => (path === '' ? key : `${path}.${key}`);
  for (let d = 0; d < frames.length - (last === undefined ? 0 : 1); d++) {
    const f = frames[d] as Frame;
    path = f.keys ? segment(f.key) : `${path}[${f.index}]`;
  }
  return last === undefined ? path : segment(last);
}

/** The text of a JSON string literal `text.slice(start, end + 1)` (quotes included). */
function keyText(text: string, start: number, end: number, escaped: boolean): string {
  if (!escaped) return text.slice(start + 1, end);
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return text.slice(start + 1, end);
  }
}

/**
 * The first key written twice in one object, or the first value nested deeper than `maxDepth`, of a JSON text,
 * as an issue naming its path; `null` when there is neither. A text that is not JSON gets `null` or an issue
 * for what was read before the syntax error (JSON.parse then names the error).
 */
export function jsonShapeIssue(text: string, maxDepth: number = LIMITS.depth): InputIssue | null {
  const frames: Frame[] = [];
  const n = text.length;
  let i = 0;
  // the next backslash at or after a position, found once per stretch (a search per string would be quadratic)
  let backslash = -1;
  const backslashFrom = (from: number) => {
    if (backslash !== Number.POSITIVE_INFINITY && backslash < from) {
      const at = text.indexOf('\\', from);
      backslash = at < 0 ? Number.POSITIVE_INFINITY : at;
    }
    return backslash;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: find its closing quote (one not escaped by an odd run of backslashes)
      let end = i;
      let escaped = false;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) return null;
        let back = 0;
        while (text.charCodeAt(end - 1 - back) === 92) back++;
        if (back > 0) escaped = true;
        if (back % 2 === 0) break;
      }
      if (!escaped && backslashFrom(i + 1) < end) escaped = true;
      let after = end + 1;
      while (after < n && isSpace(text.charCodeAt(after))) after++;
      const top = frames[frames.length - 1];
      if (top?.keys && text.charCodeAt(after) === 58) {
        const key = keyText(text, i, end, escaped);
        if (top.keys.has(key)) {
          const path = pathOf(frames, key);
          return inputIssue(path, {
            id: `kunci "${key}" ditulis dua kali dalam satu objek`,
            en: `the key "${key}" is written twice in one object`,
          });
        }
        top.keys.add(key);
        top.key = key;
        i = after + 1;
        continue;
      }
      i = end + 1;
      continue;
    }
    if (c === 123 || c === 91) {
      if (frames.length >= maxDepth) {
        return tooDeep(pathOf(frames), maxDepth);
      }
      frames.push({ keys: c === 123 ? new Set() : null, key: '', index: 0 });
    } else if (c === 125 || c === 93) {
      frames.pop();
    } else if (c === 44) {
      const top = frames[frames.length - 1];
      if (top && !top.keys) top.index++;
    }
    i++;
  }
  return null;
}

/**
 * The first value of a parsed document nested deeper than `maxDepth`, as an issue naming its path; `null` when
 * none is. Walks with a stack of its own (no recursion), visiting each value once.
 */
export function depthIssue(value: unknown, maxDepth: number = LIMITS.depth): InputIssue | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  const seen = new Set<object>();
  for (let top = stack.pop(); top; top = stack.pop()) {
    const v = top.value;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (top.depth >= maxDepth) {
      return tooDeep(top.path, maxDepth);
    }
    if (Array.isArray(v)) {
      v.forEach((x, k) => {
        stack.push({ value: x, depth: top.depth + 1, path: `${top.path}[${k}]` });
      });
    } else {
      for (const [k, x] of Object.entries(v)) {
        stack.push({ value: x, depth: top.depth + 1, path: top.path === '' ? k : `${top.path}.${k}` });
      }
    }
  }
  return null;
}

/** A key's closing quote: `"` then `:` with only blanks between (in a text with no backslash, nothing else is). */
const KEY_END = /"[ \t\r\n]*:/g;

/**
 * {@link jsonShapeIssue} of a text that `JSON.parse` has already parsed into `value`, the fast way for the common
 * case: when the text has no backslash (so every quote delimits a string, and every `"` followed by `:` ends a
 * key), a key written twice is what makes the text hold more keys than the parsed value, and the depth is the
 * value's. Only a text that fails this check (or has a backslash) is scanned whole, to name where.
 */
export function parsedShapeIssue(
  text: string,
  value: unknown,
  maxDepth: number = LIMITS.depth,
): InputIssue | null {
  if (text.includes('\\')) return jsonShapeIssue(text, maxDepth);
  let written = 0;
  KEY_END.lastIndex = 0;
  while (KEY_END.test(text)) written++;
  const kept = keysWithin(value, 0, maxDepth);
  return kept === written ? null : jsonShapeIssue(text, maxDepth);
}

/** The number of keys of the objects within a parsed value, or -1 when it nests deeper than `maxDepth`. */
function keysWithin(v: unknown, depth: number, maxDepth: number): number {
  if (typeof v !== 'object' || v === null) return 0;
  if (depth >= maxDepth) return -1; // the recursion stops here: at most maxDepth frames deep
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const k = keysWithin(v[i], depth + 1, maxDepth);
      if (k < 0) return -1;
      n += k;
    }
    return n;
  }
  for (const key in v) {
    const k = keysWithin((v as Record<string, unknown>)[key], depth + 1, maxDepth);
    if (k < 0) return -1;
    n += k + 1;
  }
  return n;
}
