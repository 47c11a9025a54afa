import { jsonSchemas } from '../schema.js';
import { errorReplies } from './schemas.js';

type Json = Record<string, unknown>;

/**
 * A JSON Schema of the schema package (generated from its zod schemas, the single source of the wire
 * format) with its `$defs` written in place: Fastify validates and serialises with it and the OpenAPI
 * document shows it whole. The definitions of a round hold no cycles.
 */
function inlined(document: Json): Json {
  const defs = (document.$defs ?? {}) as Record<string, Json>;
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve);
    if (typeof node !== 'object' || node === null) return node;
    const { $ref, ...rest } = node as Json;
    const target = typeof $ref === 'string' && $ref.startsWith('#/$defs/') ? defs[$ref.slice('#/$defs/'.length)] : undefined;
    const resolved = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, resolve(value)]));
    return target ? { ...(resolve(target) as Json), ...resolved } : resolved;
  };
  const { $schema: _schema, $id: _id, $defs: _defs, title: _title, ...root } = document;
  return resolve(root) as Json;
}

const generated = jsonSchemas();
export const roundStateSchema = inlined(generated.round);
export const participantRoundSchema = inlined(generated.participantRound);
export const ballotSchema = inlined(generated.ballot);

export const roundIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid', description: 'The round’s id (404 for a round of another centre).' } },
} as const;

export const blockParams = {
  type: 'object',
  required: ['id', 'blockId'],
  properties: { ...roundIdParams.properties, blockId: { type: 'string', minLength: 1, maxLength: 64, description: 'A block of the round.' } },
} as const;

export const tokenParams = {
  type: 'object',
  required: ['token'],
  properties: { token: { type: 'string', minLength: 1, maxLength: 100, description: 'The participant’s token, as `POST /api/join` gave it.' } },
} as const;

export const openBody = {
  type: 'object',
  required: ['instrumentId', 'blocks', 'askAmbition'],
  additionalProperties: false,
  properties: {
    instrumentId: { type: 'string', minLength: 1, maxLength: 64, description: 'The server’s instrument.' },
    blocks: { type: 'array', minItems: 1, maxItems: 200, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 64 }, description: 'Block ids of the instrument, in the order the round places them.' },
    askAmbition: { type: 'boolean', description: 'Whether participants place the ambition too.' },
  },
} as const;

export const joinBody = {
  type: 'object',
  required: ['code'],
  additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 40, description: 'The join code, in any case; spaces and dashes are ignored.' } },
} as const;

/** 409 with the open round: the facilitator's screen can go on with it. */
export const roundOpenReply = {
  description: 'The centre already has an open round of this instrument (`round-open`); nothing changed. `current` is that round.',
  type: 'object',
  required: ['error', 'code', 'current'],
  properties: { error: { type: 'string' }, code: { type: 'string', enum: ['round-open'] }, current: roundStateSchema },
} as const;

/** The refusals of a round's actions, with their codes. */
export const conflictReply = (codes: string[]) => ({
  description: `Refused: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
  type: 'object',
  required: ['error', 'code'],
  properties: { error: { type: 'string' }, code: { type: 'string', enum: codes } },
});

export const eventStreamReply = (what: string) => ({
  200: {
    description: `\`text/event-stream\`: \`event: round\` with \`data:\` ${what} at once and after every change; \`: keep-alive\` comments every 15 s; \`retry: 2000\`.`,
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  },
});

export { errorReplies };
