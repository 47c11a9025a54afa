import { createHmac, timingSafeEqual } from 'node:crypto';
import { LANGUAGES, type Language } from '../i18n/language.js';
import { newSecret } from './secrets.js';

/**
 * One sign-in at the identity provider, from the button to the callback, kept in the browser alone.
 *
 * The cookie holds a random secret (with when the sign-in began and its language); the `state`, the
 * `nonce` and the PKCE code verifier are derived from it with HMAC, and only `state`, `nonce` and the
 * verifier's challenge ever leave in the URL. So the callback can recompute what to expect from the
 * cookie, nothing needs to be stored on the server or shared between its processes (no table, no key to
 * configure, a restart loses nothing), and a `state` cannot be forged without the secret. The time is
 * bound into the `state` too, so an edited time no longer matches, and the lifetime is enforced by the
 * server's clock, not only by the cookie's Max-Age. A callback used once cannot be used again: the
 * cookie is cleared, and the provider redeems a code once.
 */

export const TRANSACTION_COOKIE = 'poolster_oidc';
/** Only the provider's routes need it. */
export const TRANSACTION_PATH = '/sign-in/oidc';
/** Long enough to type a password and approve a second factor; short enough to be of little use to anyone else. */
export const TRANSACTION_LIFETIME_MS = 10 * 60 * 1000;

export interface Transaction {
  /** The cookie's value. */
  cookie: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  startedAt: Date;
  lang: Language;
}

const derive = (secret: string, purpose: string) => createHmac('sha256', secret).update(purpose).digest('base64url');

function transactionOf(secret: string, startedAt: Date, lang: Language): Transaction {
  const at = startedAt.getTime();
  return {
    cookie: `${at}.${lang}.${secret}`,
    state: derive(secret, `state ${at} ${lang}`),
    nonce: derive(secret, 'nonce'),
    // 43 characters of base64url: what RFC 7636 asks of a verifier.
    codeVerifier: derive(secret, 'pkce'),
    startedAt,
    lang,
  };
}

export const newTransaction = (now: Date, lang: Language): Transaction => transactionOf(newSecret(), now, lang);

/**
 * The transaction a callback belongs to, or why not: no cookie (expired, cleared after use, another
 * browser), a `state` that does not match it (forged, or from another sign-in), or too old.
 */
export function transactionFor(cookie: string | undefined, state: string | undefined, now: Date): Transaction | 'missing' | 'state-mismatch' | 'expired' {
  const match = cookie ? /^(\d{1,15})\.([a-z]{2})\.([A-Za-z0-9_-]{43})$/.exec(cookie) : null;
  if (!match || !(LANGUAGES as readonly string[]).includes(match[2]!)) return 'missing';
  const transaction = transactionOf(match[3]!, new Date(Number(match[1])), match[2] as Language);
  if (!state || !equal(state, transaction.state)) return 'state-mismatch';
  const age = now.getTime() - transaction.startedAt.getTime();
  if (age < 0 || age > TRANSACTION_LIFETIME_MS) return 'expired';
  return transaction;
}

/** The language a transaction began in, if the cookie says one (for the refusal pages, whatever the state). */
export function languageOf(cookie: string | undefined): Language | undefined {
  const lang = cookie?.split('.')[1];
  return lang !== undefined && (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : undefined;
}

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
