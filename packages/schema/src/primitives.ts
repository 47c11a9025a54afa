import './jitless.js';
import { z } from 'zod';
import { isForbiddenKey } from './forbidden-key-names.js';
import { ID_PATTERN, LANGUAGE_PATTERN, SEMVER_PATTERN } from './format-constants.js';

export { ID_PATTERN, LANGUAGE_PATTERN, SEMVER_PATTERN };

/**
 * Stable identifiers: used as JSON keys, storage keys and DOM id fragments, so a safe alphabet, and never
 * a name that reaches an object's prototype (an id becomes a key of every response). The JSON Schema says
 * the same with `not` (see json-schema.ts), since a refinement has no JSON Schema form of its own.
 */
export const Identifier = z
  .string()
  .regex(ID_PATTERN)
  .refine((id) => !isForbiddenKey(id), { params: { forbiddenKey: true } })
  .meta({
    id: 'Identifier',
   
    description:
      'A stable id: letters, digits, "-", "_" and ".", at most 64 characters, not starting with a sign, and not "constructor" or "prototype".',
  });

/** BCP 47 language tags as content authors write them: "nl", "fr", "en", "nl-BE". */
export const LanguageCode = z
  .string()
  .regex(LANGUAGE_PATTERN)
  .meta({ id: 'LanguageCode', description: 'A BCP 47 language tag such as "nl", "fr" or "nl-BE".' });

export const SemVer = z
  .string()
  .regex(SEMVER_PATTERN)
  .meta({ id: 'SemVer', description: 'MAJOR.MINOR.PATCH, optionally with a pre-release suffix.' });

/** A human text: one string, or one string per language. */
export const Text = z
  .union([z.string(), z.record(LanguageCode, z.string())])
  .meta({
    id: 'Text',
   
    description: 'A human text: a plain string in the default language, or a map of language code to string.',
  });

export const ListItem = z
  .strictObject({ list: z.array(Text).min(1) })
  .meta({ id: 'ListItem', description: 'A bulleted list inside rich text.' });

/** Paragraphs in order; a `{ list }` entry is a bulleted list. No markup: texts are always rendered as text. */
export const RichText = z
  .array(z.union([Text, ListItem]))
  .meta({ id: 'RichText', description: 'Paragraphs in order; an entry with `list` is a bulleted list.' });

export const FootnoteRefs = z
  .array(Identifier)
  .meta({ description: 'Ids of footnotes of the same building block that this part refers to.' });

export type Text = z.infer<typeof Text>;
export type RichText = z.infer<typeof RichText>;
export type ListItem = z.infer<typeof ListItem>;

// isListItem lives in its own zod-free module (a browser that draws rich text then carries no zod).
export { isListItem } from './rich-text.js';
