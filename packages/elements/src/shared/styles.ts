import { css } from 'lit';

/**
 * Styles every element shares. Colours and spacing come from `--poolster-*` custom properties with
 * neutral defaults; forced-colours mode keeps system colours, reduced motion removes transitions.
 */
export const baseStyles = css`
  :host {
    font-family: var(--poolster-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--poolster-font-size, 1rem);
    line-height: 1.5;
    color: var(--poolster-color-text, #1b1b1b);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  :focus-visible {
    outline: 3px solid var(--poolster-color-focus, #ffbf47);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--poolster-color-focus-ring, #1b1b1b);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    font-size: var(--poolster-legend-size, 1.125rem);
    margin-bottom: 0.5rem;
    max-width: 100%;
    white-space: normal;
  }
  .hint {
    color: var(--poolster-color-hint, #505a5f);
    margin: 0 0 0.75rem;
  }
  .error-message {
    color: var(--poolster-color-error, #b3261e);
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .has-error {
    border-left: 5px solid var(--poolster-color-error, #b3261e);
    padding-left: 0.75rem;
  }
  button {
    font: inherit;
  }
  p,
  li {
    overflow-wrap: anywhere;
  }
  /* The counter under a text field with a limit (see char-count.ts). */
  .char-count {
    margin: 0.25rem 0 0;
    color: var(--poolster-color-hint, #505a5f);
  }
  .char-count.over {
    color: var(--poolster-color-error, #b3261e);
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .has-error {
      border-left-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * The buttons of the scan, the report and the comparison: large targets, the accent colour, themeable.
 * `.file-button` is a label around a file input that looks like the other buttons.
 */
export const buttonStyles = css`
  button,
  .file-button {
    display: inline-block;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--poolster-color-accent, #1d4f91);
    border-radius: var(--poolster-radius, 6px);
    background: var(--poolster-color-surface, #fff);
    color: var(--poolster-color-accent, #1d4f91);
    font: inherit;
    cursor: pointer;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  /* The hidden input still lays out its words ("Choose file"): in the controls' default font, one more
     font to look up on the first draw. */
  .file-button input {
    font: inherit;
  }
`;
