import type { Block, Footnote } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import type { ScanContext } from './context.js';
import { richText } from './rich-text.js';

/** Footnote marks after a part that refers to them: "¹" style marks would need markup, so "(2)". */
function marks(block: Block, ids: string[] | undefined): TemplateResult | typeof nothing {
  const notes = (ids ?? []).map((id) => block.footnotes.find((f) => f.id === id)).filter((f): f is Footnote => f !== undefined);
  return notes.length ? html` <span class="footnote-mark">(${notes.map((f) => f.mark ?? f.id).join(', ')})</span>` : nothing;
}

function section(summary: string, body: TemplateResult | TemplateResult[], open = false): TemplateResult {
  return html`<details class="reading" part="reading" ?open=${open}>
    <summary>${summary}</summary>
    <div class="reading-body">${body}</div>
  </details>`;
}

/** A block's reading material, each part easy to open and close. */
export function readingMaterial(ctx: ScanContext, block: Block): TemplateResult {
  const { t } = ctx;
  const parts: TemplateResult[] = [
    section(
      t.definition,
      html`${richText(ctx, block.definition.text)}${block.definition.source ? html`<p class="source">${format(t.source, { source: ctx.text(block.definition.source) })}</p>` : nothing}${marks(block, block.definition.footnotes)}`,
      true,
    ),
  ];
  if (block.qualityReferences.length) {
    parts.push(
      section(
        t.qualityReferences,
        html`<dl>
          ${block.qualityReferences.map((r) => html`<dt>${r.code}${marks(block, r.footnotes)}</dt><dd>${ctx.text(r.text)}</dd>`)}
        </dl>`,
      ),
    );
  }
  if (block.developmentScales.length) {
    parts.push(
      section(
        t.developmentScales,
        block.developmentScales.map(
          (s) => html`<h4>${s.code} – ${ctx.text(s.title)}${marks(block, s.footnotes)}</h4>
            ${richText(ctx, s.text)}`,
        ),
      ),
    );
  }
  if (block.contribution) {
    parts.push(section(ctx.text(block.contribution.title).replace(/:\s*$/, ''), html`${richText(ctx, block.contribution.text)}${marks(block, block.contribution.footnotes)}`));
  }
  if (block.reflection) {
    const r = block.reflection;
    parts.push(
      section(
        ctx.text(r.question),
        html`${r.intro ? html`<p>${ctx.text(r.intro)}${marks(block, r.footnotes)}</p>` : nothing}
          <ul>
            ${r.prompts.map((p) => html`<li>${ctx.text(p)}</li>`)}
          </ul>`,
      ),
    );
  }
  if (block.footnotes.length) {
    parts.push(
      section(
        t.footnotes,
        html`<ul class="footnotes">
          ${block.footnotes.map((f) => html`<li><span class="footnote-mark">(${f.mark ?? f.id})</span> ${ctx.text(f.text)}</li>`)}
        </ul>`,
      ),
    );
  }
  return html`<section class="reading-material" aria-label=${t.readingMaterial}>${parts}</section>`;
}
