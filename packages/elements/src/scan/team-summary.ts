import { validateResponse, voteSpread, type Instrument, type Response, type TeamBlock } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../i18n/strings.js';
import { agreedStage } from './agreed-stage.js';
import { teamSummaryStrings } from './team-summary.strings.js';
import type { ScanContext } from './views/context.js';

/**
 * The response with what a team round left on a block, or undefined when it does not fit the instrument
 * (an unknown block, unknown stages, counts above the number of people, a note that is too long).
 */
export function withTeamBlock(instrument: Instrument, response: Response, blockId: string, team: TeamBlock): Response | undefined {
  const next: Response = { ...response, team: { ...response.team, [blockId]: team }, updatedAt: new Date().toISOString() };
  const refused = validateResponse(instrument, next, { requireComplete: false }).some((i) => i.severity === 'error' && i.path[0] === 'team');
  return refused ? undefined : next;
}

/**
 * A block's team round, compact, under its heading: "5 of 7 placed it at Integrated · some divergence",
 * and the team's note. The stage named is the one the team agreed on, or else the one chosen most.
 */
export function teamSummary(ctx: ScanContext, blockId: string): TemplateResult | typeof nothing {
  const team = ctx.response.team?.[blockId];
  if (!team || (!team.votes && !team.note)) return nothing;
  const w = teamSummaryStrings(ctx.uiLang);
  let line = '';
  if (team.votes) {
    const spread = voteSpread(ctx.instrument, team.votes);
    const stageId = agreedStage(ctx.instrument, ctx.response, blockId) ?? spread.mostChosen[0]?.stageId;
    const index = ctx.instrument.stages.findIndex((s) => s.id === stageId);
    const stage = ctx.instrument.stages[index];
    line = stage
      ? `${format(w.placedAt, { count: spread.counts[index] ?? 0, participants: spread.participants, stage: ctx.text(stage.label) })} · ${w[spread.level]}`
      : w[spread.level];
  }
  return html`<div class="team-summary" part="team-summary">
    <p><span class="team-summary-label" lang=${ctx.uiLang}>${w.label}: </span>${line ? html`<span lang=${ctx.uiLang}>${line}</span>` : nothing}</p>
    ${team.note ? html`<p class="team-summary-note">${format(w.note, { note: team.note })}</p>` : nothing}
  </div>`;
}
