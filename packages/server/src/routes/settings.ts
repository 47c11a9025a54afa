import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { SHARE_LEVELS, type NetworkSettings } from '../store/settings.js';
import { errorReplies } from './schemas.js';

const shareNetworkWide = {
  type: 'string',
  enum: [...SHARE_LEVELS],
  description:
    'What centre members and school-group viewers see on the dashboard of the centres outside their own scope: `nothing` (the default); `anonymous` (each other centre’s latest placements under a neutral label, without any free text); `named` (the same under the centre’s name, still without free text).',
} as const;

const settings = { type: 'object', required: ['shareNetworkWide'], properties: { shareNetworkWide } } as const;

/** GET and PUT /api/settings: what the network decides for all its centres (network admin only). */
export const settingsRoutes: FastifyPluginAsync<AppContext> = async (app, { store }) => {
  app.get(
    '/api/settings',
    {
      config: { access: 'admin', audit: { none: 'the network’s settings, no scan; their changes are recorded' } },
      schema: { summary: 'The network’s settings', tags: ['admin'], response: { 200: settings, ...errorReplies(401, 403, 421, 429, 503) } },
    },
    () => store.settings.get(),
  );

  app.put<{ Body: Partial<NetworkSettings> }>(
    '/api/settings',
    {
      config: { access: 'admin', audit: { action: 'change', object: 'settings' } },
      schema: {
        summary: 'Change the network’s settings',
        description: 'The settings given change; the others stay as they are.',
        tags: ['admin'],
        body: { type: 'object', additionalProperties: false, properties: { shareNetworkWide } },
        response: { 200: settings, ...errorReplies(400, 401, 403, 415, 421, 429, 503) },
      },
    },
    (request) => store.settings.put(request.body),
  );
};
