import { css } from 'lit';

/**
 * Styles of the network's views (common challenges, comments, who inspires whom). The heatmap's shades
 * run from white to dark blue on one hue, so "more" reads as "darker" in colour and in grey scale alike,
 * and every cell also shows its number.
 */
export const networkStyles = css`
  /* The visually hidden texts in cells are positioned: keep them inside the table's own scroll box. */
  .scroll {
    position: relative;
  }
  /* Words are never broken mid-word: a narrow screen scrolls the table in its own box instead. */
  .heatmap th,
  .pairs th,
  .pairs td {
    overflow-wrap: normal;
    hyphens: auto;
  }
  .heatmap thead th.option {
    min-width: 9rem;
  }
  .pairs td {
    min-width: 8rem;
  }
  .pairs td:last-child {
    min-width: 16rem;
  }
  .heatmap td.heat {
    padding: 0;
    text-align: center;
    min-width: 4.5rem;
    font-variant-numeric: tabular-nums;
    forced-color-adjust: none;
  }
  .heat-0 {
    background: var(--poolster-heat-0, #ffffff);
    color: var(--poolster-color-hint, #505a5f);
  }
  .heat-1 {
    background: var(--poolster-heat-1, #deebf7);
    color: #1b1b1b;
  }
  .heat-2 {
    background: var(--poolster-heat-2, #9ecae1);
    color: #1b1b1b;
  }
  .heat-3 {
    background: var(--poolster-heat-3, #4292c6);
    color: #000000;
  }
  .heat-4 {
    background: var(--poolster-heat-4, #2166ac);
    color: #ffffff;
  }
  .heat-5 {
    background: var(--poolster-heat-5, #08306b);
    color: #ffffff;
  }
  .heatmap .zero {
    display: block;
    padding: 0.6rem 0.5rem;
  }
  .heatmap .cell-button,
  .heatmap .block-button {
    width: 100%;
    min-height: 2.75rem;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .heatmap .block-button {
    text-align: start;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    color: var(--poolster-color-accent, #1d4f91);
    overflow-wrap: normal;
    hyphens: auto;
  }
  .heatmap th[scope='row'] {
    padding: 0;
  }
  .heatmap [aria-expanded='true'] {
    outline: 3px solid currentColor;
    outline-offset: -5px;
  }
  .heatmap .exclusive {
    font-style: italic;
  }
  .challenge-detail {
    border-left: 5px solid var(--poolster-color-accent, #1d4f91);
    padding: 0.5rem 0.75rem;
    background: var(--poolster-color-muted, #f3f2f1);
  }
  .challenge-detail h4,
  .comment-group h4,
  .inspirers h4 {
    margin: 0.25rem 0;
    font-size: 1rem;
  }
  .challenge-detail .list-title {
    font-weight: 600;
    margin-top: 0.5rem;
  }
  .challenge-detail ul,
  .challenge-detail ol,
  .comments,
  .candidates,
  .inspirers ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .comment {
    margin-bottom: 0.5rem;
  }
  .comment .who {
    font-weight: 600;
  }
  .comment .kind {
    color: var(--poolster-color-hint, #505a5f);
  }
  .comment .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .inspire-block {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .inspire-grid {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(12rem, 1fr);
    gap: 1rem;
    align-items: start;
  }
  @media (max-width: 48rem) {
    .inspire-grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .candidate.reaches .mark {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .heatmap td.heat {
      forced-color-adjust: auto;
    }
  }
`;
