import { html, type TemplateResult } from 'lit';
import type { ReportStrings } from './report.strings.js';

export interface AspectColumn {
  /** The question, e.g. "levers". */
  title: string;
  /** Blocks naming each option, by option id. */
  counts: Record<string, number>;
}

export interface AspectRow {
  id: string;
  label: string;
}

/**
 * How often each aspect is named across blocks, one column per multiple-choice block question
 * (levers, obstacles): counts as numbers, with a small bar (an SVG rect, not a styled element).
 */
export function aspectTable(rows: AspectRow[], columns: AspectColumn[], blockCount: number, t: ReportStrings): TemplateResult {
  const bar = (count: number) =>
    html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="0" height="10" width=${blockCount ? (100 * count) / blockCount : 0}></rect></svg>`;
  return html`<table class="aspect-table" part="aspect-table">
    <caption>${t.aspectsIntro}</caption>
    <thead>
      <tr>
        <th scope="col">${t.aspect}</th>
        ${columns.map((c) => html`<th scope="col">${c.title}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          <th scope="row">${row.label}</th>
          ${columns.map((c) => html`<td><span class="count">${c.counts[row.id] ?? 0} / ${blockCount}</span>${bar(c.counts[row.id] ?? 0)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
