import { html, nothing, type TemplateResult } from 'lit';
import { commonStrings } from './common.strings.js';

/**
 * The inline error of a field (GOV.UK pattern): a visible message with a visually hidden "Error:" prefix,
 * so a screen reader that lands on the field via aria-describedby hears that it is an error.
 */
export function errorMessage(id: string, message: string | undefined, lang: string | undefined): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<p id=${id} class="error-message" part="error"><span class="visually-hidden">${commonStrings(lang).errorPrefix}</span> ${message}</p>`;
}
