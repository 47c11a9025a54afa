import type { RoundState } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../i18n/strings.js';
import { revealButton, type RoundView } from './round-views.js';

/** Which panel is open over the columns on the shared screen: the round's (start, join link, closing) or the revealed spread. */
export type RoundPanel = 'round' | 'spread';

/**
 * The presentation's band, in the bar above the columns where the keys line was: the code, the counts,
 * "Reveal" and one button for the rest, on one line no wider than the presenter's buttons. What needs room
 * (the start form, the revealed spread, the join link, closing) opens in a panel over the columns, as the
 * reading material does.
 */
export function stripRow(
  v: RoundView,
  round: RoundState | undefined,
  blockId: string | undefined,
  view: { panel: RoundPanel | undefined; busy: boolean },
  on: { reveal(blockId: string): void; toggle(panel: RoundPanel, focus: string): void },
): TemplateResult {
  const { t } = v;
  const block = round?.blocks.find((b) => b.blockId === blockId);
  const toggle = (panel: RoundPanel, label: string, focus: string) =>
    html`<button
      type="button"
      part="button"
      class="open-panel open-${panel}-panel"
      aria-expanded=${view.panel === panel ? 'true' : 'false'}
      aria-controls="round-panel"
      @click=${() => on.toggle(panel, focus)}
    >
      ${label}
    </button>`;
  let current: TemplateResult | typeof nothing = nothing;
  if (round && blockId && block) {
    current =
      block.phase === 'voting' || !block.votes
        ? revealButton(t, view.busy, () => on.reveal(blockId))
        : toggle('spread', t.distributionHeading, '.distribution-heading');
  }
  return html`<div class="strip-row">
    ${round
      ? html`<p class="join" tabindex="-1">
            ${t.code} <span class="visually-hidden">${round.code.split('').join(' ')}</span><strong class="strip-code" aria-hidden="true">${round.code}</strong>
          </p>
          <p class="counts" tabindex="-1">
            ${format(t.joined, { n: round.participants })}${block?.phase === 'voting' ? html` · ${format(t.placedOfShort, { placed: block.voted, joined: round.participants })}` : nothing}
            ${block ? nothing : html` · ${t.notInRound}`}
          </p>`
      : nothing}
    ${current} ${toggle('round', t.heading, '#round-panel')}
  </div>`;
}
