import type { ReactiveElement } from 'lit';

/**
 * Focus for elements that do NOT use `delegatesFocus`.
 *
 * With `delegatesFocus: true`, a mouse press on any text inside the shadow root (a card's description,
 * an option's label) moves focus to the first focusable control of the whole element. When that control
 * is scrolled out of view, the browser scrolls the page to it between the press and the release, the
 * release lands elsewhere, and the click chooses nothing. So our controls keep the default (a press on
 * text focuses nothing) and implement `focus()` themselves with these helpers: the error summary, the
 * scan's "change" links and keyboard users still land on the control.
 */

/** What Tab can reach, in the order the browser would pick a focus delegate. */
const TABBABLE = [
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'button:not([disabled])',
  'a[href]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/**
 * The first control a keyboard user reaches in `root`. For a radio group it is the checked radio when
 * there is one (that is the radio Tab stops on), otherwise the first.
 */
export function firstControl(root: ParentNode): HTMLElement | undefined {
  const first = [...root.querySelectorAll<HTMLElement>(TABBABLE)].find((control) => control.tabIndex >= 0);
  if (!(first instanceof HTMLInputElement) || first.type !== 'radio' || !first.name) return first;
  const checked = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked:not([disabled])')].find((r) => r.name === first.name);
  return checked ?? first;
}

/** Runs `move` now, or after the pending render when the element is about to change its controls. */
export function focusAfterRender(host: ReactiveElement, move: () => void): void {
  if (host.isUpdatePending) void host.updateComplete.then(move);
  else move();
}

/** Focuses the first control of the host's shadow root (see `firstControl`). */
export function focusFirstControl(host: ReactiveElement, options?: FocusOptions): void {
  focusAfterRender(host, () => firstControl(host.renderRoot)?.focus(options));
}
