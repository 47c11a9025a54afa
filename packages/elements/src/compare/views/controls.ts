import type { Instrument, Text } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { SORTS, type CentreFilters, type CompareSort } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';

/** What the controls show (the active filters, sort order and toggle) and what a change calls. */
export interface ControlsOptions {
  instrument: Instrument;
  /** The school groups to choose from (none: no group filter). */
  groups: string[];
  /** The instrument has a block-ranking question (else no priority filter). */
  ranking: boolean;
  cluster: string;
  filters: CentreFilters;
  sort: CompareSort;
  earlier: boolean;
  text: (value: Text) => string;
  onCluster: (cluster: string) => void;
  onFilters: (change: Partial<CentreFilters>) => void;
  onSort: (sort: CompareSort) => void;
  onEarlier: (earlier: boolean) => void;
}

const value = (e: Event): string => (e.target as HTMLSelectElement).value;

/** The filters (school group, cluster, the stage of a chosen block, a priority), the sort order and the earlier school years. */
export function renderControls(t: CompareStrings, o: ControlsOptions): TemplateResult {
  const { instrument, cluster, filters, sort, text } = o;
  const blocks = instrument.clusters.flatMap((c) => c.blocks);
  const blockOption = (id: string, title: Text, number: string | undefined, chosen: string) =>
    html`<option value=${id} ?selected=${chosen === id}>${number ? `${number} ` : ''}${text(title)}</option>`;
  return html`<div class="controls" part="controls" role="group" aria-label=${t.filters}>
      ${o.groups.length > 0
        ? html`<div class="field">
            <label for="group">${t.group}</label>
            <select id="group" @change=${(e: Event) => o.onFilters({ group: value(e) })}>
              <option value="" ?selected=${filters.group === ''}>${t.allGroups}</option>
              ${o.groups.map((g) => html`<option value=${g} ?selected=${filters.group === g}>${g}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="cluster">${t.cluster}</label>
        <select id="cluster" @change=${(e: Event) => o.onCluster(value(e))}>
          <option value="" ?selected=${cluster === ''}>${t.allClusters}</option>
          ${instrument.clusters.map((c) => html`<option value=${c.id} ?selected=${cluster === c.id}>${text(c.title)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="stage-block">${t.stageFilter}</label>
        <select id="stage-block" @change=${(e: Event) => o.onFilters({ block: value(e) })}>
          <option value="" ?selected=${filters.block === ''}>${t.anyBlock}</option>
          ${blocks.map((b) => blockOption(b.id, b.title, b.number, filters.block))}
        </select>
      </div>
      <div class="field">
        <label for="stage">${t.atStage}</label>
        <select id="stage" ?disabled=${filters.block === ''} @change=${(e: Event) => o.onFilters({ stage: value(e) })}>
          <option value="" ?selected=${filters.stage === ''}>${t.allStages}</option>
          ${instrument.stages.map((s) => html`<option value=${s.id} ?selected=${filters.stage === s.id}>${text(s.label)}</option>`)}
        </select>
      </div>
      ${o.ranking
        ? html`<div class="field">
            <label for="priority">${t.priorityFilter}</label>
            <select id="priority" @change=${(e: Event) => o.onFilters({ priority: value(e) })}>
              <option value="" ?selected=${filters.priority === ''}>${t.anyBlock}</option>
              ${blocks.map((b) => blockOption(b.id, b.title, b.number, filters.priority))}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="sort">${t.sort}</label>
        <select id="sort" @change=${(e: Event) => o.onSort(value(e) as CompareSort)}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${sort === s}>${sortName(t, s)}</option>`)}
        </select>
      </div>
      <div class="field toggle">
        <input type="checkbox" id="earlier" .checked=${o.earlier} @change=${(e: Event) => o.onEarlier((e.target as HTMLInputElement).checked)} />
        <label for="earlier">${t.earlier}</label>
      </div>
    </div>`;
}

function sortName(t: CompareStrings, sort: CompareSort): string {
  return sort === 'label' ? t.sortLabel : sort === 'mean-stage' ? t.sortMeanStage : t.sortDate;
}
