import { z } from 'zod';
import { SCHEMA_MAJOR, Instrument } from './instrument.js';
import { DraftEnvelope } from './draft-envelope.js';
import { Response } from './response.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';
import { Identifier } from './primitives.js';
import { Ballot, ParticipantRound, RoundState } from './team-round.js';

/** Stable identifiers of the published JSON Schemas; the major version is part of the id. */
export const INSTRUMENT_SCHEMA_ID = `urn:poolster:schema:${SCHEMA_MAJOR}:instrument`;
export const RESPONSE_SCHEMA_ID = `urn:poolster:schema:${SCHEMA_MAJOR}:response`;
export const DRAFT_ENVELOPE_SCHEMA_ID = `urn:poolster:schema:${SCHEMA_MAJOR}:draft-envelope`;
export const BALLOT_SCHEMA_ID = `urn:poolster:schema:${SCHEMA_MAJOR}:ballot`;
export const ROUND_SCHEMA_ID = `urn:poolster:schema:${SCHEMA_MAJOR}:round`;
export const PARTICIPANT_ROUND_SCHEMA_ID = `urn:poolster:schema:${SCHEMA_MAJOR}:participant-round`;

type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: z.ZodType, id: string, title: string): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    io: 'input',
    // The refinement of Identifier, in JSON Schema words.
    override: (ctx) => {
      if (ctx.zodSchema === Identifier) ctx.jsonSchema.not = { enum: [...FORBIDDEN_KEYS] };
    },
  }) as JsonSchema;
  // `$id` goes right after `$schema`, so the files read top-down.
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title, ...rest };
}

/** The JSON Schema documents, generated from the zod schemas (the single source). */
export function jsonSchemas(): Record<'instrument' | 'response' | 'draftEnvelope' | 'ballot' | 'round' | 'participantRound', JsonSchema> {
  return {
    instrument: toJsonSchema(Instrument, INSTRUMENT_SCHEMA_ID, 'PoolsterInstrument'),
    response: toJsonSchema(Response, RESPONSE_SCHEMA_ID, 'PoolsterResponse'),
    draftEnvelope: toJsonSchema(DraftEnvelope, DRAFT_ENVELOPE_SCHEMA_ID, 'PoolsterDraftEnvelope'),
    ballot: toJsonSchema(Ballot, BALLOT_SCHEMA_ID, 'PoolsterBallot'),
    round: toJsonSchema(RoundState, ROUND_SCHEMA_ID, 'PoolsterRound'),
    participantRound: toJsonSchema(ParticipantRound, PARTICIPANT_ROUND_SCHEMA_ID, 'PoolsterParticipantRound'),
  };
}
