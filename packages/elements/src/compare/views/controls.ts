import type { Instrument, Text } from '@poolster/schema';
import { html, type TemplateResult } from 'lit';
import { SORTS, type CompareSort } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';

/** What the controls show (the active cluster, stage and sort order) and what a change calls. */
export interface ControlsOptions {
  instrument: Instrument;
  cluster: string;
  stage: string;
  sort: CompareSort;
  text: (value: Text) => string;
  onCluster: (cluster: string) => void;
  onStage: (stage: string) => void;
  onSort: (sort: CompareSort) => void;
}

/** The filters (cluster, stage) and the sort order. */
export function renderControls(t: CompareStrings, o: ControlsOptions): TemplateResult {
  const { instrument, cluster, stage, sort, text } = o;
  return html`<div class="controls" part="controls" role="group" aria-label=${t.filters}>
      <div class="field">
        <label for="cluster">${t.cluster}</label>
        <select id="cluster" @change=${(e: Event) => o.onCluster((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${cluster === ''}>${t.allClusters}</option>
          ${instrument.clusters.map((c) => html`<option value=${c.id} ?selected=${cluster === c.id}>${text(c.title)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="stage">${t.stageFilter}</label>
        <select id="stage" @change=${(e: Event) => o.onStage((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${stage === ''}>${t.allStages}</option>
          ${instrument.stages.map((s) => html`<option value=${s.id} ?selected=${stage === s.id}>${text(s.label)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="sort">${t.sort}</label>
        <select id="sort" @change=${(e: Event) => o.onSort((e.target as HTMLSelectElement).value as CompareSort)}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${sort === s}>${sortName(t, s)}</option>`)}
        </select>
      </div>
    </div>`;
}

function sortName(t: CompareStrings, sort: CompareSort): string {
  return sort === 'label' ? t.sortLabel : sort === 'mean-stage' ? t.sortMeanStage : t.sortDate;
}
