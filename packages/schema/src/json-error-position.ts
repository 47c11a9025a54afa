import type { IssuePath } from './issues.js';

/** Told of each value as it is read: its path from the root and the offset of its first character. */
export type JsonValueVisitor = (path: IssuePath, offset: number) => void;

/**
 * Finds where a JSON text stops being valid JSON. Engines phrase (and sometimes omit) the position in
 * their error messages, so this small scanner, which follows RFC 8259, is the one source of truth.
 * Returns the offset of the first character that cannot be accepted (the text length for an
 * unexpected end), or -1 when the text is valid. With `onValue`, the same walk also says where every
 * value starts (json-positions.ts turns that into lines and columns for authors).
 */
export function jsonErrorOffset(text: string, onValue?: JsonValueVisitor): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i += 1;
    }
  };
  /** Skips a string token; returns its value when values are visited (an object's keys name the paths). */
  const string = (): string => {
    const start = i;
    i += 1; // opening quote
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i += 1;
        return onValue ? (JSON.parse(text.slice(start, i)) as string) : '';
      }
      if (ch < ' ') fail();
      if (ch === '\\') {
        i += 1;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k += 1) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? '')) i += 1;
        else fail();
      } else i += 1;
    }
    return fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (!match) {
      if (text[i] === '-') i += 1; // the sign was fine; what follows it is not
      fail();
    }
    i += match![0].length;
  };
  const value = (path: IssuePath): void => {
    ws();
    onValue?.(path, i);
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
        value(onValue ? [...path, key] : path);
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
        value(onValue ? [...path, index] : path);
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return void (i += 1);
        else fail();
      }
    }
    if (ch === '"') return void string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail();
  };
  try {
    value([]);
    ws();
    return i < text.length ? i : -1;
  } catch (offset) {
    return offset as number;
  }
}
