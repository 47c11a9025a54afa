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
  .label {
    flex: 1 1 10rem;
    min-width: 0;
    overflow-wrap: anywhere;
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
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
  }
  .add label {
    flex: 1 0 100%;
    font-weight: 600;
  }
  select {
    flex: 1 1 12rem;
    min-width: 0;
    max-width: 100%;
    min-height: 2.75rem;
    font: inherit;
    color: inherit;
    border: 2px solid var(--poolster-color-button-border, #505a5f);
    border-radius: var(--poolster-radius, 4px);
    background: var(--poolster-color-surface, #ffffff);
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
    select,
    .row {
      border-color: CanvasText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
