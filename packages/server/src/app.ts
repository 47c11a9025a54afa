import type { Server } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { BODY_LIMIT, type ServerConfig } from './config.js';
import type { AppContext } from './context.js';
import { clientErrorHandler } from './http/client-errors.js';
import { accessPlugin } from './plugins/access.js';
import { auditPlugin } from './plugins/audit.js';
import { bodyBudgetPlugin } from './plugins/body-budget.js';
import { closingPlugin } from './plugins/closing.js';
import { errorsPlugin } from './plugins/errors.js';
import { hostGuardPlugin } from './plugins/host-guard.js';
import { jsonBodyPlugin } from './plugins/json-body.js';
import { languagePlugin } from './plugins/language.js';
import { openApiPlugin } from './plugins/openapi.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { adminRoutes } from './routes/admin.js';
import { adminPageRoutes } from './routes/admin-page.js';
import { auditLogRoutes } from './routes/audit-log.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { draftRoutes } from './routes/drafts.js';
import { reopenRoutes } from './routes/reopen.js';
import { ballotRoutes } from './routes/ballots.js';
import { roundRoutes } from './routes/rounds.js';
import { joinPageRoutes } from './routes/join-pages.js';
import { healthRoutes } from './routes/health.js';
import { mailRoutes } from './routes/mail.js';
import { networkRoutes } from './routes/network.js';
import { overviewRoutes } from './routes/overviews.js';
import { pageRoutes } from './routes/pages.js';
import { privacyRoutes } from './routes/privacy.js';
import { responsesRoutes } from './routes/responses.js';
import { addSharedSchemas } from './routes/schemas.js';
import { settingsRoutes } from './routes/settings.js';
import { oidcSignInRoutes } from './routes/oidc-sign-in.js';
import { signInRoutes } from './routes/sign-in.js';
import { staticRoutes } from './routes/static.js';

const ROUTES = new WeakMap<FastifyInstance, Array<RegisteredRoute>>();

/** A route as registered: its method, URL pattern and config (as plugins left it, read when asked). */
export interface RegisteredRoute {
  method: string;
  url: string;
  readonly config: unknown;
}

/** Every route's method and URL pattern, in the order registered (the access table test tries each). */
export const registeredRoutes = (app: FastifyInstance): ReadonlyArray<RegisteredRoute> => ROUTES.get(app) ?? [];

/**
 * The Fastify instance with everything that is not a route: structured logging, the body limit and
 * timeouts, the language of the answers, security headers, the Host guard, JSON parsing, rate limits,
 * localised errors and the OpenAPI generator. Hooks run in the order registered here, so the language is
 * known before anything can fail.
 */
export async function createApp(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify<Server>({
    logger: { level: config.logLevel, serializers: { req: loggedRequest }, ...(config.logStream ? { stream: config.logStream } : {}) },
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxy(config.trustProxy),
    // A request must have arrived in full within requestTimeout (408 and closed, see clientErrorHandler), and a
    // connection that sends nothing for idleTimeout is closed: stalled bodies do not hold memory for long.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.idleTimeoutMs,
    keepAliveTimeout: Math.min(5000, config.idleTimeoutMs),
    http: {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(10_000, config.requestTimeoutMs),
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(config.requestTimeoutMs / 4))),
    },
    // The closing plugin answers those in the request's language instead.
    return503OnClosing: false,
    // Requests cut by the server (the request timeout) or unreadable are answered in their language too.
    clientErrorHandler,
  });
  app.server.maxConnections = config.maxConnections;
  // Every route, as registered: the access table test checks that it tries each one.
  const routes: RegisteredRoute[] = [];
  ROUTES.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, get config() { return route.config; } });
  });

  await app.register(languagePlugin);
  await app.register(closingPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(hostGuardPlugin, { allowedHosts: config.allowedHosts });
  await app.register(jsonBodyPlugin);
  await app.register(rateLimitPlugin, { max: config.rateLimitMax, windowMs: config.rateLimitWindowMs });
  await app.register(errorsPlugin);
  await app.register(openApiPlugin);
  addSharedSchemas(app);
  return app;
}

/**
 * The routes, one plugin per concern, behind the access check (sessions, the cross-site guard, and each
 * route's `config.access`, see plugins/access.ts, all in one hook) and then the memory budget of unread
 * bodies. Both run before a byte of a body is read; the access check first, so that a request refused
 * (401, 403) is answered as such and reserves none of the budget that signed-in senders share.
 */
export async function registerRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { config } = context;
  await app.register(accessPlugin, { store: context.store, now: config.now, publicBaseUrl: config.publicBaseUrl });
  await app.register(auditPlugin, { store: context.store, now: config.now });
  await app.register(bodyBudgetPlugin, { budget: config.bodyMemoryBudget, perClient: config.bodyMemoryPerClient, bodyLimit: BODY_LIMIT });
  await app.register(signInRoutes, context);
  await app.register(oidcSignInRoutes, context);
  await app.register(networkRoutes, context);
  await app.register(adminRoutes, context);
  await app.register(settingsRoutes, context);
  await app.register(privacyRoutes, context);
  await app.register(auditLogRoutes, context);
  await app.register(responsesRoutes, context);
  await app.register(draftRoutes, context);
  await app.register(reopenRoutes, context);
  await app.register(roundRoutes, context);
  await app.register(ballotRoutes, context);
  await app.register(dashboardRoutes, context);
  await app.register(overviewRoutes, context);
  await app.register(mailRoutes, context);
  await app.register(healthRoutes, context);
  await app.register(pageRoutes, context);
  await app.register(joinPageRoutes, context);
  await app.register(adminPageRoutes, context);
  await app.register(staticRoutes, context);
}

/**
 * What the log says of a request: Fastify's own fields, but a sign-in link's token is left out of the URL
 * (`/sign-in/[token]`), so that the log never holds a link that still works, and so is the query of the
 * identity provider's callback (its code and state). A team round participant's token is left out too
 * (`/api/ballots/[token]`): beside the client's address it would tie an anonymous placement to a device.
 */
function loggedRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactBallotToken(redactSignInToken(request.url)),
    version: [request.headers?.['accept-version']].flat()[0],
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * `/sign-in/<token>?…` → `/sign-in/[token]?…` (any path segment after /sign-in/, whatever its form), and
 * `/sign-in/oidc/callback?code=…` → `/sign-in/oidc/callback?[redacted]`.
 */
export const redactSignInToken = (url: string): string =>
  /^\/+sign-in\/oidc\/callback([?#]|$)/i.test(url)
    ? url.replace(/[?#].*$/s, '?[redacted]')
    : /^\/+sign-in\/oidc([?#]|$)/i.test(url)
      ? url
      : url.replace(/^(\/+sign-in\/)[^/?#]+/i, '$1[token]');

/** `/api/ballots/<token>…` → `/api/ballots/[token]…`. */
export const redactBallotToken = (url: string): string => url.replace(/^(\/+api\/ballots\/)[^/?#]+/i, '$1[token]');

/**
 * A hop count becomes a function: trust that many proxies in front. Fastify 5 no longer takes the bare
 * number (it trusts nothing then, since a count cannot check who the nearest peer is), so the count is
 * spelled out here. Like `true`, it is for a server that only the proxies can reach (see DEPLOYMENT.md).
 */
function trustProxy(setting: boolean | number | string): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}
