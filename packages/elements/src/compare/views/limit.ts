import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import type { CompareStrings } from '../compare.strings.js';

/** Above a list cut at `limit` centres (`totalText`: the total with its word, "1,000 scans"): the note and the button that shows them all (or the first ones again). */
export function renderLimit(
  t: CompareStrings,
  total: number,
  totalText: string,
  limit: number,
  showAll: boolean,
  onToggle: () => void,
): TemplateResult | typeof nothing {
  if (total <= limit) return nothing;
  return html`<div class="limit" part="notice">
      ${showAll ? nothing : html`<p>${format(t.limitNote, { shown: limit, total: totalText })}</p>`}
      <button type="button" part="button" class="show-all" @click=${onToggle}>
        ${showAll ? format(t.showFirst, { shown: limit }) : format(t.showAll, { total })}
      </button>
    </div>`;
}
