import {
  blockInspiration,
  type BlockPickQuestion,
  type BlockRankingQuestion,
  type Grower,
  type Table,
} from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from '../compare-data.js';
import { format } from '../../i18n/strings.js';
import { countLine, keyed, namesOf, plural, ROW_LIMIT, type NetworkChoices, type NetworkInput } from '../network-state.js';
import { renderRowLimit } from './row-limit.js';
import type { NetworkStrings } from '../network.strings.js';

/** A growing centre sees at most this many centres to learn from: the most promising ones. */
export const INSPIRE_PER_CENTRE = 5;

/** The block filter's value for "all building blocks" (the view opens on the first block: one block is a page, all eleven a long one). */
export const ALL_BLOCKS = '*';

export interface InspireCandidate {
  name: string;
  stage: string;
  /** Stands at or above the grower's ambition. */
  reaches: boolean;
}

export interface InspireRow {
  key: string;
  name: string;
  stage: string;
  ambition: string;
  /** The block's place among the centre's priorities, or 0 when not ranked. */
  rank: number;
  /** The other centres it can learn from here, the most promising first. */
  candidates: InspireCandidate[];
}

export interface InspireBlock {
  blockId: string;
  title: string;
  rows: InspireRow[];
  inspirers: Array<{ name: string; stage: string }>;
}

export interface InspireModel {
  count: string;
  blocks: Array<{ id: string; title: string }>;
  centres: Array<{ key: string; name: string }>;
  groups: string[];
  block: string;
  centre: string;
  group: string;
  shown: InspireBlock[];
  showAll: boolean;
}

/** The school group of a scan's entry (`entry.group`), when the server or the page gives one. */
const groupOf = (entry: unknown): string | undefined => {
  const group = (entry as { group?: unknown }).group;
  return typeof group === 'string' && group.trim() !== '' ? group.trim() : undefined;
};

/**
 * Per shown block: the centres that want to grow in it, each with the centres that can inspire it there
 * (most promising first, as `comparePairs` in the schema defines), beside the inspiring practices. A
 * chosen centre or school group keeps the pairs in which it takes part, on either side. `undefined` when
 * the instrument has no question about inspiring practices.
 */
export function prepareInspire(input: NetworkInput, choices: NetworkChoices): InspireModel | undefined {
  const { ctx, nt, lang } = input;
  const instrument = ctx.model.instrument;
  const pick = instrument.finalQuestions.find((q): q is BlockPickQuestion => q.type === 'block-pick');
  if (!pick) return undefined;
  const ranking = instrument.finalQuestions.find((q): q is BlockRankingQuestion => q.type === 'block-ranking');
  const names = namesOf(input);
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const centres = [...names].map(([key, name]) => ({ key, name })).sort((a, b) => collator.compare(a.name, b.name));
  const groupByKey = new Map(input.scans.map((s) => [s.key, groupOf(s.entry)]));
  const groups = [...new Set([...groupByKey.values()].filter((g): g is string => g !== undefined))].sort(collator.compare);
  const blocks = ctx.blocks.map((b) => ({ id: b.block.id, title: ctx.blockTitle(b) }));
  const block = choices.inspireBlock === ALL_BLOCKS || blocks.some((b) => b.id === choices.inspireBlock) ? choices.inspireBlock : (blocks[0]?.id ?? ALL_BLOCKS);
  const centre = names.has(choices.inspireCentre) ? choices.inspireCentre : '';
  const group = groups.includes(choices.inspireGroup) ? choices.inspireGroup : '';
  const keep =
    centre === '' && group === ''
      ? undefined
      : new Set(centres.map((c) => c.key).filter((k) => (centre === '' || k === centre) && (group === '' || groupByKey.get(k) === group)));
  const questions = { pickId: pick.id, ...(ranking ? { rankingId: ranking.id } : {}) };
  const blockIds = new Set(block === ALL_BLOCKS ? blocks.map((b) => b.id) : [block]);
  const all = blockInspiration(instrument, keyed(input.scans), questions, { perGrower: INSPIRE_PER_CENTRE, blockIds, ...(keep ? { keep } : {}) });
  const byBlock = new Map(all.map((b) => [b.blockId, b]));
  const name = (key: string): string => names.get(key) ?? key;
  const stage = (index: number | undefined): string => ctx.stageLabel(index);
  const ambition = (g: Grower): string => (g.ambitionIndex === undefined ? ctx.t.unanswered : g.ambitionIndex === g.currentIndex ? ctx.t.keep : stage(g.ambitionIndex));
  const shown = ctx.blocks
    .filter((b) => block === ALL_BLOCKS || b.block.id === block)
    .map((entry): InspireBlock => {
      const data = byBlock.get(entry.block.id)!;
      const rows = new Map<string, InspireRow>();
      const row = (g: Grower): InspireRow => {
        let r = rows.get(g.key);
        if (!r) {
          r = { key: g.key, name: name(g.key), stage: stage(g.currentIndex), ambition: ambition(g), rank: g.rank ?? 0, candidates: [] };
          rows.set(g.key, r);
        }
        return r;
      };
      // Pairs come most promising first, so a grower's row takes the place of its best pair.
      for (const p of data.pairs) row(p.grower).candidates.push({ name: name(p.inspirer.key), stage: stage(p.inspirer.currentIndex), reaches: p.reaches });
      for (const g of data.growers) row(g);
      return {
        blockId: entry.block.id,
        title: ctx.blockTitle(entry),
        rows: [...rows.values()],
        inspirers: data.inspirers.map((i) => ({ name: name(i.key), stage: stage(i.currentIndex) })),
      };
    });
  return { count: countLine(nt, lang, input.unit, input.scans.length), blocks, centres, groups, block, centre, group, shown, showAll: choices.showAllRows };
}

export interface InspireHandlers {
  onFilter(change: Partial<NetworkChoices>): void;
}

export function renderInspire(ctx: ViewContext, nt: NetworkStrings, lang: string, m: InspireModel, on: InspireHandlers): TemplateResult {
  const value = (e: Event): string => (e.target as HTMLSelectElement).value;
  const longest = Math.max(0, ...m.shown.map((b) => b.rows.length));
  return html`<p class="hint count-line">${m.count}</p>
    <div class="controls view-controls" role="group" aria-label=${nt.headingInspire}>
      <div class="field">
        <label for="inspire-block">${ctx.t.block}</label>
        <select id="inspire-block" @change=${(e: Event) => on.onFilter({ inspireBlock: value(e) })}>
          ${m.blocks.map((b) => html`<option value=${b.id} ?selected=${m.block === b.id}>${b.title}</option>`)}
          <option value=${ALL_BLOCKS} ?selected=${m.block === ALL_BLOCKS}>${nt.allBlocks}</option>
        </select>
      </div>
      <div class="field">
        <label for="inspire-centre">${ctx.t.centre}</label>
        <select id="inspire-centre" @change=${(e: Event) => on.onFilter({ inspireCentre: value(e) })}>
          <option value="" ?selected=${m.centre === ''}>${nt.allCentres}</option>
          ${m.centres.map((c) => html`<option value=${c.key} ?selected=${m.centre === c.key}>${c.name}</option>`)}
        </select>
      </div>
      ${m.groups.length === 0
        ? nothing
        : html`<div class="field">
            <label for="inspire-group">${nt.group}</label>
            <select id="inspire-group" @change=${(e: Event) => on.onFilter({ inspireGroup: value(e) })}>
              <option value="" ?selected=${m.group === ''}>${nt.allGroups}</option>
              ${m.groups.map((g) => html`<option value=${g} ?selected=${m.group === g}>${g}</option>`)}
            </select>
          </div>`}
    </div>
    <p class="hint">${nt.onlyPairsHint}</p>
    ${renderRowLimit(nt, format(nt.rowsLimited, { n: ROW_LIMIT }), longest, m.showAll, () => on.onFilter({ showAllRows: !m.showAll }))}
    ${m.shown.map((b, i) => renderBlock(nt, lang, m.showAll ? b : { ...b, rows: b.rows.slice(0, ROW_LIMIT) }, b.rows.length, i))}`;
}

/** One block; `growing` counts all its growing centres, also those beyond the rows shown. */
function renderBlock(nt: NetworkStrings, lang: string, b: InspireBlock, growing: number, i: number): TemplateResult {
  const id = `inspire-${i}`;
  return html`<div class="inspire-block" data-block=${b.blockId}>
    <h3 id=${id}>${b.title}</h3>
    <p class="hint">
      ${plural(lang, growing, nt.growers)} · ${plural(lang, b.inspirers.length, nt.inspirers)}
    </p>
    <div class="inspire-grid">
      ${b.rows.length === 0
        ? html`<p class="empty">${nt.noGrowers}</p>`
        : html`<div class="scroll" role="region" aria-labelledby=${id} tabindex="0">
            <table class="pairs" part="table" aria-labelledby=${id}>
              <thead>
                <tr>
                  <th scope="col">${nt.wantsToGrow}</th>
                  <th scope="col">${nt.stageToAmbition}</th>
                  <th scope="col">${nt.priority}</th>
                  <th scope="col">${nt.canBeInspiredBy}</th>
                </tr>
              </thead>
              <tbody>
                ${b.rows.map(
                  (r) => html`<tr data-centre=${r.name}>
                    <th scope="row">${r.name}</th>
                    <td>${r.stage} → ${r.ambition}</td>
                    <td class="count">${r.rank === 0 ? nt.notRanked : r.rank}</td>
                    <td>
                      ${r.candidates.length === 0
                        ? html`<span class="none">${nt.noInspirers}</span>`
                        : html`<ol class="candidates">
                            ${r.candidates.map(
                              (c) => html`<li class=${c.reaches ? 'candidate reaches' : 'candidate'}>
                                ${c.name} (${c.stage})${c.reaches ? html`<span class="mark"> ✓ <span class="visually-hidden">${nt.reaches}</span></span>` : nothing}
                              </li>`,
                            )}
                          </ol>`}
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      <div class="inspirers">
        <h4>${nt.inspiringPractices}</h4>
        ${b.inspirers.length === 0
          ? html`<p class="empty">${nt.noInspirersList}</p>`
          : html`<ul>
              ${b.inspirers.map((p) => html`<li>${p.name} (${p.stage})</li>`)}
            </ul>`}
      </div>
    </div>
  </div>`;
}

/** The CSV: one row per proposed pair (the five most promising per centre), in the view's order; a centre with no one to learn from keeps one row. */
export function inspireTable(ctx: ViewContext, nt: NetworkStrings, m: InspireModel): Table {
  return {
    header: [ctx.t.block, nt.wantsToGrow, ctx.t.now, nt.ambition, nt.priority, nt.inspiringCentre, nt.itsStage, nt.reachesColumn],
    rows: m.shown.flatMap((b) =>
      b.rows.flatMap((r) => {
        const own = [b.title, r.name, r.stage, r.ambition, r.rank === 0 ? '' : String(r.rank)];
        return r.candidates.length === 0 ? [[...own, '', '', '']] : r.candidates.map((c) => [...own, c.name, c.stage, c.reaches ? nt.yes : nt.no]);
      }),
    ),
  };
}
