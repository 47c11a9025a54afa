import { blockName, contentLanguage, fillPlaceholders, type KeyedResponse, type PluralForms, type Question, type Text } from '@poolster/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { plural as pluralMessage } from '../i18n/strings.js';
import type { Scan, ViewContext } from './compare-data.js';
import type { NetworkStrings } from './network.strings.js';

/** What the heatmap of common challenges shows below a table: the centres behind a cell, or a block's options ranked. */
export interface ChallengeSelection {
  questionId: string;
  blockId: string;
  /** A cell when set; the block's ranking when absent. */
  optionId?: string;
}

/** The choices a user makes inside the network's views; they survive switching views. */
export interface NetworkChoices {
  selection?: ChallengeSelection;
  /** Comments: a block id, FINAL_QUESTIONS, or '' for all. */
  commentBlock: string;
  commentQuestion: string;
  commentQuery: string;
  /** Inspire: a block id or '' for all; a centre key or ''; a school group or ''. */
  inspireBlock: string;
  inspireCentre: string;
  inspireGroup: string;
  /** Long lists (comments, centres that want to grow) show all their entries instead of the first ones. */
  showAllRows: boolean;
}

/** Above this many, the comments and each block's growing centres show the first ones until asked: a long list costs a slow render. */
export const ROW_LIMIT = 50;

/**
 * Holds the network views' own choices (a selected heatmap cell, the comment filters, the pair filters)
 * for `<poolster-compare>`, so the views stay pure functions of data and choices. A change re-renders the
 * host; `focusAfterUpdate` moves focus to an element (by id in the host's shadow root) once it is rendered,
 * so a click on a cell brings keyboard and screen-reader users to the list it opened.
 */
export class NetworkState implements ReactiveController {
  choices: NetworkChoices = { commentBlock: '', commentQuestion: '', commentQuery: '', inspireBlock: '', inspireCentre: '', inspireGroup: '', showAllRows: false };
  private pendingFocus: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  set(change: Partial<NetworkChoices>, focusId?: string): void {
    this.choices = { ...this.choices, ...change };
    this.pendingFocus = focusId;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.pendingFocus) return;
    const id = this.pendingFocus;
    this.pendingFocus = undefined;
    this.host.shadowRoot?.getElementById(id)?.focus();
  }
}

/** "{n} centres" in the form the language's plural rules pick for `n`, its other placeholders filled. */
export function plural(lang: string, n: number, message: PluralForms | string, values: Readonly<Record<string, string | number>> = {}): string {
  return pluralMessage(message, lang, { count: n, n, ...values });
}

/** The line every network view starts with: whether it counts centres (latest scans) or scans. */
export function countLine(t: NetworkStrings, lang: string, unit: 'centres' | 'scans', n: number): string {
  return unit === 'centres' ? plural(lang, n, t.countsCentres) : plural(lang, n, t.countsScans);
}

/** What every network view is prepared from. */
export interface NetworkInput {
  ctx: ViewContext;
  nt: NetworkStrings;
  lang: string;
  /** The scans counted: the latest of each centre (`unit` 'centres'), or every scan ('scans'), in display order. */
  scans: readonly Scan[];
  unit: 'centres' | 'scans';
  /** A content text in the content language. */
  text: (value: Text | undefined) => string;
}

/** A question's short name for tables: its label, or its prompt with the placeholder filled. */
export function questionTitle(input: NetworkInput, q: Question): string {
  if (q.label) return input.text(q.label);
  const instrument = input.ctx.model.instrument;
  return fillPlaceholders(input.text(q.prompt), { block: blockName(instrument, undefined, contentLanguage(instrument, input.lang)) });
}

export const keyed = (scans: readonly Scan[]): KeyedResponse[] => scans.map((s) => ({ key: s.key, response: s.response }));

/** Display names by centre key (anonymous names when the element is anonymous). */
export const namesOf = (input: NetworkInput): Map<string, string> => new Map(input.scans.map((s) => [s.key, input.ctx.name(s)]));
