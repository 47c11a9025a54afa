import { formatMessage } from '@poolster/schema';
import type { Language } from '../i18n/language.js';
import { SIGN_IN_MESSAGES } from '../i18n/sign-in-messages.js';
import type { Person } from '../store/directory.js';
import type { ResponseStore } from '../store/store.js';
import type { Mailer } from './mailer.js';
import { hashSecret, newSecret } from './secrets.js';

export interface SignInOptions {
  store: ResponseStore;
  mailer: Mailer;
  now: () => Date;
  sessionLifetimeMs: number;
  signInLinkLifetimeMs: number;
  /** Links mailed to one address per hour at most (a mailbox is not to be flooded through the form). */
  mailsPerHour: number;
  /** Where a refused request is told (the person asking is not: the answer is always the same). */
  log: { warn(fields: object, message: string): void };
}

const HOUR_MS = 3_600_000;

/** Sign-in links and sessions: every secret is random, handed out once, and kept only as a hash. */
export class SignIn {
  constructor(private readonly options: SignInOptions) {}

  /** A new single-use link for a person, valid for `lifetimeMs` (default: the configured link lifetime). */
  async issueLink(person: Person, baseUrl: string, lifetimeMs = this.options.signInLinkLifetimeMs): Promise<string> {
    const token = newSecret();
    const createdAt = this.options.now();
    await this.options.store.addSignInLink({ tokenHash: hashSecret(token), personId: person.id, createdAt, expiresAt: new Date(createdAt.getTime() + lifetimeMs) });
    return `${baseUrl}/sign-in/${token}`;
  }

  /**
   * Mails a link to the address when a person is registered under it; says nothing about whether one is
   * (the answer is the same either way), so the form cannot be used to find out who is registered.
   */
  async mailLink(email: string, baseUrl: string, lang: Language): Promise<void> {
    const now = this.options.now();
    // Expired sessions and links are of no use to anyone: cleared now and then, here (cheap, indexed).
    // Links are kept an hour past their expiry, so the count below sees every link of the last hour.
    await this.options.store.deleteExpired(new Date(now.getTime() - HOUR_MS));
    const person = await this.options.store.personByEmail(email);
    if (!person) return;
    if ((await this.options.store.countSignInLinks(person.id, new Date(now.getTime() - HOUR_MS))) >= this.options.mailsPerHour) {
      this.options.log.warn({ personId: person.id, perHour: this.options.mailsPerHour }, 'sign-in mail not sent: too many links for this address in the last hour');
      return;
    }
    const link = await this.issueLink(person, baseUrl);
    const t = SIGN_IN_MESSAGES[lang];
    await this.options.mailer.send({
      to: person.email,
      subject: t.mailSubject,
      text: formatMessage(t.mailBody, lang, { name: person.name, link, count: Math.round(this.options.signInLinkLifetimeMs / 60_000) }),
    });
  }

  linkUsable(token: string): Promise<boolean> {
    return this.options.store.signInLinkUsable(hashSecret(token), this.options.now());
  }

  /** Uses the link and opens a session: the session's secret (for the cookie) and its person, or undefined. */
  async useLink(token: string): Promise<{ secret: string; person: Person } | undefined> {
    const now = this.options.now();
    const person = await this.options.store.useSignInLink(hashSecret(token), now);
    if (!person) return undefined;
    return { secret: await this.openSession(person), person };
  }

  /** Opens a session for a person: its secret. */
  async openSession(person: Person): Promise<string> {
    const secret = newSecret();
    const createdAt = this.options.now();
    await this.options.store.addSession({ idHash: hashSecret(secret), personId: person.id, createdAt, expiresAt: new Date(createdAt.getTime() + this.options.sessionLifetimeMs) });
    return secret;
  }

  closeSession(secret: string): Promise<void> {
    return this.options.store.deleteSession(hashSecret(secret));
  }
}
