import { css } from 'lit';

/**
 * Styles of `<poolster-progress-nav>`. The state icons are drawn with borders only (no images, no
 * background colours), so their shapes survive grey-scale projectors and forced-colours mode:
 * an empty ring (not started), a half-filled ring (incomplete) and a ring with a tick (complete).
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

  .state {
    font-weight: 400;
    font-size: 0.875em;
    line-height: 1.7;
    color: var(--poolster-color-hint, #505a5f);
  }

  .step:disabled .state {
    color: inherit;
  }

  /* State icons: a 1.125em ring; the shape tells the state, the colour only repeats it. */
  .icon {
    position: relative;
    flex: none;
    width: 1.125em;
    height: 1.125em;
    margin-top: 0.1875em;
    border-radius: 50%;
    overflow: hidden;
  }

  .icon-none {
    visibility: hidden;
  }

  .icon-not-started,
  .icon-incomplete,
  .icon-complete {
    border: 0.125em solid currentColor;
  }

  .icon-not-started {
    color: var(--poolster-color-hint, #505a5f);
  }

  .icon-incomplete {
    color: var(--poolster-color-warning, #8a4b00);
  }

  /* The left half of the ring filled: a border as wide as half the inner box. */
  .icon-incomplete::after {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: 0;
    width: 0;
    box-sizing: content-box;
    border-left: 0.4375em solid currentColor;
  }

  .icon-complete {
    color: var(--poolster-color-success, #00703c);
  }

  /* A tick: the right and bottom borders of a small box, turned 45 degrees. */
  .icon-complete::after {
    content: '';
    position: absolute;
    left: 0.29em;
    top: 0.09em;
    width: 0.3em;
    height: 0.55em;
    box-sizing: border-box;
    border: solid currentColor;
    border-width: 0 0.14em 0.14em 0;
    transform: rotate(45deg);
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
