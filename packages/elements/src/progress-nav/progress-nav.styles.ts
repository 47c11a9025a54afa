import { css } from 'lit';

/**
 * Styles of `<poolster-progress-nav>`. The state icons are shapes in the text's colour (a border and
 * gradients of currentColor, no images), so they survive grey-scale projectors and, the steps being left
 * as drawn, forced-colours mode: an empty ring (not started), a half-filled ring (incomplete) and a ring
 * with a tick (complete).
 */
export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }

  /* The counter and the list together stay within --poolster-nav-max-height: a navigation as high as
     the screen (sticky beside the scan) must not hide its last steps below the screen's edge. */
  nav {
    min-width: 0;
    display: flex;
    flex-direction: column;
    max-height: var(--poolster-nav-max-height, none);
  }

  .counter {
    flex: none;
    margin: 0 0 0.5rem;
    font-weight: 600;
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* The outer list scrolls vertically after --poolster-nav-max-height; it never scrolls sideways
     (everything inside wraps). The padding keeps focus rings from being clipped by the scroll box. */
  .list {
    max-height: var(--poolster-nav-max-height, none);
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.375rem;
    min-height: 0;
  }

  li {
    margin: 0;
    min-width: 0;
  }

  .group + li,
  li + .group {
    margin-top: 0.5rem;
  }

  .group-label {
    display: block;
    font-weight: 700;
    margin: 0 0 0.125rem;
    padding-inline-start: 0.5rem;
    overflow-wrap: anywhere;
  }

  .group > ol {
    padding-inline-start: 0.75rem;
  }

  .step {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    width: 100%;
    min-height: 2.75rem;
    margin: 0.125rem 0;
    padding: 0.5rem 0.5rem 0.5rem 0.375rem;
    border: 0;
    border-inline-start: 0.25rem solid transparent;
    border-radius: 0;
    background: transparent;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }

  .step:hover:not(:disabled) {
    background: var(--poolster-color-hover, #f3f2f1);
  }

  .step:hover:not(:disabled) .label {
    text-decoration: underline;
  }

  .step[aria-current='step'] {
    border-inline-start-color: var(--poolster-color-primary, #1d70b8);
    background: var(--poolster-color-current, #e8f1f8);
    font-weight: 700;
  }

  .step:disabled {
    cursor: not-allowed;
    color: var(--poolster-color-disabled, #6f777b);
  }

  .text {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
    min-width: 0;
  }

  .label {
    overflow-wrap: anywhere;
  }

  /* The ", " between the label and the state in the button's name ("Visie, volledig"), not shown. Text
     without size rather than the usual visually hidden box: that box is positioned, and the browser
     paints every positioned box as a layer of its own, one per step on every frame. */
  .separator {
    font-size: 0;
  }

  .state {
    display: grid;
    font-weight: 400;
    font-size: 0.875em;
    line-height: 1.7;
    color: var(--poolster-color-hint, #505a5f);
  }

  /* The three state words share one cell (as wide as the widest); visibility, unlike the text or
     display, changes without laying anything out again. Hidden words are not read out either. */
  .state-word {
    grid-area: 1 / 1;
    visibility: hidden;
  }

  .state[data-state='not-started'] > [data-word='not-started'],
  .state[data-state='incomplete'] > [data-word='incomplete'],
  .state[data-state='complete'] > [data-word='complete'] {
    visibility: visible;
  }

  .step:disabled .state {
    color: inherit;
  }

  /* State icons, drawn in the text's colour: an empty ring (not started), a ring with its left half
     filled (incomplete), a ring with a tick (complete); the shape tells the state, the colour only
     repeats it. The ring is a border, the half and the tick are gradients inside it: a state that
     changes only repaints its icon. Positioned or turned pseudo-elements would each be a layer of
     their own, which the browser paints on every frame, two per step. */
  .icon {
    flex: none;
    box-sizing: border-box;
    width: 1.125em;
    height: 1.125em;
    margin-top: 0.1875em;
    border: 0.125em solid currentColor;
    border-radius: 50%;
    background-repeat: no-repeat;
  }

  .icon-none {
    visibility: hidden;
  }

  .icon-not-started {
    color: var(--poolster-color-hint, #505a5f);
  }

  .icon-incomplete {
    color: var(--poolster-color-warning, #8a4b00);
    background-image: linear-gradient(to right, currentColor 50%, transparent 50%);
  }

  /* A tick of two strokes, each the diagonal of its own small box. */
  .icon-complete {
    color: var(--poolster-color-success, #00703c);
    background-image: linear-gradient(to top right, transparent calc(50% - 0.07em), currentColor 0 calc(50% + 0.07em), transparent 0),
      linear-gradient(to bottom right, transparent calc(50% - 0.07em), currentColor 0 calc(50% + 0.07em), transparent 0);
    background-size: 0.25em 0.25em, 0.45em 0.45em;
    background-position: 0.11em 0.39em, 0.31em 0.2em;
  }

  .step:disabled .icon {
    color: inherit;
  }

  @media (forced-colors: active) {
    /* System colours only, chosen here so the current step keeps its own marker and the icons
       keep the button's text colour. */
    .step {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-inline-start-color: ButtonFace;
    }
    .step:hover:not(:disabled) {
      background: ButtonFace;
    }
    .step[aria-current='step'] {
      background: ButtonFace;
      border-inline-start-color: Highlight;
    }
    .step .icon,
    .step .state {
      color: ButtonText;
    }
    .step:disabled,
    .step:disabled .icon,
    .step:disabled .state {
      color: GrayText;
    }
    .step:focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
