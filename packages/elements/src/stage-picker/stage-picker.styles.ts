import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--poolster-stage-card-min, 16rem)), 1fr));
    gap: var(--poolster-space, 0.75rem);
  }
  /* The radio floats in the left padding with an empty margin box, so no text moves for it: a positioned
     radio and card would each be a paint layer of its own (issue 18). */
  .card {
    display: flow-root;
    padding: 0.75rem 0.75rem 0.75rem 2.75rem;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
    background: var(--poolster-color-surface, #fff);
    cursor: pointer;
  }
  .card:hover {
    border-color: var(--poolster-color-accent, #1d4f91);
  }
  /* The chosen card's ring is 4px: its 2px border and a 2px inset shadow inside it. A thicker border would
     change the card's box, so choosing a stage would lay out the page again; colour and shadow only repaint
     the card (issue 18), and the radio stays where it was. */
  .card.checked {
    border-color: var(--poolster-color-accent, #1d4f91);
    box-shadow: inset 0 0 0 2px var(--poolster-color-accent, #1d4f91);
    background: var(--poolster-color-selected, #eef3fa);
  }
  input {
    float: left;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0.75rem 0 -2rem;
    accent-color: var(--poolster-color-accent, #1d4f91);
  }
  .title,
  .chosen,
  .desc {
    display: block;
  }
  .chosen,
  .desc {
    margin-top: 0.5rem;
  }
  .title {
    font-weight: 700;
  }
  .gloss {
    font-weight: 400;
    color: var(--poolster-color-hint, #505a5f);
  }
  .chosen {
    font-weight: 700;
    color: var(--poolster-color-accent, #1d4f91);
  }
  .para {
    display: block;
  }
  :host([readonly]) .card {
    cursor: default;
  }
  /* Columns (presentation on a shared screen): one column per stage across the whole width, as tall as
     the element; the description scrolls inside its card when it does not fit, so the page never does. */
  :host([columns]) {
    height: 100%;
  }
  :host([columns]) fieldset {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  :host([columns]) .cards {
    flex: 1 1 auto;
    min-height: 0;
    grid-template-columns: none;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr);
  }
  /* The radio beside the title (not in a margin of its own), so the description gets the card's width. */
  :host([columns]) .card {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: auto auto minmax(0, 1fr);
    gap: 0 0.5rem;
    min-height: 0;
    overflow: hidden;
    line-height: 1.35;
    padding: 0.75rem;
  }
  :host([columns]) input {
    margin: 0.2em 0 0;
  }
  :host([columns]) .title {
    grid-column: 2;
    grid-row: 1;
  }
  :host([columns]) .chosen {
    grid-column: 1 / -1;
    grid-row: 2;
    margin-top: 0;
  }
  :host([columns]) .desc {
    grid-column: 1 / -1;
    grid-row: 3;
    margin-top: 0.25rem;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  :host([columns]) .para + .para {
    margin-top: 0.35em;
  }
  /* A narrow window, or 200 % zoom of a projector's 1920 px (960 CSS px): two columns per row. */
  @media (max-width: 70rem) {
    :host([columns]) .cards {
      grid-auto-flow: row;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      grid-template-rows: none;
      grid-auto-rows: minmax(0, 1fr);
    }
  }
  /* Forced colours draw no shadows: there the ring is the border itself, 4px wide. */
  @media (forced-colors: active) {
    .card.checked {
      border-color: Highlight;
      border-width: 4px;
      padding: calc(0.75rem - 2px) calc(0.75rem - 2px) calc(0.75rem - 2px) calc(2.75rem - 2px);
    }
    :host([columns]) .card.checked {
      padding: calc(0.75rem - 2px);
    }
  }
`;
