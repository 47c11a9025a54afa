import { html } from './html.js';
import type { Language } from './i18n/language.js';
import { ROUND_MESSAGES } from './i18n/round-messages.js';
import { layout } from './pages.js';

/**
 * The participants' pages of a team round, for a phone as much as a laptop and without an account: a
 * form for the code (it works without JavaScript: it is sent to /join, which redirects to /join/CODE),
 * and the page of one round, where <poolster-vote> joins and places.
 */

/** `code` and `unknown`: what was typed, when it cannot be a code (the form shows it again, with the hint). */
export function joinPage(lang: Language, keepLang: boolean, typed?: string): string {
  const t = ROUND_MESSAGES[lang];
  return layout({
    title: `${t.joinTitle} – Poolster`,
    section: 'join',
    lang,
    keepLang,
    main: html`<h1>${t.joinTitle}</h1>
<p class="lead">${t.joinLead}</p>
${typed !== undefined ? html`<p class="alert" role="alert">${t.roundNotFound}</p>\n` : false}<form method="get" action="/join" class="sign-in">
${keepLang ? html`<input type="hidden" name="lang" value="${lang}">\n` : false}<label for="code">${t.codeLabel}</label>
<input id="code" name="code" type="text" inputmode="text" autocomplete="off" autocapitalize="characters" spellcheck="false" required maxlength="40" aria-describedby="code-hint"${typed !== undefined ? html` value="${typed}" aria-invalid="true"` : ''}>
<p id="code-hint" class="hint">${t.codeHint}</p>
<button type="submit">${t.joinButton}</button>
</form>`,
  });
}

/** The page of one round: the participant's element, given the code (it joins by itself) and the instrument. */
export function votePage(lang: Language, keepLang: boolean, code: string): string {
  const t = ROUND_MESSAGES[lang];
  return layout({
    title: `${t.voteTitle} – Poolster`,
    section: 'join',
    lang,
    keepLang,
    scripts: ['/poolster-rounds.js'],
    main: html`<h1>${t.voteTitle}</h1>
<poolster-vote code="${code}" src="/instrument.json" lang="${lang}"></poolster-vote>
<noscript><p class="alert">${t.noScript}</p></noscript>`,
  });
}
