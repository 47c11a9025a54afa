import { randomBytes } from 'node:crypto';
import type { OverviewEmail } from './schema.js';

export interface EmlOptions {
  /** The From header, e.g. `Poolster <poolster@localhost>`. */
  from: string;
  /** Unique per message; becomes the Message-ID's left part. */
  id: string;
  /** The Date header. Default: now. */
  date?: Date;
}

const CRLF = '\r\n';

/**
 * The overview as a complete Internet message (RFC 5322, MIME): multipart/alternative with the plain
 * text first and the HTML second (the last part is the preferred one), both UTF-8 in base64 with
 * CRLF line breaks, lines of at most 76 characters. `X-Unsent: 1` makes mail clients that know it
 * (Outlook) open the file as a draft to address and send; others show it as a received message.
 */
export function buildEml(email: OverviewEmail, options: EmlOptions): string {
  const boundary = `=_poolster_${randomBytes(12).toString('hex')}`;
  const domain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? 'localhost';
  const headers = [
    fromHeader(options.from),
    `Date: ${rfc5322Date(options.date ?? new Date())}`,
    foldHeader('Subject', email.subject),
    `Message-ID: <${options.id.replace(/[^A-Za-z0-9.-]/g, '')}.${Date.now().toString(36)}@${domain}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"`,
    'X-Unsent: 1',
  ];
  const part = (type: string, content: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(crlf(content))].join(CRLF);
  return [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    part('text/plain', email.text),
    part('text/html', email.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

/** `Name <address>`; a display name that is not plain ASCII becomes an RFC 2047 encoded word. */
function fromHeader(from: string): string {
  const value = from.replace(/[\r\n]+/g, ' ').trim();
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(value);
  if (!match || /^[\x20-\x7e]*$/.test(match[1]!)) return `From: ${value}`;
  return `From: ${encodedWords(match[1]!.replace(/^"|"$/g, ''), 'From'.length).join(`${CRLF} `)} <${match[2]}>`;
}

/** Text media types are CRLF in canonical form, also inside base64 (RFC 2046, 4.1.1). */
const crlf = (text: string) => text.replace(/\r\n?|\n/g, CRLF);

function base64Lines(text: string): string {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  return b64.match(/.{1,76}/g)?.join(CRLF) ?? '';
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Sun, 22 Nov 2026 17:35:43 +0000` (RFC 5322, 3.3), in UTC. */
export function rfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

/**
 * A header with a free-text value. Printable ASCII is written as it is, folded at spaces; anything
 * else (or text that could be mistaken for an encoded word) becomes RFC 2047 encoded words
 * (`=?UTF-8?B?…?=`), one per line.
 */
export function foldHeader(name: string, value: string): string {
  const text = value.replace(/[\r\n\t]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(text) && !text.includes('=?')) return foldAscii(`${name}: ${text}`);
  return `${name}: ${encodedWords(text, name.length).join(`${CRLF} `)}`;
}

function foldAscii(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 78) {
    const cut = rest.lastIndexOf(' ', 78);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out.join(CRLF);
}

/**
 * Encoded words of at most 75 characters that also keep every header line within 78: the first one
 * shares its line with `Name: `, the others follow a folding space. Base64 turns 3 bytes into 4
 * characters; a character is never split over two words.
 */
function encodedWords(text: string, nameLength: number): string[] {
  const bytesFor = (room: number) => Math.floor(Math.min(75 - 12, room - 12) / 4) * 3;
  const words: string[] = [];
  let chunk = '';
  let limit = bytesFor(78 - nameLength - 2);
  for (const char of text) {
    if (chunk !== '' && Buffer.byteLength(chunk + char, 'utf8') > limit) {
      words.push(chunk);
      chunk = '';
      limit = bytesFor(78 - 1);
    }
    chunk += char;
  }
  if (chunk || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}
