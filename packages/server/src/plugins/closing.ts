import fp from 'fastify-plugin';
import { HttpError } from '../http/errors.js';

/**
 * While the server drains (after SIGTERM), requests that still arrive on open connections get a 503 in
 * their own language with Retry-After, and their connection is closed (Fastify adds `Connection:
 * close`); requests already in progress finish normally, their answers with `Connection: close`.
 */
export const closingPlugin = fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onRequest', async () => {
      if (closing) throw new HttpError(503, 'closing', 'closing', { headers: { 'Retry-After': '5' } });
    });
    // Answers to requests that were in progress tell the client not to reuse the connection.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (closing) reply.header('Connection', 'close');
      return payload;
    });
  },
  { name: 'poolster-closing', dependencies: ['poolster-language'] },
);
