import { commentFieldKey, fieldKey, getAnswer, type AnswerLocation, type Block, type Cluster, type Question } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { presentButton } from '../presentation/present-button.js';
import type { FieldErrors, ScanContext } from './context.js';
import { question } from './question.js';
import { readingMaterial } from './reading-material.js';
import { richText } from './rich-text.js';
import { teamSummary } from '../team-summary.js';

/**
 * One building block: what a team round left on it, its reading material, the team round's panel (the
 * `round` slot, next to the stage question it helps answer), then every block question (and, with a
 * presenter, the button to present it). The reading material depends only on the block and the languages:
 * it is not built again for every answer (it is the step's largest part).
 */
export function blockStep(ctx: ScanContext, block: Block, cluster: Cluster, presenter?: { toggle(): void }): TemplateResult {
  return html`
    ${teamSummary(ctx, block.id)}
    <p class="cluster">${ctx.text(cluster.title)}</p>
    ${presenter && !ctx.readonly ? presentButton(ctx, presenter) : nothing}
    ${guard([block, ctx.uiLang, ctx.contentLang], () => readingMaterial(ctx, block))}
    ${guard([ctx.instrument, ctx.contentLang], () =>
      ctx.instrument.placementNote ? html`<div class="placement-note">${richText(ctx, ctx.instrument.placementNote)}</div>` : nothing,
    )}
    ${ctx.readonly ? nothing : html`<slot name="round"></slot>`}
    ${ctx.instrument.blockQuestions.map((q) => {
      const at: AnswerLocation = { scope: 'block', blockId: block.id, questionId: q.id };
      return guard(questionInputs(ctx, q, at, block), () => question(ctx, q, at, block));
    })}
  `;
}

const shownAt = (errors: FieldErrors | undefined): string => `${errors?.error ?? ''}\u0000${errors?.otherError ?? ''}`;

/**
 * Everything a block question's template is drawn from (question.ts): the content and the languages, the
 * team's answer (and, for an ambition, the stage it is measured against), and what is shown at the field and
 * its comment. The step is drawn again on every answer; a question whose inputs are the same keeps its
 * template (lit's guard), so an answer costs the work of its own question, not of the whole block. Answers
 * are compared by identity: a new answer is a new object (withAnswer), an unchanged one is shared.
 */
function questionInputs(ctx: ScanContext, q: Question, at: AnswerLocation, block: Block): unknown[] {
  const key = fieldKey(at);
  return [
    q,
    block,
    ctx.instrument,
    // The scan's words: a new object whenever words are registered (a language's file arriving), as are every catalog's.
    ctx.t,
    ctx.uiLang,
    ctx.contentLang,
    ctx.readonly,
    getAnswer(ctx.response, at),
    q.type === 'ambition' ? getAnswer(ctx.response, { ...at, questionId: q.relativeTo })?.choice : undefined,
    shownAt(ctx.fieldErrors.get(key)),
    shownAt(ctx.fieldErrors.get(commentFieldKey(at))),
    ctx.notes.get(key),
  ];
}
