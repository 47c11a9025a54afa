import type { IssuePath } from './issues.js';

/** true, false, null or a number, matched where the scanner stands (sticky). */
const SCALAR = /true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** Where a value starts in a JSON text: 1-based, as editors and terminals count. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The key a path is stored under: JSON keeps `["a", 0]` and `["a", "0"]` apart, as paths must. */
export const pathKey = (path: IssuePath): string => JSON.stringify(path);

/**
 * Where every value of a (valid) JSON text starts, by its path from the root (`pathKey`). Issues carry
 * paths, authors want lines: this walks the text once, the same grammar `jsonErrorOffset` checks, and
 * records the first character of each value (`{`, `[`, `"`, a digit…). With a key given twice, the last
 * one counts, as JSON.parse keeps the last. Returns an empty map when the text is not valid JSON.
 */
export function jsonPositions(text: string): Map<string, TextPosition> {
  const positions = new Map<string, TextPosition>();
  const lineStarts = [0];
  for (let k = 0; k < text.length; k += 1) if (text[k] === '\n') lineStarts.push(k + 1);
  const at = (offset: number): TextPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(`not JSON at ${i}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  /** A string token, returned as its value (keys are needed; other strings are only skipped). */
  const string = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: IssuePath): void => {
    ws();
    positions.set(pathKey(path), at(i));
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      ws();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const key = string();
        ws();
        if (text[i] !== ':') fail();
        i += 1;
        value([...path, key]);
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return void (i += 1);
        else fail();
      }
    }
    if (ch === '[') {
      i += 1;
      ws();
      if (text[i] === ']') return void (i += 1);
      for (let index = 0; ; index += 1) {
        value([...path, index]);
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return void (i += 1);
        else fail();
      }
    }
    if (ch === '"') return void string();
    // true, false, null and numbers: their extent does not matter, only where they start.
    SCALAR.lastIndex = i;
    if (!SCALAR.test(text)) fail();
    i = SCALAR.lastIndex;
  };
  try {
    value([]);
    return positions;
  } catch {
    return new Map();
  }
}
