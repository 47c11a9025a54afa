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
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem 0.75rem 0.75rem 2.75rem;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
    background: var(--poolster-color-surface, #fff);
    cursor: pointer;
  }
  .card:hover {
    border-color: var(--poolster-color-accent, #1d4f91);
  }
  .card.checked {
    border-color: var(--poolster-color-accent, #1d4f91);
    border-width: 4px;
    padding: calc(0.75rem - 2px) calc(0.75rem - 2px) calc(0.75rem - 2px) calc(2.75rem - 2px);
    background: var(--poolster-color-selected, #eef3fa);
  }
  input {
    position: absolute;
    left: 0.75rem;
    top: 0.9rem;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--poolster-color-accent, #1d4f91);
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
  @media (forced-colors: active) {
    .card.checked {
      border-color: Highlight;
    }
  }
`;
