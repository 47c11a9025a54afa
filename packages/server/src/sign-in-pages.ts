import { html } from './html.js';
import type { Language } from './i18n/language.js';
import { SIGN_IN_MESSAGES } from './i18n/sign-in-messages.js';
import { layout } from './pages.js';

/** The pages of signing in, in the request's language: ask for a link, link sent, confirm, link refused. */

export function signInPage(lang: Language): string {
  const t = SIGN_IN_MESSAGES[lang];
  return layout({
    title: `${t.title} – Poolster`,
    section: 'sign-in',
    lang,
    main: html`<h1>${t.title}</h1>
<p class="lead">${t.intro}</p>
<form method="post" action="/sign-in?lang=${lang}" class="sign-in">
<label for="email">${t.emailLabel}</label>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="320">
<button type="submit">${t.send}</button>
</form>`,
  });
}

export function linkSentPage(lang: Language): string {
  const t = SIGN_IN_MESSAGES[lang];
  return layout({ title: `${t.sentTitle} – Poolster`, section: 'sign-in', lang, main: html`<h1>${t.sentTitle}</h1>\n<p class="lead">${t.sent}</p>` });
}

/** Following the link only shows this page; the button uses it (so a mail scanner that opens links does not). */
export function confirmPage(lang: Language, token: string): string {
  const t = SIGN_IN_MESSAGES[lang];
  return layout({
    title: `${t.confirmTitle} – Poolster`,
    section: 'sign-in',
    lang,
    main: html`<h1>${t.confirmTitle}</h1>
<p class="lead">${t.confirm}</p>
<form method="post" action="/sign-in/${token}" class="sign-in">
<button type="submit">${t.button}</button>
</form>`,
  });
}

export function invalidLinkPage(lang: Language): string {
  const t = SIGN_IN_MESSAGES[lang];
  return layout({
    title: `${t.title} – Poolster`,
    section: 'sign-in',
    lang,
    main: html`<h1>${t.title}</h1>\n<p class="lead">${t.invalidLink}</p>\n<p><a href="/sign-in?lang=${lang}">${t.newLink}</a></p>`,
  });
}
