import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { LANGUAGES, type Language } from '../i18n/language.js';
import { MESSAGES, type ServerMessages } from '../i18n/messages.js';

/** What is known about the request a connection is carrying, once its headers were read. */
interface InFlight {
  lang: Language;
  response: ServerResponse;
}

/**
 * Node reports a request it cuts (the request timeout) or cannot parse to the server's `clientError`
 * listener with only the socket, not the request. The language hook records each request's language
 * here, by its socket, so that such an answer can still be worded in it. A connection whose headers
 * never arrived in full has nothing recorded (or its previous request's language): Dutch then, as
 * everywhere else.
 */
const inFlight = new WeakMap<Socket, InFlight>();

export function rememberRequest(socket: Socket, lang: Language, response: ServerResponse): void {
  inFlight.set(socket, { lang, response });
}

const answers: Record<string, { status: number; code: string; messageKey: keyof ServerMessages }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request-timeout', messageKey: 'requestTimeout' },
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers-too-large', messageKey: 'headersTooLarge' },
};
const unreadable = { status: 400, code: 'invalid-request', messageKey: 'invalidRequest' } as const;

/**
 * Fastify's `clientErrorHandler`: answers as its default does (408 for a request that did not arrive in
 * time, 431 for headers too large, 400 for the rest, then the connection is closed), but as the API
 * answers everything else: `{ error, code }` in the request's language. JSON also for page paths: only
 * a request with a body or endless headers gets here, which a browser loading a page does not send.
 */
export function clientErrorHandler(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection is gone: there is no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = inFlight.get(socket);
  const { status, code, messageKey } = answers[error.code ?? ''] ?? unreadable;
  this.log.debug({ err: error, status }, 'client error');
  // Once an answer has begun on this connection, another would corrupt it: just close.
  if (socket.writable && !known?.response.headersSent) {
    const lang = known?.lang ?? LANGUAGES[0];
    const body = JSON.stringify({ error: MESSAGES[lang][messageKey], code });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Language: ${lang}\r\n` +
        'X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
