import { css } from 'lit';

/**
 * The round's panel. In the scan it is a bordered box among the block's questions; in the presentation
 * (the host gets `data-presenting`) it is a compact band above the stage columns, never taller than a
 * third of the screen (it scrolls inside), so the stage descriptions keep their room.
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
  .join:focus,
  .counts:focus,
  .record-message:focus,
  .distribution-heading:focus,
  #close-confirm:focus {
    outline: none;
  }
  .round-heading:focus-visible,
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
  /* The presentation: a compact band above the stage columns, scrolling inside when it has more to say. */
  :host([data-presenting]) .round {
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.75rem;
    max-height: 33vh;
    overflow-y: auto;
  }
  :host([data-presenting]) .round-heading {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host([data-presenting]) .join {
    margin: 0;
    flex-wrap: nowrap;
  }
  :host([data-presenting]) .join-text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1rem;
  }
  :host([data-presenting]) .code {
    font-size: 2.5rem;
  }
  :host([data-presenting]) .join-qr {
    flex-direction: row;
    gap: 0.5rem;
  }
  :host([data-presenting]) .qr {
    width: 5rem;
    height: 5rem;
  }
  :host([data-presenting]) .blocks,
  :host([data-presenting]) .start .intro {
    display: none;
  }
  :host([data-presenting]) .current,
  :host([data-presenting]) .counts,
  :host([data-presenting]) .close-row {
    display: inline-block;
    vertical-align: middle;
    margin: 0 1rem 0 0;
  }
  :host([data-presenting]) .current:has(.distribution) {
    display: block;
  }
  @media (forced-colors: active) {
    .round,
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
