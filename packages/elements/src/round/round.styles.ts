import { css } from 'lit';

/**
 * The round's panel. In the scan it is a bordered box among the block's questions; in the presentation
 * it is one line in the bar above the stage columns (`.strip`), with a panel over the columns for what
 * needs room, so the stage descriptions keep theirs.
 */
export const styles = css`
  :host {
    display: block;
  }
  .round {
    margin: 0 0 1.5rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
    background: var(--poolster-color-surface, #fff);
  }
  .round-heading {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  .round-heading:focus,
  .problem:focus,
  .join:focus,
  .counts:focus,
  .record-message:focus,
  .distribution-heading:focus,
  #close-confirm:focus {
    outline: none;
  }
  .round-heading:focus-visible,
  .problem:focus-visible,
  .join:focus-visible,
  .counts:focus-visible,
  .record-message:focus-visible,
  .distribution-heading:focus-visible,
  #close-confirm:focus-visible {
    outline: 3px solid var(--poolster-color-focus, #ffbf47);
  }
  p {
    margin: 0 0 0.5rem;
  }
  button {
    margin: 0.25rem 0.5rem 0.25rem 0;
  }
  button.primary {
    background: var(--poolster-color-accent, #1d4f91);
    color: var(--poolster-color-on-accent, #fff);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.25rem;
    min-height: 2.75rem;
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--poolster-color-accent, #1d4f91);
  }
  .join {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    margin: 0 0 0.5rem;
  }
  .join-text {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .join-label {
    margin: 0;
    font-weight: 600;
  }
  .code {
    margin: 0;
    font-size: clamp(2.5rem, 8vw, 5rem);
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: 0.12em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .join-link a {
    color: var(--poolster-color-accent, #1d4f91);
    overflow-wrap: anywhere;
  }
  .join-qr {
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  .qr {
    display: block;
    width: 9rem;
    height: 9rem;
  }
  /* Dark modules on a light ground in every colour scheme: readers expect it, forced colours included. */
  .qr {
    forced-color-adjust: none;
  }
  .qr-off {
    fill: #fff;
  }
  .qr-on {
    fill: #000;
  }
  .counts {
    font-weight: 600;
  }
  .blocks {
    margin: 0 0 0.5rem;
  }
  .blocks ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .distribution-heading {
    margin: 0.5rem 0 0.25rem;
    font-size: 1.1rem;
  }
  .distribution {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(6rem, max-content) minmax(4rem, 1fr) auto;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .distribution li {
    display: contents;
  }
  .bar {
    width: 100%;
    height: 1.25rem;
  }
  .bar-track {
    fill: var(--poolster-color-selected, #eef3fa);
  }
  .bar-fill {
    fill: var(--poolster-color-accent, #1d4f91);
  }
  .count {
    font-weight: 700;
    min-width: 2ch;
    text-align: end;
  }
  .note {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0.5rem 0;
  }
  .note label {
    font-weight: 600;
  }
  .hint {
    color: var(--poolster-color-hint, #505a5f);
    margin: 0;
  }
  textarea {
    font: inherit;
    width: 100%;
    padding: 0.4rem;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
  }
  .record-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
  }
  .record-message {
    margin: 0;
    font-weight: 600;
  }
  .problem {
    color: var(--poolster-color-error, #b3261e);
    font-weight: 600;
  }
  .offline {
    padding: 0.4rem 0.75rem;
    border-left: 5px solid var(--poolster-color-error, #b3261e);
    font-weight: 600;
  }
  .warning {
    font-weight: 600;
  }
  .close-row {
    margin-top: 0.5rem;
  }
  .join-dialog {
    width: min(60rem, 95vw);
    max-height: 95vh;
    text-align: center;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
  }
  .join-dialog::backdrop {
    background: rgb(0 0 0 / 60%);
  }
  .join-dialog .code {
    font-size: clamp(3rem, 12vw, 9rem);
  }
  .join-dialog .qr {
    width: min(60vh, 80vw);
    height: min(60vh, 80vw);
    margin: 0.5rem auto;
  }
  /* The presentation: one line in the bar above the columns (where the keys line was), and a panel over
     the columns for what needs room, as the reading material has. */
  .strip {
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
  }
  .strip-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .strip-row p {
    margin: 0;
  }
  .strip-row button {
    margin: 0;
    min-height: 2.5rem;
    padding: 0.2rem 0.8rem;
  }
  .strip-code {
    font-size: 1.5em;
    line-height: 1;
    letter-spacing: 0.1em;
    margin-left: 0.25rem;
  }
  .strip .offline,
  .strip .problem,
  .strip .notice {
    margin: 0 0 0.25rem;
    text-align: end;
  }
  .panel {
    position: absolute;
    right: 1rem;
    bottom: 1rem;
    z-index: 1;
    width: min(40rem, calc(100% - 2rem));
    max-height: calc(100% - 9rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.75rem 1.25rem;
    text-align: start;
    background: var(--poolster-color-surface, #fff);
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
    box-shadow: -0.5rem 0 1.5rem rgb(0 0 0 / 25%);
  }
  .panel[hidden] {
    display: none;
  }
  .panel:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    .round,
    .panel,
    textarea,
    .join-dialog {
      border-color: CanvasText;
    }
    .bar-fill {
      fill: CanvasText;
    }
    .bar-track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 0.5;
    }
    button.primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
  }
`;
