import { html, nothing, type TemplateResult } from 'lit';
import { cellText, type MatrixCell, type MatrixColumn, type MatrixRow, type ViewContext } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';
import { format } from '../../i18n/strings.js';
import { stageClasses } from './stage-classes.js';

export interface MatrixOptions {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Show each row's school year (when earlier school years are shown, a centre can have several rows). */
  years: boolean;
  /** The block the rows are sorted by, and how ('' = not by a block). */
  sortBlock: string;
  sortDirection: 'ascending' | 'descending';
  onSort: (blockId: string) => void;
}

/** The short text of a cell: "2", "2→3" (wants to move) or "2→2" (keeps its stage); '–' when not answered. */
export const cellCode = (cell: MatrixCell): string => (cell.stageIndex === undefined ? '–' : cell.ambitionShort ? `${cell.short}→${cell.ambitionShort}` : cell.short);

/**
 * The matrix: a row per centre, a column per block, each cell the stage's code on one light-to-dark scale,
 * with the ambition after the arrow. Column headers sort the rows by that block; the header stays in view
 * while the rows scroll.
 */
export function renderMatrix(t: CompareStrings, ctx: ViewContext, o: MatrixOptions): TemplateResult {
  const stageCount = ctx.model.instrument.stages.length;
  return html`${renderLegend(t, ctx)}
    <div class="scroll matrix-scroll" role="region" aria-labelledby="caption-matrix" tabindex="0">
      <table class="matrix" part="table">
        <caption id="caption-matrix" class="visually-hidden">${t.headingMatrix}</caption>
        <thead>
          <tr>
            <th scope="col" class="centre-col">${t.centre}</th>
            ${o.columns.map((c) => {
              const sorted = o.sortBlock === c.blockId;
              return html`<th scope="col" class="block-col" aria-sort=${sorted ? o.sortDirection : nothing} title=${`${c.cluster}: ${c.title}`}>
                <button type="button" class="sort" data-block=${c.blockId} @click=${() => o.onSort(c.blockId)}>
                  <span aria-hidden="true">${c.code}</span><span class="visually-hidden">${format(t.sortByBlock, { block: `${c.code} ${c.title}` })}</span
                  ><span class="arrow" aria-hidden="true">${sorted ? (o.sortDirection === 'descending' ? '▼' : '▲') : '↕'}</span>
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${o.rows.map(
            (r) => html`<tr data-centre=${r.key} data-date=${r.date}>
              <th scope="row" class="centre-name"><span class="name">${r.name}</span>${o.years && r.year ? html`<span class="year">${r.year}</span>` : nothing}</th>
              ${r.cells.map(
                (cell, i) => html`<td
                  class="cell ${cell.stageIndex === undefined ? 'unanswered' : stageClasses(stageCount, cell.stageIndex)}"
                  data-block=${o.columns[i]!.blockId}
                  title=${`${o.columns[i]!.code} ${o.columns[i]!.title}: ${cellText(cell)}`}
                >
                  <span class="code" aria-hidden="true">${cellCode(cell)}</span><span class="visually-hidden">${cellText(cell)}</span>
                </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Every stage's code on its shade, with its label, and how the ambition reads. */
function renderLegend(t: CompareStrings, ctx: ViewContext): TemplateResult {
  const stages = ctx.model.instrument.stages;
  return html`<figure class="legend">
    <figcaption>${t.legend}</figcaption>
    <ul>
      ${stages.map(
        (_, i) => html`<li>
          <span class="chip cell ${stageClasses(stages.length, i)}" part="swatch" aria-hidden="true">${ctx.stageShort(i)}</span> ${ctx.stageLabel(i)}
        </li>`,
      )}
    </ul>
    <p class="hint">${t.legendAmbition}</p>
  </figure>`;
}
