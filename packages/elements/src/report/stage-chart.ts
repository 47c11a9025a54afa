import type { BlockPlacement } from '@poolster/schema';
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { format } from '../i18n/strings.js';
import type { ReportStrings } from './report.strings.js';

/** One block of the chart: its label and its placement. */
export interface ChartRow {
  label: string;
  cluster: string;
  placement: BlockPlacement;
}

const WIDTH = 720;
const LABEL_WIDTH = 270;
const X0 = LABEL_WIDTH + 24;
const X1 = WIDTH - 60;
const HEADER = 44;
const ROW = 34;
const CLUSTER_ROW = 28;

/** Splits a label into at most two lines of about `width` characters (SVG text does not wrap). */
export function wrapLabel(label: string, width = 38): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0]!, second.length > width ? `${second.slice(0, width - 1)}…` : second];
}

const diamond = (x: number, y: number, r: number) => `M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`;

/**
 * The data chart: a dumbbell per building block on the instrument's own stage scale. Shapes, not only
 * colours, tell current (filled circle) from ambition (open diamond), so it reads in grey-scale print.
 */
export function stageChart(rows: ChartRow[], stageLabels: string[], t: ReportStrings): TemplateResult {
  const n = stageLabels.length;
  const x = (i: number) => X0 + (n > 1 ? (i * (X1 - X0)) / (n - 1) : 0);
  const clusters = [...new Set(rows.map((r) => r.cluster))];
  const height = HEADER + clusters.length * CLUSTER_ROW + rows.length * ROW + 8;
  const placed = rows.filter((r) => r.placement.currentIndex !== undefined);
  const keep = placed.filter((r) => r.placement.gap === 0).length;
  const move = placed.filter((r) => (r.placement.gap ?? 0) > 0).length;
  const description = format(t.chartDesc, { n: rows.length, scale: stageLabels.join(' → '), keep, move, open: rows.length - placed.length });

  let y = HEADER;
  const body: SVGTemplateResult[] = [];
  for (const cluster of clusters) {
    body.push(svg`<text class="cluster-label" x="0" y=${y + 18}>${cluster}</text>`);
    y += CLUSTER_ROW;
    for (const row of rows.filter((r) => r.cluster === cluster)) {
      const mid = y + ROW / 2;
      const lines = wrapLabel(row.label);
      const p = row.placement;
      body.push(svg`<g class="row">
        <line class="row-line" x1=${X0 - 12} x2=${X1 + 12} y1=${mid} y2=${mid}></line>
        <text class="block-label" x="8" y=${lines.length > 1 ? mid - 3 : mid + 4}>
          ${lines.map((l, i) => svg`<tspan x="8" dy=${i === 0 ? 0 : 14}>${l}</tspan>`)}
        </text>
        ${p.currentIndex === undefined
          ? svg`<text class="missing" x=${X0} y=${mid + 4}>${t.notPlaced}</text>`
          : svg`${p.ambitionIndex !== undefined && p.gap !== 0
              ? svg`<line class="gap-line" x1=${x(p.currentIndex)} x2=${x(p.ambitionIndex) - Math.sign(p.gap ?? 0) * 8} y1=${mid} y2=${mid}></line>`
              : nothing}
            ${p.ambitionIndex !== undefined ? svg`<path class="ambition" d=${diamond(x(p.ambitionIndex), mid, p.gap === 0 ? 11 : 8)}></path>` : nothing}
            <circle class="current" cx=${x(p.currentIndex)} cy=${mid} r="6"></circle>`}
      </g>`);
      y += ROW;
    }
  }

  return html`<figure class="chart" part="chart">
    <div class="legend" aria-hidden="true">
      <span><svg viewBox="0 0 16 16" width="16" height="16"><circle class="current" cx="8" cy="8" r="6"></circle></svg> ${t.legendCurrent}</span>
      <span><svg viewBox="0 0 20 20" width="20" height="20"><path class="ambition" d=${diamond(10, 10, 8)}></path></svg> ${t.legendAmbition}</span>
    </div>
    <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc" class="stage-chart">
      <title id="chart-title">${t.chartTitle}</title>
      <desc id="chart-desc">${description}</desc>
      ${stageLabels.map(
        (label, i) => svg`<line class="grid" x1=${x(i)} x2=${x(i)} y1=${HEADER - 8} y2=${height - 4}></line>
          <text class="stage-label" x=${x(i)} y=${HEADER - 16} text-anchor="middle">${label}</text>`,
      )}
      ${body}
    </svg>
  </figure>`;
}

/** The chart's data as a table: the same values, for screen readers, keyboard users and copying. */
export function stageTable(rows: ChartRow[], stageLabels: string[], t: ReportStrings): TemplateResult {
  const stage = (i: number | undefined) => (i === undefined ? t.notPlaced : (stageLabels[i] ?? ''));
  return html`<table class="data-table" part="data-table">
    <caption>${t.chartTitle}</caption>
    <thead>
      <tr>
        <th scope="col">${t.block}</th>
        <th scope="col">${t.current}</th>
        <th scope="col">${t.ambition}</th>
        <th scope="col">${t.gap}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr>
          <th scope="row">${r.label}</th>
          <td>${stage(r.placement.currentIndex)}</td>
          <td>${r.placement.currentIndex === undefined ? '' : stage(r.placement.ambitionIndex)}</td>
          <td>${r.placement.gap ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
