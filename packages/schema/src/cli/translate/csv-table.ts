import { CSV_BYTE_ORDER_MARK as BOM } from '../../analysis/csv-byte-order-mark.js';

/**
 * The translation sheet is CSV (RFC 4180): a translator opens it in the spreadsheet they already use, sees
 * one text per row next to its source, and types in one empty column; no quotes or brackets to keep
 * intact, as JSON would ask. Written with a byte order mark so spreadsheets read it as UTF-8, and with
 * commas; read back with commas, semicolons (what a Dutch or French spreadsheet saves) or tabs.
 * Texts are written exactly: no formula defusing, since the sheet must give every text back unchanged.
 */

export function writeCsv(rows: readonly (readonly string[])[]): string {
  const quote = (value: string): string => (/[",;\t\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);
  return BOM + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

export type CsvRead = { ok: true; rows: string[][] } | { ok: false; line: number };

/** Parses a sheet; `line` is where an opened quote is never closed. Empty lines are dropped. */
export function readCsv(text: string): CsvRead {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const separator = detectSeparator(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
      line++;
    } else cell += c;
  }
  if (quoted) return { ok: false, line: quoteLine };
  row.push(cell);
  if (row.some((value) => value !== '')) rows.push(row);
  return { ok: true, rows };
}

/** The separator of the header line: whichever of `,`, `;` and tab occurs there outside quotes. */
function detectSeparator(input: string): string {
  let quoted = false;
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  for (const c of input) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}
