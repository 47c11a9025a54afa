import { html, type TemplateResult } from 'lit';
import { format } from '../../i18n/strings.js';
import type { AspectQuestion } from '../compare-data.js';
import type { CompareStrings } from '../compare.strings.js';

/** One multiple-choice block question: how often each option was chosen. `i` numbers the headings' ids. */
export function renderAspect(t: CompareStrings, q: AspectQuestion, i: number): TemplateResult {
  return html`<h3 id="aspect-${i}">${q.title}</h3>
      <p class="hint">${format(t.aspectsAnswered, { n: q.answered })}</p>
      <div class="scroll" role="region" aria-labelledby="aspect-${i}" tabindex="0">
        <table class="aspects" part="table" data-question=${q.questionId} aria-labelledby="aspect-${i}">
          <thead>
            <tr>
              <th scope="col">${t.option}</th>
              <th scope="col">${t.count}</th>
              <th scope="col">${t.percent}</th>
            </tr>
          </thead>
          <tbody>
            ${q.rows.map(
              (r) => html`<tr data-option=${r.optionId}>
                <th scope="row">${r.label}</th>
                <td class="count">${r.count}</td>
                <td class="count">${format(t.percentValue, { n: r.percent })}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
}
