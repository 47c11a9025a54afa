import { css, html, nothing, type TemplateResult } from 'lit';
import type { BlockOption } from './block-pick.js';

/**
 * A block option's secondary texts (its `detail` and `suggestion`), shared by the pick and the ranking so
 * that both show a block's context the same way.
 */

/** The ids of a block option's secondary texts, for aria-describedby; `prefix` keeps them unique. */
export function blockTextIds(block: BlockOption, prefix: string): string {
  return [block.detail ? `${prefix}-detail` : '', block.suggestion ? `${prefix}-suggestion` : ''].filter(Boolean).join(' ');
}

/** The detail and the suggestion under a block's label, each with an id (see blockTextIds). */
export function blockTexts(block: BlockOption, prefix: string): TemplateResult | typeof nothing {
  if (!block.detail && !block.suggestion) return nothing;
  return html`<span class="block-texts">
    ${block.detail ? html`<span class="detail" part="detail" id="${prefix}-detail">${block.detail}</span>` : nothing}
    ${block.suggestion ? html`<span class="suggestion" part="suggestion" id="${prefix}-suggestion">${block.suggestion}</span>` : nothing}
  </span>`;
}

export const blockTextStyles = css`
  .block-texts,
  .detail,
  .suggestion {
    display: block;
  }
  .detail {
    color: var(--poolster-color-hint, #505a5f);
    font-size: 0.9375rem;
  }
  .suggestion {
    color: var(--poolster-color-suggestion, #00703c);
    font-size: 0.9375rem;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .detail,
    .suggestion {
      color: CanvasText;
    }
  }
`;
