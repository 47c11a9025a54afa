import type { Block, Cluster } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { presentButton } from '../presentation/present-button.js';
import type { ScanContext } from './context.js';
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
    ${ctx.instrument.blockQuestions.map((q) => question(ctx, q, { scope: 'block', blockId: block.id, questionId: q.id }, block))}
  `;
}
