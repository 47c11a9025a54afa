import './jitless.js';
import { z } from 'zod';
import { Identifier, Text } from './primitives.js';

const Comment = z
  .strictObject({ label: Text, placeholder: Text.optional() })
  .meta({ id: 'CommentField', description: 'An optional free-text explanation offered after a question.' });

/** Fields every question type shares. */
const common = {
  id: Identifier,
  prompt: Text.meta({ description: 'The question. In block questions "{block}" stands for the building block\'s name.' }),
  label: Text.optional().meta({ description: 'A short name for tables, charts and exports ("Levers"); defaults to the prompt.' }),
  help: Text.optional(),
  required: z.boolean(),
  requiredMessage: Text.optional().meta({
    description:
      'What to tell the team when this required question is left unanswered, or has fewer choices than its minimum ("Kies minstens 3 prioriteiten."), instead of the scan\'s default for the question\'s type. Say what to do. In block questions "{block}" stands for the building block\'s name.',
  }),
};

const Option = z.strictObject({ id: Identifier, label: Text }).meta({ id: 'Option' });

export const TextQuestion = z
  .strictObject({
    ...common,
    type: z.literal('text'),
    multiline: z.boolean().optional(),
    maxLength: z.int().min(1).max(100000).optional(),
  })
  .meta({ id: 'TextQuestion' });

export const StageQuestion = z
  .strictObject({ ...common, type: z.literal('stage'), comment: Comment.optional() })
  .meta({ id: 'StageQuestion', description: 'A single choice among the instrument\'s stages.' });

export const AmbitionQuestion = z
  .strictObject({
    ...common,
    type: z.literal('ambition'),
    relativeTo: Identifier.meta({ description: 'The id of the stage question (in the same list) this ambition is measured against.' }),
    options: z
      .array(
        z.strictObject({
          id: Identifier,
          label: Text,
          stage: Identifier.optional().meta({ description: 'The stage to evolve to; absent means "keep the current stage".' }),
        }),
      )
      .min(2),
    comment: Comment.optional(),
  })
  .meta({ id: 'AmbitionQuestion', description: 'Keep the current stage, or evolve to a later one.' });

export const SingleChoiceQuestion = z
  .strictObject({ ...common, type: z.literal('single-choice'), options: z.array(Option).min(2), comment: Comment.optional() })
  .meta({ id: 'SingleChoiceQuestion' });

export const MultipleChoiceQuestion = z
  .strictObject({
    ...common,
    type: z.literal('multiple-choice'),
    options: z
      .array(
        z.strictObject({
          id: Identifier,
          label: Text,
          exclusive: z.boolean().optional().meta({ description: 'Chosen alone: ticking it clears the others ("none").' }),
          other: z.boolean().optional().meta({ description: '"Other, please specify": choosing it requires a text.' }),
        }),
      )
      .min(2),
    min: z.int().min(0).optional(),
    max: z.int().min(1).optional(),
    comment: Comment.optional(),
  })
  .meta({ id: 'MultipleChoiceQuestion' });

export const BlockPickQuestion = z
  .strictObject({
    ...common,
    type: z.literal('block-pick'),
    min: z.int().min(0).optional(),
    max: z.int().min(1),
    slotLabel: Text.optional().meta({ description: 'Label of each pick; "{n}" is its number.' }),
    none: z
      .strictObject({ id: Identifier, label: Text })
      .optional()
      .meta({ description: 'An exclusive answer that picks no block ("not yet").' }),
    comment: Comment.optional(),
  })
  .meta({ id: 'BlockPickQuestion', description: 'Up to `max` distinct building blocks.' });

export const BlockRankingQuestion = z
  .strictObject({
    ...common,
    type: z.literal('block-ranking'),
    min: z.int().min(1),
    max: z.int().min(1),
    slotLabel: Text.optional().meta({ description: 'Label of each rank; "{n}" is its number.' }),
    comment: Comment.optional(),
  })
  .meta({ id: 'BlockRankingQuestion', description: 'Distinct building blocks in order of importance.' });

export const Question = z
  .discriminatedUnion('type', [
    TextQuestion,
    StageQuestion,
    AmbitionQuestion,
    SingleChoiceQuestion,
    MultipleChoiceQuestion,
    BlockPickQuestion,
    BlockRankingQuestion,
  ])
  .meta({ id: 'Question' });

export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];
export type TextQuestion = z.infer<typeof TextQuestion>;
export type StageQuestion = z.infer<typeof StageQuestion>;
export type AmbitionQuestion = z.infer<typeof AmbitionQuestion>;
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestion>;
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestion>;
export type BlockPickQuestion = z.infer<typeof BlockPickQuestion>;
export type BlockRankingQuestion = z.infer<typeof BlockRankingQuestion>;
