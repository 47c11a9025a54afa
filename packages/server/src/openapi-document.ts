import { createApp, registerRoutes } from './app.js';
import { SignIn } from './auth/sign-in.js';
import { resolveConfig } from './config.js';
import { loadInstrument } from './instrument.js';
import { OutboxWorker } from './mail/outbox-worker.js';
import { RoundHub } from './rounds/round-hub.js';
import type { ResponseStore } from './store/store.js';

/** The routes are only registered, never called, while the document is generated: no database is opened. */
const unused = () => Promise.reject(new Error('The OpenAPI generator does not serve requests.'));
const NO_STORE = new Proxy({ engine: 'pglite', close: () => Promise.resolve() } as unknown as ResponseStore, {
  get: (target, key) => (key in target ? target[key as keyof ResponseStore] : unused),
});

/** The OpenAPI document as @fastify/swagger generates it from the routes' JSON Schemas. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = resolveConfig({ logLevel: 'silent' });
  const { instrument, json } = await loadInstrument(config.instrumentPath);
  const app = await createApp(config);
  try {
    const mailer = { send: unused, close: () => undefined };
    const signIn = new SignIn({ store: NO_STORE, mailer, now: config.now, sessionLifetimeMs: 0, signInLinkLifetimeMs: 0, mailsPerHour: 1, log: app.log });
    // Never started: nothing is sent while the document is generated.
    const mail = new OutboxWorker({ outbox: NO_STORE.outbox, mailer, now: config.now, maxAttempts: 1, pollIntervalMs: 1, log: app.log });
    await registerRoutes(app, { config, instrument, instrumentJson: json, store: NO_STORE, signIn, mailer, mail, oidc: undefined, roundHub: new RoundHub(NO_STORE.rounds, app.log) });
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The committed file's text: the document with two-space indents and a final newline. */
export const openApiText = (document: Record<string, unknown>) => `${JSON.stringify(document, null, 2)}\n`;
