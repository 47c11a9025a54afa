import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .list {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--poolster-color-border, #b1b4b6);
    border-radius: var(--poolster-radius, 4px);
    background: var(--poolster-color-surface, #ffffff);
  }
  .slot {
    flex: none;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--poolster-color-button-border, #505a5f);
    border-radius: var(--poolster-radius, 4px);
    background: var(--poolster-color-button-background, #f3f2f1);
    color: var(--poolster-color-button-text, #1b1b1b);
    cursor: pointer;
  }
  button:hover {
    background: var(--poolster-color-button-hover, #dbdad9);
  }
  button[aria-disabled='true'] {
    border-style: dashed;
    background: var(--poolster-color-button-background, #f3f2f1);
    color: var(--poolster-color-disabled, #505a5f);
    cursor: not-allowed;
  }
  .empty,
  .max {
    margin: 0 0 1rem;
  }
  .add {
    display: grid;
    gap: 0.75rem;
  }
  .add-title {
    margin: 0;
    font-weight: 600;
  }
  .group-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .candidates {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .candidate {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding: 0.25rem 0 0.25rem 0.75rem;
    border-left: 4px solid var(--poolster-color-border, #b1b4b6);
  }
  .text {
    flex: 1 1 10rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .text .label {
    display: block;
  }
  .status {
    margin: 0.75rem 0 0;
    color: var(--poolster-color-hint, #505a5f);
  }
  .status:empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    button,
    .row,
    .candidate {
      border-color: CanvasText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
