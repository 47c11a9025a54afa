import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --poolster-chart-current: var(--poolster-color-text, #1b1b1b);
    --poolster-chart-ambition: var(--poolster-color-accent, #1d4f91);
  }
  .report {
    max-width: var(--poolster-max-width, 60rem);
  }
  .kicker,
  .meta {
    margin: 0;
    color: var(--poolster-color-hint, #505a5f);
  }
  h2 {
    font-size: 1.6rem;
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1.25rem;
    margin: 2rem 0 0.5rem;
  }
  h4 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.5rem;
  }
  h5 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  .summary-part h4 {
    margin-top: 1.25rem;
  }
  table.steps,
  table.tally {
    margin: 0.25rem 0 0.5rem;
  }
  .steps th,
  .steps td,
  .tally th,
  .tally td {
    padding: 0.25rem 0.5rem;
  }
  .steps tbody th,
  .tally tbody th {
    font-weight: normal;
  }
  .steps .step {
    white-space: nowrap;
  }
  th.num,
  td.num {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    width: 1%;
  }
  .steps .gap {
    font-weight: 700;
  }
  .steps .level-wide-divergence th {
    font-weight: 700;
  }
  .hint,
  .empty {
    margin: 0 0 0.25rem;
    color: var(--poolster-color-hint, #505a5f);
  }
  .cluster-title {
    font-size: 1.15rem;
    border-bottom: 2px solid var(--poolster-color-text, #1b1b1b);
    padding-bottom: 0.2rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 1rem 0;
  }
  .chart {
    margin: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 1.25rem;
    margin: 0 0 0.5rem;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  svg.stage-chart {
    width: 100%;
    height: auto;
    font-family: inherit;
  }
  .stage-label {
    font-size: 13px;
    font-weight: 600;
    fill: var(--poolster-color-text, #1b1b1b);
  }
  .cluster-label {
    font-size: 13px;
    font-weight: 700;
    fill: var(--poolster-color-hint, #505a5f);
  }
  .block-label {
    font-size: 12.5px;
    fill: var(--poolster-color-text, #1b1b1b);
  }
  .missing {
    font-size: 12px;
    font-style: italic;
    fill: var(--poolster-color-hint, #505a5f);
  }
  .grid {
    stroke: var(--poolster-color-border, #b1b4b6);
    stroke-dasharray: 3 3;
  }
  .row-line {
    stroke: var(--poolster-color-border, #e5e6e7);
  }
  .gap-line {
    stroke: var(--poolster-chart-ambition);
    stroke-width: 3;
  }
  .current {
    fill: var(--poolster-chart-current);
  }
  .ambition {
    fill: none;
    stroke: var(--poolster-chart-ambition);
    stroke-width: 2.5;
  }
  details.table-toggle > summary {
    cursor: pointer;
    color: var(--poolster-color-accent, #1d4f91);
    font-weight: 600;
    padding: 0.5rem 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5rem 0 1rem;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--poolster-color-border, #b1b4b6);
    overflow-wrap: anywhere;
  }
  .aspect-table td {
    min-width: 7rem;
  }
  .aspect-table thead th {
    overflow-wrap: normal;
  }
  svg.bar {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin-top: 0.25rem;
  }
  svg.bar rect {
    fill: var(--poolster-color-accent, #1d4f91);
  }
  .cluster {
    break-inside: auto;
  }
  .block {
    break-inside: avoid;
    page-break-inside: avoid;
    border-top: 1px solid var(--poolster-color-border, #b1b4b6);
    padding: 0.75rem 0;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem 1rem;
  }
  @container (min-width: 40rem) {
    dl {
      grid-template-columns: minmax(9rem, 1fr) minmax(0, 3fr);
    }
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  dd ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .comment {
    margin: 0.25rem 0 0;
    color: var(--poolster-color-hint, #505a5f);
  }
  .team {
    border-left: 5px solid var(--poolster-color-border, #b1b4b6);
    padding: 0.25rem 0 0.25rem 0.75rem;
    margin: 0 0 0.75rem;
  }
  .team.level-some-divergence {
    border-left-color: var(--poolster-chart-ambition);
  }
  .team.level-wide-divergence {
    border-left-style: double;
    border-left-width: 7px;
    border-left-color: var(--poolster-color-text, #1b1b1b);
  }
  .team-round {
    margin: 0;
    font-weight: 600;
  }
  .team-note {
    margin: 0.25rem 0 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .team-spread {
    list-style: none;
    margin: 0.35rem 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(3rem, 10rem) max-content;
    gap: 0.15rem 0.5rem;
    align-items: center;
    font-size: 0.9em;
  }
  .team-spread li {
    /* A row of the list's grid that stays a list item (display: contents would hide it from some readers). */
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .team-spread .empty .stage,
  .team-spread .empty .count {
    color: var(--poolster-color-hint, #505a5f);
  }
  .team-spread svg.bar {
    margin: 0;
    height: 0.6rem;
    border: 1px solid var(--poolster-color-border, #b1b4b6);
    box-sizing: border-box;
  }
  .team-spread .count {
    font-variant-numeric: tabular-nums;
    text-align: right;
  }
  .message {
    border-left: 5px solid var(--poolster-color-error, #b3261e);
    padding: 0.75rem 1rem;
  }
  .note {
    border-left: 5px solid var(--poolster-color-accent, #1d4f91);
    padding: 0.5rem 1rem;
  }
  @media print {
    .actions,
    details.table-toggle {
      display: none;
    }
    :host {
      font-size: 10pt;
      --poolster-chart-ambition: #000;
    }
    h2 {
      font-size: 1.4rem;
    }
    h3 {
      margin-top: 0.75rem;
    }
    h3,
    h4,
    h5,
    .cluster-title {
      break-after: avoid;
    }
    /* The summary is the director's page; the details start on their own page after it. */
    .details {
      break-before: page;
    }
    /* The summary fits on two A4 pages: a smaller chart, tighter headings. */
    .summary-chart svg.stage-chart {
      width: 88%;
    }
    .summary-part h4 {
      margin: 0.9rem 0 0.25rem;
    }
    .chart,
    .aspect-table,
    .aspects,
    .team,
    .block,
    .summary-part,
    .final dt,
    .final dd {
      break-inside: avoid;
    }
    .block dl {
      grid-template-columns: minmax(9rem, 1fr) minmax(0, 3fr);
    }
    .team-spread svg.bar rect {
      fill: #000;
    }
  }
  @media (forced-colors: active) {
    .current {
      fill: CanvasText;
    }
    .ambition,
    .gap-line {
      stroke: Highlight;
    }
    svg.bar rect {
      fill: CanvasText;
    }
    .team {
      border-left-color: CanvasText;
    }
  }
`;
