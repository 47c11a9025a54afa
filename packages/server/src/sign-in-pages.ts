import { fillPlaceholders } from '@poolster/schema';
import { html } from './html.js';
import type { Language } from './i18n/language.js';
import { SIGN_IN_MESSAGES } from './i18n/sign-in-messages.js';
import { layout } from './pages.js';

/**
 * The pages of signing in, in the request's language: ask for a link (and, with an identity provider,
 * its button), link sent, confirm, link refused, and the identity provider's refusals.
 */

export interface SignInPageOptions {
  /** The identity provider's name, when one is configured: its button comes first. */
  provider?: string | undefined;
  /** A message shown (and announced) above everything else, such as the provider being unreachable. */
  alert?: string;
}

export function signInPage(lang: Language, options: SignInPageOptions = {}): string {
  const t = SIGN_IN_MESSAGES[lang];
  const provider = options.provider;
  return layout({
    title: `${t.title} – Poolster`,
    section: 'sign-in',
    lang,
    main: html`<h1>${t.title}</h1>
${options.alert ? html`<p class="alert" role="alert">${options.alert}</p>
` : false}${
  provider
    ? html`<p class="sign-in-provider"><a class="button" href="/sign-in/oidc?lang=${lang}">${fillPlaceholders(t.withProvider, { name: provider })}</a></p>
<h2>${t.orByMail}</h2>
`
    : false
}<p class="lead">${t.intro}</p>
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

/** The identity provider signed someone in whose address the network has not registered: nothing is created. */
export function notRegisteredPage(lang: Language, email: string): string {
  const t = SIGN_IN_MESSAGES[lang];
  return layout({
    title: `${t.notRegisteredTitle} – Poolster`,
    section: 'sign-in',
    lang,
    main: html`<h1>${t.notRegisteredTitle}</h1>
<p class="lead">${fillPlaceholders(t.notRegistered, { email })}</p>
<p>${t.whomToAsk}</p>
<p><a href="/sign-in?lang=${lang}">${t.tryAgain}</a></p>`,
  });
}

/** A callback that does not complete a sign-in (forged, replayed, expired, cancelled), or one without an address. */
export function providerFailedPage(lang: Language, provider: string, noAddress = false): string {
  const t = SIGN_IN_MESSAGES[lang];
  return layout({
    title: `${t.title} – Poolster`,
    section: 'sign-in',
    lang,
    main: html`<h1>${t.title}</h1>
<p class="lead">${fillPlaceholders(noAddress ? t.providerNoAddress : t.providerFailed, { name: provider })}</p>
<p><a href="/sign-in?lang=${lang}">${t.tryAgain}</a></p>`,
  });
}
