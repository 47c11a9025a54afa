import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { fillPlaceholders } from '@poolster/schema';
import { OidcRefusedError, OidcUnavailableError } from '../auth/oidc.js';
import { languageOf, newTransaction, TRANSACTION_COOKIE, TRANSACTION_LIFETIME_MS, TRANSACTION_PATH, transactionFor } from '../auth/oidc-transaction.js';
import { baseUrlFor, landingFor, secureCookieFor, setSessionCookie } from '../auth/session-cookie.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { SIGN_IN_MESSAGES } from '../i18n/sign-in-messages.js';
import { notRegisteredPage, providerFailedPage, signInPage } from '../sign-in-pages.js';

const PUBLIC = { access: 'public' } as const;
export const CALLBACK_PATH = `${TRANSACTION_PATH}/callback`;

/**
 * Signing in with the network's identity provider (OpenID Connect), next to the link by e-mail.
 * GET /sign-in/oidc begins (a transaction cookie, then off to the provider); the provider sends the
 * browser back to GET /sign-in/oidc/callback, which checks the answer, matches the ID token's address
 * to a registered person and opens the same session as a link does. Both answer 404 while no provider
 * is configured. Nobody is ever created here: an address the network has not registered gets a page
 * saying so (the provider has proven the address, so this tells its owner nothing new).
 */
export const oidcSignInRoutes: FastifyPluginAsync<AppContext> = async (app, { config, store, signIn, oidc }) => {
  const page = (reply: FastifyReply, body: string, status: number) => reply.code(status).type('text/html; charset=utf-8').send(body);
  const transactionCookie = (request: FastifyRequest) => ({ path: TRANSACTION_PATH, httpOnly: true, sameSite: 'lax' as const, secure: secureCookieFor(config, request) });

  app.get('/sign-in/oidc', { config: PUBLIC, schema: { hide: true } }, async (request, reply) => {
    if (!oidc) throw new HttpError(404, 'not-found', 'notFound');
    const transaction = newTransaction(config.now(), request.lang);
    let target: URL;
    try {
      target = await oidc.authorizationUrl(`${baseUrlFor(config, request)}${CALLBACK_PATH}`, transaction, request.lang);
    } catch (error) {
      if (!(error instanceof OidcUnavailableError)) throw error;
      reply.header('Retry-After', '60');
      const alert = fillPlaceholders(SIGN_IN_MESSAGES[request.lang].providerUnavailable, { name: oidc.name });
      return page(reply, signInPage(request.lang, { provider: oidc.name, alert }), 503);
    }
    // SameSite=Lax: the provider's redirect back is a top-level GET, which carries it.
    reply.setCookie(TRANSACTION_COOKIE, transaction.cookie, { ...transactionCookie(request), maxAge: TRANSACTION_LIFETIME_MS / 1000 });
    return reply.redirect(target.href, 303);
  });

  app.get('/sign-in/oidc/callback', { config: PUBLIC, schema: { hide: true } }, async (request, reply) => {
    if (!oidc) throw new HttpError(404, 'not-found', 'notFound');
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const state = new URLSearchParams(query).get('state') ?? undefined;
    // Whatever happens next, this transaction is over: a second use of the same callback finds no cookie.
    reply.clearCookie(TRANSACTION_COOKIE, transactionCookie(request));
    const cookie = request.cookies[TRANSACTION_COOKIE];
    // The pages answer in the language the sign-in began in (the provider's redirect carries no ?lang=).
    const lang = languageOf(cookie) ?? request.lang;
    const transaction = transactionFor(cookie, state, config.now());
    if (typeof transaction === 'string') {
      request.log.warn({ reason: transaction }, 'identity provider sign-in refused');
      return page(reply, providerFailedPage(lang, oidc.name), 400);
    }
    let identity;
    try {
      identity = await oidc.identity(new URL(`${baseUrlFor(config, request)}${CALLBACK_PATH}${query}`), transaction);
    } catch (error) {
      if (error instanceof OidcUnavailableError) {
        return page(reply, signInPage(lang, { provider: oidc.name, alert: fillPlaceholders(SIGN_IN_MESSAGES[lang].providerUnavailable, { name: oidc.name }) }), 503);
      }
      if (!(error instanceof OidcRefusedError)) throw error;
      request.log.warn({ reason: error.message, ...detailOf(error.cause) }, 'identity provider sign-in refused');
      return page(reply, providerFailedPage(lang, oidc.name, error.kind === 'no-address'), 400);
    }
    const person = await store.personByEmail(identity.email);
    if (!person) {
      request.log.info({ claim: identity.from }, 'identity provider sign-in of an unregistered address');
      return page(reply, notRegisteredPage(lang, identity.email), 403);
    }
    setSessionCookie(reply, request, config, await signIn.openSession(person));
    request.log.info({ personId: person.id, role: person.role, via: 'oidc', claim: identity.from }, 'signed in');
    return reply.redirect(landingFor(person), 303);
  });
};

/**
 * What openid-client says went wrong, for the log: its error code, the innermost message (such as
 * `unexpected ID Token "nonce" claim value`) and the claim that did not match. Never a token.
 */
function detailOf(cause: unknown): { code?: string; detail?: string; claim?: string } {
  const found: { code?: string; detail?: string; claim?: string } = {};
  for (let error = cause, depth = 0; error && typeof error === 'object' && depth < 5; depth++) {
    const { code, message, claim } = error as { code?: unknown; message?: unknown; claim?: unknown };
    if (typeof code === 'string') found.code ??= code;
    if (error instanceof Error && typeof message === 'string') found.detail = message;
    if (typeof claim === 'string') found.claim = claim;
    error = (error as { cause?: unknown }).cause;
  }
  return found;
}
