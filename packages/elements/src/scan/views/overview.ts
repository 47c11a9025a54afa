import { fillPlaceholders, getAnswer, type AnswerLocation, type Block, type Question } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import { answerText } from '../../shared/answer-text.js';
import { fieldKey } from '../fields.js';
import type { ScanContext } from './context.js';

/** A block as the team knows it: "4.1 Behartiger van de leerling". */
export const blockHeading = (ctx: ScanContext, block: Block): string => `${block.number ? `${block.number} ` : ''}${ctx.text(block.title)}`;

/** A question's short label ("Ambitie"), its prompt when it has none, with the block's name filled in. */
export const shortLabel = (ctx: ScanContext, q: Question, block: Block | undefined): string =>
  fillPlaceholders(ctx.text(q.label ?? q.prompt), { block: ctx.blockName(block) });

/** The name of a "change" button: the question's short label and, for a block question, the block ("Wijzig ‘Ambitie’ van 4.1 …"). */
export function changeLabel(ctx: ScanContext, q: Question, block: Block | undefined): string {
  const question = shortLabel(ctx, q, block);
  if (!block) return format(ctx.t.changeLabel, { question });
  return format(ctx.t.changeInBlock, { question, block: blockHeading(ctx, block) });
}

/**
 * One answer in a card: the short label above, the answer (several choices on one line, a ranking as a
 * numbered list), the comment, and a "change" button named after the question and block.
 */
function row(ctx: ScanContext, q: Question, at: AnswerLocation, block: Block | undefined, onChange?: (at: AnswerLocation) => void): TemplateResult {
  const answer = getAnswer(ctx.response, at);
  const lines = answerText(ctx.instrument, q, answer, { text: ctx.text, notAnswered: ctx.t.notAnswered, rank: ctx.t.rank });
  const missing = lines.length === 1 && lines[0] === ctx.t.notAnswered;
  return html`<div class="summary-row" data-overview=${fieldKey(at)}>
    <dt>${shortLabel(ctx, q, block)}</dt>
    <dd class=${missing ? 'answer unanswered' : 'answer'}>
      ${q.type === 'block-ranking' && !missing ? html`<ol>${lines.map((l) => html`<li>${l}</li>`)}</ol>` : lines.join('; ')}
      ${answer?.comment ? html`<p class="comment">${format(ctx.t.comment, { text: answer.comment })}</p>` : nothing}
    </dd>
    ${onChange
      ? html`<dd class="change">
          <button type="button" class="link" aria-label=${changeLabel(ctx, q, block)} @click=${() => onChange(at)}>${ctx.t.change}</button>
        </dd>`
      : nothing}
  </div>`;
}

/** A card of answers; `title` is its heading (a block's number and title), none when the section's heading says it already. */
function card(title: string | undefined, rows: TemplateResult[], wide = false): TemplateResult {
  return html`<div class=${wide ? 'overview-card wide' : 'overview-card'}>
    ${title ? html`<h4>${title}</h4>` : nothing}
    <dl class="answers">${rows}</dl>
  </div>`;
}

/**
 * Every answer as compact cards: the context questions, one card per block under its cluster (block
 * number and title, then a short label and the answer per question), and the final questions. With
 * `onChange` each answer has a "change" button (the check before sending); without it the cards are
 * read-only (submitted, read-only mode).
 */
export function overview(ctx: ScanContext, onChange?: (at: AnswerLocation) => void): TemplateResult {
  const { instrument } = ctx;
  return html`
    ${instrument.contextQuestions.length
      ? html`<div class="overview-cluster">
          <h3>${ctx.t.overviewContext}</h3>
          <div class="overview-cards">
            ${card(
              undefined,
              instrument.contextQuestions.map((q) => row(ctx, q, { scope: 'context', questionId: q.id }, undefined, onChange)),
            )}
          </div>
        </div>`
      : nothing}
    ${instrument.clusters.map(
      (cluster) => html`<div class="overview-cluster">
        <h3>${ctx.text(cluster.title)}</h3>
        <div class="overview-cards">
          ${cluster.blocks.map((block) =>
            card(
              blockHeading(ctx, block),
              instrument.blockQuestions.map((q) => row(ctx, q, { scope: 'block', blockId: block.id, questionId: q.id }, block, onChange)),
            ),
          )}
        </div>
      </div>`,
    )}
    ${instrument.finalQuestions.length
      ? html`<div class="overview-cluster">
          <h3>${ctx.t.stepFinal}</h3>
          <div class="overview-cards">
            ${card(
              undefined,
              instrument.finalQuestions.map((q) => row(ctx, q, { scope: 'final', questionId: q.id }, undefined, onChange)),
              true,
            )}
          </div>
        </div>`
      : nothing}
  `;
}
