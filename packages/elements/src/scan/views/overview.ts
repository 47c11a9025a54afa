import { fillPlaceholders, getAnswer, isAnswered, modelOf, type Answer, type AnswerLocation, type Block, type Question } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import { fieldKey } from '../fields.js';
import type { ScanContext } from './context.js';

/** An answer in words, as the team gave it. */
export function answerText(ctx: ScanContext, q: Question, answer: Answer | undefined): string[] {
  const { t } = ctx;
  if (!answer || !isAnswered(q, answer)) return [t.notAnswered];
  const block = (id: string) => {
    const entry = modelOf(ctx.instrument).blockById.get(id);
    return entry ? ctx.text(entry.block.title) : id;
  };
  switch (q.type) {
    case 'text':
      return [answer.text ?? ''];
    case 'stage': {
      const stage = ctx.instrument.stages.find((s) => s.id === answer.choice);
      return [stage ? ctx.text(stage.label) : (answer.choice ?? '')];
    }
    case 'ambition':
    case 'single-choice': {
      const option = q.options.find((o) => o.id === answer.choice);
      return [option ? ctx.text(option.label) : (answer.choice ?? '')];
    }
    case 'multiple-choice':
      return (answer.choices ?? []).map((id) => {
        const option = q.options.find((o) => o.id === id);
        const label = option ? ctx.text(option.label) : id;
        return option?.other && answer.other ? `${label} ${answer.other}` : label;
      });
    case 'block-pick':
      return answer.none && q.none ? [ctx.text(q.none.label)] : (answer.blocks ?? []).map(block);
    case 'block-ranking':
      return (answer.blocks ?? []).map((id, i) => format(t.rank, { n: i + 1, label: block(id) }));
  }
}

function row(ctx: ScanContext, q: Question, at: AnswerLocation, block: Block | undefined, onChange?: (at: AnswerLocation) => void): TemplateResult {
  const answer = getAnswer(ctx.response, at);
  const prompt = fillPlaceholders(ctx.text(q.prompt), { block: ctx.blockName(block) });
  const lines = answerText(ctx, q, answer);
  return html`<div class="summary-row" data-overview=${fieldKey(at)}>
    <dt>${prompt}</dt>
    <dd>
      ${lines.length > 1 ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : html`<span>${lines[0]}</span>`}
      ${answer?.comment ? html`<p class="comment">${format(ctx.t.comment, { text: answer.comment })}</p>` : nothing}
    </dd>
    ${onChange
      ? html`<dd class="change">
          <button type="button" class="link" aria-label=${format(ctx.t.changeLabel, { question: prompt })} @click=${() => onChange(at)}>
            ${ctx.t.change}
          </button>
        </dd>`
      : nothing}
  </div>`;
}

/**
 * Every answer, per cluster and block, then the final questions. With `onChange` each answer has a
 * "Change" button (the overview step); without it the list is read-only (submitted, read-only mode).
 */
export function overview(ctx: ScanContext, onChange?: (at: AnswerLocation) => void): TemplateResult {
  const { instrument } = ctx;
  return html`
    ${instrument.contextQuestions.length
      ? html`<dl class="summary">${instrument.contextQuestions.map((q) => row(ctx, q, { scope: 'context', questionId: q.id }, undefined, onChange))}</dl>`
      : nothing}
    ${instrument.clusters.map(
      (cluster) => html`<section class="overview-cluster">
        <h3>${ctx.text(cluster.title)}</h3>
        ${cluster.blocks.map(
          (block) => html`<section class="overview-block">
            <h4>${block.number ? `${block.number} ` : ''}${ctx.text(block.title)}</h4>
            <dl class="summary">
              ${instrument.blockQuestions.map((q) => row(ctx, q, { scope: 'block', blockId: block.id, questionId: q.id }, block, onChange))}
            </dl>
          </section>`,
        )}
      </section>`,
    )}
    ${instrument.finalQuestions.length
      ? html`<section class="overview-cluster">
          <h3>${ctx.t.stepFinal}</h3>
          <dl class="summary">${instrument.finalQuestions.map((q) => row(ctx, q, { scope: 'final', questionId: q.id }, undefined, onChange))}</dl>
        </section>`
      : nothing}
  `;
}
