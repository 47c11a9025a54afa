import { html, nothing, type TemplateResult } from 'lit';
import type { DraftConflict, DraftSyncStatus } from '../../controllers/draft-sync-controller.js';
import { format } from '../../i18n/strings.js';
import type { ScanStrings } from '../scan.strings.js';

export interface DraftSyncView {
  /** The two versions of a conflict, when there is one. */
  conflict: DraftConflict | undefined;
  formatTime(value: string): string;
  /** The label of the step a reopened draft was saved on ("6.1 Integraal beleid"), while the notice is shown. */
  continueAt: string | undefined;
  onKeepOurs(): void;
  onTakeTheirs(): void;
  onDismissContinue(): void;
  /**
   * The choice between two devices' versions (sync-conflict.ts): with the server drafts' code, which a conflict
   * comes from, so a scan without a server never carries it.
   */
  conflictNotice: SyncConflictNotice | undefined;
}

export type SyncConflictNotice = (t: ScanStrings, conflict: DraftConflict, view: Pick<DraftSyncView, 'formatTime' | 'onKeepOurs' | 'onTakeTheirs'>) => TemplateResult;

const statusText = (t: ScanStrings, status: DraftSyncStatus): string =>
  ({ off: '', idle: '', saved: t.syncSaved, local: t.syncLocal, refused: t.syncRefused, conflict: t.syncConflictStatus, 'sent-elsewhere': t.syncSentElsewhere })[status];

/**
 * Where the draft stands towards the server. The live region is there from the start and its text only
 * changes when the state does (saved, device only, conflict), so it is announced then and not at each keystroke.
 */
export function syncStatus(t: ScanStrings, status: DraftSyncStatus): TemplateResult | typeof nothing {
  if (status === 'off') return nothing;
  return html`<p class="sync-status" part="sync-status" role="status" aria-live="polite">${statusText(t, status)}</p>`;
}

/** The "continue at" notice of a reopened draft, and the choice between two devices' versions (when there is one). */
export function draftSyncNotices(t: ScanStrings, view: DraftSyncView): TemplateResult {
  const { conflict } = view;
  return html`
    ${view.continueAt !== undefined
      ? html`<div class="notice continue-at" part="notice continue-at" tabindex="-1">
          <p>${format(t.continueAt, { step: view.continueAt })}</p>
          <button type="button" part="button" @click=${view.onDismissContinue}>${t.dismissNotice}</button>
        </div>`
      : nothing}
    ${conflict && view.conflictNotice ? view.conflictNotice(t, conflict, view) : nothing}
  `;
}
