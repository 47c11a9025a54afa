import type { AnswerLocation, Instrument, Issue, Response } from '@poolster/schema';
import { stepState, type StepId } from './steps.js';

/**
 * An answer that changes nothing on screen but its own control: the scan need not draw its step again.
 *
 * A tick in a choice group is drawn by the group itself (it keeps the value it hands over), and the scan's next
 * drawing of the step would only hand the same value back. That drawing is most of what an answer costs the page
 * (the whole step's template, every question's inputs compared), so the scan skips it when nothing else could
 * change: a single or multiple choice or an ambition on the block on screen (no other question on a block step reads
 * one), the block's state in the navigation and the notes beside its questions unchanged, no notice for the answer
 * to clear and no drawing already due. Whatever else asks for a drawing meanwhile (errors shown or fixed, a draft
 * status, a property the page sets) asks through `requestUpdate`, and the drawing happens after all.
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
  stored(answer: StoredAnswer, drawAnyway: boolean): void {
    this.quiet = !drawAnyway && drawsOnlyItsControl(answer);
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

/** An answer as the scan stored it: the response before and after, where, and the step on screen. */
export interface StoredAnswer {
  instrument: Instrument;
  before: Response;
  after: Response;
  at: AnswerLocation;
  step: StepId;
  /** The issues of a response's answers on the step, warnings included (the notes beside its questions). */
  stepIssues(response: Response): readonly Issue[];
}

export function drawsOnlyItsControl({ instrument, before, after, at, step, stepIssues }: StoredAnswer): boolean {
  if (at.scope !== 'block' || step !== `block:${at.blockId}`) return false;
  const question = instrument.blockQuestions.find((q) => q.id === at.questionId);
  // Not a stage: an ambition's options follow the stage it is measured against (the schema's rule: a stage question).
  if (question?.type !== 'single-choice' && question?.type !== 'multiple-choice' && question?.type !== 'ambition') return false;
  if (stepState(instrument, before, step) !== stepState(instrument, after, step)) return false;
  // The notes beside the questions: an ambition at or below its stage has one (the schema's only note on an answer).
  return question.type !== 'ambition' || notesOf(stepIssues(before)) === notesOf(stepIssues(after));
}

const notesOf = (issues: readonly Issue[]): string =>
  issues
    .filter((i) => i.severity === 'warning')
    .map((i) => `${i.code}@${i.path.join('/')}`)
    .join('\n');
