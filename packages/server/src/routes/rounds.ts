import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlFor } from '../auth/session-cookie.js';
import type { AppContext } from '../context.js';
import { issueOut } from '../http/issues.js';
import { ROUND_MESSAGES, type RoundMessages } from '../i18n/round-messages.js';
import { personOf } from '../plugins/access.js';
import { EventStream } from '../rounds/event-stream.js';
import { newJoinCode } from '../rounds/join-code.js';
import { roundState } from '../rounds/round-views.js';
import { modelOf } from '../schema.js';
import type { RoundChange } from '../store/rounds.js';
import { blockParams, conflictReply, errorReplies, eventStreamReply, openBody, roundIdParams, roundOpenReply, roundStateSchema } from './round-schemas.js';

type RoundRequest = FastifyRequest<{ Params: { id: string } }>;
type BlockRequest = FastifyRequest<{ Params: { id: string; blockId: string } }>;

/** Every facilitator route: a centre member, of the round's own centre; anyone else signed in gets 404. */
const FACILITATOR = { access: 'centre-member', othersNotFound: true } as const;
const CHANGE = { action: 'change', object: 'round' } as const;
const READ_NONE = { none: 'anonymous counts of the centre’s own round; opening, revealing, voting again and closing are recorded' } as const;

/** Sends a refusal in the API's form (`{ error, code }`), worded in the request's language. */
export function refuse(reply: FastifyReply, status: number, code: string, message: keyof RoundMessages, extra: Record<string, unknown> = {}): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: ROUND_MESSAGES[reply.request.lang][message], code, ...extra });
}

/**
 * The facilitator's side of a team round (signed-in members of a centre, for their centre's scan): open a
 * round, find the open one again, follow it live, reveal a block, vote again, close. The centre comes from
 * the session, never from the request: a round of another centre is not found.
 */
export const roundRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store, config, roundHub: hub }) => {
  const model = modelOf(instrument);
  const centreOf = (request: FastifyRequest) => personOf(request).centreId ?? '';
  const state = (request: FastifyRequest, round: Parameters<typeof roundState>[0]) => roundState(round, baseUrlFor(config, request));

  /** The answer to a facilitator's action: the new state (and the live streams told), or its refusal. */
  const answer = (request: FastifyRequest, reply: FastifyReply, outcome: RoundChange) => {
    if (!outcome.done) {
      if (outcome.reason === 'not-found') return refuse(reply, 404, 'round-not-found', 'roundNotFound');
      if (outcome.reason === 'unknown-block') return refuse(reply, 404, 'unknown-block', 'unknownBlock');
      return refuse(reply, 409, outcome.reason === 'closed' ? 'round-closed' : 'no-votes', outcome.reason === 'closed' ? 'roundClosed' : 'noVotes');
    }
    request.auditTarget = { objectId: outcome.round.id, centreId: outcome.round.centreId };
    void hub.changed(outcome.round.id, 'phase');
    return reply.send(state(request, outcome.round));
  };

  app.post<{ Body: { instrumentId: string; blocks: string[]; askAmbition: boolean } }>(
    '/api/rounds',
    {
      config: { ...FACILITATOR, audit: CHANGE },
      schema: {
        summary: 'Open a team round for the centre’s scan: some or all blocks, optionally asking the ambition too',
        description: 'One open round per centre and instrument: while one is open, this answers 409 `round-open` with it and changes nothing.',
        tags: ['rounds'],
        body: openBody,
        response: { 201: { ...roundStateSchema, description: 'The new round: every block voting, generation 0.' }, 409: roundOpenReply, ...errorReplies(400, 401, 403, 404, 415, 429, 503) },
      },
    },
    async (request, reply) => {
      const { instrumentId, blocks, askAmbition } = request.body;
      if (instrumentId !== instrument.id) return refuse(reply, 404, 'not-found', 'unknownInstrument');
      const unknown = blocks.flatMap((blockId, index) => (model.blockById.has(blockId) ? [] : [{ code: 'answer.unknown-block' as const, path: ['blocks', index], severity: 'error' as const, params: { block: blockId } }]));
      if (unknown.length > 0) return refuse(reply, 400, 'invalid-request', 'unknownBlock', { issues: unknown.map((i) => issueOut(i, request.lang)) });
      const outcome = await store.rounds.open(
        {
          centreId: centreOf(request),
          instrumentId,
          instrumentVersion: instrument.version,
          blocks,
          // An instrument without an ambition question has nothing to ask.
          askAmbition: askAmbition && model.ambitionQuestion !== undefined,
          openedBy: personOf(request).id,
          now: config.now(),
        },
        newJoinCode,
      );
      if (!outcome.opened) return refuse(reply, 409, 'round-open', 'roundOpen', { current: state(request, outcome.current) });
      request.auditTarget = { objectId: outcome.round.id, centreId: outcome.round.centreId };
      return reply.code(201).send(state(request, outcome.round));
    },
  );

  app.get<{ Querystring: { instrumentId?: string } }>(
    '/api/rounds',
    {
      config: { ...FACILITATOR, audit: READ_NONE },
      schema: {
        summary: 'The centre’s open rounds (of one instrument), so that a reloaded facilitator screen finds its round again',
        tags: ['rounds'],
        querystring: { type: 'object', properties: { instrumentId: { type: 'string', minLength: 1, maxLength: 64, description: 'Default: the server’s instrument.' } } },
        response: { 200: { type: 'object', required: ['rounds'], properties: { rounds: { type: 'array', items: roundStateSchema } } }, ...errorReplies(400, 401, 403, 404, 429, 503) },
      },
    },
    async (request) => {
      const open = await store.rounds.openRounds(centreOf(request), request.query.instrumentId ?? instrument.id);
      return { rounds: open.map((round) => state(request, round)) };
    },
  );

  app.get(
    '/api/rounds/:id',
    {
      config: { ...FACILITATOR, audit: READ_NONE },
      schema: { summary: 'A round of the centre', tags: ['rounds'], params: roundIdParams, response: { 200: roundStateSchema, ...errorReplies(400, 401, 404, 429, 503) } },
    },
    async (request: RoundRequest, reply) => {
      const round = await store.rounds.get(request.params.id, centreOf(request));
      return round ? reply.send(state(request, round)) : refuse(reply, 404, 'round-not-found', 'roundNotFound');
    },
  );

  app.get(
    '/api/rounds/:id/events',
    {
      exposeHeadRoute: false,
      config: { ...FACILITATOR, audit: READ_NONE },
      schema: { summary: 'The round, live (server-sent events)', tags: ['rounds'], params: roundIdParams, response: { ...eventStreamReply('the whole `RoundState`'), ...errorReplies(400, 401, 404, 429, 503) } },
    },
    async (request: RoundRequest, reply) => {
      const round = await store.rounds.get(request.params.id, centreOf(request));
      if (!round) return refuse(reply, 404, 'round-not-found', 'roundNotFound');
      hub.watchRound(round.id, round.centreId, new EventStream(request, reply), baseUrlFor(config, request));
      return reply;
    },
  );

  const blockSchema = (summary: string, conflicts: string[]) => ({
    summary,
    tags: ['rounds'],
    params: blockParams,
    response: { 200: roundStateSchema, 409: conflictReply(conflicts), ...errorReplies(400, 401, 404, 429, 503) },
  });

  app.post(
    '/api/rounds/:id/blocks/:blockId/reveal',
    { config: { ...FACILITATOR, audit: CHANGE }, schema: blockSchema('Reveal a block: its anonymous counts of the current generation are frozen and shown', ['round-closed', 'no-votes']) },
    async (request: BlockRequest, reply) => answer(request, reply, await store.rounds.reveal(request.params.id, centreOf(request), request.params.blockId, config.now())),
  );

  app.post(
    '/api/rounds/:id/blocks/:blockId/revote',
    { config: { ...FACILITATOR, audit: CHANGE }, schema: blockSchema('Vote again on a block: a new generation, its earlier placements deleted', ['round-closed']) },
    async (request: BlockRequest, reply) => answer(request, reply, await store.rounds.revote(request.params.id, centreOf(request), request.params.blockId)),
  );

  app.post(
    '/api/rounds/:id/close',
    {
      config: { ...FACILITATOR, audit: CHANGE },
      schema: { summary: 'Close the round: every placement is deleted; the revealed counts remain', tags: ['rounds'], params: roundIdParams, response: { 200: roundStateSchema, ...errorReplies(400, 401, 404, 429, 503) } },
    },
    async (request: RoundRequest, reply) => answer(request, reply, await store.rounds.close(request.params.id, centreOf(request), config.now())),
  );
};
