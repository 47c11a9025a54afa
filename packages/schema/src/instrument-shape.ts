import { reportForbiddenKeys } from './forbidden-keys.js';
import { SCHEMA_MAJOR } from './format-constants.js';
import type { Instrument } from './instrument.js';
import { checkMeaningWithoutLanguages } from './instrument-meaning.js';
import { IssueCollector } from './issue-collector.js';
import type { Issue } from './issues.js';
import {
  arrayOf,
  intBetween,
  isBoolean,
  isIdentifier,
  isLanguage,
  isSemVer,
  isString,
  isText as isAnyText,
  literal,
  objectOf,
  oneOf,
  recordOf,
  stringUpTo,
  type ShapeCheck,
} from './shape-checks.js';

/**
 * A quick, zod-free answer to "does this instrument have the structure of an Instrument?" (instrument.ts,
 * questions.ts), so that a scan page can draw its first block without downloading zod: instruments are
 * checked in full ahead of time (`poolster validate`, the server at start-up), the browser keeps this
 * check and the checks of meaning. A strict subset of the schema: when it says yes, zod would too (a test
 * holds it to that on mutated instruments); a no means "ask the full check", which says what is wrong.
 * Keep it in step with the zod source: a field the schema gains and this check does not know makes every
 * instrument that uses it take the slow path (a test fails on the fixtures first).
 */

/**
 * The language every language map must hold while `checkWellFormedInstrumentErrors` runs (the instrument's
 * default language), else undefined. A text without it is an error of the full check (instrument-languages.ts);
 * asking here, where the structure check meets every text anyway, spares a scan page a second walk over them.
 * Set and cleared within one synchronous call, so no other check ever sees it.
 */
let mustHold: string | undefined;
const isText: ShapeCheck = (value) => isAnyText(value) && (mustHold === undefined || typeof value === 'string' || Object.hasOwn(value as object, mustHold));
/** Paragraphs and bulleted lists (primitives.ts `RichText`). */
const isRichText: ShapeCheck = arrayOf(oneOf(isText, objectOf({ list: arrayOf(isText, 1) })));

const isFootnoteRefs = arrayOf(isIdentifier);
const isFootnote = objectOf({ id: isIdentifier, text: isText }, { mark: stringUpTo(8) });
const isStage = objectOf({ id: isIdentifier, label: isText, description: isRichText }, { gloss: isText, short: isText });
const isBlock = objectOf(
  {
    id: isIdentifier,
    title: isText,
    definition: objectOf({ text: isRichText }, { source: isText, footnotes: isFootnoteRefs }),
    qualityReferences: arrayOf(objectOf({ code: stringUpTo(Infinity, 1), text: isText }, { footnotes: isFootnoteRefs })),
    developmentScales: arrayOf(objectOf({ code: stringUpTo(Infinity, 1), title: isText, text: isRichText }, { footnotes: isFootnoteRefs })),
    footnotes: arrayOf(isFootnote),
    stages: recordOf(isIdentifier, isRichText),
  },
  {
    number: stringUpTo(16),
    name: isText,
    contribution: objectOf({ title: isText, text: isRichText }, { footnotes: isFootnoteRefs }),
    reflection: objectOf({ question: isText, prompts: arrayOf(isText) }, { intro: isText, footnotes: isFootnoteRefs }),
  },
);
const isCluster = objectOf({ id: isIdentifier, title: isText, blocks: arrayOf(isBlock, 1) }, { description: isRichText });
const isIntroSection = objectOf({ id: isIdentifier, title: isText, body: isRichText });
const isOutcomeIndicators = objectOf(
  { title: isText, groups: arrayOf(objectOf({ id: isIdentifier, title: isText, items: arrayOf(isText) })) },
  { intro: isRichText, footnotes: arrayOf(isFootnote) },
);

const comment = { comment: objectOf({ label: isText }, { placeholder: isText }) };
const isOption = objectOf({ id: isIdentifier, label: isText });
const blockLimits = { slotLabel: isText, ...comment };
/** Per question type: its own required and optional fields, on top of the common ones. */
const QUESTION_FIELDS: Record<string, [Record<string, ShapeCheck>, Record<string, ShapeCheck>]> = {
  text: [{}, { multiline: isBoolean, maxLength: intBetween(1, 100000) }],
  stage: [{}, comment],
  ambition: [{ relativeTo: isIdentifier, options: arrayOf(objectOf({ id: isIdentifier, label: isText }, { stage: isIdentifier }), 2) }, comment],
  'single-choice': [{ options: arrayOf(isOption, 2) }, comment],
  'multiple-choice': [
    { options: arrayOf(objectOf({ id: isIdentifier, label: isText }, { exclusive: isBoolean, other: isBoolean }), 2) },
    { min: intBetween(0), max: intBetween(1), ...comment },
  ],
  'block-pick': [{ max: intBetween(1) }, { min: intBetween(0), none: isOption, ...blockLimits }],
  'block-ranking': [{ min: intBetween(1), max: intBetween(1) }, blockLimits],
};
const QUESTIONS: Record<string, ShapeCheck> = Object.fromEntries(
  Object.entries(QUESTION_FIELDS).map(([type, [required, optional]]) => [
    type,
    objectOf({ id: isIdentifier, type: literal(type), prompt: isText, required: isBoolean, ...required }, { label: isText, help: isText, requiredMessage: isText, ...optional }),
  ]),
);
const isQuestion: ShapeCheck = (value) => {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(QUESTIONS, type) && QUESTIONS[type]!(value);
};

const isInstrument = objectOf(
  {
    schemaVersion: literal(SCHEMA_MAJOR),
    id: isIdentifier,
    version: isSemVer,
    title: isText,
    publisher: isText,
    defaultLanguage: isLanguage,
    languages: arrayOf(isLanguage, 1),
    blockPlaceholder: isText,
    stages: arrayOf(isStage, 2),
    intro: arrayOf(isIntroSection),
    contextQuestions: arrayOf(isQuestion),
    blockQuestions: arrayOf(isQuestion, 1),
    finalQuestions: arrayOf(isQuestion),
    clusters: arrayOf(isCluster, 1),
  },
  { $schema: isString, description: isText, placementNote: isRichText, outcomeIndicators: isOutcomeIndicators, closingNote: isRichText, afterSubmit: isRichText },
);

/** True only when the value certainly has the structure of an Instrument (see above); false means "ask zod". */
export function isWellFormedInstrument(data: unknown): data is Instrument {
  return isInstrument(data);
}

/**
 * The errors of `checkWellFormedInstrument` (the same, in the same order) whenever it answers, for a page that
 * only draws the instrument (the scan). The checks of languages are left out, so that their code and their
 * walk over every text stay off the page: the ones that can fail (the default language listed, and held by
 * every text) are asked on the way instead, and an instrument that fails them gets undefined (the full check
 * says where); the warnings (missing translations, unknown placeholders) are not looked for. A document with a
 * forbidden key gets undefined too (see below). With more than MAX_ISSUES issues, the closing
 * `issues.truncated` counts only what these checks found.
 */
export function checkWellFormedInstrumentErrors(data: unknown): { issues: Issue[]; instrument?: Instrument } | undefined {
  const defaultLanguage = (data as { defaultLanguage?: unknown } | null)?.defaultLanguage;
  const languages = (data as { languages?: unknown } | null)?.languages;
  if (typeof defaultLanguage !== 'string' || !Array.isArray(languages) || !languages.includes(defaultLanguage)) return undefined;
  mustHold = defaultLanguage;
  let wellFormed: boolean;
  try {
    // No search for forbidden keys, a walk over the whole document: the structure check admits no key it does
    // not know, none it knows is forbidden, and record keys must be ids or language codes, which refuse them.
    // A document with one is never well formed, and the full check reports it.
    wellFormed = isWellFormedInstrument(data);
  } finally {
    mustHold = undefined;
  }
  if (!wellFormed) return undefined;
  const issues = new IssueCollector();
  checkMeaningWithoutLanguages(data as Instrument, issues);
  return { issues: issues.toArray().filter((found) => found.severity === 'error'), instrument: data as Instrument };
}

/**
 * Forbidden keys, then the quick structure check, then `meaning`: undefined when the structure is not certainly
 * sound. The checks of `checkWellFormedInstrument` (validate-instrument.ts).
 */
export function checkWellFormed(data: unknown, meaning: (instrument: Instrument, issues: IssueCollector) => void): { issues: Issue[]; instrument?: Instrument } | undefined {
  const issues = new IssueCollector();
  reportForbiddenKeys(data, issues);
  if (issues.size > 0) return { issues: issues.toArray() };
  if (!isWellFormedInstrument(data)) return undefined;
  meaning(data, issues);
  return { issues: issues.toArray(), instrument: data };
}
