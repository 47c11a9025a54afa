import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { withCentreName } from '../centre.js';
import type { AppContext } from '../context.js';
import { etagOf, parseIfMatch } from '../http/etags.js';
import { HttpError } from '../http/errors.js';
import { issueOut } from '../http/issues.js';
import { DRAFT_MESSAGES } from '../i18n/draft-messages.js';
import { personOf, scopeOf } from '../plugins/access.js';
import { checkDraftEnvelope, type Instrument } from '../schema.js';
import type { DraftKey, DraftWrite, StoredDraft } from '../store/drafts.js';
import type { ResponseStore } from '../store/store.js';
import { errorReplies } from './schemas.js';

const params = {
  type: 'object',
  required: ['instrumentId'],
  properties: { instrumentId: { type: 'string', minLength: 1, maxLength: 64, description: 'The server’s instrument (404 for any other).' } },
} as const;

const envelope = {
  type: 'object',
  description: 'A draft envelope (@poolster/schema draft-envelope.schema.json): the response with status `draft`, when and where the team left it.',
  required: ['format', 'version', 'savedAt', 'response'],
  properties: {
    format: { type: 'string', enum: ['poolster-draft'] },
    version: { type: 'integer', enum: [1] },
    savedAt: { type: 'string', description: 'ISO 8601, set by the client when it writes.' },
    step: { type: 'string', maxLength: 200, description: 'The scan step the team was on.' },
    savedBy: { type: 'string', description: 'The name of the person who saved it last (set by the server; ignored on writes).' },
    response: { type: 'object', additionalProperties: true, description: 'A Response with status `draft` (@poolster/schema response.schema.json).' },
  },
} as const;

/**
 * The request body as the OpenAPI document shows it. No `type` keywords: Fastify's validator coerces
 * types (`"1"` → 1) while it validates, and the body must reach the schema package as it was sent.
 */
const envelopeBody = {
  type: 'object',
  description: envelope.description,
  required: envelope.required,
  properties: {
    format: { const: 'poolster-draft' },
    version: { const: 1 },
    savedAt: { description: envelope.properties.savedAt.description },
    step: { description: envelope.properties.step.description },
    savedBy: { description: 'Ignored: the server records who saved.' },
    response: { description: envelope.properties.response.description },
  },
} as const;

const written = {
  type: 'object',
  required: ['etag'],
  properties: { etag: { type: 'string', description: 'The new version, the `ETag` header without its quotes.' } },
} as const;

const refused = {
  description: 'The draft is not at the version the request names (or a draft exists, for `If-None-Match: *`). The `ETag` header is the stored draft’s.',
  type: 'object',
  required: ['error', 'code'],
  properties: {
    error: { type: 'string' },
    code: { type: 'string', enum: ['draft-exists', 'draft-changed'] },
    current: { ...envelope, description: 'The stored draft, absent when there is none.' },
  },
} as const;

const alreadySent = {
  description: 'The envelope’s scan (its response id) was already sent by this centre: a device that missed the sending must forget its draft, not bring it back.',
  type: 'object',
  required: ['error', 'code'],
  properties: { error: { type: 'string' }, code: { type: 'string', enum: ['already-sent'] } },
} as const;

const ifMatch = { type: 'string', maxLength: 1000, description: 'The ETag of the draft the client read (`"42"`), or `*`.' };

const getSchema = {
  summary: 'The centre’s draft of the scan (the signed-in member’s centre)',
  tags: ['drafts'],
  params,
  response: { 200: { ...envelope, description: 'The draft, with its version in the `ETag` header.' }, ...errorReplies(401, 403, 404, 421, 429, 503) },
} as const;

const putSchema = {
  summary: 'Save the centre’s draft: create it (`If-None-Match: *`) or replace the version read (`If-Match`)',
  description:
    'The envelope is checked by @poolster/schema (its response as a draft: what was answered must be valid; status `draft`). The centre-name ' +
    'question is filled in from the registered centre, and `savedBy` is ignored: the server records who saved. Without either header: 428. ' +
    'A draft of a scan the centre has already sent: 409 `already-sent`.',
  tags: ['drafts'],
  params,
  headers: { type: 'object', properties: { 'if-match': ifMatch, 'if-none-match': { type: 'string', maxLength: 1000, description: '`*`: only when there is no draft yet.' } } },
  body: envelopeBody,
  response: { 201: { ...written, description: 'Created.' }, 200: { ...written, description: 'Replaced.' }, 409: alreadySent, 412: refused, ...errorReplies(400, 401, 403, 404, 413, 415, 421, 428, 429, 503) },
} as const;

const deleteSchema = {
  summary: 'Discard the centre’s draft (start again), at the version read (`If-Match`)',
  tags: ['drafts'],
  params,
  headers: { type: 'object', properties: { 'if-match': ifMatch } },
  response: { 204: { type: 'null', description: 'Deleted.' }, 412: refused, ...errorReplies(401, 403, 404, 421, 428, 429, 503) },
} as const;

type DraftRequest = FastifyRequest<{ Params: { instrumentId: string }; Headers: { 'if-match'?: string; 'if-none-match'?: string } }>;

/**
 * GET, PUT and DELETE /api/drafts/:instrumentId: the draft of the signed-in member's centre. The centre
 * comes from the session, never from the request, so a member can only ever reach their own centre's
 * draft. Writes name the version they replace, so one team member never overwrites another's work unseen.
 */
export const draftRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store, config }) => {
  app.get('/api/drafts/:instrumentId', { config: { access: 'centre-member', audit: { action: 'read', object: 'draft' } }, schema: getSchema }, async (request: DraftRequest, reply) => {
    const { key } = await draftOf(request, instrument, store);
    const draft = await store.drafts.get(key);
    if (!draft) return refuse(reply, 404, 'no-draft', DRAFT_MESSAGES[request.lang].noDraft);
    return reply.header('ETag', etagOf(draft.version)).header('Cache-Control', 'no-store').send(readable(draft));
  });

  app.put('/api/drafts/:instrumentId', {
    // The team's own saves come every second or so while it types: the draft itself keeps who saved it last
    // and when, and what the log must show (reads, start again, sending, reopening, deleting) is recorded.
    config: { access: 'centre-member', audit: { none: 'autosaves of the team’s own draft; the draft keeps who saved it and when' } }, schema: putSchema, attachValidation: true }, async (request: DraftRequest, reply) => {
    // The body's shape is for the schema package to judge (with localised issues), not for the route's schema.
    if (request.validationError && request.validationError.validationContext !== 'body') throw request.validationError;
    if (!request.headers['content-type']) throw new HttpError(415, 'unsupported-media-type', 'unsupportedMediaType');
    const t = DRAFT_MESSAGES[request.lang];
    const { key, centreName } = await draftOf(request, instrument, store);
    // If-Match replaces (it wins when both are sent, as in HTTP); only `If-None-Match: *` creates.
    const condition = request.headers['if-match'] ?? (request.headers['if-none-match']?.trim() === '*' ? undefined : null);
    if (condition === null) return refuse(reply, 428, 'precondition-required', t.preconditionRequired);
    const { issues, value } = checkDraftEnvelope(instrument, forCentre(instrument, request.body, centreName));
    if (!value) {
      const errors = issues.filter((i) => i.severity === 'error').map((i) => issueOut(i, request.lang));
      return refuse(reply, 400, 'invalid-draft', t.invalidDraft, { issues: errors });
    }
    // A device that missed the sending (it got 412 with no draft, then creates one) must not bring a sent scan back as a draft.
    if ((await store.get(value.response.id, scopeOf(personOf(request)))) !== undefined) return refuse(reply, 409, 'already-sent', t.alreadySent);
    const values = { envelope: value, savedBy: personOf(request).id, now: config.now() };
    const outcome = condition === undefined ? await store.drafts.create(key, values) : await store.drafts.replace(key, parseIfMatch(condition), values);
    if (!outcome.done) return conflict(reply, outcome, condition === undefined ? 'draft-exists' : 'draft-changed', request);
    return reply.code(condition === undefined ? 201 : 200).header('ETag', etagOf(outcome.version)).send({ etag: outcome.version });
  });

  app.delete('/api/drafts/:instrumentId', { config: { access: 'centre-member', audit: { action: 'delete', object: 'draft' } }, schema: deleteSchema }, async (request: DraftRequest, reply) => {
    const { key } = await draftOf(request, instrument, store);
    const condition = request.headers['if-match'];
    if (condition === undefined) return refuse(reply, 428, 'precondition-required', DRAFT_MESSAGES[request.lang].preconditionRequired);
    const outcome = await store.drafts.delete(key, parseIfMatch(condition));
    if (!outcome.done) return conflict(reply, outcome, 'draft-changed', request);
    return reply.code(204).send();
  });
};

/** The signed-in member's centre's draft of the server's instrument (and the centre's name); 404 for another instrument. */
async function draftOf(request: DraftRequest, instrument: Instrument, store: ResponseStore): Promise<{ key: DraftKey; centreName: string }> {
  if (request.params.instrumentId !== instrument.id) throw new HttpError(404, 'not-found', 'notFound');
  const centre = await store.centre(personOf(request).centreId ?? '');
  if (!centre) throw new HttpError(403, 'forbidden', 'forbidden');
  // What the audit log names: the draft of this instrument, of this centre.
  request.auditTarget = { objectId: instrument.id, centreId: centre.id };
  return { key: { centreId: centre.id, instrumentId: instrument.id }, centreName: centre.name };
}

/**
 * The body as it is checked and stored: `savedBy` left out (the server records who saved), and the
 * centre-name question answered with the registered centre's name, as when the scan is sent.
 */
function forCentre(instrument: Instrument, body: unknown, centreName: string): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { savedBy: _ignored, ...rest } = body as Record<string, unknown>;
  return 'response' in rest ? { ...rest, response: withCentreName(instrument, rest['response'], centreName) } : rest;
}

/** The stored envelope as clients read it: with the name of whoever saved it last. */
function readable(draft: StoredDraft): Record<string, unknown> {
  const stored = JSON.parse(draft.json) as Record<string, unknown>;
  return draft.savedByName === undefined ? stored : { ...stored, savedBy: draft.savedByName };
}

function refuse(reply: FastifyReply, status: number, code: string, error: string, extra: Record<string, unknown> = {}): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error, code, ...extra });
}

/** 412, with the stored draft and its ETag when there is one: the client can show the conflict without asking again. */
function conflict(reply: FastifyReply, outcome: Extract<DraftWrite, { done: false }>, code: 'draft-exists' | 'draft-changed', request: DraftRequest): FastifyReply {
  const t = DRAFT_MESSAGES[request.lang];
  if (outcome.current) reply.header('ETag', etagOf(outcome.current.version));
  return refuse(reply, 412, code, code === 'draft-exists' ? t.draftExists : t.draftChanged, outcome.current ? { current: readable(outcome.current) } : {});
}
