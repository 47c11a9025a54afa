import { html, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import { matchSentence, type CentreMatches } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';

/** Per centre, a sentence per priority: the centres that can inspire it there. */
export function renderMatches(t: CompareStrings, centres: CentreMatches[]): TemplateResult {
  return html`<ul class="matches">
      ${centres.map(
        (c) => html`<li data-centre=${c.name}>
          <span class="centre-name">${c.name}</span>
          ${c.lines.length === 0
            ? html`<p class="match none">${format(t.noPriorities, { centre: c.name })}</p>`
            : html`<ol>
                ${c.lines.map((l) => html`<li class="match" data-block=${l.blockId}>${matchSentence(t, c.name, l)}</li>`)}
              </ol>`}
        </li>`,
      )}
    </ul>`;
}
