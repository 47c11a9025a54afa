import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import { answersHash } from '../answers-hash.js';
import { centreOf, withCentreName } from '../centre.js';
import { checkSubmission } from '../check-submission.js';
import type { AppContext } from '../context.js';
import { personOf, scopeOf } from '../plugins/access.js';
import { HttpError } from '../http/errors.js';
import { issueOut } from '../http/issues.js';
import { MESSAGES } from '../i18n/messages.js';
import type { DraftKey } from '../store/drafts.js';
import type { ResponseStore } from '../store/store.js';
import { scanMails } from '../mail/scan-mails.js';
import { errorReplies, idParams, pageQuery, pageReply, type PageQuery } from './schemas.js';

const submitSchema = {
  summary: 'Submit one response',
  description:
    'One submitted response as JSON (the scan sends it with `Idempotency-Key` set to its id). It is checked by @poolster/schema ' +
    '(complete answers, status `submitted`); what is stored is the validated value, never the raw body. Sending the same answers ' +
    'again answers 200; other answers under a stored id answer 409 and are not stored. Only a centre member sends, and the scan belongs to ' +
    'the member’s centre: the centre-name question, where the instrument has one, is filled in from the registered centre, whatever the body says.',
  tags: ['responses'],
  headers: {
    type: 'object',
    properties: { 'idempotency-key': { type: 'string', maxLength: 200, description: 'When present, must equal the body’s `id`.' } },
  },
  body: { type: 'object', additionalProperties: true, description: 'A Response (@poolster/schema response.schema.json).' },
  response: {
    201: { description: 'Stored now.', type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    200: {
      description: 'These answers were already stored under this id; the stored copy is kept.',
      type: 'object',
      required: ['id', 'duplicate'],
      properties: { id: { type: 'string' }, duplicate: { type: 'boolean', enum: [true] } },
    },
    409: {
      description: 'Other answers are already stored under this id; they are kept.',
      type: 'object',
      required: ['id', 'error'],
      properties: { id: { type: 'string' }, error: { type: 'string' } },
    },
    ...errorReplies(400, 401, 403, 413, 415, 421, 429, 503),
  },
} as const;

const listSchema = {
  summary: 'List the stored responses the reader may see (summaries, newest first)',
  tags: ['responses'],
  querystring: pageQuery(50),
  response: {
    200: pageReply({ $ref: 'Summary#' }),
    ...errorReplies(400, 401, 421, 429, 503),
  },
} as const;

const getSchema = {
  summary: 'One stored response (404 when it is not the reader’s to see)',
  tags: ['responses'],
  params: idParams,
  response: { 200: { $ref: 'StoredResponse#' }, ...errorReplies(401, 404, 421, 429, 503) },
} as const;

/** POST /api/responses (submit), GET /api/responses (a page of summaries), GET /api/responses/:id. */
export const responsesRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store, config, mail }) => {
  app.post<{ Body: unknown; Headers: { 'idempotency-key'?: string } }>('/api/responses', { config: { access: 'centre-member', audit: { action: 'change', object: 'response' } }, schema: submitSchema, attachValidation: true }, async (request, reply) => {
    // The body's shape is for the schema package to judge (with localised issues), not for the route's schema.
    if (request.validationError && request.validationError.validationContext !== 'body') throw request.validationError;
    if (!request.headers['content-type']) throw new HttpError(415, 'unsupported-media-type', 'unsupportedMediaType');
    const t = MESSAGES[request.lang];
    const body = request.body;
    const bodyId = typeof body === 'object' && body !== null && typeof (body as { id?: unknown }).id === 'string' ? (body as { id: string }).id : undefined;
    const key = request.headers['idempotency-key'];
    if (key !== undefined && key !== bodyId) {
      throw new HttpError(400, 'idempotency-key-mismatch', 'keyMismatch', {
        issues: [{ code: 'host.idempotency-key-mismatch', path: 'id', message: t.keyMismatch }],
      });
    }
    const centre = await store.centre(personOf(request).centreId ?? '');
    if (!centre) throw new HttpError(403, 'forbidden', 'forbidden');
    const { errors, value } = checkSubmission(instrument, withCentreName(instrument, body, centre.name));
    if (errors.length > 0 || !value) throw new HttpError(400, 'invalid-response', 'invalidResponse', { issues: errors.map((i) => issueOut(i, request.lang)) });
    if (value.status !== 'submitted' || value.submittedAt === undefined) {
      throw new HttpError(400, 'not-submitted', 'notSubmitted', { issues: [{ code: 'host.not-submitted', path: 'status', message: t.notSubmitted }] });
    }
    // The mails are made before the insert and queued with it, in its transaction, only when it stores now.
    const recipients = await store.outbox.scanRecipients(centre.id);
    const base = config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
    const mails = scanMails({ instrument, response: value, centre, recipients, reportUrl: `${base}/report/${encodeURIComponent(value.id)}`, now: config.now(), timeZone: config.timeZone });
    const outcome = await store.insert({
      id: value.id,
      instrumentId: value.instrumentId,
      instrumentVersion: value.instrumentVersion,
      centre: centreOf(instrument, value) || centre.name,
      centreId: centre.id,
      submittedAt: value.submittedAt,
      response: value,
      answersHash: answersHash(value),
    }, mails);
    request.auditTarget = { objectId: value.id, centreId: centre.id };
    switch (outcome) {
      case 'created':
        request.log.info({ responseId: value.id, centreId: centre.id, mails: mails.length }, 'response stored');
        if (recipients.directors.length === 0) request.log.info({ centreId: centre.id }, 'no director registered for the centre: no overview mailed');
        if (recipients.viewers.length === 0) request.log.info({ schoolGroupId: centre.schoolGroupId }, 'no viewer registered for the school group: no notice mailed');
        if (mails.length > 0) mail.wake();
        await discardDraft(store, { centreId: centre.id, instrumentId: value.instrumentId }, value.id, request);
        return reply.code(201).header('Location', `/api/responses/${encodeURIComponent(value.id)}`).send({ id: value.id });
      case 'duplicate':
        // The same scan sent again (a retry whose first answer was lost): its draft is done with too.
        await discardDraft(store, { centreId: centre.id, instrumentId: value.instrumentId }, value.id, request);
        return reply.code(200).send({ id: value.id, duplicate: true });
      case 'conflict':
        return reply.code(409).send({ id: value.id, error: t.conflict });
    }
  });

  app.get<{ Querystring: PageQuery }>('/api/responses', { config: { access: 'signed-in', audit: { none: 'summaries only (centre, dates), no answers' } }, schema: listSchema }, async (request) => {
    const { limit, cursor } = request.query;
    return store.list({ limit, scope: scopeOf(personOf(request)), ...(cursor ? { cursor } : {}) });
  });

  app.get<{ Params: { id: string } }>('/api/responses/:id', { config: { access: 'signed-in', audit: { action: 'read', object: 'response' } }, schema: getSchema }, async (request, reply) => {
    const json = await store.get(request.params.id, scopeOf(personOf(request)));
    if (json === undefined) throw new HttpError(404, 'not-found', 'notFound');
    // Sent as stored: a JSON text needs no second serialisation.
    return reply.type('application/json; charset=utf-8').send(json);
  });
};

/**
 * The scan is sent: the centre's draft of it is done with, and only that one (a draft of another scan is
 * the team's newer work). The response is stored whatever happens here; a draft that cannot be deleted
 * now is logged and left to expire, rather than failing a stored submission.
 */
async function discardDraft(store: ResponseStore, key: DraftKey, responseId: string, request: { log: FastifyBaseLogger }): Promise<void> {
  try {
    await store.drafts.discard(key, responseId);
  } catch (error) {
    request.log.warn({ err: error, ...key }, 'the draft of a sent scan could not be deleted');
  }
}
