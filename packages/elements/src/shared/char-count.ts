import { html, nothing, type TemplateResult } from 'lit';
import { format, plural, uiLanguage } from '../i18n/strings.js';
import { charCountStrings } from './char-count.strings.js';

/**
 * The counter of a text field with a limit (GOV.UK's character count, without `maxlength`): nothing is
 * ever cut off, not even a long paste. The counter appears once 80 % of the limit is used ("Nog 120
 * tekens"), turns into an error past it ("42 tekens te veel"), and the field is then invalid; the scan's
 * validation refuses to send it, and the text stays as it was typed.
 *
 * Screen readers hear the counter through the field's description when they ask for it, and a polite
 * live region speaks only when the state changes (close to the limit, over it), not at every key.
 */

/** From this share of the limit on, the counter is shown. */
export const COUNT_FROM = 0.8;

export type CountState = 'quiet' | 'near' | 'over';

// A number in the interface language: toLocaleString(lang) builds a formatter on each call, and every text
// field of a block draws its counter again on each answer. One formatter per language.
const numberFormats = new Map<string, Intl.NumberFormat>();
function localNumber(n: number, lang: string | undefined): string {
  const locale = uiLanguage(lang);
  let formatter = numberFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    numberFormats.set(locale, formatter);
  }
  return formatter.format(n);
}

export function countState(length: number, max: number): CountState {
  if (!(max > 0)) return 'quiet';
  if (length > max) return 'over';
  return length >= Math.ceil(max * COUNT_FROM) ? 'near' : 'quiet';
}

/** The visible counter's text ("Nog 1.200 tekens", "3 tekens te veel"); empty while it is not shown. */
export function countText(length: number, max: number, lang: string | undefined): string {
  const t = charCountStrings(lang);
  const state = countState(length, max);
  if (state === 'quiet') return '';
  const n = Math.abs(max - length);
  const number = localNumber(n, lang);
  return plural(state === 'over' ? t.over : t.left, lang, { count: n, n: number });
}

/** The ids `aria-describedby` of the field should list for the counter (none while it is hidden). */
export const countDescribedBy = (id: string, length: number, max: number): string => (countState(length, max) === 'quiet' ? '' : id);

/**
 * The counter under a field, and its live region. Render both always (a live region must exist before
 * it speaks); `id` is the counter's, for the field's `aria-describedby`.
 */
export function charCount(id: string, length: number, max: number, lang: string | undefined): TemplateResult {
  const state = countState(length, max);
  let announcement = '';
  if (state !== 'quiet') {
    const t = charCountStrings(lang);
    const limit = localNumber(max, lang);
    announcement = format(state === 'over' ? t.overLimit : t.nearLimit, { max: limit });
  }
  return html`${state === 'quiet'
      ? nothing
      : html`<p id=${id} class="char-count ${state === 'over' ? 'over' : ''}" part="count">${countText(length, max, lang)}</p>`}<span
      class="visually-hidden"
      aria-live="polite"
      >${announcement}</span
    >`;
}
