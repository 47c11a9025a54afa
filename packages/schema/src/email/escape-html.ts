/**
 * Escaping for HTML that is built as a string (e-mail on a server, where there is no DOM).
 *
 * Every text that is not our own markup goes through `escapeHtml`: content from the instrument and,
 * above all, answers typed by people. The five characters that can end a text node or an attribute value
 * (`& < > " '`) become entities, so the same function is safe for element content and for quoted
 * attribute values (always quote attributes: `title="${escapeAttribute(x)}"`).
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters that have no business in a document read by people: C0 and C1 controls except tab and
 * line feed, DEL, the non-characters U+FFFE/U+FFFF and unpaired surrogates. HTML parsers treat them as
 * errors and terminals act on some of them (escape sequences), so they become U+FFFD, visibly.
 * A carriage return is turned into a line feed first (see `normalizeLineBreaks`).
 */
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** "\r\n" and a lone "\r" become "\n". */
export const normalizeLineBreaks = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Line breaks normalised, and control characters (other than tab and line feed) replaced by U+FFFD. */
export function replaceControlCharacters(text: string): string {
  return normalizeLineBreaks(text).replace(UNWANTED, '\uFFFD');
}

/** Text as HTML element content: `<img>` shows as the five characters "<img>", never as an element. */
export function escapeHtml(text: string): string {
  return replaceControlCharacters(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Text as a quoted attribute value (the same escaping: quotes included). */
export const escapeAttribute = escapeHtml;
