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
  const step = (b: SummaryBlock) => html`<span class="label">${b.label}</span>${t.separator}<span class="step">${transition(b, s.stages, t)}</span>`;
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
    <div class="summary-grid">
      ${s.priorities
        ? html`<section class="summary-part priorities" aria-labelledby="priorities-heading">
            <h4 id="priorities-heading">${t.prioritiesTitle}</h4>
            ${s.priorities.length ? html`<ol class="steps">${s.priorities.map((b) => html`<li>${step(b)}</li>`)}</ol>` : html`<p class="empty">${t.noPriorities}</p>`}
          </section>`
        : nothing}
      <section class="summary-part gaps" aria-labelledby="gaps-heading">
        <h4 id="gaps-heading">${t.gapsTitle}</h4>
        ${s.gaps.length
          ? html`<p class="hint">${t.gapsIntro}</p>
              <ul class="steps">
                ${s.gaps.map(
                  (b) => html`<li>${step(b)} <span class="gap" title=${format(t.gapStagesLabel, { n: b.placement.gap! })}
                      >${format(t.gapStages, { n: b.placement.gap! })}</span
                    ></li>`,
                )}
              </ul>
              ${s.moreGaps ? html`<p class="hint">${format(t.moreGaps, { n: s.moreGaps })}</p>` : nothing}`
          : html`<p class="empty">${t.noGaps}</p>`}
      </section>
      ${s.aspects.length ? aspects(s, t) : nothing}
      ${s.inspiring
        ? html`<section class="summary-part inspiring" aria-labelledby="inspiring-heading">
            <h4 id="inspiring-heading">${t.inspiringTitle}</h4>
            ${s.inspiring.blocks.length
              ? html`<ul class="steps">${s.inspiring.blocks.map((b) => html`<li>${step(b)}</li>`)}</ul>`
              : html`<p class="empty">${s.inspiring.none ? t.inspiringNone : t.noInspiring}</p>`}
            ${s.inspiring.comment ? html`<p class="comment">${format(t.comment, { text: s.inspiring.comment })}</p>` : nothing}
          </section>`
        : nothing}
      ${s.team ? team(s.team, t) : nothing}
    </div>
  </section>`;
}

function aspects(s: DirectorSummary, t: ReportStrings): TemplateResult {
  const total = s.blocks.length;
  return html`<section class="summary-part aspects" aria-labelledby="aspects-summary-heading">
    <h4 id="aspects-summary-heading">${t.aspectsSummaryTitle}</h4>
    <div class="aspect-columns">
      ${s.aspects.map(
        (a) => html`<div>
          <p class="aspect-title" id=${`aspect-${a.questionId}`}>${a.label}</p>
          ${a.options.length
            ? html`<ul class="tally" aria-labelledby=${`aspect-${a.questionId}`}>
                ${a.options.map((o) => html`<li><span class="label">${o.label}</span>${t.separator}<span class="count">${format(t.aspectCount, { count: o.count, total })}</span></li>`)}
              </ul>`
            : html`<p class="empty">${t.noneNamed}</p>`}
        </div>`,
      )}
    </div>
  </section>`;
}

function team(part: NonNullable<DirectorSummary['team']>, t: ReportStrings): TemplateResult {
  return html`<section class="summary-part team-summary" aria-labelledby="team-summary-heading">
    <h4 id="team-summary-heading">${t.teamTitle}</h4>
    ${part.disagreements.length
      ? html`<p class="hint">${format(t.teamIntro, { rounds: part.rounds })}</p>
          <ul class="steps">
            ${part.disagreements.map(
              (d) => html`<li class=${`level-${d.level}`}><span class="label">${d.label}</span>${t.separator}<span class="step">${format(t.teamRow, d as unknown as Record<string, string | number>)}</span></li>`,
            )}
          </ul>`
      : html`<p class="empty">${format(t.teamAgreed, { rounds: part.rounds })}</p>`}
  </section>`;
}
