import type { DirectorSummary, SummaryBlock } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../i18n/strings.js';
import type { ReportStrings } from './report.strings.js';
import { stageChart, stageTable, type ChartRow } from './stage-chart.js';

/** "Fragmentair → Geïntegreerd", "Geïntegreerd, aanhouden", or what was chosen when the continuum cannot place it. */
export function transition(block: SummaryBlock, stages: readonly string[], t: ReportStrings): string {
  const p = block.placement;
  if (p.currentIndex === undefined) return t.notPlaced;
  const from = stages[p.currentIndex] ?? '';
  if (p.ambitionIndex === undefined) return block.ambitionChoice ? format(t.transition, { from, to: block.ambitionChoice }) : from;
  if (p.keep || p.gap === 0) return format(t.kept, { stage: from });
  return format(t.transition, { from, to: stages[p.ambitionIndex] ?? '' });
}

/**
 * The director's page: the chart, then the priorities in order, the largest gaps, the most named levers
 * and obstacles, the inspiring practices and, after a team round, where the team disagreed. Everything
 * comes from the schema's `directorSummary`, the model the overview mail uses too.
 */
export function directorSummaryView(s: DirectorSummary, t: ReportStrings): TemplateResult {
  const clusterTitle = new Map(s.clusters.flatMap((c) => c.blockIds.map((id) => [id, c.title] as const)));
  const rows: ChartRow[] = s.blocks.map((b) => ({ label: b.label, cluster: clusterTitle.get(b.blockId) ?? '', placement: b.placement }));
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    <h3 id="summary-heading">${t.summaryTitle}</h3>
    <section class="summary-chart" aria-labelledby="chart-heading">
      <h4 id="chart-heading">${t.chartTitle}</h4>
      ${stageChart(rows, s.stages, t)}
      <details class="table-toggle">
        <summary>${t.showTable}</summary>
        ${stageTable(rows, s.stages, t)}
      </details>
    </section>
    ${s.priorities
      ? part('priorities', t.prioritiesTitle, s.priorities.length ? steps(s.priorities, s, t, { rank: true }) : html`<p class="empty">${t.noPriorities}</p>`)
      : nothing}
    ${part(
      'gaps',
      t.gapsTitle,
      s.gaps.length
        ? html`<p class="hint">${t.gapsIntro}</p>
            ${steps(s.gaps, s, t, { gap: true })}
            ${s.moreGaps ? html`<p class="hint more">${format(t.moreGaps, { n: s.moreGaps })}</p>` : nothing}`
        : html`<p class="empty">${t.noGaps}</p>`,
    )}
    ${s.aspects.length ? part('aspects', t.aspectsSummaryTitle, aspects(s, t)) : nothing}
    ${s.inspiring
      ? part(
          'inspiring',
          t.inspiringTitle,
          html`${s.inspiring.blocks.length ? steps(s.inspiring.blocks, s, t) : html`<p class="empty">${s.inspiring.none ? t.inspiringNone : t.noInspiring}</p>`}
          ${s.inspiring.comment ? html`<p class="comment">${format(t.comment, { text: s.inspiring.comment })}</p>` : nothing}`,
        )
      : nothing}
    ${s.team ? part('team-summary', t.teamTitle, team(s.team, t)) : nothing}
  </section>`;
}

/** One part of the summary under its heading; a part is never split over two printed pages. */
const part = (name: string, title: string, body: TemplateResult): TemplateResult =>
  html`<section class=${`summary-part ${name}`} aria-labelledby=${`${name}-heading`}>
    <h4 id=${`${name}-heading`}>${title}</h4>
    ${body}
  </section>`;

/** Blocks with their current stage → ambition, one row each: the form a director scans fastest. */
function steps(blocks: SummaryBlock[], s: DirectorSummary, t: ReportStrings, options: { rank?: boolean; gap?: boolean } = {}): TemplateResult {
  return html`<table class="steps">
    <thead>
      <tr>
        ${options.rank ? html`<th scope="col" class="num">${t.rankColumn}</th>` : nothing}
        <th scope="col">${t.block}</th>
        <th scope="col">${t.stepColumn}</th>
        ${options.gap ? html`<th scope="col" class="num">${t.gap}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${blocks.map(
        (b, i) => html`<tr>
          ${options.rank ? html`<td class="num">${i + 1}</td>` : nothing}
          <th scope="row">${b.label}</th>
          <td class="step">${transition(b, s.stages, t)}</td>
          ${options.gap ? html`<td class="num gap">${format(t.gapStages, { n: b.placement.gap ?? 0 })}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * How many blocks name each aspect, one column per aspect question (levers, obstacles), the aspect named
 * most over all of them first. Aspects nobody named are left out.
 */
function aspects(s: DirectorSummary, t: ReportStrings): TemplateResult {
  const total = s.blocks.length;
  const named = new Map<string, { label: string; sum: number; order: number }>();
  for (const a of s.aspects) {
    for (const o of a.options) {
      const row = named.get(o.id) ?? { label: o.label, sum: 0, order: named.size };
      row.sum += o.count;
      named.set(o.id, row);
    }
  }
  const rows = [...named.entries()].sort(([, a], [, b]) => b.sum - a.sum || a.order - b.order);
  if (rows.length === 0) return html`<p class="empty">${t.noneNamed}</p>`;
  const count = (questionId: string, id: string) => s.aspects.find((a) => a.questionId === questionId)?.options.find((o) => o.id === id)?.count ?? 0;
  return html`<table class="tally">
    <thead>
      <tr>
        <th scope="col">${t.aspect}</th>
        ${s.aspects.map((a) => html`<th scope="col" class="num">${a.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([id, row]) => html`<tr>
          <th scope="row">${row.label}</th>
          ${s.aspects.map((a) => html`<td class="num">${format(t.aspectCount, { count: count(a.questionId, id), total })}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function team(part: NonNullable<DirectorSummary['team']>, t: ReportStrings): TemplateResult {
  if (part.disagreements.length === 0) return html`<p class="empty">${format(t.teamAgreed, { rounds: part.rounds })}</p>`;
  return html`<p class="hint">${format(t.teamIntro, { rounds: part.rounds })}</p>
    <table class="steps">
      <thead>
        <tr>
          <th scope="col">${t.block}</th>
          <th scope="col">${t.spreadColumn}</th>
          <th scope="col" class="num">${t.peopleColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${part.disagreements.map(
          (d) => html`<tr class=${`level-${d.level}`}>
            <th scope="row">${d.label}</th>
            <td class="step">${format(t.teamRow, { lowest: d.lowest, highest: d.highest })}</td>
            <td class="num">${d.participants}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}
