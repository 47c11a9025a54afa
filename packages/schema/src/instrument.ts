import './jitless.js';
import { z } from 'zod';
import { SCHEMA_MAJOR } from './format-constants.js';
import { FootnoteRefs, Identifier, LanguageCode, RichText, SemVer, Text } from './primitives.js';
import { Question } from './questions.js';

export { SCHEMA_MAJOR } from './format-constants.js';

export const Footnote = z
  .strictObject({ id: Identifier, mark: z.string().max(8).optional(), text: Text })
  .meta({ id: 'Footnote', description: '`mark` is the footnote number as printed in the source document.' });

export const Stage = z
  .strictObject({
    id: Identifier,
    label: Text.meta({ description: 'The stage\'s name, as the scan shows it ("Planmatig").' }),
    gloss: Text.optional().meta({ description: 'A short gloss such as "plan + do".' }),
    short: Text.optional().meta({
      description: 'A short code for the stage where space is scarce (a cell of the comparison matrix), such as "1" or "B"; defaults to the stage\'s number (1 for the first stage).',
    }),
    description: RichText.meta({
      description:
        'The generic description of the stage; "{block}" stands for a building block. In a source folder it is also every block\'s description of this stage, with "{block}" as the block\'s name, unless the block describes the stage itself.',
    }),
  })
  .meta({ id: 'Stage', description: 'One stage of the continuum, in order from the first to the last.' });

export const Block = z
  .strictObject({
    id: Identifier,
    number: z.string().max(16).optional().meta({ description: 'The block\'s number as printed in the source document ("5.3").' }),
    title: Text.meta({
      description: 'The block\'s title, as its heading in the scan and in reports. In a source folder it may be left out: it is then made from the id ("preventie-en-vroegdetectie" → "Preventie en vroegdetectie").',
    }),
    name: Text.optional().meta({ description: 'How the block is named inside question texts ("{block}"); defaults to the title.' }),
    definition: z
      .strictObject({ text: RichText, source: Text.optional(), footnotes: FootnoteRefs.optional() })
      .meta({ description: 'What the block means: shown first on its page; `source` names where the definition comes from.' }),
    qualityReferences: z
      .array(z.strictObject({ code: z.string().min(1), text: Text, footnotes: FootnoteRefs.optional() }))
      .meta({ description: 'Quality expectations of a reference framework this block refers to (code + text).' }),
    developmentScales: z
      .array(z.strictObject({ code: z.string().min(1), title: Text, text: RichText, footnotes: FootnoteRefs.optional() }))
      .meta({ description: 'Development scales of an inspectorate (code + title + "scores as expected when" text).' }),
    contribution: z
      .strictObject({ title: Text, text: RichText, footnotes: FootnoteRefs.optional() })
      .optional()
      .meta({ description: 'How the block contributes to the quality of the work.' }),
    reflection: z
      .strictObject({ question: Text, intro: Text.optional(), prompts: z.array(Text), footnotes: FootnoteRefs.optional() })
      .optional()
      .meta({ description: 'Inspiring, non-exhaustive reflection prompts.' }),
    footnotes: z.array(Footnote).meta({ description: 'The block\'s footnotes, referenced by id from its texts\' `footnotes` lists; may be empty.' }),
    stages: z
      .record(Identifier, RichText)
      .meta({
        description:
          'The description of every stage for this block, keyed by stage id. In a source folder a stage (or the whole field) may be left out: the block then reads the stage\'s own description, with "{block}" as the block\'s name in each language.',
      }),
  })
  .meta({ id: 'Block' });

export const Cluster = z
  .strictObject({
    id: Identifier,
    title: Text.meta({ description: 'The cluster\'s title, above its blocks. In a source folder it may be left out: it is then made from the id ("core-work" → "Core work").' }),
    description: RichText.optional(),
    blocks: z.array(Block).min(1),
  })
  .meta({ id: 'Cluster', description: 'A group of building blocks.' });

export const IntroSection = z
  .strictObject({ id: Identifier, title: Text, body: RichText })
  .meta({ id: 'IntroSection', description: 'A section of reading material shown before the questions: a title and its paragraphs.' });

export const OutcomeIndicators = z
  .strictObject({
    title: Text,
    intro: RichText.optional(),
    footnotes: z.array(Footnote).optional(),
    groups: z.array(z.strictObject({ id: Identifier, title: Text, items: z.array(Text) })),
  })
  .meta({ id: 'OutcomeIndicators', description: 'Indicators outside the scan, by theme.' });

export const Instrument = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Where an editor finds this file\'s JSON Schema, for completion and inline errors; validation ignores it.' }),
    schemaVersion: z.literal(SCHEMA_MAJOR),
    id: Identifier,
    version: SemVer.meta({ description: 'The content version. A new major means answers cannot be carried over as they are.' }),
    title: Text.meta({
      description: 'The scan\'s title, on its first page and in reports. In a source folder it may be left out: it is then made from the id ("clb-self-scan" → "Clb self scan").',
    }),
    publisher: Text.meta({ description: 'Who publishes the instrument (a network, an organisation).' }),
    description: Text.optional().meta({ description: 'What the scan is for, in a sentence or two.' }),
    defaultLanguage: LanguageCode.meta({ description: 'The language every text must exist in; a text given as a plain string is in this language.' }),
    languages: z
      .array(LanguageCode)
      .min(1)
      .meta({
        description:
          'Every language the scan is offered in; a text missing in one of them is a warning. In a source folder it may be left out: the default language, then every language the texts are written in.',
      }),
    blockPlaceholder: Text.meta({
      description:
        'How "{block}" reads where no particular block is meant (e.g. "this building block"). In a source folder it may be left out: "this building block", "deze bouwsteen", "ce pilier" in each language (the English words for other languages).',
    }),
    stages: z.array(Stage).min(2).meta({ description: 'The stages of the continuum, first to last: two or more.' }),
    placementNote: RichText.optional().meta({ description: 'Shown on every block\'s page, after its reading material and before its questions: how to go about placing the organisation.' }),
    intro: z.array(IntroSection).meta({ description: 'The reading material before the first question; may be empty.' }),
    outcomeIndicators: OutcomeIndicators.optional(),
    contextQuestions: z.array(Question).meta({ description: 'Asked once, at the start (e.g. the centre\'s name).' }),
    blockQuestions: z.array(Question).min(1).meta({ description: 'Asked for every building block.' }),
    finalQuestions: z.array(Question).meta({ description: 'Asked once, after the overview (across all blocks).' }),
    clusters: z.array(Cluster).min(1).meta({ description: 'The building blocks, in groups, in the order the scan asks them.' }),
    closingNote: RichText.optional().meta({
      description: 'Shown on the confirmation step, before the answers are sent for good.',
    }),
    afterSubmit: RichText.optional().meta({
      description:
        'What happens next, shown once the answers are sent, under the confirmation: who receives what, and when (for example "The director receives the overview by mail").',
    }),
  })
  .meta({
    id: 'Instrument',
   
    description: 'A self-assessment instrument: stages, clusters of building blocks with their reading material, and questions.',
  });

export type Instrument = z.infer<typeof Instrument>;
export type Stage = z.infer<typeof Stage>;
export type Block = z.infer<typeof Block>;
export type Cluster = z.infer<typeof Cluster>;
export type Footnote = z.infer<typeof Footnote>;
