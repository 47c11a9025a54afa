import { html, type TemplateResult } from 'lit';
import type { ScanContext } from '../views/context.js';
import { presentationStrings } from './presentation.strings.js';

/** The shortcut that enters and leaves the presentation, anywhere in the scan (as `aria-keyshortcuts` spells it). */
export const PRESENTATION_SHORTCUT = 'Alt+Shift+P';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/** Whether a key press is meant for a text field (where digits and arrows are the team's typing). */
export function inTextField(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

export const isPresentationShortcut = (event: KeyboardEvent): boolean => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';

/** The button that starts (or ends) the presentation, shown on every block step. */
export function presentButton(ctx: ScanContext, presenter: { toggle(): void }): TemplateResult {
  return html`<button type="button" part="button" class="present-button" aria-keyshortcuts=${PRESENTATION_SHORTCUT} @click=${() => presenter.toggle()}>
    ${presentationStrings(ctx.uiLang).present}
  </button>`;
}
