import { fillPlaceholders, getAnswer, type AnswerLocation, type Block, type Question } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import { answerText } from '../../shared/answer-text.js';
import { fieldKey } from '../fields.js';
import type { ScanContext } from './context.js';

/** The name of a "change" button: the question's short label and, for a block question, the block ("Wijzig ‘Ambitie’ van 4.1 …"). */
export function changeLabel(ctx: ScanContext, q: Question, block: Block | undefined): string {
  const question = fillPlaceholders(ctx.text(q.label ?? q.prompt), { block: ctx.blockName(block) });
  if (!block) return format(ctx.t.changeLabel, { question });
  return format(ctx.t.changeInBlock, { question, block: `${block.number ? `${block.number} ` : ''}${ctx.text(block.title)}` });
}

function row(ctx: ScanContext, q: Question, at: AnswerLocation, block: Block | undefined, onChange?: (at: AnswerLocation) => void): TemplateResult {
  const answer = getAnswer(ctx.response, at);
  const prompt = fillPlaceholders(ctx.text(q.prompt), { block: ctx.blockName(block) });
  const lines = answerText(ctx.instrument, q, answer, { text: ctx.text, notAnswered: ctx.t.notAnswered, rank: ctx.t.rank });
  return html`<div class="summary-row" data-overview=${fieldKey(at)}>
    <dt>${prompt}</dt>
    <dd>
      ${lines.length > 1 ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : html`<span>${lines[0]}</span>`}
      ${answer?.comment ? html`<p class="comment">${format(ctx.t.comment, { text: answer.comment })}</p>` : nothing}
    </dd>
    ${onChange
      ? html`<dd class="change">
          <button type="button" class="link" aria-label=${changeLabel(ctx, q, block)} @click=${() => onChange(at)}>
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
