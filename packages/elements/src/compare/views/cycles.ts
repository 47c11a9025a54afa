import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import type { ViewContext } from '../compare-data.js';
import { CYCLE_SIGN, type CyclesCentre, type CyclesModel, type CyclesNetwork } from '../cycles-data.js';
import type { CyclesStrings } from '../cycles.strings.js';

/** Centres per stage before → after, per block; the arrow is read out as the school years it joins. */
function renderNetwork(cs: CyclesStrings, ctx: ViewContext, n: CyclesNetwork): TemplateResult {
  const stages = ctx.model.instrument.stages;
  const years = { before: n.before, after: n.after };
  return html`<h3 id="cycles-network">${format(cs.networkHeading, years)}</h3>
    <p class="hint">${n.counts}</p>
    <p class="hint">${format(cs.networkHint, years)}</p>
    <div class="scroll" role="region" aria-labelledby="caption-cycles-network" tabindex="0">
      <table class="cycles-network" part="table">
        <caption id="caption-cycles-network">${format(cs.networkCaption, years)}</caption>
        <thead>
          <tr>
            <th scope="col">${cs.block}</th>
            ${stages.map((_, i) => html`<th scope="col">${ctx.stageLabel(i)}</th>`)}
            <th scope="col">${cs.moved}</th>
          </tr>
        </thead>
        <tbody>
          ${n.rows.map(
            (r) => html`<tr data-block=${r.blockId}>
              <th scope="row">${r.title}</th>
              ${r.cells.map(
                (c) => html`<td class="count" data-before=${c.before} data-after=${c.after}>
                  <span class="visually-hidden">${n.before}:</span> ${c.before}<span aria-hidden="true"> → </span><span class="visually-hidden">, ${n.after}:</span>
                  ${c.after}
                </td>`,
              )}
              <td class="moved">${format(cs.movedCounts, { up: `${CYCLE_SIGN.up} ${r.up}`, same: `${CYCLE_SIGN.same} ${r.same}`, down: `${CYCLE_SIGN.down} ${r.down}` })}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Per centre: each block's stage in the school year before its latest and in its latest, and the movement. */
function renderCentres(cs: CyclesStrings, centres: readonly CyclesCentre[]): TemplateResult {
  return html`<div class="scroll" role="region" aria-labelledby="caption-cycles-centres" tabindex="0">
    <table class="cycles-centres" part="table">
      <caption id="caption-cycles-centres">${cs.centresCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${cs.block}</th>
          <th scope="col">${cs.then}</th>
          <th scope="col">${cs.now}</th>
          <th scope="col">${cs.movement}</th>
        </tr>
      </thead>
      ${centres.map(
        (c) => html`<tbody data-centre=${c.key}>
          <tr class="group">
            <th scope="rowgroup" colspan="4">${format(cs.centreStep, { centre: c.name, from: c.from, to: c.to })}</th>
          </tr>
          ${c.rows.map(
            (r) => html`<tr data-block=${r.blockId}>
              <th scope="row">${r.title}</th>
              <td>${r.then}</td>
              <td>${r.now}</td>
              <td class="movement ${r.movement}"><span aria-hidden="true">${CYCLE_SIGN[r.movement]}</span> ${cs[r.movement]}</td>
            </tr>`,
          )}
        </tbody>`,
      )}
    </table>
  </div>`;
}

/**
 * The cycles view: how the network's distribution moved between its two latest school years, then per
 * centre the step to its latest school year. `centres` are the ones shown (the element may cut the list
 * at its column limit; `limit` is the note and button for that).
 */
export function renderCycles(
  cs: CyclesStrings,
  ctx: ViewContext,
  model: CyclesModel,
  centres: readonly CyclesCentre[],
  limit: TemplateResult | typeof nothing,
): TemplateResult {
  if (!model.network) return html`<p class="intro">${cs.introCycles}</p><p class="empty">${cs.noCycles}</p>`;
  return html`<p class="intro">${cs.introCycles}</p>
    ${renderNetwork(cs, ctx, model.network)}
    <h3 id="cycles-centres">${cs.centresHeading}</h3>
    ${model.centres.length === 0
      ? html`<p class="empty">${cs.noCentres}</p>`
      : html`<p class="hint">${cs.centresIntro}</p>
          ${limit} ${renderCentres(cs, centres)}`}`;
}
