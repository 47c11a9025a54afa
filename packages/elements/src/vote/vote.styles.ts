import { css } from 'lit';

/** Phone first: one column, large touch targets, nothing wider than the screen (320 px and up). */
export const styles = css`
  :host {
    display: block;
    max-width: var(--poolster-max-width, 48rem);
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: var(--poolster-heading-size, 1.4rem);
    line-height: 1.25;
    margin: 0.25rem 0 0.75rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--poolster-color-focus, #ffbf47);
  }
  .number {
    display: block;
    font-size: 1rem;
    font-weight: 600;
    color: var(--poolster-color-hint, #505a5f);
  }
  .position,
  .quiet {
    margin: 0;
    color: var(--poolster-color-hint, #505a5f);
  }
  label {
    display: block;
    font-weight: 600;
    font-size: var(--poolster-legend-size, 1.125rem);
  }
  .join-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  input {
    /* 1rem or more: phones zoom into smaller fields. */
    font: inherit;
    font-size: max(1rem, 16px);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    letter-spacing: 0.15em;
    text-transform: uppercase;
    flex: 1 1 10rem;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: 0.25rem;
    background: var(--poolster-color-field, #fff);
    color: inherit;
  }
  input.invalid {
    border-color: var(--poolster-color-error, #b3261e);
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: 0.25rem;
    cursor: pointer;
  }
  button[hidden] {
    display: none;
  }
  button:disabled {
    cursor: default;
    opacity: 0.7;
  }
  .primary {
    border: 2px solid var(--poolster-color-accent, #1d4f91);
    background: var(--poolster-color-accent, #1d4f91);
    color: var(--poolster-color-on-accent, #fff);
  }
  .secondary {
    border: 2px solid var(--poolster-color-accent, #1d4f91);
    background: transparent;
    color: var(--poolster-color-accent, #1d4f91);
  }
  .block > * + * {
    margin-top: 1rem;
  }
  .notice {
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
    border-left: 5px solid var(--poolster-color-warning, #b35c00);
    background: var(--poolster-color-notice, #fff7e6);
  }
  /* The status and the way on stay in sight at the bottom of the screen: on a phone a block's stage
     descriptions are several screens long, and "sent" must be seen right after a choice at the top. */
  .bar {
    position: sticky;
    bottom: 0;
    margin-top: 1rem;
    padding: 0.25rem 0 0.5rem;
    border-top: 1px solid var(--poolster-color-border, #8a8a8a);
    background: var(--poolster-color-surface, #fff);
  }
  .status {
    font-weight: 600;
    margin: 0 0 0.5rem;
    padding-top: 0.25rem;
  }
  .status.sent {
    color: var(--poolster-color-success, #1e6b34);
  }
  .status.refused {
    color: var(--poolster-color-error, #b3261e);
  }
  .moves {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .moves .primary {
    margin-left: auto;
  }
  /* On a phone the buttons are full rows: easy to hit with a thumb, and never wider than the screen. */
  @media (max-width: 30rem) {
    .join-row button {
      flex: 1 1 100%;
    }
    /* Side by side on a phone, so the bar stays low: each takes half the width. */
    .moves button {
      flex: 1 1 0;
      min-width: 0;
      padding-inline: 0.5rem;
    }
  }
  .problem {
    color: var(--poolster-color-error, #b3261e);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .primary,
    .secondary {
      border: 2px solid ButtonText;
    }
  }
`;
