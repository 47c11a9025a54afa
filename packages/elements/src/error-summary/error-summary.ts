import { html, LitElement, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { InheritedLang } from '../i18n/inherited-lang.js';
import { fire } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { errorSummaryStrings } from './error-summary.strings.js';
import { styles } from './error-summary.styles.js';

/** One problem in the summary. */
export interface SummaryError {
  /** An opaque key the scan uses to find the field with the problem; reported back in `poolster-error-select`. */
  target: string;
  /** The (already localised) message; the text of the link. */
  message: string;
}

/** Detail of `poolster-error-select`. */
export interface ErrorSelectDetail {
  target: string;
}

/**
 * @summary The GOV.UK error summary at the top of a step: a heading and one link per problem.
 *
 * Renders nothing (and takes no space) while `errors` is empty. Unlike the other Poolster elements it
 * does NOT delegate focus: GOV.UK moves focus to the summary itself (not to its first link), so that
 * a screen reader reads the heading and the list. `focus()` is overridden to do exactly that: it
 * focuses the summary container (`tabindex="-1"`, named by its heading) once a pending render is done.
 * The container is `role="group"` (not `role="alert"`: focus, not a live region, announces it), because
 * ARIA does not allow a name on a plain `div`: without the role `aria-labelledby` would be ignored.
 *
 * @fires poolster-error-select - The team chose a problem (click or Enter on its link; the link's
 *   default navigation is prevented). Detail `{ target: string }`; bubbles, not composed (see shared/events.ts).
 *
 * @csspart base - The summary container (border, padding; receives focus).
 * @csspart heading - The `<h2>` heading.
 * @csspart link - Each problem's link.
 *
 * @cssprop --poolster-color-error - Border and link colour (default #b3261e).
 * @cssprop --poolster-color-focus - Outline of the focused summary (default #ffbf47).
 * @cssprop --poolster-color-background - Background of the summary (default transparent).
 * @cssprop --poolster-error-summary-heading-size - Font size of the heading (default 1.25rem).
 * @cssprop --poolster-error-summary-gap - Space below the summary (default 1.5rem).
 */
export class PoolsterErrorSummary extends LitElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    errors: { attribute: false },
    heading: {},
    lang: {},
  };

  /** The problems, in the order of the fields on the step. Empty: nothing is rendered. */
  errors: SummaryError[] = [];

  /** The heading; empty means the default ("Er is een probleem" / "There is a problem" / "Il y a un problème"). */
  heading = '';

  /**
   * The interface language (nl, fr, en, or one registered with `registerLanguage`). When not set, the closest
   * `lang` above the element (its ancestors, across shadow roots; the page's `<html lang>`), else English.
   */
  override lang = '';

  // Fills `lang` from the page when the host sets none; draws again when a language is registered.
  protected readonly inheritedLang = new InheritedLang(this);

  override render(): TemplateResult | typeof nothing {
    const errors = this.errors ?? [];
    if (errors.length === 0) return nothing;
    const t = errorSummaryStrings(this.lang);
    return html`<div class="summary" part="base" role="group" aria-labelledby="heading" tabindex="-1">
      <h2 id="heading" part="heading">${this.heading || t.heading}</h2>
      <ul>
        ${errors.map(
          (error) => html`<li><a href="#" part="link" @click=${(event: MouseEvent) => this.onLinkClick(event, error)}>${error.message}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * Focuses the summary container (not its first link), after a pending render, so a screen reader
   * reads the whole summary. Does nothing while there are no errors.
   */
  override focus(options?: FocusOptions): void {
    const run = (): void => this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options);
    if (this.isUpdatePending) void this.updateComplete.then(run);
    else run();
  }

  private onLinkClick(event: MouseEvent, error: SummaryError): void {
    event.preventDefault();
    fire(this, 'poolster-error-select', { target: error.target });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-error-summary': PoolsterErrorSummary;
  }
}
