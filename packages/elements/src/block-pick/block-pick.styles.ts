import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .groups {
    display: grid;
    gap: var(--poolster-space-group, 1rem);
  }
  .group-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
    font-size: var(--poolster-group-title-size, 1rem);
    color: var(--poolster-color-group-title, inherit);
    overflow-wrap: anywhere;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    padding: 0.25rem 0;
  }
  .option input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--poolster-color-accent, #1d70b8);
    cursor: pointer;
  }
  .option .text {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .option label {
    cursor: pointer;
  }
  .option label {
    display: block;
  }
  .option input:disabled,
  .option input:disabled + .text label {
    cursor: default;
  }
  .option input:disabled + .text label {
    color: var(--poolster-color-text, #1b1b1b);
  }
  .status {
    margin: 0.75rem 0 0;
    color: var(--poolster-color-hint, #505a5f);
  }
  .limit {
    display: block;
    font-weight: 600;
    color: var(--poolster-color-text, #1b1b1b);
  }
  .none {
    margin-top: 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--poolster-color-border, #b1b4b6);
  }
  @media (forced-colors: active) {
    .none {
      border-top-color: CanvasText;
    }
    .status,
    .limit {
      color: CanvasText;
    }
  }
`;
