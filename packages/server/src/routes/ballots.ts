import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { hashSecret, newSecret, SECRET_PATTERN } from '../auth/secrets.js';
import type { AppContext } from '../context.js';
import { issueOut } from '../http/issues.js';
import { EventStream } from '../rounds/event-stream.js';
import { isJoinCode, normaliseCode } from '../rounds/join-code.js';
import { participantRound } from '../rounds/round-views.js';
import { modelOf, type Ballot, type Issue } from '../schema.js';
import type { ParticipantView, Placement } from '../store/rounds.js';
import { ballotSchema, conflictReply, errorReplies, eventStreamReply, joinBody, participantRoundSchema, tokenParams } from './round-schemas.js';
import { refuse } from './rounds.js';

/** Joins per client address per minute: plenty for a team behind one address, far too few to guess a code among a billion. */
export const JOINS_PER_MINUTE = 20;

/** Participants have no account: the token is their key, and what they send is anonymous by design. */
const PARTICIPANT = { access: 'public' } as const;
const ANONYMOUS = { none: 'an anonymous participant of a team round: no person to record' } as const;

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/**
 * The participant's side of a team round: join with the code on the shared screen, place blocks
 * privately, follow the round live. The token handed out at the join is the only key: the server keeps
 * its SHA-256, no name, no address.
 */
export const ballotRoutes: FastifyPluginAsync<AppContext> = async (app, { instrument, store, roundHub: hub }) => {
  const model = modelOf(instrument);
  const stages = new Set(instrument.stages.map((s) => s.id));
  const ambitions = new Set(model.ambitionQuestion?.options.map((o) => o.id) ?? []);

  /** The participant of a token, or undefined (a token of the wrong form is not looked up). */
  const viewOf = async (token: string): Promise<ParticipantView | undefined> => (SECRET_PATTERN.test(token) ? store.rounds.participant(hashSecret(token)) : undefined);

  app.post<{ Body: { code: string } }>(
    '/api/join',
    {
      config: { ...PARTICIPANT, audit: ANONYMOUS, rateLimit: { max: JOINS_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        summary: 'Join a team round with its code: the token that is the participant’s key from then on',
        description: `Rate-limited to ${JOINS_PER_MINUTE} joins per client address per minute (429), so that codes cannot be guessed.`,
        tags: ['rounds'],
        body: joinBody,
        response: {
          201: { type: 'object', required: ['token', 'round'], properties: { token: { type: 'string', description: '32 random bytes, base64url. Keep it: it is the only key to the placements.' }, round: participantRoundSchema } },
          409: conflictReply(['round-full']),
          ...errorReplies(400, 404, 415, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const code = normaliseCode(request.body.code);
      if (!isJoinCode(code)) return refuse(reply, 404, 'round-not-found', 'roundNotFound');
      const token = newSecret();
      const joined = await store.rounds.join(code, hashSecret(token));
      if (!joined.joined) return joined.reason === 'full' ? refuse(reply, 409, 'round-full', 'roundFull') : refuse(reply, 404, 'round-not-found', 'roundNotFound');
      void hub.changed(joined.roundId, 'counts');
      const view = await store.rounds.participant(hashSecret(token));
      return reply.code(201).header('Cache-Control', 'no-store').send({ token, round: participantRound(view!) });
    },
  );

  app.get(
    '/api/ballots/:token',
    { config: { ...PARTICIPANT, audit: ANONYMOUS }, schema: { summary: 'The round as the participant sees it, with their placements that count', tags: ['rounds'], params: tokenParams, response: { 200: participantRoundSchema, ...errorReplies(400, 404, 429, 503) } } },
    async (request: TokenRequest, reply) => {
      const view = await viewOf(request.params.token);
      return view ? reply.send(participantRound(view)) : refuse(reply, 404, 'round-not-found', 'roundNotFound');
    },
  );

  app.put<{ Params: { token: string }; Body: Ballot }>(
    '/api/ballots/:token',
    {
      config: { ...PARTICIPANT, audit: ANONYMOUS },
      schema: {
        summary: 'Place blocks: the placements merge per block with those stored',
        description:
          'A placement of an older generation, of a revealed block or of a block not in the round is not stored (no error: the answer’s `ballot` shows what counts). ' +
          'Unknown stage or ambition ids: 400 `invalid-ballot` with issues.',
        tags: ['rounds'],
        params: tokenParams,
        body: ballotSchema,
        response: { 200: participantRoundSchema, 409: conflictReply(['round-closed']), ...errorReplies(400, 404, 413, 415, 429, 503) },
      },
    },
    async (request, reply) => {
      const issues = unknownIds(request.body, stages, ambitions);
      if (issues.length > 0) return refuse(reply, 400, 'invalid-ballot', 'invalidBallot', { issues: issues.map((i) => issueOut(i, request.lang)) });
      const before = await viewOf(request.params.token);
      if (!before) return refuse(reply, 404, 'round-not-found', 'roundNotFound');
      if (before.round.status === 'closed') return refuse(reply, 409, 'round-closed', 'roundClosed');
      // Only the round's blocks go to the store (the rest would not be stored anyway), the ambition only where asked.
      const inRound = new Set(before.round.blocks.map((b) => b.blockId));
      const placements: Record<string, Placement> = {};
      for (const [blockId, p] of Object.entries(request.body.placements)) {
        if (!inRound.has(blockId)) continue;
        placements[blockId] = { generation: p.generation, ...(p.current ? { current: p.current } : {}), ...(p.ambition && before.round.askAmbition ? { ambition: p.ambition } : {}) };
      }
      const tokenHash = hashSecret(request.params.token);
      const placed = await store.rounds.place(tokenHash, placements);
      if (!placed.placed) return placed.reason === 'closed' ? refuse(reply, 409, 'round-closed', 'roundClosed') : refuse(reply, 404, 'round-not-found', 'roundNotFound');
      if (placed.stored > 0) void hub.changed(placed.roundId, 'counts');
      const after = await store.rounds.participant(tokenHash);
      return reply.send(participantRound(after!));
    },
  );

  app.get(
    '/api/ballots/:token/events',
    {
      exposeHeadRoute: false,
      config: { ...PARTICIPANT, audit: ANONYMOUS },
      schema: { summary: 'The round as the participant sees it, live (server-sent events)', tags: ['rounds'], params: tokenParams, response: { ...eventStreamReply('the `ParticipantRound`'), ...errorReplies(400, 404, 429, 503) } },
    },
    async (request: TokenRequest, reply) => {
      const view = await viewOf(request.params.token);
      if (!view) return refuse(reply, 404, 'round-not-found', 'roundNotFound');
      hub.watchBallot(view.round.id, hashSecret(request.params.token), new EventStream(request, reply));
      return reply;
    },
  );
};

/** Stage and ambition ids the instrument does not have: the ballot is refused with these issues. */
function unknownIds(ballot: Ballot, stages: Set<string>, ambitions: Set<string>): Issue[] {
  const issues: Issue[] = [];
  for (const [blockId, p] of Object.entries(ballot.placements)) {
    if (p.current !== undefined && !stages.has(p.current)) issues.push({ code: 'answer.unknown-stage', path: ['placements', blockId, 'current'], severity: 'error', params: { stage: p.current } });
    if (p.ambition !== undefined && !ambitions.has(p.ambition)) issues.push({ code: 'answer.unknown-option', path: ['placements', blockId, 'ambition'], severity: 'error', params: { option: p.ambition } });
  }
  return issues;
}
