import { ANSWER_FIELDS, isAnswered } from './answers.js';
import type { Instrument } from './instrument.js';
import { issue, type Issue, type IssuePath } from './issues.js';
import { majorOf, modelOf, type InstrumentModel } from './model.js';
import type { Question } from './questions.js';
import { Response, type Answer } from './response.js';
import { fromZodIssues } from './structure.js';

export interface ResponseValidationOptions {
  /**
   * Whether unanswered required questions (and too few picks) are errors. True for a submission;
   * false for a draft in progress, where only what was answered is checked.
   */
  requireComplete?: boolean;
}

/**
 * Checks a response against its instrument: structure first, then every answer against its question.
 * `instrument` must be valid (see validateInstrument). Never throws.
 */
export function validateResponse(instrument: Instrument, data: unknown, options: ResponseValidationOptions = {}): Issue[] {
  const parsed = Response.safeParse(data, { reportInput: true });
  if (!parsed.success) return fromZodIssues(parsed.error.issues);
  const response = parsed.data;
  const issues: Issue[] = [];
  if (response.instrumentId !== instrument.id) {
    return [issue('response.other-instrument', ['instrumentId'], { expected: instrument.id, received: response.instrumentId })];
  }
  if (response.instrumentVersion !== instrument.version) {
    const sameMajor = majorOf(response.instrumentVersion) === majorOf(instrument.version);
    issues.push(
      issue(
        sameMajor ? 'response.other-version' : 'response.other-major-version',
        ['instrumentVersion'],
        { expected: instrument.version, received: response.instrumentVersion },
        sameMajor ? 'warning' : 'error',
      ),
    );
    if (!sameMajor) return issues;
  }
  if (response.status === 'submitted' && response.submittedAt === undefined) {
    issues.push(issue('response.submitted-without-date', ['submittedAt']));
  }
  const model = modelOf(instrument);
  const complete = options.requireComplete ?? true;
  const check = new AnswerChecker(model, issues, complete);

  check.list(instrument.contextQuestions, response.context, ['context']);
  for (const { block } of model.blocks) check.list(instrument.blockQuestions, response.blocks[block.id] ?? {}, ['blocks', block.id]);
  for (const blockId of Object.keys(response.blocks)) {
    if (!model.blockById.has(blockId)) issues.push(issue('answer.unknown-block', ['blocks', blockId], { block: blockId }));
  }
  check.list(instrument.finalQuestions, response.final, ['final']);
  return issues;
}

class AnswerChecker {
  constructor(
    private readonly model: InstrumentModel,
    private readonly issues: Issue[],
    private readonly complete: boolean,
  ) {}

  list(questions: readonly Question[], answers: Record<string, Answer>, path: IssuePath): void {
    for (const question of questions) this.one(question, answers[question.id], [...path, question.id], answers);
    for (const id of Object.keys(answers)) {
      if (!questions.some((q) => q.id === id)) this.push('answer.unknown-question', [...path, id], { question: id });
    }
  }

  private push(code: Issue['code'], path: IssuePath, params: Issue['params'] = {}, severity: Issue['severity'] = 'error'): void {
    this.issues.push(issue(code, path, params, severity));
  }

  private one(question: Question, answer: Answer | undefined, path: IssuePath, siblings: Record<string, Answer>): void {
    if (question.required && this.complete && !isAnswered(question, answer)) this.push('answer.required', path);
    if (!answer) return;
    for (const field of Object.keys(answer) as Array<keyof Answer>) {
      if (!ANSWER_FIELDS[question.type].includes(field)) this.push('answer.wrong-shape', [...path, field], { field, type: question.type });
    }
    switch (question.type) {
      case 'stage':
        if (answer.choice !== undefined && !this.model.stageIndex.has(answer.choice)) {
          this.push('answer.unknown-stage', [...path, 'choice'], { stage: answer.choice });
        }
        break;
      case 'single-choice':
        this.knownOption(question.options, answer.choice, [...path, 'choice']);
        break;
      case 'ambition': {
        const option = this.knownOption(question.options, answer.choice, [...path, 'choice']);
        const current = siblings[question.relativeTo]?.choice;
        const currentIndex = current === undefined ? undefined : this.model.stageIndex.get(current);
        const targetIndex = option?.stage === undefined ? undefined : this.model.stageIndex.get(option.stage);
        if (currentIndex !== undefined && targetIndex !== undefined && targetIndex <= currentIndex) {
          this.push('answer.ambition-not-above-current', [...path, 'choice'], { ambition: option!.stage!, current: current! }, 'warning');
        }
        break;
      }
      case 'multiple-choice':
        this.multipleChoice(question, answer, path);
        break;
      case 'block-pick':
      case 'block-ranking':
        this.blockList(question, answer, path);
        break;
      case 'text':
        break;
    }
  }

  private knownOption<O extends { id: string }>(options: readonly O[], id: string | undefined, path: IssuePath): O | undefined {
    if (id === undefined) return undefined;
    const option = options.find((o) => o.id === id);
    if (!option) this.push('answer.unknown-option', path, { option: id });
    return option;
  }

  private multipleChoice(question: Extract<Question, { type: 'multiple-choice' }>, answer: Answer, path: IssuePath): void {
    const chosen = answer.choices ?? [];
    this.distinct(chosen, [...path, 'choices']);
    const options = chosen.map((id, i) => this.knownOption(question.options, id, [...path, 'choices', i]));
    const exclusive = options.find((o) => o?.exclusive);
    if (exclusive && new Set(chosen).size > 1) this.push('answer.exclusive', [...path, 'choices'], { option: exclusive.id });
    for (const option of options) {
      if (option?.other && (answer.other ?? '').trim() === '') this.push('answer.other-text-required', [...path, 'other'], { option: option.id });
    }
    this.count(chosen.length, question.min, question.max, [...path, 'choices']);
  }

  private blockList(question: Extract<Question, { type: 'block-pick' | 'block-ranking' }>, answer: Answer, path: IssuePath): void {
    const blocks = answer.blocks ?? [];
    this.distinct(blocks, [...path, 'blocks']);
    blocks.forEach((id, i) => {
      if (!this.model.blockById.has(id)) this.push('answer.unknown-block', [...path, 'blocks', i], { block: id });
    });
    if (answer.none) {
      if (question.type !== 'block-pick' || !question.none) this.push('answer.unknown-option', [...path, 'none'], { option: 'none' });
      else if (blocks.length > 0) this.push('answer.exclusive', [...path, 'none'], { option: question.none.id });
      return;
    }
    this.count(blocks.length, question.min, question.max, [...path, 'blocks']);
  }

  private distinct(values: readonly string[], path: IssuePath): void {
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i) this.push('answer.duplicate', [...path, i], { value });
    });
  }

  /**
   * Too few counts only for a complete answer that chose something (choosing nothing is the
   * required-check's business); too many always counts.
   */
  private count(n: number, min: number | undefined, max: number | undefined, path: IssuePath): void {
    if (min !== undefined && n > 0 && n < min && this.complete) this.push('answer.too-few', path, { minimum: min });
    if (max !== undefined && n > max) this.push('answer.too-many', path, { maximum: max });
  }
}
