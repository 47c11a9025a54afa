import type { FastifyInstance } from 'fastify';

/**
 * JSON Schemas shared by the routes: Fastify validates requests and serialises replies with them, and
 * @fastify/swagger turns them into the OpenAPI document's components.
 */
export const SHARED_SCHEMAS = [
  {
    $id: 'Issue',
    type: 'object',
    description: 'One problem with a request: a stable code, where it is, and a message in the language of the request.',
    required: ['code', 'path', 'message'],
    properties: {
      code: { type: 'string', description: 'For a response: a code of @poolster/schema (`answer.required`, …); else `request.*` or `host.*`.' },
      path: { type: 'string', description: 'Where: `blocks.prevention.current-stage`; `(root)` for the whole body.' },
      message: { type: 'string' },
      line: { type: 'integer', description: 'Malformed JSON: the line of the error.' },
      column: { type: 'integer', description: 'Malformed JSON: the column of the error.' },
    },
  },
  {
    $id: 'Error',
    type: 'object',
    description: 'A refused or failed request. `error` is worded in nl, fr or en (Accept-Language, or `?lang=`).',
    required: ['error', 'code'],
    properties: {
      error: { type: 'string' },
      code: { type: 'string', description: 'Stable: `invalid-json`, `invalid-response`, `not-submitted`, `too-large`, `too-many-requests`, `store-unavailable`, …' },
      issues: { type: 'array', items: { $ref: 'Issue#' } },
    },
  },
  {
    $id: 'Summary',
    type: 'object',
    description: 'A stored response without its answers.',
    required: ['id', 'instrumentId', 'instrumentVersion', 'centre', 'submittedAt', 'receivedAt'],
    properties: {
      id: { type: 'string' },
      instrumentId: { type: 'string' },
      instrumentVersion: { type: 'string' },
      centre: { type: 'string', description: 'The registered centre’s current name (for a scan from before centres were registered: the name it was sent with).' },
      centreId: { type: 'string', description: 'The registered centre the scan belongs to.' },
      submittedAt: { type: 'string', format: 'date-time' },
      receivedAt: { type: 'string', format: 'date-time' },
    },
  },
  {
    $id: 'StoredResponse',
    type: 'object',
    additionalProperties: true,
    description: 'A response as stored: the value @poolster/schema validated (see its response.schema.json).',
  },
] as const;

export function addSharedSchemas(app: FastifyInstance): void {
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
}

/** The error replies a route may give, for its `response` schema. */
export const errorReplies = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, { $ref: 'Error#' }]));

/** An id in a path: a response id (a UUID for the scan, but stores keep what they were given). */
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/** The query of a list read a page at a time: how many (`defaultLimit` when not said) and where the previous page ended. */
export const pageQuery = (defaultLimit: number) =>
  ({
    type: 'object',
    additionalProperties: false,
    properties: {
      limit: { type: 'integer', minimum: 1, maximum: 500, default: defaultLimit },
      cursor: { type: 'string', maxLength: 1000, description: 'The `next` of the previous page.' },
      lang: { type: 'string', maxLength: 35 },
    },
  }) as const;

/** What `pageQuery` gives a handler (`limit` always, its default filled in). */
export interface PageQuery {
  limit: number;
  cursor?: string;
}

/** A page of `items` (their schema) and the cursor of the next page, when there is one. */
export const pageReply = <Item extends object>(items: Item) =>
  ({
    type: 'object',
    required: ['items'],
    properties: { items: { type: 'array', items }, next: { type: 'string', description: 'The cursor of the next page, when there is one.' } },
  }) as const;
