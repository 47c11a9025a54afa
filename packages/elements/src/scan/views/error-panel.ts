import { formatIssue, formatPath, type Issue } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { ScanStrings } from '../scan.strings.js';

/** What authors see instead of a scan when the instrument cannot be used: every issue with its path. */
export function errorPanel(t: ScanStrings, uiLang: string, message: string, issues: readonly Issue[]): TemplateResult {
  return html`<div class="error-panel" part="error-panel" role="alert">
    <h2>${t.errorTitle}</h2>
    <p>${message}</p>
    ${issues.length
      ? html`<ul>
          ${issues.map((i) => html`<li><code>${formatPath(i.path)}</code>: ${formatIssue(i, uiLang)}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
