import { html, type TemplateResult } from 'lit';
import type { PriorityRow } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';

/** The combined ranking of the blocks the centres want to grow in. */
export function renderPriorities(t: CompareStrings, rows: PriorityRow[]): TemplateResult {
  return html`<div class="scroll" role="region" aria-labelledby="caption-priorities" tabindex="0">
      <table class="priorities" part="table">
        <caption id="caption-priorities">${t.headingPriorities}</caption>
        <thead>
          <tr>
            <th scope="col">${t.rank}</th>
            <th scope="col">${t.block}</th>
            <th scope="col">${t.points}</th>
            <th scope="col">${t.mentions}</th>
            <th scope="col">${t.firstPlaces}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr data-block=${r.blockId}>
              <td class="count">${r.rank}</td>
              <th scope="row">${r.title}</th>
              <td class="count">${r.score}</td>
              <td class="count">${r.mentions}</td>
              <td class="count">${r.firstPlaces}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
