import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--poolster-color-background, transparent);
    /* Inherited by every part, through the shadow roots: a word longer than its column (a pasted
       address, a title without spaces) breaks instead of widening the page. */
    overflow-wrap: anywhere;
  }
  .scan-title {
    margin: 0 0 0.5rem;
    font-weight: 600;
    color: var(--poolster-color-hint, #505a5f);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
  }
  @container (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
    }
    /* Clipped to its box (nothing in it reaches out): the browser then repaints it when it changes, not on
       every scroll of the page, which moves the part of it worth painting (issue 18). */
    .nav {
      position: sticky;
      top: 0;
      align-self: start;
      overflow: clip;
      --poolster-nav-max-height: 100vh;
    }
  }
  .content {
    max-width: var(--poolster-max-width, 48rem);
    min-width: 0;
  }
  /* The first block drawn ahead on the intro (scan-view.ts): laid out at the step's width, so that showing it
     costs little, but neither seen, nor read out, nor reached by the keyboard or the pointer. Its inner box is
     out of the flow, so the outer one is empty to the intro's margins and moves nothing there. */
  .ahead {
    position: relative;
  }
  .ahead > div {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .step-heading {
    font-size: var(--poolster-heading-size, 1.6rem);
    line-height: 1.25;
    margin: 0.25rem 0 1rem;
    overflow-wrap: anywhere;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: 3px solid var(--poolster-color-focus, #ffbf47);
  }
  .step-counter,
  .cluster {
    margin: 0;
    color: var(--poolster-color-hint, #505a5f);
  }
  h3 {
    font-size: 1.25rem;
    margin: 1.5rem 0 0.5rem;
  }
  h4 {
    font-size: 1.05rem;
    margin: 1rem 0 0.25rem;
  }
  .lead {
    font-size: 1.125rem;
  }
  .reading {
    border: 1px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
    margin: 0 0 0.5rem;
    background: var(--poolster-color-surface, #fff);
  }
  .reading > summary {
    cursor: pointer;
    padding: 0.6rem 0.75rem;
    font-weight: 600;
    color: var(--poolster-color-accent, #1d4f91);
  }
  .reading-body {
    padding: 0 0.75rem 0.5rem;
  }
  .reading-material {
    margin: 1rem 0 1.5rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  .source,
  .footnote-mark {
    color: var(--poolster-color-hint, #505a5f);
  }
  .placement-note {
    color: var(--poolster-color-hint, #505a5f);
    font-style: italic;
  }
  /* Each question, the reading material and the tools are painted on their own (a stacking context, which
     clips nothing): checking one option then repaints its question, not the whole block (issue 18: answering
     cost a third less paint, style and layout). */
  .question,
  .reading-material,
  .tools {
    isolation: isolate;
  }
  .question {
    margin: 1.75rem 0;
  }
  .text-field {
    margin-top: 0.75rem;
  }
  .text-field label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .text-field input,
  .text-field textarea {
    width: 100%;
    max-width: 40rem;
    padding: 0.5rem;
    font: inherit;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
    background: var(--poolster-color-surface, #fff);
    color: inherit;
  }
  .actions,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin: 1.5rem 0;
  }
  .tools {
    border-top: 1px solid var(--poolster-color-border, #8a8a8a);
    padding-top: 1rem;
    font-size: 0.95rem;
  }
  .saved {
    margin: 0;
    flex-basis: 100%;
    color: var(--poolster-color-hint, #505a5f);
  }
  .file-button:focus-within {
    outline: 3px solid var(--poolster-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  button.primary {
    background: var(--poolster-color-accent, #1d4f91);
    color: var(--poolster-color-on-accent, #fff);
    font-weight: 600;
  }
  button.danger {
    border-color: var(--poolster-color-error, #b3261e);
    color: var(--poolster-color-error, #b3261e);
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  button.link {
    min-height: auto;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  .notice {
    padding: 0.75rem 1rem;
    border-left: 5px solid var(--poolster-color-accent, #1d4f91);
    background: var(--poolster-color-selected, #eef3fa);
    margin: 0 0 1rem;
  }
  .notice button {
    margin: 0.25rem 0.5rem 0 0;
  }
  .notice.continue-at:focus-visible,
  .notice.sync-conflict:focus-visible {
    outline: 3px solid var(--poolster-color-focus, #1d4f91);
    outline-offset: 2px;
  }
  .sync-status {
    margin: 0.5rem 0 0;
    font-size: 0.9em;
  }
  .notice.warning,
  .notice.problem {
    border-left-color: var(--poolster-color-error, #b3261e);
    background: var(--poolster-color-warning-surface, #fff7e6);
  }
  .warning {
    margin: 1rem 0;
  }
  .continuum {
    padding-left: 1.25rem;
  }
  .confirm-restart {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .confirm-restart p {
    flex-basis: 100%;
    margin: 0;
  }
  .error-panel {
    border: 4px solid var(--poolster-color-error, #b3261e);
    padding: 1rem;
  }
  .error-panel code {
    overflow-wrap: anywhere;
  }
  @media print {
    .nav,
    .actions,
    .tools {
      display: none;
    }
    .layout {
      display: block;
    }
    details.reading > .reading-body {
      display: block;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    .notice {
      border-left-color: CanvasText;
    }
  }
`;
