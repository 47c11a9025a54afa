import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { pageLink } from '../pages.js';
import { joinPage, votePage } from '../round-pages.js';
import { isJoinCode, normaliseCode } from '../rounds/join-code.js';

const PUBLIC = { access: 'public', audit: { none: 'a page without data: participants have no account' } } as const;

/** GET /join (the code form; `?code=` redirects to the round's page) and /join/:code (the round's page). */
export const joinPageRoutes: FastifyPluginAsync<AppContext> = async (app) => {
  const keepLang = (request: FastifyRequest) => typeof (request.query as { lang?: unknown } | undefined)?.lang === 'string';

  app.get<{ Querystring: { code?: string } }>(
    '/join',
    { config: PUBLIC, schema: { hide: true, querystring: { type: 'object', properties: { code: { type: 'string', maxLength: 40 }, lang: { type: 'string', maxLength: 20 } } } } },
    async (request, reply) => {
      const typed = request.query.code;
      if (typed === undefined) return reply.type('text/html; charset=utf-8').send(joinPage(request.lang, keepLang(request)));
      const code = normaliseCode(typed);
      // A code that cannot be one is shown again with the hint; whether a round runs under it, the page's element finds out.
      if (!isJoinCode(code)) return reply.code(400).type('text/html; charset=utf-8').send(joinPage(request.lang, keepLang(request), typed));
      return reply.redirect(pageLink(`/join/${code}`, request.lang, keepLang(request)), 303);
    },
  );

  app.get<{ Params: { code: string } }>(
    '/join/:code',
    { config: PUBLIC, schema: { hide: true, params: { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 40 } } } } },
    async (request, reply) => {
      const code = normaliseCode(request.params.code);
      if (!isJoinCode(code)) return reply.code(404).type('text/html; charset=utf-8').send(joinPage(request.lang, keepLang(request), request.params.code));
      return reply.type('text/html; charset=utf-8').send(votePage(request.lang, keepLang(request), code));
    },
  );
};
