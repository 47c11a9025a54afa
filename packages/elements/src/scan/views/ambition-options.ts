import { getAnswer, modelOf, type AmbitionQuestion, type AnswerLocation } from '@poolster/schema';
import { defineStrings, format } from '../../i18n/strings.js';
import type { ChoiceOption } from '../../choice-group/choice-group.js';
import type { ScanContext } from './context.js';

const ambitionStrings = defineStrings('scan-ambition', {
  en: { unavailable: 'Not possible: your centre is already at {current}.' },
  nl: { unavailable: 'Niet mogelijk: jullie centrum staat al op {current}.' },
  fr: { unavailable: 'Impossible : votre centre est déjà au stade {current}.' },
});

/**
 * The ambition's options as the team may choose them now: an option that evolves to a stage at or below
 * the block's current stage says why it is not possible. The answer itself is left alone (the checker's
 * note tells the team to choose again), so changing the current stage never drops an ambition silently.
 */
export function ambitionOptions(ctx: ScanContext, q: AmbitionQuestion, at: AnswerLocation, fill: (s: string) => string): ChoiceOption[] {
  const model = modelOf(ctx.instrument);
  const currentId = getAnswer(ctx.response, { ...at, questionId: q.relativeTo })?.choice;
  const currentIndex = currentId === undefined ? undefined : model.stageIndex.get(currentId);
  const current = currentIndex === undefined ? undefined : ctx.instrument.stages[currentIndex];
  const reason = current ? format(ambitionStrings(ctx.uiLang).unavailable, { current: ctx.text(current.label) }) : '';
  return q.options.map((o) => {
    const target = o.stage === undefined ? undefined : model.stageIndex.get(o.stage);
    const blocked = currentIndex !== undefined && target !== undefined && target <= currentIndex;
    return { id: o.id, label: fill(ctx.text(o.label)), ...(blocked ? { unavailable: reason } : {}) };
  });
}
