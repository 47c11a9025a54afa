import { html, type TemplateResult } from 'lit';
import type { ClusterGroup, DistributionRow, ViewContext } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';
import { stageClasses } from './stage-classes.js';

/** How many of the `total` scans are at each stage, per block: the number and a bar. */
export function renderDistribution(t: CompareStrings, ctx: ViewContext, total: number, groups: Array<ClusterGroup<DistributionRow>>): TemplateResult {
  const stages = ctx.model.instrument.stages;
  const width = (n: number): string => (total === 0 ? '0' : String(Math.round((n / total) * 10000) / 100));
  const bar = (n: number, classes: string) =>
    html`<svg class="bar" part="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="track" x="0" y="0" width="100" height="8"></rect>
        <rect class="fill ${classes}" x="0" y="0" width=${width(n)} height="8"></rect>
      </svg>`;
  return html`<div class="scroll" role="region" aria-labelledby="caption-distribution" tabindex="0">
      <table class="distribution" part="table">
        <caption id="caption-distribution">${t.headingDistribution}</caption>
        <thead>
          <tr>
            <th scope="col">${t.block}</th>
            ${stages.map((_, i) => html`<th scope="col">${ctx.stageLabel(i)}</th>`)}
            <th scope="col">${t.unanswered}</th>
          </tr>
        </thead>
        ${groups.map(
          (g) => html`<tbody>
            <tr class="group">
              <th scope="rowgroup" colspan=${stages.length + 2}>${g.title}</th>
            </tr>
            ${g.rows.map(
              (r) => html`<tr data-block=${r.blockId}>
                <th scope="row">${r.title}</th>
                ${r.counts.map((n, i) => html`<td class="count"><span class="number">${n}</span>${bar(n, stageClasses(stages.length, i))}</td>`)}
                <td class="count"><span class="number">${r.unanswered}</span>${bar(r.unanswered, 'none')}</td>
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </div>`;
}
