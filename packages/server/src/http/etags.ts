import type { VersionMatch } from '../store/drafts.js';

/** A draft's version as an HTTP entity tag: `"42"` (strong). */
export const etagOf = (version: string): string => `"${version}"`;

/**
 * The versions an `If-Match` header accepts: `*` (any existing draft) or a list of entity tags. A tag is
 * read with or without its quotes, since the JSON answers carry it bare and clients quote it themselves;
 * a weak tag (`W/"…"`) never matches a strong comparison, so it is left out.
 */
export function parseIfMatch(header: string): VersionMatch {
  if (header.trim() === '*') return { any: true };
  const versions = header
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && !tag.startsWith('W/'))
    .map((tag) => tag.replace(/^"+|"+$/g, ''))
    .filter((tag) => /^\d{1,19}$/.test(tag));
  return { versions };
}
