import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { MESSAGES } from '../i18n/messages.js';
import { personOf, scopeOf } from '../plugins/access.js';
import { sharedEntries } from '../shared-entries.js';
import { ALL } from '../store/directory.js';
import { errorReplies } from './schemas.js';

const dashboardSchema = {
  summary: 'What the dashboard compares: the latest submitted response of each centre in each school year, for the centres the reader may see',
  description:
    'For `<poolster-compare>`: `entries` as its `entries` property takes them. Never every stored scan: one per centre and school year (1 September to 31 August, on the calendar of the server’s time zone, `POOLSTER_TIME_ZONE`), oldest year first within a centre. A centre member sees its own centre, a school-group viewer its centres, the network admin every centre. ' +
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
            required: ['id', 'label', 'centreId', 'date', 'response'],
            properties: {
              id: { type: 'string', description: 'The scan’s id; a new random one for an anonymous shared entry.' },
              label: { type: 'string', description: 'The centre’s name, a neutral label ("Other centre 2") for an anonymous shared entry, or the start of the id when the scan has none.' },
              centreId: { type: 'string', description: 'Identifies the centre: its id, or the label for a scan from before centres were registered; for an anonymous shared entry an id made up for this answer alone, the same for each of that centre’s school years.' },
              group: { type: 'string', description: 'The name of the centre’s school group. Absent for an anonymous shared entry and for a scan from before centres were registered.' },
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

/** GET /api/dashboard: the latest scan per centre and school year, for the comparison on /dashboard. */
export const dashboardRoutes: FastifyPluginAsync<AppContext> = async (app, { config, instrument, store }) => {
  app.get('/api/dashboard', { config: { access: 'signed-in', audit: { action: 'read', object: 'dashboard' } }, schema: dashboardSchema }, async (request, reply) => {
    const scope = scopeOf(personOf(request));
    // The school year turns at midnight on 1 September where the network is: the server's zone.
    const scans = await store.dashboard.latestPerCentreAndYear(instrument.id, scope, config.timeZone);
    // The stored JSON texts go out as they are, inside the envelope.
    const entries = scans.map(({ summary, schoolGroup, json }) => {
      const label = summary.centre || `(${summary.id.slice(0, 8)})`;
      const fields = { id: summary.id, label, centreId: summary.centreId ?? label, ...(schoolGroup !== undefined ? { group: schoolGroup } : {}), date: summary.submittedAt };
      return `${JSON.stringify(fields).slice(0, -1)},"response":${json}}`;
    });
    if (scope.kind !== 'all') {
      const { shareNetworkWide } = await store.settings.get();
      if (shareNetworkWide !== 'nothing') {
        const own = new Set(scans.map((entry) => entry.summary.centreId));
        // Registered centres only: a scan from before centres existed is the network admin's alone.
        const others = (await store.dashboard.latestPerCentreAndYear(instrument.id, ALL, config.timeZone)).filter(
          (entry) => entry.summary.centreId !== undefined && !own.has(entry.summary.centreId),
        );
        entries.push(...sharedEntries(others, shareNetworkWide, MESSAGES[request.lang].otherCentre));
      }
    }
    return reply.type('application/json; charset=utf-8').send(`{"instrumentId":${JSON.stringify(instrument.id)},"entries":[${entries.join(',')}]}`);
  });
};
