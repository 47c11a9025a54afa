import type { AnswerLocation, Instrument, Response } from '@poolster/schema';
import { stepState, type StepId } from './steps.js';

/**
 * An answer that changes nothing on screen but its own control: the scan need not draw its step again.
 *
 * A tick in a choice group is drawn by the group itself (it keeps the value it hands over), and the scan's next
 * drawing of the step would only hand the same value back. That drawing is most of what an answer costs the page
 * (the whole step's template, every question's inputs compared), so the scan skips it when nothing else could
 * change: a single or multiple choice on the block on screen (no other question reads one), the block's state in
 * the navigation unchanged, no notice for the answer to clear and no drawing already due. Whatever else asks for
 * a drawing meanwhile (errors shown or fixed, a draft status, a property the page sets) asks through
 * `requestUpdate`, and the drawing happens after all.
 *
 * Skipped drawings leave nothing behind: the next one is made from the scan's state as always, and each
 * question's template compares its inputs with those it was last drawn from (block-step.ts).
 */
export class QuietAnswers {
  private quiet = false;

  /**
   * After an answer was stored. `drawAnyway`: a drawing is already due, or the scan shows more than the step (the
   * presentation), or a notice the answer clears.
   */
  stored(instrument: Instrument, before: Response, after: Response, at: AnswerLocation, step: StepId, drawAnyway: boolean): void {
    this.quiet = !drawAnyway && drawsOnlyItsControl(instrument, before, after, at, step);
  }

  /** Any request to draw after the answer was stored (the scan's `requestUpdate`): the next drawing happens. */
  requested(): void {
    this.quiet = false;
  }

  /** Whether the drawing due now may be skipped (once). */
  skip(): boolean {
    const skip = this.quiet;
    this.quiet = false;
    return skip;
  }
}

export function drawsOnlyItsControl(instrument: Instrument, before: Response, after: Response, at: AnswerLocation, step: StepId): boolean {
  if (at.scope !== 'block' || step !== `block:${at.blockId}`) return false;
  const question = instrument.blockQuestions.find((q) => q.id === at.questionId);
  // Not a stage or an ambition: the ambition's options and the schema's only note on an answer follow those two
  // (an ambition is measured against a stage question, the schema's rule).
  if (question?.type !== 'single-choice' && question?.type !== 'multiple-choice') return false;
  return stepState(instrument, before, step) === stepState(instrument, after, step);
}
