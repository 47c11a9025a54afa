import { css } from 'lit';

/** Styles of `<poolster-error-summary>` (after the GOV.UK error summary). */
export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }

  .summary {
    margin: 0 0 var(--poolster-error-summary-gap, 1.5rem);
    padding: 1rem;
    border: 5px solid var(--poolster-color-error, #b3261e);
    background: var(--poolster-color-background, transparent);
  }

  .summary:focus {
    outline: 3px solid var(--poolster-color-focus, #ffbf47);
    outline-offset: 0;
  }

  .summary:focus-visible {
    box-shadow: none;
  }

  h2 {
    margin: 0 0 0.75rem;
    font-size: var(--poolster-error-summary-heading-size, 1.25rem);
    line-height: 1.3;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  li + li {
    margin-top: 0.5rem;
  }

  a {
    color: var(--poolster-color-error, #b3261e);
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  a:hover {
    text-decoration-thickness: max(3px, 0.1875rem);
  }

  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    .summary:focus {
      outline-color: Highlight;
    }
    a {
      color: LinkText;
    }
  }
`;
