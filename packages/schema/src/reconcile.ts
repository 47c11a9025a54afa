import { ANSWER_FIELDS } from './answers.js';
import type { Instrument } from './instrument.js';
import { modelOf, type InstrumentModel } from './model.js';
import type { Question } from './questions.js';
import type { Answer, Response, SetAsideAnswer } from './response.js';

/**
 * A content author's hook for moving answers across a content change (renamed ids, merged options): it gets
 * the stored response as it is and returns it in the new shape. Runs before reconciliation.
 */
export type MigrationHook = (response: Response, from: string, to: string) => Response;

export interface Reconciled {
  /** The response, fitted to the instrument: only answers the instrument can still read. */
  response: Response;
  /** The answers that no longer fit, newly set aside by this call (also appended to `response.setAside`). */
  setAside: SetAsideAnswer[];
}

/** Whether an answer can be read by a question as it is now. */
export function answerFits(question: Question, answer: Answer, model: InstrumentModel): boolean {
  const fields = Object.keys(answer) as Array<keyof Answer>;
  if (!fields.every((f) => ANSWER_FIELDS[question.type].includes(f))) return false;
  switch (question.type) {
    case 'stage':
      return answer.choice === undefined || model.stageIndex.has(answer.choice);
    case 'ambition':
    case 'single-choice':
      return answer.choice === undefined || question.options.some((o) => o.id === answer.choice);
    case 'multiple-choice':
      return (answer.choices ?? []).every((id) => question.options.some((o) => o.id === id));
    case 'block-pick':
      return (answer.blocks ?? []).every((id) => model.blockById.has(id)) && (!answer.none || question.none !== undefined);
    case 'block-ranking':
      return (answer.blocks ?? []).every((id) => model.blockById.has(id));
    case 'text':
      return true;
  }
}

/**
 * Fits a response saved against another content version to this instrument, losing nothing: answers to
 * unchanged ids stay; answers to removed blocks or questions, or naming removed options, move to
 * `setAside` with the version they came from. The response then records this instrument's version.
 */
export function reconcileResponse(instrument: Instrument, response: Response, migrate?: MigrationHook): Reconciled {
  const from = response.instrumentVersion;
  const migrated = migrate && from !== instrument.version ? migrate(structuredClone(response), from, instrument.version) : response;
  const model = modelOf(instrument);
  const setAside: SetAsideAnswer[] = [];
  const aside = (path: string[], answer: Answer, reason: string) => setAside.push({ path, answer, reason, fromVersion: from });

  const fit = (questions: readonly Question[], answers: Record<string, Answer>, path: string[]): Record<string, Answer> => {
    const kept: Record<string, Answer> = {};
    for (const [id, answer] of Object.entries(answers)) {
      const question = questions.find((q) => q.id === id);
      if (!question) aside([...path, id], answer, 'question-removed');
      else if (!answerFits(question, answer, model)) aside([...path, id], answer, 'answer-no-longer-fits');
      else kept[id] = answer;
    }
    return kept;
  };

  const blocks: Response['blocks'] = {};
  for (const [blockId, answers] of Object.entries(migrated.blocks)) {
    if (!model.blockById.has(blockId)) {
      for (const [id, answer] of Object.entries(answers)) aside(['blocks', blockId, id], answer, 'block-removed');
      continue;
    }
    const kept = fit(instrument.blockQuestions, answers, ['blocks', blockId]);
    if (Object.keys(kept).length) blocks[blockId] = kept;
  }
  const reconciled: Response = {
    ...migrated,
    instrumentVersion: instrument.version,
    context: fit(instrument.contextQuestions, migrated.context, ['context']),
    blocks,
    final: fit(instrument.finalQuestions, migrated.final, ['final']),
  };
  if (setAside.length) reconciled.setAside = [...(migrated.setAside ?? []), ...setAside];
  return { response: reconciled, setAside };
}

/** The set-aside answers' paths as people read them: "blocks › prevention › levers". */
export const setAsidePath = (entry: SetAsideAnswer): string => entry.path.join(' › ');
