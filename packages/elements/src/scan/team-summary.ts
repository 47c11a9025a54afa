import { isWellFormedTeamBlock, teamSentences, validateResponseMeaning, type Instrument, type Response, type TeamBlock } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { ScanContext } from './views/context.js';

/**
 * The response with what a team round left on a block, or undefined when it does not fit the instrument
 * (an unknown block, unknown stages, counts above the number of people, a note that is too long).
 */
export function withTeamBlock(instrument: Instrument, response: Response, blockId: string, team: TeamBlock): Response | undefined {
  // As it will be stored (JSON: an `undefined` field is no field), then checked without zod: its structure
  // here, what it means (stages, options, counts) with the rest of the response.
  let stored: unknown;
  try {
    stored = JSON.parse(JSON.stringify(team ?? null)) as unknown;
  } catch {
    return undefined;
  }
  if (!isWellFormedTeamBlock(stored)) return undefined;
  const next: Response = { ...response, team: { ...response.team, [blockId]: stored as TeamBlock }, updatedAt: new Date().toISOString() };
  const refused = validateResponseMeaning(instrument, next, { requireComplete: false }).some((i) => i.severity === 'error' && i.path[0] === 'team');
  return refused ? undefined : next;
}

/**
 * A block's team round, compact, under its heading, in the words of the report and the mail: "Teamronde:
 * 5 van 7 kozen geïntegreerd (enige spreiding)." and the team's note. Counts only, never who chose what.
 */
export function teamSummary(ctx: ScanContext, blockId: string): TemplateResult | typeof nothing {
  const { round, note } = teamSentences(ctx.instrument, ctx.response.team?.[blockId], ctx.uiLang, (i) => ctx.text(ctx.instrument.stages[i]?.label ?? ''));
  if (!round && !note) return nothing;
  return html`<div class="team-summary" part="team-summary" lang=${ctx.uiLang}>
    ${round ? html`<p>${round}</p>` : nothing} ${note ? html`<p class="team-summary-note">${note}</p>` : nothing}
  </div>`;
}
