import { fillPlaceholders } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { ScanContext } from './context.js';
import { question } from './question.js';
import { richText } from './rich-text.js';

/** The introduction: what the scan is, the stages, and the context questions (e.g. the centre's name). */
export function introStep(ctx: ScanContext): TemplateResult {
  const { instrument, t } = ctx;
  return html`
    ${instrument.description ? html`<p class="lead">${ctx.text(instrument.description)}</p>` : nothing}
    ${instrument.intro.map(
      (section, i) => html`<details class="reading" part="reading" ?open=${i === 0}>
        <summary>${ctx.text(section.title)}</summary>
        <div class="reading-body">${richText(ctx, section.body)}</div>
      </details>`,
    )}
    <h3>${t.continuumTitle}</h3>
    <ol class="continuum">
      ${instrument.stages.map(
        (stage) => html`<li>
          <strong>${ctx.text(stage.label)}${stage.gloss ? html` (${ctx.text(stage.gloss)})` : nothing}</strong>
          ${ctx.rich(stage.description).map((p) => html`<p>${fillPlaceholders(p, { block: ctx.blockName(undefined) })}</p>`)}
        </li>`,
      )}
    </ol>
    ${instrument.contextQuestions.length
      ? html`<h3>${t.contextTitle}</h3>
          ${instrument.contextQuestions.map((q) => question(ctx, q, { scope: 'context', questionId: q.id }))}`
      : nothing}
  `;
}
