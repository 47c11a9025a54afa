import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { createApp, registerRoutes } from './app.js';
import { createMailer, type Mailer } from './auth/mailer.js';
import { OidcSignIn } from './auth/oidc.js';
import { SignIn } from './auth/sign-in.js';
import { resolveConfig, type ServerOptions } from './config.js';
import { startHousekeeping, type Housekeeping } from './housekeeping.js';
import { loadInstrument } from './instrument.js';
import { OutboxWorker } from './mail/outbox-worker.js';
import { RoundHub } from './rounds/round-hub.js';
import { openStore } from './store/open-store.js';
import type { ResponseStore } from './store/store.js';

/** The port is taken by another program. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

export interface RunningServer {
  /** Where the server listens, without a trailing slash: `http://127.0.0.1:8080`. */
  url: string;
  /** The Fastify instance (for its logger, and `app.swagger()`). */
  app: FastifyInstance;
  /** The store in use. */
  store: ResponseStore;
  /** Sign-in links and sessions (the demo prints its people's links). */
  signIn: SignIn;
  /** The job that removes expired audit entries (and drafts): it ran at start and runs periodically. */
  housekeeping: Housekeeping;
  /** The worker that sends the mail outbox (`runOnce()` runs a pass and waits for it). */
  mail: OutboxWorker;
  /**
   * Stops accepting connections, lets the requests in progress finish (an acknowledged submission is
   * stored before its answer goes out), then closes the store it opened. Safe to call twice.
   */
  close(): Promise<void>;
}

/**
 * Starts the server: checks the settings (ConfigError), validates the instrument (InstrumentError),
 * opens the store (StoreError when the database holds something it cannot use), and listens
 * (PortInUseError). `port: 0` picks a free port.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const config = resolveConfig(options);
  const { instrument, json: instrumentJson } = await loadInstrument(config.instrumentPath);
  const app = await createApp(config);
  // A store handed in belongs to the caller; one opened here is closed here.
  const ownStore = config.store === undefined;
  let store: ResponseStore;
  try {
    store =
      config.store ??
      (await openStore({
        ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir }),
        poolSize: config.databasePoolSize,
        log: (line: string) => app.log.info(line),
      }));
  } catch (error) {
    await app.close();
    throw error;
  }
  const mailer: Mailer = createMailer({ from: config.mailFrom, smtpUrl: config.smtpUrl, outboxDir: config.outboxDir, notice: config.notice });
  const signIn = new SignIn({
    store,
    mailer,
    now: config.now,
    sessionLifetimeMs: config.sessionLifetimeMs,
    signInLinkLifetimeMs: config.signInLinkLifetimeMs,
    mailsPerHour: config.signInMailsPerHour,
    log: app.log,
  });
  const mail = new OutboxWorker({
    outbox: store.outbox,
    mailer,
    now: config.now,
    maxAttempts: config.mailMaxAttempts,
    pollIntervalMs: config.mailPollIntervalMs,
    log: app.log.child({ part: 'mail' }),
  });
  // The mail under way is sent and settled before the mailer and then the store close.
  app.addHook('onClose', async () => {
    await mail.stop();
    mailer.close();
  });
  const roundHub = new RoundHub(store.rounds, app.log.child({ part: 'rounds' }));
  // Event streams never end by themselves: they are ended before the server waits for its connections.
  app.addHook('preClose', async () => roundHub.close());
  const oidc = config.oidc ? new OidcSignIn(config.oidc, app.log) : undefined;
  // Discovery begins now but is not waited for: a provider that cannot be reached does not keep the
  // server from starting (its button says so, and tries again; the failure is logged).
  oidc?.discover().catch(() => undefined);
  try {
    await registerRoutes(app, { config, instrument, instrumentJson, store, signIn, mailer, mail, oidc, roundHub });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close().catch(() => undefined);
    if (ownStore) await store.close().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError(`Port ${config.port} on ${config.host} is in use. Set PORT to another port (PORT=0 picks a free one).`);
    }
    throw error;
  }
  const housekeeping = startHousekeeping({
    store,
    now: config.now,
    auditRetentionDays: config.auditRetentionDays,
    draftRetentionDays: config.draftRetentionDays,
    drafts: { deleteDraftsSavedBefore: (date) => store.drafts.deleteNotSavedFor(0, date) },
    roundMaxDays: config.roundMaxDays,
    rounds: {
      closeRoundsOpenedBefore: async (date) => {
        const closed = await store.rounds.closeOpenedBefore(date, config.now());
        // Whoever still follows such a round sees it closed.
        for (const id of closed) void roundHub.changed(id, 'phase');
        return closed.length;
      },
    },
    intervalMs: config.housekeepingIntervalMs,
    log: app.log,
  });
  mail.start();
  app.log.info({ engine: store.engine, instrument: `${instrument.id}@${instrument.version}` }, 'ready');

  const address = app.server.address() as AddressInfo;
  const shownHost = ['0.0.0.0', '::'].includes(address.address) ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}`,
    app,
    store,
    signIn,
    housekeeping,
    mail,
    close: () =>
      (closing ??= (async () => {
        app.log.info('stopping: finishing the requests in progress');
        try {
          await housekeeping.stop();
          await app.close();
        } finally {
          if (ownStore) await store.close();
        }
        app.log.info('stopped');
      })()),
  };
}
