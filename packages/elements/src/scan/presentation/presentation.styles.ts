import { css } from 'lit';

/**
 * The presentation mode: the scan covers the window (no host page around it), one block fills it, and
 * nothing in it makes the page scroll. Text is at least 20 CSS px so it reads from the back of a room;
 * what does not fit scrolls inside its own card or panel.
 */
export const presentationStyles = css`
  :host([presentation]:not([readonly])) {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    overflow: auto;
    background: var(--poolster-color-surface, #fff);
    --poolster-font-size: max(20px, 1.25rem);
    --poolster-legend-size: max(22px, 1.375rem);
    font-size: var(--poolster-font-size);
  }
  .presentation {
    /* The containing block of a team round's panel, which opens over the columns as the reading panel does. */
    position: relative;
    display: grid;
    grid-template-rows: auto auto auto minmax(0, 1fr);
    height: 100%;
    /* clip, not hidden: the heading focused after a move must not scroll this box either. */
    overflow: clip;
    padding: 0.4rem 1rem 0.75rem;
    gap: 0.25rem;
  }
  .presentation:focus {
    outline: none;
  }
  .presentation-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .presentation-title {
    min-width: 0;
    flex: 1 1 20rem;
  }
  .presentation .step-heading {
    font-size: max(28px, 1.75rem);
    margin: 0;
  }
  /* Focus lands on the heading after every move (so a screen reader says the new block); a box around
     the title on the projector would only distract the room. */
  .presentation .step-heading:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .presentation-side {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25rem;
  }
  .presentation-tools {
    display: flex;
    justify-content: flex-end;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .presentation-tools button {
    margin: 0;
    min-height: 2.5rem;
    padding: 0.2rem 0.8rem;
  }
  .presentation-side .presentation-keys {
    text-align: end;
  }
  /* Always in the grid (empty when there is nothing to say), so the cards keep the flexible row. */
  .presentation-message {
    margin: 0;
  }
  /* The draft notices as a bar above the columns: never over the stage texts, and one line when all is well. */
  .presentation-drafts .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
    padding: 0.4rem 0.75rem;
  }
  .presentation-drafts .notice p,
  .presentation-drafts .notice ul {
    margin: 0;
  }
  .presentation-drafts .notice button {
    margin: 0;
  }
  .presentation-drafts .sync-status {
    margin: 0 0 0.25rem;
  }
  .presentation-drafts .sync-status:empty {
    display: none;
  }
  .presentation-title .team-summary p {
    margin: 0;
  }
  .presentation-stage {
    position: relative;
    min-height: 0;
  }
  .reading-panel {
    position: absolute;
    inset: 0 0 0 auto;
    width: min(44rem, 100%);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.75rem 1.25rem;
    background: var(--poolster-color-surface, #fff);
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
    box-shadow: -0.5rem 0 1.5rem rgb(0 0 0 / 25%);
  }
  .reading-panel[hidden] {
    display: none;
  }
  .reading-panel-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .reading-panel-title {
    margin: 0;
    font-size: max(24px, 1.5rem);
  }
  .presentation-keys {
    margin: 0;
    color: var(--poolster-color-hint, #505a5f);
  }
  /* A short window (200 % zoom of 1080 px is 540 CSS px): tighter spacing, so the cards keep the room. */
  @media (max-height: 40rem) {
    :host([presentation]:not([readonly])) {
      --poolster-legend-size: max(20px, 1.25rem);
    }
    .presentation-bar .step-counter {
      display: none;
    }
    .presentation-tools button {
      padding: 0.25rem 0.6rem;
      min-height: 0;
    }
    /* The arrows alone; the words stay the buttons' names for screen readers. */
    .presentation-tools .long {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .presentation {
      padding: 0.25rem 0.5rem;
    }
    .presentation .step-heading {
      font-size: max(22px, 1.375rem);
    }
    .presentation-keys {
      display: none;
    }
  }
  @media (forced-colors: active) {
    :host([presentation]:not([readonly])) {
      background: Canvas;
      color: CanvasText;
    }
    .reading-panel {
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
