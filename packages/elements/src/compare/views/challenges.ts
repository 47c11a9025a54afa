import { aspectHeatmap, multipleChoiceBlockQuestions, heatLevel, rankedCells, type HeatmapCell, type Table } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import { countLine, keyed, namesOf, plural, questionTitle, type ChallengeSelection, type NetworkInput } from '../network-state.js';
import type { ViewContext } from '../compare-data.js';
import type { NetworkStrings } from '../network.strings.js';

/** Steps of the heatmap's shading: few enough to tell apart, also in grey scale. */
export const HEAT_STEPS = 5;

/** The id of the heading of the list a cell or a block opens (focus moves there). */
export const CHALLENGE_DETAIL = 'challenge-detail';

export interface ChallengeOption {
  id: string;
  label: string;
  exclusive: boolean;
}

export interface ChallengeRow {
  blockId: string;
  title: string;
  clusterTitle: string;
  cells: HeatmapCell[];
  /** The cells most named first ("none" last). */
  ranked: HeatmapCell[];
}

export interface ChallengeTable {
  questionId: string;
  title: string;
  options: ChallengeOption[];
  rows: ChallengeRow[];
  /** The top of the shading scale: the most named aspect cell of this question over the shown blocks. */
  max: number;
}

export type ChallengeDetail =
  | { kind: 'cell'; questionId: string; heading: string; names: string[] }
  | { kind: 'block'; questionId: string; heading: string; lists: Array<{ title: string; items: string[] }> };

export interface ChallengesModel {
  count: string;
  /** Display names by centre key. */
  names: ReadonlyMap<string, string>;
  tables: ChallengeTable[];
  selection?: ChallengeSelection;
  detail?: ChallengeDetail;
}

/**
 * Per aspect question (levers, obstacles, …) a block × option table of how many of the counted scans
 * named each option, over the shown blocks; and, for the selection, the centres behind a cell or a
 * block's options most named first (for every aspect question: "the most named obstacles of this block").
 */
export function prepareChallenges(input: NetworkInput, selection: ChallengeSelection | undefined): ChallengesModel {
  const { ctx, nt, lang } = input;
  const sources = keyed(input.scans);
  const names = namesOf(input);
  const tables = multipleChoiceBlockQuestions(ctx.model.instrument).map((q): ChallengeTable => {
    const map = aspectHeatmap(ctx.model.instrument, sources, q.id);
    const byBlock = new Map(map.rows.map((r) => [r.blockId, r]));
    const rows = ctx.blocks.map((entry): ChallengeRow => {
      const row = byBlock.get(entry.block.id)!;
      return { blockId: entry.block.id, title: ctx.blockTitle(entry), clusterTitle: ctx.clusterTitle(entry), cells: row.cells, ranked: rankedCells(row) };
    });
    const max = Math.max(0, ...rows.flatMap((r) => r.cells.filter((c) => !c.exclusive).map((c) => c.count)));
    const options = q.options.map((o) => ({ id: o.id, label: input.text(o.label), exclusive: o.exclusive === true }));
    return { questionId: q.id, title: questionTitle(input, q), options, rows, max };
  });
  const model: ChallengesModel = { count: countLine(nt, lang, input.unit, input.scans.length), names, tables };
  const table = tables.find((tb) => tb.questionId === selection?.questionId);
  const row = table?.rows.find((r) => r.blockId === selection?.blockId);
  if (!selection || !table || !row) return model;
  const label = (tb: ChallengeTable, id: string): string => tb.options.find((o) => o.id === id)?.label ?? id;
  if (selection.optionId !== undefined) {
    const cell = row.cells.find((c) => c.optionId === selection.optionId);
    if (!cell || cell.count === 0) return model;
    const heading = plural(lang, cell.count, nt.cellHeading, { option: label(table, cell.optionId), block: row.title });
    return { ...model, selection, detail: { kind: 'cell', questionId: table.questionId, heading, names: cell.keys.map((k) => names.get(k) ?? k) } };
  }
  const lists = tables.map((tb) => {
    const ranked = tb.rows.find((r) => r.blockId === row.blockId)!.ranked;
    return { title: tb.title, items: ranked.map((c) => plural(lang, c.count, nt.ranked, { option: label(tb, c.optionId) })) };
  });
  return { ...model, selection, detail: { kind: 'block', questionId: table.questionId, heading: format(nt.blockHeading, { block: row.title }), lists } };
}

export interface ChallengeHandlers {
  onSelect(selection: ChallengeSelection): void;
}

/** The heatmaps, each followed by the list its selected cell or block opened. */
export function renderChallenges(nt: NetworkStrings, blockLabel: string, lang: string, m: ChallengesModel, on: ChallengeHandlers): TemplateResult {
  return html`<p class="hint count-line">${m.count}</p>
    ${m.tables.map((tb) => renderTable(nt, blockLabel, lang, tb, m, on))}`;
}

function renderTable(nt: NetworkStrings, blockLabel: string, lang: string, tb: ChallengeTable, m: ChallengesModel, on: ChallengeHandlers): TemplateResult {
  const id = `heat-${tb.questionId}`;
  const sel = m.selection?.questionId === tb.questionId ? m.selection : undefined;
  return html`<h3 id=${id}>${tb.title}</h3>
    <div class="scroll" role="region" aria-labelledby=${id} tabindex="0">
      <table class="heatmap" part="table" data-question=${tb.questionId} aria-labelledby=${id}>
        <caption class="visually-hidden">${format(nt.caption, { question: tb.title })}</caption>
        <thead>
          <tr>
            <th scope="col">${blockLabel}</th>
            ${tb.options.map((o) => html`<th scope="col" class=${o.exclusive ? 'option exclusive' : 'option'} data-option=${o.id}>${o.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${tb.rows.map(
            (r) => html`<tr data-block=${r.blockId}>
              <th scope="row">
                <button
                  type="button"
                  class="block-button"
                  aria-expanded=${sel?.blockId === r.blockId && sel.optionId === undefined ? 'true' : 'false'}
                  @click=${() => on.onSelect({ questionId: tb.questionId, blockId: r.blockId })}
                >
                  ${r.title}<span class="visually-hidden"> (${tb.title})</span>
                </button>
              </th>
              ${r.cells.map((c, i) => {
                const level = heatLevel(c.count, tb.max, HEAT_STEPS);
                const option = tb.options[i]!;
                return html`<td class="heat heat-${Math.min(level, HEAT_STEPS)}" data-option=${c.optionId} data-count=${c.count}>
                  ${c.count === 0
                    ? html`<span class="zero">0</span>`
                    : html`<button
                        type="button"
                        class="cell-button"
                        aria-expanded=${sel?.blockId === r.blockId && sel.optionId === c.optionId ? 'true' : 'false'}
                        @click=${() => on.onSelect({ questionId: tb.questionId, blockId: r.blockId, optionId: c.optionId })}
                      >
                        <span aria-hidden="true">${c.count}</span
                        ><span class="visually-hidden">${plural(lang, c.count, nt.cell, { option: option.label, block: r.title })}</span>
                      </button>`}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${m.detail && m.detail.questionId === tb.questionId ? renderDetail(m.detail) : nothing}`;
}

function renderDetail(d: ChallengeDetail): TemplateResult {
  return html`<div class="challenge-detail" part="detail">
    <h4 id=${CHALLENGE_DETAIL} tabindex="-1">${d.heading}</h4>
    ${d.kind === 'cell'
      ? html`<ul class="names">
          ${d.names.map((n) => html`<li>${n}</li>`)}
        </ul>`
      : d.lists.map(
          (l) => html`<p class="list-title">${l.title}</p>
            <ol class="ranked">
              ${l.items.map((item) => html`<li>${item}</li>`)}
            </ol>`,
        )}
  </div>`;
}

/** The CSV: one row per question, block and option, with the number and the names of the centres. */
export function challengesTable(ctx: ViewContext, nt: NetworkStrings, m: ChallengesModel): Table {
  const { t } = ctx;
  return {
    header: [t.question, t.cluster, t.block, t.option, t.count, nt.centres],
    rows: m.tables.flatMap((tb) =>
      tb.rows.flatMap((r) => r.cells.map((c, i) => [tb.title, r.clusterTitle, r.title, tb.options[i]!.label, String(c.count), c.keys.map((k) => m.names.get(k) ?? k).join(', ')])),
    ),
  };
}
