import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { HttpError, sendRevalidated } from './http.js';
import { PUBLIC_DIR } from './paths.js';

interface StaticFile {
  path: string;
  type: string;
  /** Said when the file is missing. */
  missing?: string;
}

/** The files the host serves as they are, by URL path. Nothing else on disk is reachable. */
export function staticFiles(dropInPath: string): Map<string, StaticFile> {
  const build = 'The drop-in bundle is missing: run `npm run build` in the repository.';
  return new Map([
    ['/poolster.js', { path: dropInPath, type: 'text/javascript; charset=utf-8', missing: build }],
    ['/poolster.js.map', { path: `${dropInPath}.map`, type: 'application/json; charset=utf-8' }],
    ['/host.css', { path: join(PUBLIC_DIR, 'host.css'), type: 'text/css; charset=utf-8' }],
    ['/dashboard.js', { path: join(PUBLIC_DIR, 'dashboard.js'), type: 'text/javascript; charset=utf-8' }],
    ['/favicon.svg', { path: join(PUBLIC_DIR, 'favicon.svg'), type: 'image/svg+xml' }],
  ]);
}

/** Sends a static file (read on each request, so a rebuild shows without a restart). */
export async function serveFile(req: IncomingMessage, res: ServerResponse, file: StaticFile): Promise<void> {
  let body: Buffer;
  try {
    body = await readFile(file.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (file.missing) throw new HttpError(503, 'missing-build', file.missing);
    throw new HttpError(404, 'not-found', 'Not found.');
  }
  sendRevalidated(req, res, file.type, body);
}
