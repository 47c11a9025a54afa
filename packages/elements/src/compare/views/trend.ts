import { html, type TemplateResult } from 'lit';
import { MOVEMENT_SIGN, type CentreTrend, type ViewContext } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';
import { formatDate } from '../../shared/format-date.js';

/** Per centre with two or more dated scans: each block's stage then and now, and the movement. */
export function renderTrend(t: CompareStrings, ctx: ViewContext, lang: string, trends: CentreTrend[]): TemplateResult {
  const stage = (i: number | undefined): string => (i === undefined ? t.unanswered : ctx.stageLabel(i));
  return html`<div class="scroll" role="region" aria-labelledby="caption-trend" tabindex="0">
      <table class="trend" part="table">
        <caption id="caption-trend">${t.headingTrend}</caption>
        <thead>
          <tr>
            <th scope="col">${t.block}</th>
            <th scope="col">${t.then}</th>
            <th scope="col">${t.now}</th>
            <th scope="col">${t.movement}</th>
          </tr>
        </thead>
        ${trends.map(
          (c) => html`<tbody data-centre=${c.name}>
            <tr class="group">
              <th scope="rowgroup" colspan="4">
                ${c.name}:
                <time datetime=${c.first.date}>${formatDate(c.first.date, lang)}</time> →
                <time datetime=${c.last.date}>${formatDate(c.last.date, lang)}</time>
              </th>
            </tr>
            ${c.rows.map(
              (r) => html`<tr data-block=${r.blockId}>
                <th scope="row">${r.title}</th>
                <td>${stage(r.then)}</td>
                <td>${stage(r.now)}</td>
                <td class="movement ${r.movement}"><span aria-hidden="true">${MOVEMENT_SIGN[r.movement]}</span> ${t[r.movement]}</td>
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </div>`;
}
