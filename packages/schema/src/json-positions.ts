import type { IssuePath } from './issues.js';
import { jsonErrorOffset } from './json-error-position.js';

/** Where a value starts in a JSON text: 1-based, as editors and terminals count. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The key a path is stored under: JSON keeps `["a", 0]` and `["a", "0"]` apart, as paths must. */
export const pathKey = (path: IssuePath): string => JSON.stringify(path);

/**
 * Where every value of a (valid) JSON text starts, by its path from the root (`pathKey`). Issues carry
 * paths, authors want lines: the scanner that finds where a text stops being JSON (`jsonErrorOffset`)
 * walks it once and says where each value starts (`{`, `[`, `"`, a digit…). With a key given twice, the
 * last one counts, as JSON.parse keeps the last. Returns an empty map when the text is not valid JSON.
 */
export function jsonPositions(text: string): Map<string, TextPosition> {
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

  const positions = new Map<string, TextPosition>();
  const valid = jsonErrorOffset(text, (path, offset) => positions.set(pathKey(path), at(offset))) === -1;
  return valid ? positions : new Map();
}
