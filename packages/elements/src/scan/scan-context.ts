import { blockName, contentLanguage, isListItem, localize, type AnswerLocation, type Instrument, type Issue, type Response, type RichText, type Text } from '@poolster/schema';
import { uiLanguage } from '../i18n/strings.js';
import type { AnswerChangeDetail } from '../shared/events.js';
import { fieldErrorsOf, notesOf } from './fields.js';
import { withRefusals, type Refusal } from './refusals.js';
import { scanStrings } from './scan.strings.js';
import type { ScanContext } from './views/context.js';
import { stable } from './views/stable.js';

export interface ScanContextInput {
  instrument: Instrument;
  response: Response;
  /** The interface language asked for (the content language follows it when the instrument has it). */
  lang: string;
  readonly: boolean;
  /** Issues shown at their fields, and answers the server refused. */
  shown: readonly Issue[];
  refused: readonly Refusal[];
  /**
   * The issues of the answers on the step shown, warnings included, for the notes beside its questions. Asked
   * for only when a step reads a note: the introduction has none, so the first page is drawn before any check.
   */
  stepIssues(): readonly Issue[];
  onAnswer(at: AnswerLocation, detail: AnswerChangeDetail): void;
  onText(at: AnswerLocation, field: 'text' | 'comment', value: string): void;
  /** What keeps the values bound to children from one render to the next (the scan element). */
  owner: object;
}

/** Everything a step's template needs, in the languages the team reads. */
export function scanContext(input: ScanContextInput): ScanContext {
  const { instrument } = input;
  const uiLang = uiLanguage(input.lang);
  const contentLang = contentLanguage(instrument, input.lang);
  const text = (value: Text | undefined) => localize(value, contentLang, instrument.defaultLanguage);
  let notes: ReadonlyMap<string, string> | undefined;
  return {
    instrument,
    response: input.response,
    t: scanStrings(uiLang),
    uiLang,
    contentLang,
    readonly: input.readonly,
    fieldErrors: withRefusals(fieldErrorsOf(input.shown, instrument, uiLang, contentLang), input.refused),
    get notes() {
      return (notes ??= notesOf(input.stepIssues(), instrument, uiLang, contentLang));
    },
    text,
    rich: (value: RichText | undefined) => (value ?? []).flatMap((p) => (isListItem(p) ? p.list.map(text) : [text(p)])),
    blockName: (block) => blockName(instrument, block, contentLang),
    stable: (key, next) => stable(input.owner, key, next),
    onAnswer: input.onAnswer,
    onText: input.onText,
  };
}
