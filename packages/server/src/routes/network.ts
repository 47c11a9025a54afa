import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { personOf } from '../plugins/access.js';
// One description of a person (with `director` for a centre's directors) for the admin API, /api/me and /api/network.
import { person } from './admin-schemas.js';
import { errorReplies } from './schemas.js';

const meSchema = {
  summary: 'The signed-in person',
  tags: ['people'],
  response: { 200: person, ...errorReplies(401, 421, 429, 503) },
} as const;

const networkSchema = {
  summary: 'The network: school groups, centres and people (network admin only)',
  tags: ['people'],
  response: {
    200: {
      type: 'object',
      required: ['schoolGroups', 'centres', 'people'],
      properties: {
        schoolGroups: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } } },
        centres: {
          type: 'array',
          items: { type: 'object', required: ['id', 'name', 'schoolGroupId'], properties: { id: { type: 'string' }, name: { type: 'string' }, schoolGroupId: { type: 'string' } } },
        },
        people: { type: 'array', items: person },
      },
    },
    ...errorReplies(401, 403, 421, 429, 503),
  },
} as const;

/** GET /api/me (who is signed in) and GET /api/network (who is who, for the network admin). */
export const networkRoutes: FastifyPluginAsync<AppContext> = async (app, { store }) => {
  app.get('/api/me', { config: { access: 'signed-in', audit: { none: 'the reader’s own record, no scan' } }, schema: meSchema }, async (request) => personOf(request));

  app.get('/api/network', { config: { access: 'admin', audit: { none: 'the directory, no scan; its changes are recorded' } }, schema: networkSchema }, async () => {
    const [schoolGroups, centres, people] = await Promise.all([store.schoolGroups(), store.centres(), store.people()]);
    return { schoolGroups, centres, people };
  });
};
