import { teamSentences } from '@poolster/schema';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ScanContext } from './views/context.js';

/**
 * A block's team round, compact, under its heading, in the words of the report and the mail: "Teamronde:
 * 5 van 7 kozen geïntegreerd (enige spreiding)." and the team's note. Counts only, never who chose what.
 * In the drop-in, a file of its own (poolster-team-summary-view.js) with the team's words in every language:
 * only a scan that holds a team round loads it (team-summary.ts).
 */
export function teamSummaryView(ctx: ScanContext, blockId: string): TemplateResult | typeof nothing {
  const { round, note } = teamSentences(ctx.instrument, ctx.response.team?.[blockId], ctx.uiLang, (i) => ctx.text(ctx.instrument.stages[i]?.label ?? ''));
  if (!round && !note) return nothing;
  return html`<div class="team-summary" part="team-summary" lang=${ctx.uiLang}>
    ${round ? html`<p>${round}</p>` : nothing} ${note ? html`<p class="team-summary-note">${note}</p>` : nothing}
  </div>`;
}

/** Added to the scan's styles when this file arrives (late-needs.ts). */
export const teamSummaryStyles = css`
  .team-summary {
    margin: 0 0 0.75rem;
    overflow-wrap: anywhere;
  }
  .team-summary p {
    margin: 0;
  }
  .team-summary-label {
    font-weight: 600;
  }
`;
