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
}

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

/** The "continue at" notice of a reopened draft, and the choice between two devices' versions. */
export function draftSyncNotices(t: ScanStrings, view: DraftSyncView): TemplateResult {
  const { conflict } = view;
  return html`
    ${view.continueAt !== undefined
      ? html`<div class="notice continue-at" part="notice continue-at" tabindex="-1">
          <p>${format(t.continueAt, { step: view.continueAt })}</p>
          <button type="button" part="button" @click=${view.onDismissContinue}>${t.dismissNotice}</button>
        </div>`
      : nothing}
    ${conflict
      ? html`<div class="notice warning sync-conflict" part="notice sync-conflict" role="group" aria-labelledby="sync-conflict-intro" tabindex="-1">
          <p id="sync-conflict-intro"><strong>${t.syncConflictIntro}</strong></p>
          <ul>
            <li>${format(t.syncConflictMine, { time: view.formatTime(conflict.mineAt) })}</li>
            <li>
              ${conflict.theirs.savedBy
                ? format(t.syncConflictTheirs, { who: conflict.theirs.savedBy, time: view.formatTime(conflict.theirs.savedAt) })
                : format(t.syncConflictTheirsAnonymous, { time: view.formatTime(conflict.theirs.savedAt) })}
            </li>
          </ul>
          ${conflict.unopenable ? html`<p class="theirs-unopenable" role="alert">${t.syncTheirsUnopenable}</p>` : nothing}
          <button type="button" part="button" class="keep-ours" @click=${view.onKeepOurs}>${t.syncKeepOurs}</button>
          ${conflict.unopenable ? nothing : html`<button type="button" part="button" class="take-theirs" @click=${view.onTakeTheirs}>${t.syncTakeTheirs}</button>`}
        </div>`
      : nothing}
  `;
}
