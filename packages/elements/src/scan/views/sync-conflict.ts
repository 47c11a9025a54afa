import { html, nothing, type TemplateResult } from 'lit';
import type { DraftConflict } from '../../controllers/draft-sync-types.js';
import { format } from '../../i18n/strings.js';
import type { ScanStrings } from '../scan.strings.js';
import type { DraftSyncView } from './draft-sync.js';

/**
 * The choice between this device's version and another device's newer one, as a notice with a button for
 * each. In the drop-in it comes with the server drafts' code (poolster-server-drafts.js): only a scan that keeps
 * its drafts on a server can meet a conflict.
 */
export function syncConflictNotice(t: ScanStrings, conflict: DraftConflict, view: Pick<DraftSyncView, 'formatTime' | 'onKeepOurs' | 'onTakeTheirs'>): TemplateResult {
  return html`<div class="notice warning sync-conflict" part="notice sync-conflict" role="group" aria-labelledby="sync-conflict-intro" tabindex="-1">
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
  </div>`;
}
