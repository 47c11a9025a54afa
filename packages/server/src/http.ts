import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of every page: scripts and styles only from files of this host (no
 * inline code, no eval), no plugins, no framing, no base-URL tricks.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A failure meant for the client: status, a stable code, a message and extra JSON fields. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Headers every answer carries. */
function common(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  common(res);
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(data.byteLength));
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(data);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(value), headers);
}

/** JSON that is already text (stored responses go out as they were stored). */
export function sendJsonText(res: ServerResponse, status: number, json: string, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', json, { 'Cache-Control': 'no-store', ...headers });
}

/** An HTML page, with the page security headers. */
export function sendHtml(res: ServerResponse, status: number, html: string, options: { csp?: string; headers?: Record<string, string> } = {}): void {
  send(res, status, 'text/html; charset=utf-8', html, {
    'Cache-Control': 'no-store',
    'Content-Security-Policy': options.csp ?? CSP,
    ...options.headers,
  });
}

/**
 * A file whose URL does not change with its content: the browser keeps it but asks each time whether
 * it changed (`no-cache` + ETag), so a rebuilt bundle is picked up on the next load.
 */
export function sendRevalidated(req: IncomingMessage, res: ServerResponse, contentType: string, body: Uint8Array): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { 'Cache-Control': 'no-cache', ETag: etag };
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    common(res);
    res.statusCode = 304;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.end();
    return;
  }
  send(res, 200, contentType, body, headers);
}
