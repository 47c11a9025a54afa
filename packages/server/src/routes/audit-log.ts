import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { AUDIT_ACTIONS, AUDIT_OBJECTS } from '../store/audit.js';
import { ROLES } from '../store/directory.js';
import { errorReplies, pageQuery, pageReply, type PageQuery } from './schemas.js';

const entry = {
  type: 'object',
  required: ['id', 'at', 'personId', 'role', 'action', 'objectKind'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    personId: { type: 'string', description: 'Who did it (the id stays after the person is removed).' },
    role: { type: 'string', enum: [...ROLES] },
    action: { type: 'string', enum: [...AUDIT_ACTIONS] },
    objectKind: { type: 'string', enum: [...AUDIT_OBJECTS] },
    objectId: { type: 'string' },
    centreId: { type: 'string', description: 'The centre the object belongs to, when it belongs to one.' },
  },
} as const;

/** GET /api/audit: who read, changed, deleted or exported what, newest first (network admin only). */
export const auditLogRoutes: FastifyPluginAsync<AppContext> = async (app, { store }) => {
  app.get<{ Querystring: PageQuery }>(
    '/api/audit',
    {
      config: { access: 'admin', audit: { none: 'the audit log itself' } },
      schema: {
        summary: 'The audit log, newest first, a page at a time',
        description: 'Entries expire after POOLSTER_AUDIT_RETENTION_DAYS (default 365).',
        tags: ['privacy'],
        querystring: pageQuery(100),
        response: {
          200: pageReply(entry),
          ...errorReplies(400, 401, 403, 421, 429, 503),
        },
      },
    },
    async (request) => store.audit.list({ limit: request.query.limit, ...(request.query.cursor ? { cursor: request.query.cursor } : {}) }),
  );
};
