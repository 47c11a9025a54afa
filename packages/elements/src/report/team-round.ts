import { teamSentences, voteSpread, type Instrument, type TeamBlock } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format, uiLanguage } from '../i18n/strings.js';
import type { ReportStrings } from './report.strings.js';

/**
 * What a team round left on one block, beside its placement: the spread in words ("Teamronde: 5 van 7
 * kozen geïntegreerd (enige spreiding).") and, anonymously, how many placed the block at each stage, as
 * numbers with a small bar (an SVG rect sized by attribute: no inline style, so a strict CSP holds). Then
 * the team's note. Nothing when the response keeps no round for the block.
 */
export function teamRound(
  instrument: Instrument,
  entry: TeamBlock | undefined,
  stageLabels: readonly string[],
  blockTitle: string,
  t: ReportStrings,
  lang: string,
): TemplateResult | typeof nothing {
  if (!entry) return nothing;
  const words = teamSentences(instrument, entry, uiLanguage(lang), (i) => stageLabels[i] ?? '');
  if (!words.round && !words.note) return nothing;
  const spread = entry.votes ? voteSpread(instrument, entry.votes) : undefined;
  const width = (count: number) => (spread && spread.participants > 0 ? Math.round((10000 * count) / spread.participants) / 100 : 0);
  return html`<div class="team ${spread ? `level-${spread.level}` : ''}" part="team">
    ${words.round ? html`<p class="team-round">${words.round}</p>` : nothing}
    ${spread && words.round
      ? html`<ul class="team-spread" aria-label=${format(t.teamDistribution, { block: blockTitle })}>
          ${spread.counts.map(
            (count, i) => html`<li class=${count > 0 ? 'chosen' : 'empty'}>
              <span class="stage">${stageLabels[i]}</span>
              <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect x="0" y="0" height="10" width=${width(count)}></rect></svg>
              <span class="count">${count}</span>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${words.note ? html`<p class="team-note">${words.note}</p>` : nothing}
  </div>`;
}
