import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { errorReplies } from './schemas.js';

const dashboardSchema = {
  summary: 'What the dashboard compares: the latest submitted response of each centre',
  description: 'For `<poolster-compare>`: `entries` as its `entries` property takes them. Never every stored scan: one per centre.',
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
    ...errorReplies(421, 429, 503),
  },
} as const;

/** GET /api/dashboard: the latest scan per centre, for the comparison on /dashboard. */
export const dashboardRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store }) => {
  app.get('/api/dashboard', { schema: dashboardSchema }, async (_request, reply) => {
    const latest = await store.latestPerCentre(instrument.id);
    // The stored JSON texts go out as they are, inside the envelope.
    const entries = latest.map(({ summary, json }) => {
      const label = summary.centre || `(${summary.id.slice(0, 8)})`;
      return `{"id":${JSON.stringify(summary.id)},"label":${JSON.stringify(label)},"date":${JSON.stringify(summary.submittedAt)},"response":${json}}`;
    });
    return reply.type('application/json; charset=utf-8').send(`{"instrumentId":${JSON.stringify(instrument.id)},"entries":[${entries.join(',')}]}`);
  });
};
