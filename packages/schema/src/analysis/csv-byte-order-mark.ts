/**
 * Starts every CSV file Poolster writes for people (the report's and the comparison's downloads, `poolster csv
 * --out`, the translation sheet): without it Excel reads UTF-8 as the system's code page and "é" shows as "Ã©".
 * Not added by toCsv itself: text written to standard output is for other programs, which do not expect it.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';
