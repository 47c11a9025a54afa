import { html, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import type { CompareStrings } from '../compare.strings.js';
import { cyclesStrings } from '../cycles.strings.js';
import type { NetworkChoices } from '../network-state.js';
import { networkStrings } from '../network.strings.js';
import type { Prepared } from '../prepare.js';
import { CHALLENGE_DETAIL, renderChallenges } from './challenges.js';
import { renderComments } from './comments.js';
import { renderCycles } from './cycles.js';
import { renderDistribution } from './distribution.js';
import { renderInspire } from './inspire.js';
import { renderLimit } from './limit.js';
import { renderMatrix } from './matrix.js';
import { renderPriorities } from './priorities.js';
import { renderTeams } from './teams.js';

/** What the element's properties say about the view on screen. */
export interface ContentState {
  lang: string;
  earlier: boolean;
  showAll: boolean;
  sortBlock: string;
  sortDirection: 'ascending' | 'descending';
}

/** What the views ask of the element. */
export interface ContentHandlers {
  toggleAll(): void;
  download(): void;
  sortBy(blockId: string): void;
  network(change: Partial<NetworkChoices>, focusId?: string): void;
}

/** The tab panel's content: the chosen view with its introduction, its limit and its CSV button. */
export function renderViewContent(t: CompareStrings, p: Prepared, state: ContentState, on: ContentHandlers): TemplateResult {
  const c = p.content;
  if ('notice' in c) return html`<p class="empty">${c.notice}</p>`;
  // The matrix counts what the toggle says; the cycles view always lists centres.
  const nt = networkStrings(state.lang);
  const limit = (total: number, max: number, unit = p.counts.unit) => renderLimit(t, total, p.counts.phrase(total, unit), max, state.showAll, on.toggleAll);
  const csv = html`<div class="actions">
    <button type="button" part="button" @click=${on.download}>${t.csv}</button>
  </div>`;
  const over = html`<p class="hint">${format(t.countedOver, { total: p.counts.phrase(p.counts.shown) })}</p>`;
  switch (c.view) {
    case 'matrix':
      return html`<p class="intro">${t.introMatrix}</p>
        ${limit(c.total, c.limit)}
        ${renderMatrix(t, p.ctx, {
          columns: c.columns,
          rows: c.rows,
          years: state.earlier,
          sortBlock: p.ctx.model.blockById.has(state.sortBlock) ? state.sortBlock : '',
          sortDirection: state.sortDirection,
          onSort: on.sortBy,
        })}
        ${csv}`;
    case 'distribution':
      return html`<p class="intro">${format(t.introDistribution, { units: p.counts.word, total: p.counts.phrase(p.counts.shown) })}</p>
        ${renderDistribution(t, p.ctx, p.counts.shown, c.groups)} ${csv}`;
    case 'challenges':
      return html`<p class="intro">${nt.introChallenges}</p>
        ${renderChallenges(nt, t.block, state.lang, c.model, { onSelect: (selection) => on.network({ selection }, CHALLENGE_DETAIL) })} ${csv}`;
    case 'comments':
      return html`<p class="intro">${nt.introComments}</p>
        ${renderComments(p.ctx, nt, state.lang, c.model, { onFilter: (change) => on.network(change) })} ${csv}`;
    case 'inspire':
      return html`<p class="intro">${nt.introInspire}</p>
        ${renderInspire(p.ctx, nt, state.lang, c.model, { onFilter: (change) => on.network(change) })} ${csv}`;
    case 'priorities':
      return html`<p class="intro">${format(t.introPriorities, { max: c.max, units: p.counts.word })}</p>
        ${over} ${renderPriorities(t, c.rows)} ${csv}`;
    case 'cycles':
      return html`${renderCycles(cyclesStrings(state.lang), p.ctx, c.model, c.model.centres, limit(c.total, c.limit, 'centres'))} ${csv}`;
    case 'teams':
      return html`<p class="intro">${t.introTeams}</p>
        <p class="hint">${format(t.teamsShown, { n: c.teamScans, total: p.counts.phrase(p.counts.shown) })}</p>
        ${renderTeams(t, c.rows, p.data.instrument.stages.length - 1, state.lang)} ${csv}`;
  }
  return html``;
}
