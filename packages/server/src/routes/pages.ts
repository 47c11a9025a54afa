import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { centreOf } from '../centre.js';
import type { AppContext } from '../context.js';
import { personOf, scopeOf } from '../plugins/access.js';
import { HttpError } from '../http/errors.js';
import { dashboardPage, reportPage, scanPage } from '../pages.js';
import { localize, type Response } from '../schema.js';
import type { Person } from '../store/directory.js';
import { idParams } from './schemas.js';
import { ROUNDS_DROP_IN } from './static.js';

/** The dashboard's list: a page at a time. */
const PAGE_SIZE = 50;

/** GET / (the scan), /dashboard (the comparison and the stored scans), /report/:id (one scan's report). */
export const pageRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store, config }) => {
  // The team round goes into the scan of a member with a centre, once the rounds' drop-in is built (looked at on
  // each request, as the drop-ins are read): a server without it offers the scan alone rather than a failing script.
  const roundsDropIn = join(dirname(config.dropInPath), ROUNDS_DROP_IN);
  const teamRounds = (person: Person) => person.centreId !== undefined && existsSync(roundsDropIn);
  // The page's words follow the request's language; the instrument's title too, when it has that language.
  const title = (request: FastifyRequest) => localize(instrument.title, request.lang, instrument.defaultLanguage);
  // A page asked with `?lang=` keeps it in its links, so following them stays in that language.
  const keepLang = (request: FastifyRequest) => typeof (request.query as { lang?: unknown } | undefined)?.lang === 'string';

  app.get('/', { config: { access: 'centre-member', audit: { none: 'the empty scan page, no stored scan' } }, schema: { hide: true } }, async (request, reply) =>
    reply.type('text/html; charset=utf-8').send(scanPage(title(request), personOf(request), request.lang, instrument.id, keepLang(request), teamRounds(personOf(request)), config.timeZone)),
  );

  app.get<{ Querystring: { cursor?: string } }>(
    '/dashboard',
    { config: { access: 'signed-in', audit: { none: 'summaries only (centre, dates), no answers' } }, schema: { hide: true, querystring: { type: 'object', properties: { cursor: { type: 'string', maxLength: 1000 } } } } },
    async (request, reply) => {
      const { cursor } = request.query;
      const who = personOf(request);
      const scope = scopeOf(who);
      const [total, list] = await Promise.all([store.count(scope), store.list({ limit: PAGE_SIZE, scope, ...(cursor ? { cursor } : {}) })]);
      const view = { who, lang: request.lang, keepLang: keepLang(request), timeZone: config.timeZone, total, scans: list.items, later: cursor !== undefined, ...(list.next ? { next: list.next } : {}) };
      return reply.type('text/html; charset=utf-8').send(dashboardPage(view));
    },
  );

  app.get<{ Params: { id: string } }>('/report/:id', { config: { access: 'signed-in', audit: { action: 'read', object: 'response' } }, schema: { hide: true, params: idParams } }, async (request, reply) => {
    const who = personOf(request);
    const json = await store.get(request.params.id, scopeOf(who));
    if (json === undefined) throw new HttpError(404, 'not-found', 'notFound');
    const response = JSON.parse(json) as Response;
    const view = { who, lang: request.lang, keepLang: keepLang(request), timeZone: config.timeZone, id: response.id, centre: centreOf(instrument, response), submittedAt: response.submittedAt ?? response.updatedAt };
    return reply.type('text/html; charset=utf-8').send(reportPage(view));
  });
};
