/**
 * The answers the benchmark gives in both surveys, and the checks of what each one captured against them.
 * They differ from block to block (every stage, ambitions relative to the stage, each kind of deliberate
 * choice, one or two levers or "none", a comment), so that an answer landing on the wrong block or
 * option shows as a mismatch.
 */
import type { Block, Instrument, Response } from '../../packages/schema/src/index.js';
import { blocksOf, surveyName } from './surveyjs-model.js';

export interface BlockAnswers {
  stage: string;
  ambition: string;
  deliberate: string;
  /** The comment on the deliberate choice, when there is one. */
  comment?: string;
  levers: string[];
  obstacles: string[];
  subgroups: string[];
}

export interface AnswerPlan {
  centre: string;
  blocks: Array<{ block: Block; title: string; label: string; answers: BlockAnswers }>;
  inspiring: string[];
  /** Most important first. */
  priorities: string[];
}

export function answerPlan(instrument: Instrument): AnswerPlan {
  const stages = instrument.stages.map((s) => s.id);
  const ambition = instrument.blockQuestions.find((q) => q.id === 'ambition');
  const ambitionTo = (stage: string | undefined) =>
    (ambition && 'options' in ambition ? ambition.options.find((o) => 'stage' in o && o.stage === stage)?.id : undefined) ?? 'keep';
  const blocks = blocksOf(instrument).map(({ block, title, label }, i) => {
    const stage = i % stages.length;
    const answers: BlockAnswers = {
      stage: stages[stage]!,
      ambition: i % 5 === 4 ? 'keep' : ambitionTo(stages[stage + 1]),
      deliberate: ['deliberate', 'context-driven', 'both'][i % 3]!,
      ...(i === 0 ? { comment: 'Besproken op het beleidsteam van maart.' } : {}),
      levers: [['people-culture'], ['mission-vision-strategy', 'systems-structure'], ['none']][i % 3]!,
      obstacles: i % 2 === 0 ? ['none'] : ['systems-structure'],
      subgroups: i % 4 === 1 ? ['teams', 'sites'] : ['no'],
    };
    return { block, title, label, answers };
  });
  const id = (n: number) => blocks[n]!.block.id;
  return { centre: 'CLB Bench', blocks, inspiring: [id(0), id(4)], priorities: [id(2), id(0), id(6)] };
}

/** The label of a block question's option, as both surveys show it. */
export function optionLabel(instrument: Instrument, questionId: string, optionId: string): string {
  const question = instrument.blockQuestions.find((q) => q.id === questionId);
  const option = question && 'options' in question ? question.options.find((o) => o.id === optionId) : undefined;
  if (!option) throw new Error(`The instrument has no option ${optionId} in ${questionId}`);
  return typeof option.label === 'string' ? option.label : Object.values(option.label)[0]!;
}

/** A stage's name as both surveys start its option: "Planmatig (plan)". */
export function stageLabel(instrument: Instrument, stageId: string): string {
  const stage = instrument.stages.find((s) => s.id === stageId)!;
  const text = (t: unknown) => (typeof t === 'string' ? t : Object.values(t as Record<string, string>)[0]!);
  return `${text(stage.label)}${stage.gloss ? ` (${text(stage.gloss)})` : ''}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (values: unknown) => (Array.isArray(values) ? [...values].sort() : values);

/** Compares what a survey captured with the plan; throws with every difference, so the run fails clearly. */
function compare(who: string, pairs: Array<[string, unknown, unknown]>): void {
  const wrong = pairs.filter(([, expected, got]) => !same(expected, got));
  if (wrong.length > 0) {
    const lines = wrong.map(([where, expected, got]) => `  ${where}: clicked ${JSON.stringify(expected)}, captured ${JSON.stringify(got)}`);
    throw new Error(`${who} captured answers that differ from what was clicked:\n${lines.join('\n')}`);
  }
}

/** The scan's sent response (the `poolster-submit` event's detail) against the plan. */
export function checkPoolster(plan: AnswerPlan, response: Response): void {
  const pairs: Array<[string, unknown, unknown]> = [['centre-name', plan.centre, response.context?.['centre-name']?.text]];
  for (const { block, answers } of plan.blocks) {
    const got = response.blocks[block.id] ?? {};
    pairs.push(
      [`${block.id}/current-stage`, answers.stage, got['current-stage']?.choice],
      [`${block.id}/ambition`, answers.ambition, got.ambition?.choice],
      [`${block.id}/deliberate-choice`, answers.deliberate, got['deliberate-choice']?.choice],
      [`${block.id}/deliberate-choice comment`, answers.comment, got['deliberate-choice']?.comment],
      [`${block.id}/levers`, sorted(answers.levers), sorted(got.levers?.choices)],
      [`${block.id}/obstacles`, sorted(answers.obstacles), sorted(got.obstacles?.choices)],
      [`${block.id}/subgroups`, sorted(answers.subgroups), sorted(got.subgroups?.choices)],
    );
  }
  pairs.push(
    ['inspiring-practices', sorted(plan.inspiring), sorted(response.final?.['inspiring-practices']?.blocks)],
    ['priorities (in order)', plan.priorities, response.final?.priorities?.blocks],
    ['status', 'submitted', response.status],
  );
  compare('Poolster', pairs);
}

/** SurveyJS's `survey.data` on completion against the plan. */
export function checkSurveyJs(plan: AnswerPlan, data: Record<string, unknown>): void {
  const pairs: Array<[string, unknown, unknown]> = [['centre-name', plan.centre, data['centre-name']]];
  for (const { block, answers } of plan.blocks) {
    const at = (q: string) => data[surveyName(block.id, q)];
    pairs.push(
      [`${block.id}/current-stage`, answers.stage, at('current-stage')],
      [`${block.id}/ambition`, answers.ambition, at('ambition')],
      [`${block.id}/deliberate-choice`, answers.deliberate, at('deliberate-choice')],
      [`${block.id}/deliberate-choice comment`, answers.comment, at('deliberate-choice-Comment')],
      [`${block.id}/levers`, sorted(answers.levers), sorted(at('levers'))],
      [`${block.id}/obstacles`, sorted(answers.obstacles), sorted(at('obstacles'))],
      [`${block.id}/subgroups`, sorted(answers.subgroups), sorted(at('subgroups'))],
    );
  }
  pairs.push(['inspiring-practices', sorted(plan.inspiring), sorted(data['inspiring-practices'])], ['priorities (in order)', plan.priorities, data.priorities]);
  compare('SurveyJS', pairs);
}
