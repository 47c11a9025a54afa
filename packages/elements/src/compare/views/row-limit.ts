import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import { ROW_LIMIT } from '../network-state.js';
import type { NetworkStrings } from '../network.strings.js';

/** The note above a list cut at ROW_LIMIT entries, and the button that shows them all (or the first ones again). */
export function renderRowLimit(nt: NetworkStrings, note: string, total: number, showAll: boolean, onToggle: () => void): TemplateResult | typeof nothing {
  if (total <= ROW_LIMIT) return nothing;
  return html`<div class="limit" part="notice">
    ${showAll ? nothing : html`<p>${note}</p>`}
    <button type="button" part="button" class="show-all-rows" @click=${onToggle}>
      ${showAll ? format(nt.showFirstRows, { n: ROW_LIMIT }) : format(nt.showAllRows, { total })}
    </button>
  </div>`;
}
