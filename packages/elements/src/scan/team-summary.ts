import { isWellFormedTeamBlock, validateResponseMeaning, type Instrument, type Response, type TeamBlock } from '@poolster/schema';
import { nothing, type TemplateResult } from 'lit';
import { loadOnce } from '../shared/load-once.js';
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

type TeamSummaryView = typeof import('./team-summary-view.js');

/** Whether the response holds a team round, whose summary needs team-summary-view.ts. */
export const holdsTeamRound = (response: Response | undefined): boolean => Object.keys(response?.team ?? {}).length > 0;

/** The summary's styles, once its code is here. */
export const teamSummaryStyles = () => loadTeamSummary.loaded()?.teamSummaryStyles;

/** Whether the team round's summary can be drawn now. */
export const teamSummaryReady = (): boolean => loadTeamSummary.loaded() !== undefined;

/**
 * The summary's code and the team's words (most scans never hold a team round): loaded when the scan first
 * holds one (scan.ts); a failed load is tried again at the next need.
 */
export const loadTeamSummary = loadOnce<TeamSummaryView>(() => import('./team-summary-view.js'));

/** A block's team round (team-summary-view.ts), once its code is here; nothing until then. */
export function teamSummary(ctx: ScanContext, blockId: string): TemplateResult | typeof nothing {
  const view = loadTeamSummary.loaded();
  return view && ctx.response.team?.[blockId] ? view.teamSummaryView(ctx, blockId) : nothing;
}
