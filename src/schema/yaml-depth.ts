import { Lexer } from 'yaml';

// The yaml library parses and composes nested collections by recursion (its parser's pop/step, its composer's
// composeNode): a document nested thousands deep — `[[[[…`, `- - - -…`, a staircase of indentation — runs the
// stack down, and a second such document in the same process can then die in V8 itself ("RegExpCompiler
// Allocation failed"), which no try/catch can stop. The lexer is a loop, so its tokens give a bound on the
// nesting before the parser runs: flow collections open and not yet closed, plus the indentation and the
// block indicators (`-`, `?`, `:`) of the current line. The bound is never below the real depth, and is far
// above it only for lines indented hundreds of columns, so it is only compared with a wide margin over
// LIMITS.depth; what passes it is parsed, and the composed value is then held to LIMITS.depth exactly.

/** Whether the nesting of a YAML text may exceed `bound` levels (then it must not be handed to the parser). */
export function yamlMayNestBeyond(text: string, bound: number): boolean {
  let flow = 0;
  let indent = 0;
  let indicators = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    switch (token) {
      case '[':
      case '{':
        flow++;
        break;
      case ']':
      case '}':
        if (flow > 0) flow--;
        break;
      case '-':
      case '?':
      case ':':
        indicators++;
        break;
      case '\n':
      case '\r\n':
        indent = 0;
        indicators = 0;
        lineStart = true;
        continue;
      default:
        if (lineStart && /^[ \t]+$/.test(token)) indent = token.length;
        // the lexer's mode markers (one control character) are not text of the line
        else if (token.length === 1 && token < ' ') continue;
    }
    lineStart = false;
    if (flow + indent + indicators > bound) return true;
  }
  return false;
}
