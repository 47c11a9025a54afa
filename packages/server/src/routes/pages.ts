import type { FastifyPluginAsync } from 'fastify';
import { centreOf } from '../centre.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/errors.js';
import { dashboardPage, reportPage, scanPage } from '../pages.js';
import { localize, type Response } from '../schema.js';
import { idParams } from './schemas.js';

/** The dashboard's list: a page at a time. */
const PAGE_SIZE = 50;

/** GET / (the scan), /dashboard (the comparison and the stored scans), /report/:id (one scan's report). */
export const pageRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store }) => {
  const title = localize(instrument.title, 'nl', instrument.defaultLanguage);

  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(scanPage(title)));

  app.get<{ Querystring: { cursor?: string } }>(
    '/dashboard',
    { schema: { hide: true, querystring: { type: 'object', properties: { cursor: { type: 'string', maxLength: 1000 } } } } },
    async (request, reply) => {
      const { cursor } = request.query;
      const [total, list] = await Promise.all([store.count(), store.list({ limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) })]);
      const view = { total, scans: list.items, later: cursor !== undefined, ...(list.next ? { next: list.next } : {}) };
      return reply.type('text/html; charset=utf-8').send(dashboardPage(view));
    },
  );

  app.get<{ Params: { id: string } }>('/report/:id', { schema: { hide: true, params: idParams } }, async (request, reply) => {
    const json = await store.get(request.params.id);
    if (json === undefined) throw new HttpError(404, 'not-found', 'notFound');
    const response = JSON.parse(json) as Response;
    const view = { id: response.id, centre: centreOf(instrument, response), submittedAt: response.submittedAt ?? response.updatedAt };
    return reply.type('text/html; charset=utf-8').send(reportPage(view));
  });
};
