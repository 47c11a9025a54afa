import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import type { ScanStrings } from '../scan.strings.js';

export interface ToolsView {
  /** When the draft was last saved on the device (formatted), if it was. */
  savedAt: string | undefined;
  confirmingRestart: boolean;
  onDownload(): void;
  onOpen(event: Event): void;
  onAskRestart(asking: boolean): void;
  onRestart(): void;
}

/** Under every step: when the draft was saved, moving it between machines, and starting again (after a question). */
export function tools(t: ScanStrings, view: ToolsView): TemplateResult {
  return html`<div class="tools" part="tools">
    ${view.savedAt ? html`<p class="saved">${format(t.savedAt, { time: view.savedAt })}</p>` : nothing}
    <button type="button" part="button" @click=${view.onDownload}>${t.downloadDraft}</button>
    <label class="file-button" part="button"
      >${t.openDraft}<input class="visually-hidden" type="file" accept="application/json,.json" @change=${view.onOpen}
    /></label>
    ${view.confirmingRestart
      ? html`<div class="confirm-restart" role="group" aria-labelledby="restart-question">
          <p id="restart-question"><strong>${t.startAgainQuestion}</strong></p>
          <button type="button" part="button" class="danger" @click=${view.onRestart}>${t.startAgainYes}</button>
          <button type="button" part="button" @click=${() => view.onAskRestart(false)}>${t.startAgainNo}</button>
        </div>`
      : html`<button type="button" part="button" @click=${() => view.onAskRestart(true)}>${t.startAgain}</button>`}
  </div>`;
}
