import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import type { ScanContext } from './context.js';
import { confirmationStrings } from './confirmation.strings.js';
import { overview } from './overview.js';
import { richText } from './rich-text.js';

/** What the confirmation needs besides the scan's context. */
export interface ConfirmationView {
  /** When the answers were sent, as the team reads times. */
  sentAt: string;
  /** Where the host shows the report of this scan, and where it prints it; empty: no link. */
  reportHref: string;
  printHref: string;
  onDownload(): void;
}

/**
 * A short reference a team can read out or note down: the first eight characters of the response's id,
 * upper case, in two groups ("3F2A-9C1E"). The full id stays in the copy of the answers and on the server.
 */
export function shortReference(id: string): string {
  const head = id.replace(/[^0-9A-Za-z]/g, '').slice(0, 8).toUpperCase();
  return head.length > 4 ? `${head.slice(0, 4)}-${head.slice(4)}` : head;
}

/** A host's link with this scan's id in place of `{id}`. */
export const linkFor = (template: string, id: string): string => template.replaceAll('{id}', encodeURIComponent(id));

/**
 * The GOV.UK confirmation: a panel that says the scan is sent, with its reference; what happens next, in
 * the instrument's words; the report when the host has one; then what was sent, to check or keep.
 */
export function confirmation(ctx: ScanContext, view: ConfirmationView): TemplateResult {
  const t = confirmationStrings(ctx.uiLang);
  const { instrument, response } = ctx;
  const next = instrument.afterSubmit?.length ? instrument.afterSubmit : undefined;
  const links = [
    view.reportHref ? html`<li><a part="report-link" href=${linkFor(view.reportHref, response.id)}>${t.report}</a></li>` : nothing,
    view.printHref ? html`<li><a part="report-link" href=${linkFor(view.printHref, response.id)}>${t.print}</a></li>` : nothing,
  ];
  return html`<div class="confirmation-panel" part="confirmation">
      <h2 class="step-heading" tabindex="-1">${t.title}</h2>
      <p class="reference">${t.reference} <strong>${shortReference(response.id)}</strong></p>
    </div>
    <p>${format(t.sentAt, { time: view.sentAt })}</p>
    ${next ? html`<h3>${t.nextSteps}</h3>${richText(ctx, next)}` : nothing}
    ${view.reportHref || view.printHref ? html`<ul class="report-links">${links}</ul>` : nothing}
    <details class="sent-answers">
      <summary>${t.sentAnswers}</summary>
      ${overview(ctx)}
    </details>
    <div class="tools"><button type="button" part="button" @click=${view.onDownload}>${t.downloadSent}</button></div>`;
}
