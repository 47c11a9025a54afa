import { html, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import type { CompareStrings } from '../compare.strings.js';
import { spreadText, type TeamRow } from '../team-data.js';

/**
 * Where the teams of the compared scans disagreed most: per block, the mean spread of its team rounds
 * (a number and a bar over the whole scale) and how many rounds lay two or more stages apart. Rows come
 * sorted, most disagreed first; the view only renders them.
 */
export function renderTeams(t: CompareStrings, rows: readonly TeamRow[], maxSpread: number, lang: string): TemplateResult {
  const width = (spread: number): string => (maxSpread <= 0 ? '0' : String(Math.round((spread / maxSpread) * 10000) / 100));
  return html`<div class="scroll" role="region" aria-labelledby="caption-teams" tabindex="0">
    <table class="teams" part="table">
      <caption id="caption-teams">${t.headingTeams}</caption>
      <thead>
        <tr>
          <th scope="col">${t.block}</th>
          <th scope="col">${t.teamRounds}</th>
          <th scope="col">${t.meanSpread}</th>
          <th scope="col">${t.wideRounds}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-block=${r.blockId}>
            <th scope="row">${r.title}</th>
            <td class="count">${r.rounds}</td>
            <td class="count">
              <span class="number">${spreadText(r.meanSpread, lang)}</span>
              <svg class="bar" part="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="track" x="0" y="0" width="100" height="8"></rect>
                <rect class="fill none" x="0" y="0" width=${width(r.meanSpread)} height="8"></rect>
              </svg>
            </td>
            <td class="count">${format(t.wideValue, { n: r.wide, total: r.rounds })}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
