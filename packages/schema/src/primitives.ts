import './jitless.js';
import { z } from 'zod';
import { isForbiddenKey } from './forbidden-keys.js';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const SEMVER_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/;

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

/** Tells a bulleted list from a paragraph in rich text (a language map never holds an array). */
export const isListItem = (part: RichText[number]): part is ListItem =>
  typeof part === 'object' && Array.isArray((part as { list?: unknown }).list);
