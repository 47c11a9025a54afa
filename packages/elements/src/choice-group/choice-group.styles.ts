import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.35rem 0;
  }
  .option.exclusive {
    margin-top: 0.25rem;
    padding-top: 0.6rem;
    border-top: 1px solid var(--poolster-color-border, #8a8a8a);
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--poolster-color-accent, #1d4f91);
  }
  label {
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  /* Why an option cannot be chosen now: on its own line under the option's label. */
  .option.unavailable {
    flex-wrap: wrap;
  }
  .option.unavailable input:disabled + label {
    cursor: default;
  }
  .reason {
    flex-basis: 100%;
    margin-left: 1.85rem;
    font-size: 0.9em;
    color: var(--poolster-color-muted, #595959);
  }
  .other {
    margin: 0.25rem 0 0.5rem 1.85rem;
  }
  .other label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .other input {
    width: 100%;
    max-width: 40rem;
    padding: 0.4rem;
    font: inherit;
    border: 2px solid var(--poolster-color-border, #8a8a8a);
    border-radius: var(--poolster-radius, 6px);
  }
  .note {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 5px solid var(--poolster-color-warning, #8a5a00);
    background: var(--poolster-color-warning-surface, #fff7e6);
  }
  @media (forced-colors: active) {
    .note {
      border-left-color: CanvasText;
    }
  }
`;
