import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { MESSAGES } from '../i18n/messages.js';
import { personOf, scopeOf } from '../plugins/access.js';
import { sharedEntries } from '../shared-entries.js';
import { ALL } from '../store/directory.js';
import { errorReplies } from './schemas.js';

const dashboardSchema = {
  summary: 'What the dashboard compares: the latest submitted response of each centre the reader may see',
  description:
    'For `<poolster-compare>`: `entries` as its `entries` property takes them. Never every stored scan: one per centre. A centre member sees its own centre, a school-group viewer its centres, the network admin every centre. ' +
    'When the network shares (`GET /api/settings`, `shareNetworkWide`), centre members and viewers also get the other centres’ latest placements, marked `shared`: without any free text, and under a neutral label (`anonymous`) or the centre’s name (`named`).',
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
              id: { type: 'string', description: 'The scan’s id; a new random one for an anonymous shared entry.' },
              label: { type: 'string', description: 'The centre’s name, a neutral label ("Other centre 2") for an anonymous shared entry, or the start of the id when the scan has none.' },
              date: { type: 'string', format: 'date-time' },
              shared: { type: 'boolean', description: 'A centre outside the reader’s scope, shared network-wide: placements only.' },
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
  app.get('/api/dashboard', { config: { access: 'signed-in', audit: { action: 'read', object: 'dashboard' } }, schema: dashboardSchema }, async (request, reply) => {
    const scope = scopeOf(personOf(request));
    const latest = await store.latestPerCentre(instrument.id, scope);
    // The stored JSON texts go out as they are, inside the envelope.
    const entries = latest.map(({ summary, json }) => {
      const label = summary.centre || `(${summary.id.slice(0, 8)})`;
      return `{"id":${JSON.stringify(summary.id)},"label":${JSON.stringify(label)},"date":${JSON.stringify(summary.submittedAt)},"response":${json}}`;
    });
    if (scope.kind !== 'all') {
      const { shareNetworkWide } = await store.settings.get();
      if (shareNetworkWide !== 'nothing') {
        const own = new Set(latest.map((entry) => entry.summary.centreId));
        // Registered centres only: a scan from before centres existed is the network admin's alone.
        const others = (await store.latestPerCentre(instrument.id, ALL)).filter((entry) => entry.summary.centreId !== undefined && !own.has(entry.summary.centreId));
        entries.push(...sharedEntries(others, shareNetworkWide, MESSAGES[request.lang].otherCentre));
      }
    }
    return reply.type('application/json; charset=utf-8').send(`{"instrumentId":${JSON.stringify(instrument.id)},"entries":[${entries.join(',')}]}`);
  });
};
