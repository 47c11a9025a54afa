import fp from 'fastify-plugin';
import { HttpError } from '../http/errors.js';

/**
 * A cap on the memory all unfinished request bodies hold together. Each request that announces a body
 * reserves what it may take (its Content-Length, or the whole body limit when chunked) until its answer
 * is sent or its connection closes; a request that would pass the budget gets 503 at once, before a byte
 * of its body is read. With the request timeout this bounds what slow or stalled clients can pin down.
 */
export const bodyBudgetPlugin = fp<{ budget: number; bodyLimit: number }>(
  async (app, { budget, bodyLimit }) => {
    let held = 0;
    app.addHook('onRequest', async (request, reply) => {
      const declared = Number(request.headers['content-length'] ?? 0);
      const chunked = request.headers['transfer-encoding'] !== undefined;
      // A body over the limit is refused unread (413), so it reserves nothing.
      if ((!chunked && !(declared > 0)) || declared > bodyLimit) return;
      const amount = chunked ? bodyLimit : declared;
      if (held + amount > budget) {
        request.log.warn({ held, amount, budget }, 'body memory budget reached: 503');
        throw new HttpError(503, 'busy', 'busy', { headers: { 'Retry-After': '5', Connection: 'close' } });
      }
      held += amount;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held -= amount;
      };
      reply.raw.once('finish', release);
      reply.raw.once('close', release);
    });
  },
  { name: 'poolster-body-budget', dependencies: ['poolster-language'] },
);
