import { html, nothing, type TemplateResult } from 'lit';
import { incompleteBlocksLine, whatIsMissing, type IncompleteStep } from '../missing.js';
import type { StepId } from '../steps.js';
import type { ScanContext } from './context.js';

/**
 * On the send step, before the team tries: what still keeps the scan from being sent, per step, each
 * with a link to it. Links, not buttons: each leads somewhere else in the scan (as the error summary's do).
 */
export function missingPanel(ctx: ScanContext, steps: readonly IncompleteStep[], onOpen: (step: StepId) => void): TemplateResult | typeof nothing {
  if (!steps.length) return nothing;
  const { t } = ctx;
  const open = (event: Event, step: StepId) => {
    event.preventDefault();
    onOpen(step);
  };
  return html`<div class="missing" part="notice missing" role="group" aria-labelledby="missing-heading">
    <h3 id="missing-heading">${incompleteBlocksLine(ctx, steps) || t.missingTitle}</h3>
    <p>${t.missingIntro}</p>
    <ul>
      ${steps.map(
        (entry) => html`<li data-missing=${entry.step}>
          <a href="#" @click=${(e: Event) => open(e, entry.step)}>${entry.label}</a>: ${whatIsMissing(ctx, entry)}
        </li>`,
      )}
    </ul>
  </div>`;
}
