import type { AnswerLocation, Block, Instrument, Response, RichText, Text } from '@poolster/schema';
import type { AnswerChangeDetail } from '../../shared/events.js';
import type { ScanStrings } from '../scan.strings.js';

/** Errors shown on one field: the choice's and, for "other", its text's. */
export interface FieldErrors {
  error?: string;
  otherError?: string;
}

/** Everything a step's template needs from the scan: data, words, and what to call on a change. */
export interface ScanContext {
  instrument: Instrument;
  response: Response;
  t: ScanStrings;
  uiLang: string;
  contentLang: string;
  readonly: boolean;
  /** Errors by field key (see fieldKey), shown after the team tried to move on or send. */
  fieldErrors: ReadonlyMap<string, FieldErrors>;
  /** Non-blocking notes by field key (an ambition not above the current stage). */
  notes: ReadonlyMap<string, string>;
  text(value: Text | undefined): string;
  rich(value: RichText | undefined): string[];
  blockName(block: Block | undefined): string;
  /** The value bound last time under `key` when `next` equals it, so that an unchanged child is not drawn again (see stable.ts). */
  stable<T>(key: string, next: T): T;
  onAnswer(at: AnswerLocation, detail: AnswerChangeDetail): void;
  onText(at: AnswerLocation, field: 'text' | 'comment', value: string): void;
}
