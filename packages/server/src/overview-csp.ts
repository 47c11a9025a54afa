import { createHash } from 'node:crypto';
import { CSP } from './http/csp.js';

/**
 * The page policy for the mail overview. Mail clients only keep inline styles, so the overview carries
 * `style="…"` attributes; the page policy refuses those. Rather than allowing every inline style, the
 * policy gets `style-src-attr` with the hash of each attribute value actually in this document
 * ('unsafe-hashes' is what lets hashes apply to attributes). Scripts stay forbidden; `style-src`
 * itself is unchanged.
 */
export function overviewCsp(html: string): string {
  const values = new Set<string>();
  for (const match of html.matchAll(/\sstyle="([^"]*)"/g)) values.add(decodeEntities(match[1]!));
  if (values.size === 0) return CSP;
  const hashes = [...values].map((v) => `'sha256-${createHash('sha256').update(v, 'utf8').digest('base64')}'`);
  return `${CSP}; style-src-attr 'unsafe-hashes' ${hashes.join(' ')}`;
}

function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[String(name).toLowerCase() as 'amp'];
  });
}
