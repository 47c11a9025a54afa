import fp from 'fastify-plugin';
import { HttpError } from '../http/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers whatever the Host (health checks, which reveal nothing). */
    anyHost?: boolean;
  }
}

/**
 * Answers only requests for the server's own names (421 otherwise). This stops DNS rebinding: a page
 * elsewhere that points a domain name of its own at this server cannot read the answers. On a loopback
 * address the loopback names are allowed; off loopback, the configured names (which the configuration
 * requires there). Behind a trusted proxy, X-Forwarded-Host counts as the Host (Fastify's `request.host`).
 */
export const hostGuardPlugin = fp<{ allowedHosts: string[] }>(
  async (app, { allowedHosts }) => {
    const allowed = new Set(allowedHosts.map((name) => name.toLowerCase()));
    app.addHook('onRequest', async (request) => {
      if (request.routeOptions.config.anyHost) return;
      if (!allowed.has(hostnameOf(request.host))) throw new HttpError(421, 'misdirected', 'misdirected');
    });
  },
  { name: 'poolster-host-guard', dependencies: ['poolster-language'] },
);

/**
 * A Host header is a name or a bracketed IPv6 address, then an optional port, and nothing else. A URL
 * parser would be too forgiving here: it reads `evil@localhost` (user info) and `localhost/x` (a path)
 * as localhost.
 */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/** `Scan.Poolster.example:8080` → `scan.poolster.example`, `[::1]:80` → `[::1]`; '' for anything that is not exactly a host. */
function hostnameOf(host: string | undefined): string {
  const match = host === undefined ? null : HOST_HEADER.exec(host);
  return match ? match[1]!.toLowerCase() : '';
}
