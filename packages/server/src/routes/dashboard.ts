import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { personOf, scopeOf } from '../plugins/access.js';
import { errorReplies } from './schemas.js';

const dashboardSchema = {
  summary: 'What the dashboard compares: the latest submitted response of each centre the reader may see',
  description:
    'For `<poolster-compare>`: `entries` as its `entries` property takes them. Never every stored scan: one per centre. A centre member sees its own centre, a school-group viewer its centres, the network admin every centre.',
  tags: ['dashboard'],
  response: {
    200: {
      type: 'object',
      required: ['instrumentId', 'entries'],
      properties: {
        instrumentId: { type: 'string' },
        entries: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'label', 'date', 'response'],
            properties: {
              id: { type: 'string' },
              label: { type: 'string', description: 'The centre’s name, or the start of the id when the scan has none.' },
              date: { type: 'string', format: 'date-time' },
              response: { $ref: 'StoredResponse#' },
            },
          },
        },
      },
    },
    ...errorReplies(401, 421, 429, 503),
  },
} as const;

/** GET /api/dashboard: the latest scan per centre, for the comparison on /dashboard. */
export const dashboardRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store }) => {
  app.get('/api/dashboard', { config: { access: 'signed-in' }, schema: dashboardSchema }, async (request, reply) => {
    const latest = await store.latestPerCentre(instrument.id, scopeOf(personOf(request)));
    // The stored JSON texts go out as they are, inside the envelope.
    const entries = latest.map(({ summary, json }) => {
      const label = summary.centre || `(${summary.id.slice(0, 8)})`;
      return `{"id":${JSON.stringify(summary.id)},"label":${JSON.stringify(label)},"date":${JSON.stringify(summary.submittedAt)},"response":${json}}`;
    });
    return reply.type('application/json; charset=utf-8').send(`{"instrumentId":${JSON.stringify(instrument.id)},"entries":[${entries.join(',')}]}`);
  });
};
