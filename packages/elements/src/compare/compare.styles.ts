import { css, unsafeCSS } from 'lit';

/**
 * The default stage scale: one blue hue in steps of lightness, light to dark, so the order reads as an
 * order, survives grey scale and every colour-vision deficiency. Stages are spread over it;
 * `--poolster-stage-color-N` overrides stage N. Text is dark on shades 1–6 and white on 7–8, each at a
 * contrast of at least 4.5:1; the stage's code in each cell says the stage without colour.
 */
const PALETTE = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#1c5f9e', '#08306b'];
const DARK_FROM = 6;

const MAX_STAGES = 12;

const toneRules = PALETTE.map(
  (colour, i) =>
    `.tone-${i + 1} { --_tone: ${colour}; --_text: ${i < DARK_FROM ? '#1b1b1b' : '#fff'}; }`,
).join('\n');

const stageRules = Array.from(
  { length: MAX_STAGES },
  (_, i) => `.stage-${i + 1} { --_stage: var(--poolster-stage-color-${i + 1}, var(--_tone)); }`,
).join('\n');

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  ${unsafeCSS(toneRules)}
  ${unsafeCSS(stageRules)}
  .compare {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    min-width: 0;
  }
  p {
    margin: 0;
  }
  .summary,
  .intro,
  .hint {
    color: var(--poolster-color-hint, #505a5f);
  }
  .notice,
  .limit {
    border-left: 5px solid var(--poolster-color-accent, #1d4f91);
    padding: 0.5rem 0.75rem;
    background: var(--poolster-color-muted, #f3f2f1);
  }
  .limit {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: flex-end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    max-width: 100%;
  }
  .field label {
    font-weight: 600;
  }
  /* The filters' selects and the comments' search field: one look for every field of the comparison. */
  select,
  input[type='search'] {
    font: inherit;
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
    background: var(--poolster-color-surface, #fff);
    color: inherit;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--poolster-color-border, #8a8a8a);
  }
  [role='tab'] {
    border-width: 0 0 4px;
    border-color: transparent;
    border-radius: 0;
    color: var(--poolster-color-text, #1b1b1b);
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--poolster-color-accent, #1d4f91);
    font-weight: 700;
    color: var(--poolster-color-accent, #1d4f91);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
  }
  .panel:focus-visible {
    outline-offset: 4px;
  }
  h2 {
    font-size: var(--poolster-heading-size, 1.4rem);
    line-height: 1.25;
    margin: 0;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1.1rem;
    margin: 0.75rem 0 0;
    overflow-wrap: anywhere;
  }
  .scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    background: var(--poolster-color-surface, #fff);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    border: 1px solid var(--poolster-color-border, #8a8a8a);
    padding: 0.35rem 0.5rem;
    text-align: start;
    vertical-align: top;
    /* Words stay whole ("Geïntegreerd", never "Geïntegree|rd"): a table too wide scrolls in its region. */
    overflow-wrap: normal;
    hyphens: manual;
  }
  thead th,
  .group th {
    background: var(--poolster-color-muted, #f3f2f1);
  }
  th[scope='row'] {
    font-weight: 600;
    min-width: 9rem;
  }
  .unanswered {
    font-style: italic;
    color: var(--poolster-color-hint, #505a5f);
  }
  .ambition {
    display: block;
    color: var(--poolster-color-hint, #505a5f);
  }
  .count {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .count .number {
    display: block;
  }
  .bar {
    display: block;
    width: 100%;
    min-width: 3rem;
    height: 0.5rem;
    margin-top: 0.2rem;
    forced-color-adjust: none;
  }
  .bar .track {
    fill: var(--poolster-color-muted, #f3f2f1);
  }
  .bar .fill {
    fill: var(--_stage, #6f777b);
    stroke: var(--poolster-color-text, #1b1b1b);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .bar .fill.none {
    fill: #6f777b;
  }
  .refused ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .movement.up {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .refused {
    border-top: 1px solid var(--poolster-color-border, #8a8a8a);
    padding-top: 1rem;
  }
  .error-panel {
    border: 3px solid var(--poolster-color-error, #b3261e);
    padding: 1rem;
  }
  .error-panel h2 {
    color: var(--poolster-color-error, #b3261e);
  }
  .toggle {
    flex-direction: row;
    align-items: center;
    min-height: 2.75rem;
  }
  .toggle input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .matrix-scroll {
    /* Rows scroll under the sticky header inside the region; the page keeps its filters in view. */
    max-height: max(20rem, 75vh);
    overflow: auto;
    /* The containing block of the cells' visually hidden words: they stay inside the region's scroll area. */
    position: relative;
  }
  table.matrix {
    /* Fixed layout: the table is the wider of the region and the columns' widths below (then the region scrolls). */
    width: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
  }
  .matrix th,
  .matrix td {
    border-width: 0 1px 1px 0;
  }
  .matrix tr > :first-child {
    border-left-width: 1px;
  }
  .matrix thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    border-top-width: 1px;
    vertical-align: bottom;
  }
  .matrix .centre-col {
    width: 11rem;
  }
  .matrix .block-col {
    width: 4.25rem;
    padding: 0;
    text-align: center;
  }
  .matrix .sort {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.25rem;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .matrix .sort .arrow {
    margin-inline-start: 0.25rem;
    font-weight: 400;
  }
  .matrix [aria-sort] {
    box-shadow: inset 0 -4px 0 var(--poolster-color-accent, #1d4f91);
  }
  .matrix .centre-name {
    font-weight: 600;
  }
  .matrix .year {
    display: block;
    font-weight: 400;
    color: var(--poolster-color-hint, #505a5f);
  }
  .cell {
    background: var(--_stage, transparent);
    color: var(--_text, inherit);
    text-align: center;
    vertical-align: middle;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    forced-color-adjust: none;
  }
  .cell.unanswered {
    font-weight: 400;
  }
  .legend {
    margin: 0;
  }
  .legend figcaption {
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin: 0.35rem 0;
    padding: 0;
    list-style: none;
  }
  .legend .chip {
    display: inline-block;
    min-width: 2.25rem;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--poolster-color-border, #8a8a8a);
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
    }
    .bar .fill {
      border-color: CanvasText;
      stroke: CanvasText;
    }
    .bar .track {
      fill: Canvas;
    }
  }
`;
