import { formatIssue, formatPath } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { Refusal } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';
import { formatDate } from '../../shared/format-date.js';

/** The entries left out of the comparison, each with its reason ("Not included"); nothing when there are none. */
export function renderRefused(t: CompareStrings, refused: Refusal[], names: ReadonlyMap<string, string>, lang: string): TemplateResult | typeof nothing {
  if (refused.length === 0) return nothing;
  return html`<section class="refused" part="refused" aria-labelledby="refused-title">
      <h2 id="refused-title">${t.refusedTitle}</h2>
      <ul>
        ${refused.map((r) => {
          const message = formatIssue(r.issue, lang);
          const reason = r.issue.code.startsWith('structure.') && r.issue.path.length > 0 ? `${formatPath(r.issue.path)}: ${message}` : message;
          return html`<li>
            <strong>${names.get(r.key) ?? r.key}</strong>${r.date ? html` (<time datetime=${r.date}>${formatDate(r.date, lang)}</time>)` : nothing}:
            <span class="reason">${reason}</span>
          </li>`;
        })}
      </ul>
    </section>`;
}
