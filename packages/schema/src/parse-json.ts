import { issue, type Issue } from './issues.js';
import { jsonErrorOffset } from './json-error-position.js';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; issue: Issue };

/**
 * JSON.parse that answers with an issue instead of throwing, with the line and column of the error
 * (engines report a character position; authors think in lines).
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const offset = Math.max(0, jsonErrorOffset(text));
    const { line, column } = lineAndColumn(text, offset);
    return offset >= text.length
      ? { ok: false, issue: issue('structure.json-ends-early', [], { line, column }) }
      : { ok: false, issue: issue('structure.invalid-json', [], { line, column, near: JSON.stringify(text.slice(offset, offset + 12)) }) };
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}
