import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/** One file of the release folder as the manifest lists it. */
export interface ReleasedFile {
  /** Path inside the release folder, with forward slashes (`drop-in/poolster.js`). */
  path: string;
  bytes: number;
  /** Subresource Integrity value: `sha384-<base64>`, what `integrity="…"` and an import map's `integrity` take. */
  integrity: string;
}

/** The Subresource Integrity value of some bytes (sha384, base64, as browsers check it). */
export const sriOf = (bytes: Uint8Array): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Size and SRI hash of a file on disk, listed under `path`. */
export function describeFile(absolute: string, path: string): ReleasedFile {
  return { path, bytes: statSync(absolute).size, integrity: sriOf(readFileSync(absolute)) };
}
