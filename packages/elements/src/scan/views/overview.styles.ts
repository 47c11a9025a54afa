import { css } from 'lit';

/**
 * The scan's last steps (with their views in end-views.ts, added to the scan's styles when they arrive): the
 * check of all answers and the confirmation.
 *
 * The answers as compact cards: two or more side by side where the column is wide enough, one above the
 * other on a phone. Label and answer share a line, so a card is as tall as its answers.
 */
export const overviewStyles = css`
  /* The check of all answers may use the width beside the navigation: cards are short lines already. */
  .content.overview {
    max-width: var(--poolster-overview-max-width, 80rem);
  }
  .overview-cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem;
    margin: 0 0 0.75rem;
  }
  .overview-card {
    border: 1px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 4px);
    background: var(--poolster-color-surface, transparent);
    padding: 0.5rem 0.75rem;
    min-width: 0;
  }
  .overview-card.wide {
    grid-column: 1 / -1;
  }
  .overview-card h4 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
    line-height: 1.3;
  }
  .overview-cluster h3 {
    margin: 0.75rem 0 0.4rem;
    font-size: 1.15rem;
  }
  /* Not "summary" nor "missing": those name the error summary and the list of what is missing, on the same step. */
  .answers {
    margin: 0;
  }
  /* Label, answer and "change" run on one line ("Huidig stadium: Planmatig Wijzig"), so a row is as tall as its answer. */
  .summary-row {
    padding: 0.2rem 0;
    border-top: 1px solid var(--poolster-color-divider, #d0d0d0);
    line-height: 1.35;
  }
  .summary-row dt {
    display: inline;
    font-size: 0.85em;
    color: var(--poolster-color-hint, #505a5f);
  }
  .summary-row dt::after {
    content: ': ';
  }
  .summary-row .answer {
    display: inline;
    margin: 0;
  }
  .summary-row .answer.unanswered {
    font-style: italic;
  }
  .summary-row .change {
    display: inline;
    margin: 0 0 0 0.5rem;
    white-space: nowrap;
  }
  /* A ranking's lines carry their numbers already ("1. Preventie"). */
  .summary-row ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .summary-row ol,
  .comment {
    display: block;
  }
  .comment {
    margin: 0.15rem 0 0;
    font-size: 0.9em;
    color: var(--poolster-color-hint, #505a5f);
  }
  /* The send step's list of what is still missing (views/missing-panel.ts). */
  .missing {
    padding: 0.75rem 1rem;
    border-left: 5px solid var(--poolster-color-error, #b3261e);
    background: var(--poolster-color-warning-surface, #fff7e6);
    margin: 0 0 1rem;
  }
  .missing h3 {
    margin: 0 0 0.25rem;
    font-size: 1.1rem;
  }
  .missing p {
    margin: 0 0 0.5rem;
  }
  .missing ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .missing a {
    color: var(--poolster-color-accent, #1d4f91);
    font-weight: 600;
  }
  .missing a:focus-visible {
    outline: 3px solid var(--poolster-color-focus, #ffbf47);
    outline-offset: 1px;
  }
  /* The confirmation's panel (GOV.UK): the one place the scan says "done" loudly. */
  .confirmation-panel {
    margin: 0 0 1.5rem;
    padding: 1.5rem;
    border-radius: var(--poolster-radius, 6px);
    background: var(--poolster-color-success, #00703c);
    color: var(--poolster-color-on-success, #fff);
    text-align: center;
  }
  .confirmation-panel .step-heading {
    margin: 0 0 0.75rem;
    color: inherit;
  }
  .confirmation-panel .reference {
    margin: 0;
  }
  .confirmation-panel .reference strong {
    display: block;
    margin-top: 0.25rem;
    font-size: 1.5rem;
    letter-spacing: 0.05em;
  }
  .report-links {
    padding-left: 1.25rem;
  }
`;
