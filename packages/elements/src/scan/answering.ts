import {
  answerAfterChange,
  answerAfterText,
  commentFieldKey,
  getAnswer,
  withAnswer,
  type Answer,
  type AnswerLocation,
  type Instrument,
  type Issue,
  type Response,
} from '@poolster/schema';
import type { ReactiveControllerHost } from 'lit';
import type { SummaryError } from '../error-summary/error-summary.js';
import { fire, type AnswerChangeDetail } from '../shared/events.js';
import { fieldKey, fieldKeyOfIssue, questionAt, summaryItems, targetOf } from './fields.js';
import { focusTarget } from './focus-target.js';
import { endViews } from './end-part.js';
import { errorWordsReady, loadErrorWords } from './field-messages-part.js';
import type { Refusal } from './refusals.js';
import type { ScanChangeDetail } from './scan-events.js';
import type { NavigationAction } from './navigation.js';
import { issuesOfStep, stepOfIssue, type StepId } from './steps.js';
import type { ScanContext } from './views/context.js';

/** What answering reads from and changes in the scan. */
export interface AnsweringHost {
  instrument(): Instrument | undefined;
  response(): Response | undefined;
  step(): StepId;
  /** Issues of the current response, warnings included. */
  issues(): Issue[];
  context(instrument: Instrument, response: Response): ScanContext;
  /**
   * Keeps a changed response: on screen, in the draft, the notice cleared. `byControl`: the answer at this place
   * was changed in a child element that draws it itself (not in a text field the scan draws).
   */
  store(response: Response, byControl?: AnswerLocation): void;
  move(action: NavigationAction, focus?: string): void;
  /** The field (or `summary`, `heading`) that gets focus after the next update. */
  focusAfterUpdate(target: string): void;
  root(): ShadowRoot;
  /** Lets the scan's `updateComplete` wait for the errors' words while they load. */
  track(work: Promise<unknown>): void;
}

/**
 * The team's answers and what is wrong with them: a change stored in the response, the errors shown beside the
 * fields, the error summary and its links, and the answers a server refused. Kept apart from the scan because
 * when errors appear, follow fixes and disappear is one rule ("shown after moving on, gone once fixed"), and
 * the scan only moves, draws and sends.
 */
export class Answering {
  private state: { shown: Issue[]; summary: SummaryError[]; refused: Refusal[] } = { shown: [], summary: [], refused: [] };

  constructor(
    private readonly element: HTMLElement & ReactiveControllerHost,
    private readonly host: AnsweringHost,
  ) {}

  /** Issues shown on the current step (after the team tried to move on or send). */
  get shown(): Issue[] {
    return this.state.shown;
  }

  get summary(): SummaryError[] {
    return this.state.summary;
  }

  /** Answers the server refused, shown at their fields until they change or a sending succeeds. */
  get refused(): Refusal[] {
    return this.state.refused;
  }

  /** Replaces what is shown and draws the scan again. */
  private set(next: Partial<Answering['state']>): void {
    this.state = { ...this.state, ...next };
    this.element.requestUpdate();
  }

  /** A choice changed in a question. */
  answer(at: AnswerLocation, detail: AnswerChangeDetail): void {
    const [instrument, response] = [this.host.instrument(), this.host.response()];
    const question = instrument && response ? questionAt(instrument, at) : undefined;
    if (!question || !response) return;
    this.commit(at, answerAfterChange(question, getAnswer(response, at) ?? {}, detail), fieldKey(at), true);
  }

  /** Text typed in an answer or its comment. */
  typeText(at: AnswerLocation, field: 'text' | 'comment', value: string): void {
    const response = this.host.response();
    if (!response) return;
    this.commit(at, answerAfterText(getAnswer(response, at) ?? {}, field, value), field === 'comment' ? commentFieldKey(at) : fieldKey(at));
  }

  /** Stores a changed answer; `field` is the key of the field the team changed, `byControl` whether a child element drew it. */
  private commit(at: AnswerLocation, answer: Answer, field: string, byControl = false): void {
    const before = this.host.response();
    if (!before || !this.host.instrument()) return;
    const response = withAnswer(before, at, answer);
    this.host.store(response, byControl ? at : undefined);
    // What the server said about a field no longer holds once the team changed it.
    const { refused, shown, summary } = this.state;
    if (refused.some((r) => fieldKeyOfIssue(r) === field)) this.set({ refused: refused.filter((r) => fieldKeyOfIssue(r) !== field) });
    if (shown.length) {
      // Errors disappear as they are fixed; new ones only appear when the team moves on again. Those
      // that remain take the current issue's words ("this text has 10,412 characters").
      const key = (i: Issue) => `${i.code}@${i.path.join('/')}`;
      const keys = new Set(shown.map(key));
      const still = this.host.issues().filter((i) => keys.has(key(i)));
      this.set({ shown: still, summary: summary.filter((s) => still.some((i) => targetOf(i) === s.target) || this.refused.some((r) => targetOf(r) === s.target)) });
    }
    fire<ScanChangeDetail>(this.element, 'poolster-change', { response, location: at });
  }

  /** On another step: no errors shown yet; back on the confirmation step, the refused answers the team has not changed are listed again. */
  moved(step: StepId): void {
    const [instrument, response, end] = [this.host.instrument(), this.host.response(), endViews()];
    const relist = step === 'confirm' && this.refused.length && instrument && response && end;
    this.set({ shown: [], summary: relist ? end.refusalSummary(this.refused, this.host.context(instrument, response)) : [] });
  }

  /** "Next": errors on this step keep the team here, shown beside their fields and in the summary. */
  next(): void {
    const errors = issuesOfStep(this.host.issues(), this.host.step()).filter((i) => i.severity === 'error');
    if (errors.length) return this.showErrors(errors, errors);
    this.host.move({ type: 'next' });
  }

  /** "Change" in the check of all answers: to the question, and back to sending afterwards. */
  change(at: AnswerLocation): void {
    this.host.move({ type: 'change', step: at.scope === 'block' ? `block:${at.blockId}` : at.scope === 'context' ? 'intro' : 'final' }, fieldKey(at));
  }

  /** True, with the summary of what is missing shown, while any answer has an error. */
  keepsFromSending(): boolean {
    const errors = this.host.issues().filter((i) => i.severity === 'error');
    if (errors.length) this.showErrors([], errors);
    return errors.length > 0;
  }

  /** Errors of the current step keep the team there: `inline` beside the fields, `listed` in the summary. */
  showErrors(inline: Issue[], listed: Issue[], retried = false): void {
    const [instrument, response] = [this.host.instrument(), this.host.response()];
    if (!instrument || !response) return;
    const ctx = this.host.context(instrument, response);
    // The drop-in brings the errors' words on first need: the team stays on the step meanwhile. Should they not
    // come, the errors show all the same, with the words there are (the scan says a part is missing).
    if (!errorWordsReady(ctx.uiLang) && !retried) {
      void this.host.track(loadErrorWords(ctx.uiLang).catch(() => undefined).then(() => this.showErrors(inline, listed, true)));
      return;
    }
    // Sending with answers missing: one link per step that keeps it from being sent, saying what is missing there.
    const end = endViews();
    this.set({ shown: inline, summary: this.host.step() === 'confirm' && end ? end.incompleteSummary(end.incompleteSteps(listed, ctx), ctx) : summaryItems(listed, ctx, false) });
    this.host.focusAfterUpdate('summary');
  }

  /** A link in the error summary: to the field, on its own step if need be, with its inline error shown. */
  selectError(chosen: string): void {
    const [instrument, response] = [this.host.instrument(), this.host.response()];
    if (!instrument || !response) return;
    const issues = this.host.issues();
    // A link naming a whole step (a block still incomplete) leads to its first field with a problem.
    const end = endViews();
    const target = end ? end.fieldOfStepTarget(chosen, this.host.context(instrument, response), issues) : chosen;
    const issue = issues.find((i) => targetOf(i) === target) ?? this.refused.find((r) => targetOf(r) === target);
    const step = issue ? stepOfIssue(issue) : undefined;
    if (step && step !== this.host.step()) {
      this.host.move({ type: 'fix', step }, target);
      this.set({ shown: issuesOfStep(issues, step).filter((i) => i.severity === 'error') });
      return;
    }
    void focusTarget(this.host.root(), target);
  }

  /** A sending the server refused: the refused answers at their fields and in the summary, which gets focus. */
  refusedBySending(refused: Refusal[], summary: SummaryError[]): void {
    this.set({ refused, summary });
    if (summary.length) this.host.focusAfterUpdate('summary');
  }

  /** Another response on screen (opened, started again, sent): what a server refused no longer holds. */
  forgetRefusals(): void {
    if (this.refused.length) this.set({ refused: [] });
  }
}
