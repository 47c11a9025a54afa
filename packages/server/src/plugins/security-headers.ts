import fp from 'fastify-plugin';
import { CSP } from '../http/csp.js';

/**
 * Headers every answer carries: no MIME sniffing, no referrer to other sites, not readable from other
 * origins. Pages get the strict policy unless their route set its own (the mail overview does); answers
 * that did not choose a cache policy are not stored (stored scans are personal data).
 */
export const securityHeadersPlugin = fp(
  async (app) => {
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('X-Content-Type-Options', 'nosniff');
      reply.header('Referrer-Policy', 'same-origin');
      reply.header('Cross-Origin-Resource-Policy', 'same-origin');
      const type = String(reply.getHeader('content-type') ?? '');
      if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) reply.header('Content-Security-Policy', CSP);
      if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');
      return payload;
    });
  },
  { name: 'poolster-security-headers' },
);
