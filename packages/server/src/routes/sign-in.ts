import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../plugins/access.js';
import { SECRET_PATTERN } from '../auth/secrets.js';
import { baseUrlFor, clearSessionCookie, landingFor, setSessionCookie } from '../auth/session-cookie.js';
import type { SignIn } from '../auth/sign-in.js';
import type { AppContext } from '../context.js';
import { confirmPage, invalidLinkPage, linkSentPage, signInPage } from '../sign-in-pages.js';

const PUBLIC = { access: 'public' } as const;
const tokenParams = { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 100 } } } as const;

/**
 * Signing in with a link by e-mail, and signing out. GET /sign-in asks for an address; POST /sign-in
 * answers at once and then mails a link when the address is registered (the answer is the same either way); GET /sign-in/:token
 * shows a button, and POST /sign-in/:token uses the link (once, before it expires) and sets the session
 * cookie; POST /sign-out ends the session. The forms post `application/x-www-form-urlencoded`, which only
 * these routes accept.
 */
export const signInRoutes: FastifyPluginAsync<AppContext & { signIn: SignIn }> = async (app, { config, signIn, oidc }) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  const page = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body);
  const baseUrl = (request: FastifyRequest) => baseUrlFor(config, request);
  // Mails still being sent when the server stops are finished first (they use the store, closed after).
  const pendingMails = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...pendingMails]);
  });

  app.get('/sign-in', { config: PUBLIC, schema: { hide: true } }, async (request, reply) => page(reply, signInPage(request.lang, { provider: oidc?.name })));

  app.post<{ Body: { email?: unknown } | undefined }>('/sign-in', { config: PUBLIC, schema: { hide: true } }, async (request, reply) => {
    const email = typeof request.body?.email === 'string' ? request.body.email.trim() : '';
    if (email.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(email)) return page(reply, signInPage(request.lang, { provider: oidc?.name }), 400);
    // The answer goes out at once, the same for every address: the lookup, the link and the mail happen
    // afterwards, so neither the time taken nor a failing mail server tells who is registered.
    const mailing = signIn.mailLink(email, baseUrl(request), request.lang).catch((error: unknown) => {
      request.log.error({ err: error }, 'sign-in mail not sent');
    });
    pendingMails.add(mailing);
    void mailing.finally(() => pendingMails.delete(mailing));
    return page(reply, linkSentPage(request.lang));
  });

  app.get<{ Params: { token: string } }>('/sign-in/:token', { config: PUBLIC, schema: { hide: true, params: tokenParams } }, async (request, reply) => {
    const { token } = request.params;
    const usable = SECRET_PATTERN.test(token) && (await signIn.linkUsable(token));
    return usable ? page(reply, confirmPage(request.lang, token)) : page(reply, invalidLinkPage(request.lang), 400);
  });

  app.post<{ Params: { token: string } }>('/sign-in/:token', { config: PUBLIC, schema: { hide: true, params: tokenParams } }, async (request, reply) => {
    const { token } = request.params;
    const opened = SECRET_PATTERN.test(token) ? await signIn.useLink(token) : undefined;
    if (!opened) return page(reply, invalidLinkPage(request.lang), 400);
    request.log.info({ personId: opened.person.id, role: opened.person.role }, 'signed in');
    setSessionCookie(reply, request, config, opened.secret);
    return reply.redirect(landingFor(opened.person), 303);
  });

  app.post('/sign-out', { config: { access: 'public', wantsPerson: true }, schema: { hide: true } }, async (request, reply) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret && SECRET_PATTERN.test(secret)) await signIn.closeSession(secret);
    if (request.person) request.log.info({ personId: request.person.id }, 'signed out');
    clearSessionCookie(reply, request, config);
    return reply.redirect('/sign-in', 303);
  });
};
