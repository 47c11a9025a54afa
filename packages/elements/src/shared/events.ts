/**
 * Fires a Poolster event: bubbles and composed, so hosts can listen on the element or any ancestor,
 * across shadow roots. Returns false when a listener cancelled a cancelable event.
 */
export function fire<T>(target: EventTarget, type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

/** What a question control reports when the team changes its answer. */
export interface AnswerChangeDetail {
  /** Chosen ids: one for a single choice, several for a multiple choice or a pick, ordered for a ranking. */
  value: string[];
  /** The text of an "other, please specify" option. */
  otherText?: string;
  /** A pick's exclusive "none / not yet" answer. */
  none?: boolean;
}
