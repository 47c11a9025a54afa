import { fillPlaceholders } from '@poolster/schema';
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { reopenedDraft } from '../drafts-reopen.js';
import { etagOf } from '../http/etags.js';
import { HttpError } from '../http/errors.js';
import { DRAFT_MESSAGES } from '../i18n/draft-messages.js';
import { personOf } from '../plugins/access.js';
import { errorReplies, idParams } from './schemas.js';

const reopenSchema = {
  summary: 'Reopen a sent scan as its centre’s draft, for correction (network admin only)',
  description:
    'In one transaction: the stored scan becomes its centre’s draft (status `draft`, no `submittedAt`), and the stored scan is removed, so the ' +
    'corrected scan can be sent again under the same id. When the centre has a draft in progress, nothing changes (409 `draft-exists`) unless ' +
    '`replace=true` is asked: then that draft is replaced and handed back in `replaced`.',
  tags: ['responses'],
  params: idParams,
  querystring: {
    type: 'object',
    properties: { replace: { type: 'boolean', default: false, description: 'Replace the draft the centre has in progress (it is returned in `replaced`).' }, lang: { type: 'string', maxLength: 35 } },
  },
  response: {
    200: {
      type: 'object',
      required: ['etag', 'centreId', 'instrumentId', 'replacedDraft', 'message'],
      properties: {
        etag: { type: 'string', description: 'The new draft’s version (the `ETag` header without its quotes).' },
        centreId: { type: 'string' },
        instrumentId: { type: 'string' },
        replacedDraft: { type: 'boolean', description: 'True when the centre had a draft, which the reopened scan replaced.' },
        message: { type: 'string', description: 'What happened, in the language of the request.' },
        replaced: { type: 'object', additionalProperties: true, description: 'The draft the centre had in progress, when `replace=true` replaced it.' },
      },
    },
    409: { $ref: 'Error#', description: 'The scan belongs to no registered centre (stored before centres were), or (`draft-exists`) its centre has a draft in progress and `replace` was not asked.' },
    ...errorReplies(401, 403, 404, 421, 429, 503),
  },
} as const;

/** POST /api/responses/:id/reopen: a sent scan back to its centre's team (a correction asked for under the GDPR, or a mistake). */
export const reopenRoutes: FastifyPluginAsync<AppContext> = async (app, { store, config }) => {
  app.post<{ Params: { id: string }; Querystring: { replace?: boolean } }>('/api/responses/:id/reopen', { config: { access: 'admin', audit: { action: 'change', object: 'response', before: true } }, schema: reopenSchema }, async (request, reply) => {
    const admin = personOf(request);
    const now = config.now();
    const result = await store.drafts.reopen(request.params.id, (stored) => reopenedDraft(stored, now), admin.id, now, request.query.replace === true);
    const t = DRAFT_MESSAGES[request.lang];
    if (result.outcome === 'not-found') throw new HttpError(404, 'not-found', 'notFound');
    if (result.outcome === 'no-centre') return reply.code(409).send({ error: t.reopenNoCentre, code: 'no-centre' });
    if (result.outcome === 'draft-exists') {
      const name = (await store.centre(result.key.centreId))?.name ?? result.key.centreId;
      return reply.code(409).send({ error: fillPlaceholders(t.reopenDraftExists, { centre: name }), code: 'draft-exists' });
    }
    const { key, version, replacedDraft } = result;
    // The audit log records the change (plugins/audit.ts); the log line says whether a draft was replaced.
    request.auditTarget = { centreId: key.centreId };
    request.log.info({ event: 'response-reopened', responseId: request.params.id, by: admin.id, ...key, replacedDraft }, 'sent scan reopened as a draft');
    const centre = (await store.centre(key.centreId))?.name ?? key.centreId;
    return reply
      .header('ETag', etagOf(version))
      .send({ etag: version, ...key, replacedDraft, message: fillPlaceholders(replacedDraft ? t.reopenedReplacing : t.reopened, { centre }), ...(result.replaced ? { replaced: JSON.parse(result.replaced) as unknown } : {}) });
  });
};
