import './jitless.js';
import { z } from 'zod';
import { SCHEMA_MAJOR } from './instrument.js';
import { Identifier, LanguageCode, SemVer } from './primitives.js';
import { TeamBlock } from './team-round.js';

/**
 * One answer. Which fields apply depends on the question type; validateResponse checks that.
 * One shape for all types keeps stored answers readable and lets a changed question type be detected
 * instead of silently misread.
 */
export const Answer = z
  .strictObject({
    choice: Identifier.optional().meta({ description: 'Single choice, stage and ambition questions: the chosen option or stage id.' }),
    choices: z.array(Identifier).optional().meta({ description: 'Multiple choice: the chosen option ids.' }),
    other: z.string().max(100000).optional().meta({ description: 'The text of an "other, please specify" option.' }),
    blocks: z.array(Identifier).optional().meta({ description: 'Block pick and ranking: block ids (a ranking in order).' }),
    none: z.boolean().optional().meta({ description: 'Block pick: the exclusive "none / not yet" answer.' }),
    text: z.string().max(100000).optional().meta({ description: 'Free-text questions.' }),
    comment: z.string().max(100000).optional().meta({ description: 'The optional explanation after a question.' }),
  })
  .meta({ id: 'Answer' });

const Timestamp = z.iso.datetime({ offset: true });

export const SetAsideAnswer = z
  .strictObject({
    // Where the answer stood: ["context" | "final", question] or ["blocks", block, question].
    path: z.array(z.string()).max(3),
    answer: Answer,
    reason: z.string().max(200),
    fromVersion: SemVer.optional(),
  })
  .meta({
    id: 'SetAsideAnswer',
   
    description: 'An answer that no longer fits the instrument (after a content update), kept so it is never lost.',
  });

export const Response = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Where an editor finds this file\'s JSON Schema, for completion and inline errors; validation ignores it.' }),
    schemaVersion: z.literal(SCHEMA_MAJOR),
    id: z.uuid().meta({ description: 'Unique per response; doubles as idempotency key on submission.' }),
    instrumentId: Identifier,
    instrumentVersion: SemVer.meta({ description: 'The content version the answers were given against.' }),
    lang: LanguageCode.optional(),
    status: z.enum(['draft', 'submitted']),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: Timestamp.optional(),
    context: z.record(Identifier, Answer).meta({ description: 'Answers to the context questions, by question id.' }),
    blocks: z
      .record(Identifier, z.record(Identifier, Answer))
      .meta({ description: 'Answers per building block id, then per question id.' }),
    final: z.record(Identifier, Answer).meta({ description: 'Answers to the final (cross-cutting) questions, by question id.' }),
    setAside: z.array(SetAsideAnswer).optional(),
    team: z
      .record(Identifier, TeamBlock)
      .optional()
      .meta({ description: "Per building block id: the anonymous counts of the team's round and the team's note (format 1.1)." }),
  })
  .meta({ id: 'Response', description: 'The answers of one scan, keyed by stable ids.' });

export type Answer = z.infer<typeof Answer>;
export type Response = z.infer<typeof Response>;
export type SetAsideAnswer = z.infer<typeof SetAsideAnswer>;
