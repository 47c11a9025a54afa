import type { Mailer } from './auth/mailer.js';
import type { OidcSignIn } from './auth/oidc.js';
import type { SignIn } from './auth/sign-in.js';
import type { ServerConfig } from './config.js';
import type { OutboxWorker } from './mail/outbox-worker.js';
import type { RoundHub } from './rounds/round-hub.js';
import type { Instrument } from './schema.js';
import type { ResponseStore } from './store/store.js';

/** What the routes share: the settings, the validated instrument, the store, signing in and mail. */
export interface AppContext {
  config: ServerConfig;
  instrument: Instrument;
  /** The instrument file as it was read and validated, served as /instrument.json. */
  instrumentJson: Buffer;
  store: ResponseStore;
  /** Sign-in links and sessions. */
  signIn: SignIn;
  mailer: Mailer;
  /** Sends the mail outbox; woken when a route queues mails. */
  mail: OutboxWorker;
  /** Signing in with the network's identity provider, when one is configured. */
  oidc: OidcSignIn | undefined;
  /** The live streams of team rounds (one per server process). */
  roundHub: RoundHub;
}
