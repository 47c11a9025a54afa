import type { Block, Cluster } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { ScanContext } from './context.js';
import { question } from './question.js';
import { readingMaterial } from './reading-material.js';
import { richText } from './rich-text.js';

/** One building block: its reading material, then every block question. */
export function blockStep(ctx: ScanContext, block: Block, cluster: Cluster): TemplateResult {
  return html`
    <p class="cluster">${ctx.text(cluster.title)}</p>
    ${readingMaterial(ctx, block)}
    ${ctx.instrument.placementNote ? html`<div class="placement-note">${richText(ctx, ctx.instrument.placementNote)}</div>` : nothing}
    ${ctx.instrument.blockQuestions.map((q) => question(ctx, q, { scope: 'block', blockId: block.id, questionId: q.id }, block))}
  `;
}
