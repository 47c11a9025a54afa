import fp from 'fastify-plugin';
import { HttpError } from '../http/errors.js';

/**
 * A cap on the memory unfinished request bodies hold: all together (`budget`), and from one client
 * address (`perClient`), so that one client holding many stalled uploads cannot lock everyone else out.
 * Each request that announces a body reserves what it may take (its Content-Length, or the whole body
 * limit when chunked) until its answer is sent or its connection closes; a request that would pass
 * either cap gets 503 at once, before a byte of its body is read. With the request timeout this bounds
 * what slow or stalled clients can pin down. The client is `request.ip`: behind a trusted proxy, the
 * address the proxy reports.
 */
export const bodyBudgetPlugin = fp<{ budget: number; perClient: number; bodyLimit: number }>(
  async (app, { budget, perClient, bodyLimit }) => {
    let held = 0;
    const heldByClient = new Map<string, number>();
    app.addHook('onRequest', async (request, reply) => {
      const declared = Number(request.headers['content-length'] ?? 0);
      const chunked = request.headers['transfer-encoding'] !== undefined;
      // A body over the limit is refused unread (413), so it reserves nothing.
      if ((!chunked && !(declared > 0)) || declared > bodyLimit) return;
      const amount = chunked ? bodyLimit : declared;
      const client = request.ip;
      const clientHeld = heldByClient.get(client) ?? 0;
      const overall = held + amount > budget;
      if (overall || clientHeld + amount > perClient) {
        request.log.warn(
          { held, clientHeld, amount, budget, perClient },
          overall ? 'body memory budget reached: 503' : 'body memory share of one client reached: 503',
        );
        throw new HttpError(503, 'busy', 'busy', { headers: { 'Retry-After': '5', Connection: 'close' } });
      }
      held += amount;
      heldByClient.set(client, clientHeld + amount);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held -= amount;
        const left = (heldByClient.get(client) ?? 0) - amount;
        // Addresses that hold nothing are forgotten, so the map does not grow with every client ever seen.
        if (left > 0) heldByClient.set(client, left);
        else heldByClient.delete(client);
      };
      reply.raw.once('finish', release);
      reply.raw.once('close', release);
    });
  },
  { name: 'poolster-body-budget', dependencies: ['poolster-language'] },
);
