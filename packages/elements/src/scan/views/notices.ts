import type { SetAsideAnswer } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { AutosaveStatus } from '../../controllers/autosave-controller.js';
import { format } from '../../i18n/strings.js';
import type { ScanStrings } from '../scan.strings.js';

export interface NoticesView {
  /** A one-off message: a draft restored or opened, a file refused. */
  notice: string;
  /** Answers kept aside because they no longer fit this content version. */
  setAside: SetAsideAnswer[];
  storage: AutosaveStatus;
  onDownloadStored(): void;
}

/** Another window saved a newer draft at `at` (formatted): the team chooses which answers to keep. */
export function twoWindowNotice(t: ScanStrings, view: { at: string; onKeepMine(): void; onTakeTheirs(): void }): TemplateResult {
  return html`<div class="notice warning" part="notice" role="alert">
    <p>${format(t.storageConflict, { time: view.at })}</p>
    <button type="button" part="button" @click=${view.onKeepMine}>${t.conflictKeepMine}</button>
    <button type="button" part="button" @click=${view.onTakeTheirs}>${t.conflictTakeTheirs}</button>
  </div>`;
}

/** What the team must know about their answers: restored, set aside, not saved. */
export function notices(t: ScanStrings, view: NoticesView): TemplateResult {
  const warning = (text: string) => html`<p class="notice warning" part="notice" role="alert">${text}</p>`;
  return html`
    ${view.notice ? html`<p class="notice" part="notice" role="status">${view.notice}</p>` : nothing}
    ${view.setAside.length
      ? html`<div class="notice warning" part="notice" role="status">
          <p>${format(t.setAsideIntro, { n: view.setAside.length })}</p>
          <details>
            <summary>${t.setAsideShow}</summary>
            <ul>
              ${view.setAside.map((a) => html`<li><code>${a.path.join(' › ')}</code>: ${JSON.stringify(a.answer)}</li>`)}
            </ul>
          </details>
        </div>`
      : nothing}
    ${view.storage === 'unavailable' ? warning(t.storageUnavailable) : nothing} ${view.storage === 'full' ? warning(t.storageFull) : nothing}
    ${view.storage === 'corrupt'
      ? html`<p class="notice warning" part="notice" role="alert">
          ${t.storageCorrupt} <button type="button" part="button" @click=${view.onDownloadStored}>${t.downloadStored}</button>
        </p>`
      : nothing}
  `;
}
