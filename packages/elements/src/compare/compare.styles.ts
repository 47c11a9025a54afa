import { css, unsafeCSS } from 'lit';

/**
 * The default stage palette (viridis): light to dark, so the order survives grey scale and the common
 * colour-vision deficiencies. Stages are spread over it; `--poolster-stage-color-N` overrides stage N.
 * Tones 1–4 are light and get a dark pattern, 5–8 are dark and get a light one.
 */
const PALETTE = ['#fde725', '#a0da39', '#4ac16d', '#1fa187', '#277f8e', '#365c8d', '#46327e', '#440154'];

/** A pattern per stage, so stages differ by more than colour (also where colours are overridden). */
const PATTERNS = [
  'none',
  'repeating-linear-gradient(45deg, var(--_ink) 0 1.5px, transparent 1.5px 5px)',
  'repeating-linear-gradient(45deg, var(--_ink) 0 1.5px, transparent 1.5px 5px), repeating-linear-gradient(-45deg, var(--_ink) 0 1.5px, transparent 1.5px 5px)',
  'radial-gradient(circle, var(--_ink) 1.3px, transparent 1.7px) 0 0 / 5px 5px',
  'repeating-linear-gradient(0deg, var(--_ink) 0 1.5px, transparent 1.5px 4.5px)',
  'repeating-linear-gradient(90deg, var(--_ink) 0 1.5px, transparent 1.5px 4.5px)',
  'repeating-linear-gradient(-45deg, var(--_ink) 0 1.5px, transparent 1.5px 5px)',
  'repeating-linear-gradient(0deg, var(--_ink) 0 1.5px, transparent 1.5px 5px), repeating-linear-gradient(90deg, var(--_ink) 0 1.5px, transparent 1.5px 5px)',
];

const MAX_STAGES = 12;

const toneRules = PALETTE.map(
  (colour, i) =>
    `.tone-${i + 1} { --_tone: ${colour}; --_ink: ${i < 4 ? 'var(--poolster-stage-pattern, rgba(0, 0, 0, 0.55))' : 'var(--poolster-stage-pattern-dark, rgba(255, 255, 255, 0.8))'}; }`,
).join('\n');

const stageRules = Array.from(
  { length: MAX_STAGES },
  (_, i) => `.stage-${i + 1} { --_stage: var(--poolster-stage-color-${i + 1}, var(--_tone)); --_pattern: ${PATTERNS[i % PATTERNS.length]}; }`,
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
  select {
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
    overflow-wrap: anywhere;
  }
  thead th,
  .group th {
    background: var(--poolster-color-muted, #f3f2f1);
  }
  th[scope='row'] {
    font-weight: 600;
    min-width: 9rem;
  }
  .centre {
    min-width: 7rem;
  }
  .centre .date {
    display: block;
    font-weight: 400;
    color: var(--poolster-color-hint, #505a5f);
  }
  .cell {
    min-width: 7rem;
  }
  .swatch {
    display: inline-block;
    width: 1.1rem;
    height: 1.1rem;
    margin-inline-end: 0.35rem;
    vertical-align: -0.2rem;
    border: 1px solid var(--poolster-color-text, #1b1b1b);
    background: var(--_pattern), var(--_stage);
    forced-color-adjust: none;
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
  .matches,
  .matches ol,
  .refused ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .matches > li {
    margin-bottom: 0.75rem;
  }
  .centre-name {
    font-weight: 600;
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
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
    }
    .swatch,
    .bar .fill {
      border-color: CanvasText;
      stroke: CanvasText;
    }
    .bar .track {
      fill: Canvas;
    }
  }
`;
