import { isAnswered, modelOf, type AnswerList, type Instrument, type Issue, type Question, type Response } from '@poolster/schema';
import type { ProgressStep } from '../progress-nav/progress-nav.js';
import type { ScanContext } from './views/context.js';

export type StepId = 'intro' | `block:${string}` | 'final' | 'confirm' | 'submitted';
export type BlockState = 'not-started' | 'incomplete' | 'complete';

/**
 * The scan's steps in order: intro, one per building block, final questions (if any), then sending. The
 * send step holds the check of every answer (GOV.UK's "check your answers" pattern) above the warning and
 * the button: it comes after the final questions, so the last look before sending covers everything that
 * is sent, and it costs the team no extra step between the last question and the warning.
 */
export function stepIds(instrument: Instrument): StepId[] {
  return [
    'intro',
    ...modelOf(instrument).blocks.map(({ block }): StepId => `block:${block.id}`),
    ...(instrument.finalQuestions.length > 0 ? (['final'] as const) : []),
    'confirm',
  ];
}

/** A step as a draft stored it: drafts saved while the check of all answers was a step of its own open on the send step, which now holds it. */
export const storedStep = (step: string): string => (step === 'overview' ? 'confirm' : step);

/** Whether a step id (from a stored draft, say) is one of this instrument's steps. */
export const isStepOf = (instrument: Instrument, step: string): step is StepId => (stepIds(instrument) as string[]).includes(step);

export const blockIdOf = (step: StepId): string | undefined => (step.startsWith('block:') ? step.slice('block:'.length) : undefined);

/** Whether a set of questions is untouched, partly or fully answered (required questions decide). */
export function answerState(questions: readonly Question[], answers: Response['final'] | undefined): BlockState {
  const answered = questions.filter((q) => isAnswered(q, answers?.[q.id]));
  if (answered.length === 0) return 'not-started';
  return questions.every((q) => !q.required || isAnswered(q, answers?.[q.id])) ? 'complete' : 'incomplete';
}

/** The state a step shows in the progress navigation, if it has one. */
export function stepState(instrument: Instrument, response: Response, step: StepId): BlockState | undefined {
  const blockId = blockIdOf(step);
  if (blockId) return answerState(instrument.blockQuestions, response.blocks[blockId]);
  if (step === 'final') return answerState(instrument.finalQuestions, response.final);
  return undefined;
}

/** The list of answers a step asks for: the context on the intro, a block's on its step, the final ones on theirs. */
export function answerListOfStep(step: StepId): AnswerList | undefined {
  const blockId = blockIdOf(step);
  return blockId ? { blockId } : step === 'intro' ? 'context' : step === 'final' ? 'final' : undefined;
}

/** The issues that belong to a step: those of the list of answers it asks for. */
export function issuesOfStep(issues: readonly Issue[], step: StepId): Issue[] {
  const list = answerListOfStep(step);
  if (list === undefined) return [];
  return issues.filter((i) => (typeof list === 'string' ? i.path[0] === list : i.path[0] === 'blocks' && i.path[1] === list.blockId));
}

/** The step where the question of an issue is asked. */
export function stepOfIssue(issue: Pick<Issue, 'path'>): StepId | undefined {
  const [scope, id] = issue.path;
  if (scope === 'context') return 'intro';
  if (scope === 'blocks' && typeof id === 'string') return `block:${id}`;
  if (scope === 'final') return 'final';
  return undefined;
}

/** The progress navigation's entries: every step with its label, its cluster and its state. */
export function progressSteps(ctx: ScanContext, steps: readonly StepId[]): ProgressStep[] {
  const { t, instrument, response } = ctx;
  const model = modelOf(instrument);
  return steps.map((step) => {
    const blockId = blockIdOf(step);
    const entry = blockId ? model.blockById.get(blockId) : undefined;
    const label = entry
      ? `${entry.block.number ? `${entry.block.number} ` : ''}${ctx.text(entry.block.title)}`
      : { intro: t.stepIntro, final: t.stepFinal, confirm: t.stepConfirm }[step as 'intro'];
    const state = stepState(instrument, response, step);
    return { id: step, label, ...(entry ? { group: ctx.text(entry.cluster.title) } : {}), ...(state ? { state } : {}) };
  });
}
