import { ANSWER_FIELDS, isAnswered } from './answers.js';
import { IssueCollector } from './issue-collector.js';
import { issue, type Issue, type IssuePath } from './issues.js';
import type { InstrumentModel } from './model.js';
import type { Question } from './questions.js';
import { byId, repeats } from './lists.js';
import type { Answer } from './response.js';
import { DEFAULT_TEXT_MAX_LENGTH, OTHER_TEXT_MAX_LENGTH, textMaxLength } from './text-limits.js';

/**
 * What a message for an unanswered question needs without the instrument at hand: the question's type
 * ("choose a stage", "enter …") and, for lists, how many to choose at least.
 */
function requiredParams(question: Question): Issue['params'] {
  const min = 'min' in question && question.min !== undefined && question.min > 0 ? question.min : undefined;
  return min === undefined ? { type: question.type } : { type: question.type, minimum: min };
}

/** The issues found in a list of answers, by answers object, then by completeness and path (see `list`). */
const checkedLists = new WeakMap<object, Map<string, { questions: readonly Question[]; model: InstrumentModel; issues: IssueCollector }>>();

/** The answers of a block nobody answered yet: one object, so that its issues are kept like any other list's. */
export const NO_ANSWERS: Readonly<Record<string, Answer>> = Object.freeze({});

/**
 * Checks answers against their questions. Every check is linear in the answers: a list longer than the
 * question could ever need is refused as a whole before its entries are looked at, so a hostile list
 * costs one issue, not one per entry.
 */
export class AnswerChecker {
  constructor(
    private readonly model: InstrumentModel,
    private readonly issues: IssueCollector,
    private readonly complete: boolean,
    private readonly reuse = false,
  ) {}

  /**
   * The issues of one list of answers (a block's, the context's, the final ones). A list's issues depend
   * only on its questions, its answers, its path and whether the answer must be complete. With `reuse`
   * (a caller whose responses are never changed in place) they are kept per answers object: a scan checks
   * its whole response after every answer, and a response changed by one answer shares every other list
   * with the one before (response-builder.ts), whose issues are then reused.
   */
  list(questions: readonly Question[], answers: Record<string, Answer>, path: IssuePath): void {
    if (!this.reuse) return this.check(questions, answers, path);
    const key = `${this.complete}:${path.join('\u0000')}`;
    let kept = checkedLists.get(answers);
    let found = kept?.get(key);
    if (!found || found.questions !== questions || found.model !== this.model) {
      const issues = new IssueCollector();
      new AnswerChecker(this.model, issues, this.complete).check(questions, answers, path);
      found = { questions, model: this.model, issues };
      if (!kept) checkedLists.set(answers, (kept = new Map()));
      kept.set(key, found);
    }
    this.issues.pushAll(found.issues);
  }

  private check(questions: readonly Question[], answers: Record<string, Answer>, path: IssuePath): void {
    for (const question of questions) this.one(question, answers[question.id], [...path, question.id], answers);
    const asked = new Set(questions.map((q) => q.id));
    for (const id of Object.keys(answers)) {
      if (!asked.has(id)) this.issues.pushUnknown(issue('answer.unknown-question', [...path, id], { question: id }), id, () => asked);
    }
  }

  private push(code: Issue['code'], path: IssuePath, params: Issue['params'] = {}, severity: Issue['severity'] = 'error'): void {
    this.issues.push(issue(code, path, params, severity));
  }

  private one(question: Question, answer: Answer | undefined, path: IssuePath, siblings: Record<string, Answer>): void {
    if (question.required && this.complete && !isAnswered(question, answer)) this.push('answer.required', path, requiredParams(question));
    if (!answer) return;
    for (const field of Object.keys(answer) as Array<keyof Answer>) {
      if (!ANSWER_FIELDS[question.type].includes(field)) this.push('answer.wrong-shape', [...path, field], { field, type: question.type });
    }
    if (answer.comment !== undefined) this.length(answer.comment, DEFAULT_TEXT_MAX_LENGTH, [...path, 'comment']);
    if (answer.other !== undefined) this.length(answer.other, OTHER_TEXT_MAX_LENGTH, [...path, 'other']);
    switch (question.type) {
      case 'stage':
        if (answer.choice !== undefined && !this.model.stageIndex.has(answer.choice)) {
          const choice = answer.choice;
          this.issues.pushUnknown(issue('answer.unknown-stage', [...path, 'choice'], { stage: choice }), choice, () => this.model.stageIndex.keys());
        }
        break;
      case 'single-choice':
        this.knownOption(byId(question.options), answer.choice, [...path, 'choice']);
        break;
      case 'ambition': {
        const option = this.knownOption(byId(question.options), answer.choice, [...path, 'choice']);
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
        if (answer.text !== undefined) this.length(answer.text, textMaxLength(question), [...path, 'text']);
        break;
    }
  }

  private knownOption<O extends { id: string }>(options: ReadonlyMap<string, O>, id: string | undefined, path: IssuePath): O | undefined {
    if (id === undefined) return undefined;
    const option = options.get(id);
    if (!option) this.issues.pushUnknown(issue('answer.unknown-option', path, { option: id }), id, () => options.keys());
    return option;
  }

  private multipleChoice(question: Extract<Question, { type: 'multiple-choice' }>, answer: Answer, path: IssuePath): void {
    const chosen = answer.choices ?? [];
    if (!this.withinBound(chosen.length, question.options.length, question.max, [...path, 'choices'])) return;
    this.distinct(chosen, [...path, 'choices']);
    const offered = byId(question.options);
    const options = chosen.map((id, i) => this.knownOption(offered, id, [...path, 'choices', i]));
    const exclusive = options.find((o) => o?.exclusive);
    if (exclusive && new Set(chosen).size > 1) this.push('answer.exclusive', [...path, 'choices'], { option: exclusive.id });
    for (const option of options) {
      if (option?.other && (answer.other ?? '').trim() === '') this.push('answer.other-text-required', [...path, 'other'], { option: option.id });
    }
    this.count(chosen.length, question.min, question.max, [...path, 'choices']);
  }

  private blockList(question: Extract<Question, { type: 'block-pick' | 'block-ranking' }>, answer: Answer, path: IssuePath): void {
    const blocks = answer.blocks ?? [];
    if (!this.withinBound(blocks.length, this.model.blocks.length, question.max, [...path, 'blocks'])) return;
    this.distinct(blocks, [...path, 'blocks']);
    blocks.forEach((id, i) => {
      if (!this.model.blockById.has(id)) this.issues.pushUnknown(issue('answer.unknown-block', [...path, 'blocks', i], { block: id }), id, () => this.model.blockById.keys());
    });
    if (answer.none) {
      if (question.type !== 'block-pick' || !question.none) this.push('answer.unknown-option', [...path, 'none'], { option: 'none' });
      else if (blocks.length > 0) this.push('answer.exclusive', [...path, 'none'], { option: question.none.id });
      return;
    }
    this.count(blocks.length, question.min, question.max, [...path, 'blocks']);
  }

  /**
   * A list of distinct ids cannot be longer than the ids there are to choose from (the options, the
   * blocks). A longer one is one `answer.too-many` for the list, with the most the question accepts,
   * and its entries are not checked one by one.
   */
  private withinBound(n: number, available: number, max: number | undefined, path: IssuePath): boolean {
    if (n <= available) return true;
    this.push('answer.too-many', path, { maximum: Math.min(available, max ?? available) });
    return false;
  }

  /** Reports every repeat, pointing at the later entry. */
  private distinct(values: readonly string[], path: IssuePath): void {
    for (const [i, value] of repeats(values)) this.push('answer.duplicate', [...path, i], { value });
  }

  /**
   * Too few counts only for a complete answer that chose something (choosing nothing is the
   * required-check's business); too many always counts.
   */
  private count(n: number, min: number | undefined, max: number | undefined, path: IssuePath): void {
    if (min !== undefined && n > 0 && n < min && this.complete) this.push('answer.too-few', path, { minimum: min, count: n });
    if (max !== undefined && n > max) this.push('answer.too-many', path, { maximum: max, count: n });
  }

  private length(text: string, max: number, path: IssuePath): void {
    if (text.length > max) this.push('answer.too-long', path, { max, length: text.length });
  }
}
