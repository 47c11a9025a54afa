import { html, nothing, type TemplateResult } from 'lit';
import type { ClusterGroup, MatrixRow, Scan, ViewContext } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';
import { formatDate } from '../../shared/format-date.js';
import { stageClasses } from './stage-classes.js';

/** The matrix: a row per block (grouped by cluster), a column per scan, each cell the stage (and ambition). */
export function renderMatrix(t: CompareStrings, ctx: ViewContext, lang: string, columns: Scan[], groups: Array<ClusterGroup<MatrixRow>>): TemplateResult {
  const span = columns.length + 1;
  const stageCount = ctx.model.instrument.stages.length;
  return html`<div class="scroll" role="region" aria-labelledby="caption-matrix" tabindex="0">
      <table class="matrix" part="table">
        <caption id="caption-matrix">${t.headingMatrix}</caption>
        <thead>
          <tr>
            <th scope="col">${t.block}</th>
            ${columns.map(
              (s) => html`<th scope="col" class="centre">
                <span class="name">${ctx.name(s)}</span>${s.date ? html` <time class="date" datetime=${s.date}>${formatDate(s.date, lang)}</time>` : nothing}
              </th>`,
            )}
          </tr>
        </thead>
        ${groups.map(
          (g) => html`<tbody>
            <tr class="group">
              <th scope="rowgroup" colspan=${span}>${g.title}</th>
            </tr>
            ${g.rows.map(
              (r) => html`<tr data-block=${r.blockId}>
                <th scope="row">${r.title}</th>
                ${r.cells.map(
                  (cell) => html`<td class="cell">
                    ${cell.stageIndex === undefined
                      ? html`<span class="stage-label unanswered">${cell.stage}</span>`
                      : html`<span class="swatch ${stageClasses(stageCount, cell.stageIndex)}" part="swatch" aria-hidden="true"></span
                          ><span class="stage-label">${cell.stage}</span>`}
                    ${cell.ambition ? html` <span class="ambition">${cell.ambition}</span>` : nothing}
                  </td>`,
                )}
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </div>`;
}
