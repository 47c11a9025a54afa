import { join, resolve } from 'node:path';
import type { ResponseStore } from './store/store.js';
import { REPO_ROOT } from './paths.js';

/** The body limit of every request (a scan's JSON is a few tens of kB). */
export const BODY_LIMIT = 1024 * 1024;

/** What `startServer` needs. Every field has a default; `configFromEnv` fills them from the environment. */
export interface ServerOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1 (this machine only). */
  host?: string;
  /** `postgres://…`: a PostgreSQL server. Without it, PGlite (embedded PostgreSQL) in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's data folder, created on first start. */
  dataDir?: string;
  /** Connections in the PostgreSQL pool. */
  databasePoolSize?: number;
  /** An open store to use instead of opening one (embedding, tests). It stays open when the server stops: its opener closes it. */
  store?: ResponseStore;
  /** The instrument JSON; validated at start. Default: the GO! pack. */
  instrumentPath?: string;
  /** The drop-in bundle served as /poolster.js. */
  dropInPath?: string;
  /** The From of the .eml overview and of the mails the server sends. */
  mailFrom?: string;
  /**
   * `smtp://user:password@host:587` or `smtps://…`: the mail server that sends the sign-in links.
   * Without it, mails are written as .eml files to `outboxDir` and announced on the console (the demo).
   */
  smtpUrl?: string;
  /** Where mails go when there is no SMTP server. Default packages/server/data/outbox. */
  outboxDir?: string;
  /** The address people reach the server by, for the links in mails (`https://scan.poolster.example`). Default: the address of the request. */
  publicBaseUrl?: string;
  /** How long a session lasts, in milliseconds. Default 12 hours. */
  sessionLifetimeMs?: number;
  /** How long a sign-in link works, in milliseconds. Default 30 minutes. */
  signInLinkLifetimeMs?: number;
  /** Audit log entries are removed after this many days. Default 365. */
  auditRetentionDays?: number;
  /** Drafts kept on the server are removed when not saved for this many days. Default 180. */
  draftRetentionDays?: number;
  /** Team rounds open this many days are closed by the housekeeping job (their ballots deleted). Default 14. */
  roundMaxDays?: number;
  /**
   * The time zone (IANA name) every time is shown in: the dashboard, the report, the scan and the overview
   * mail, so they all say the same time for the same scan. Default Europe/Brussels.
   */
  timeZone?: string;
  /** How often the housekeeping job (removing what expired) runs after its run at start. Default 1 hour. */
  housekeepingIntervalMs?: number;
  /** Failed attempts after which a queued mail (a scan's overview or notice) is given up as `failed`. Default 10. */
  mailMaxAttempts?: number;
  /** How often the mail outbox is looked at for retries that came due, in milliseconds. Default 30 000. */
  mailPollIntervalMs?: number;
  /** Sign-in links mailed to one address per hour at most; further requests mail nothing. Default 5. */
  signInMailsPerHour?: number;
  /**
   * The OpenID Connect identity provider's issuer URL (`https://login.microsoftonline.com/<tenant>/v2.0`):
   * with `oidcClientId`, the sign-in page offers "Sign in with <oidcName>" next to the e-mail link.
   * http only on loopback (a provider on this machine, for tests).
   */
  oidcIssuer?: string;
  /** The client id the provider registered for this server. */
  oidcClientId?: string;
  /** The client secret; leave it out for a public client (PKCE alone). */
  oidcClientSecret?: string;
  /** The provider's name on the sign-in button. Default "OpenID Connect". */
  oidcName?: string;
  /** The clock (tests move it instead of waiting). */
  now?: () => Date;
  /** Where console notices go (a mail written to the outbox). Default: standard error. */
  notice?: (line: string) => void;
  /**
   * Host names the server answers to (the `Host` header, without port). Required when `host` is not a
   * loopback address; on loopback, `localhost`, `127.0.0.1` and `[::1]` are always allowed.
   */
  allowedHosts?: string[];
  /** Fastify's `trustProxy`: true, a hop count, or the proxies' addresses. Default false. */
  trustProxy?: boolean | number | string;
  /** Requests per client address per window; 0 switches the limit off. Default 600. */
  rateLimitMax?: number;
  /** The rate-limit window in milliseconds. Default 60 000. */
  rateLimitWindowMs?: number;
  /** Open connections at most; more are refused. Default 512. */
  maxConnections?: number;
  /** Bytes all unfinished request bodies may hold together; past it, 503. Default 64 MiB. */
  bodyMemoryBudget?: number;
  /**
   * Bytes the unfinished request bodies of one client address may hold; past it, 503. At least the body
   * limit (1 MiB), so that one client can always send one body. Default: an eighth of bodyMemoryBudget
   * (but at least 1 MiB).
   */
  bodyMemoryPerClient?: number;
  /** A request (headers and body) must arrive within this many milliseconds. Default 20 000. */
  requestTimeoutMs?: number;
  /** A connection that sends nothing for this long is closed. Default 10 000. */
  idleTimeoutMs?: number;
  /** pino's level: fatal, error, warn, info, debug, trace or silent. Default info. */
  logLevel?: string;
  /** Where the structured (JSON) log lines go. Default: standard output. */
  logStream?: { write(line: string): void };
}

/** Signing in with an OpenID Connect identity provider, when configured (all three settings checked together). */
export interface OidcConfig {
  issuer: URL;
  clientId: string;
  /** Undefined for a public client. */
  clientSecret: string | undefined;
  /** The provider's name on the sign-in button. */
  name: string;
}

type OidcOptions = 'oidcIssuer' | 'oidcClientId' | 'oidcClientSecret' | 'oidcName';

export type ServerConfig = Required<Omit<ServerOptions, 'databaseUrl' | 'store' | 'logStream' | 'allowedHosts' | 'smtpUrl' | 'publicBaseUrl' | OidcOptions>> & {
  /** Undefined when no identity provider is configured: the e-mail link is the only way in. */
  oidc: OidcConfig | undefined;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  /** Without a trailing slash. */
  publicBaseUrl: string | undefined;
  /** Whether the session cookie is marked Secure: always, unless on plain-HTTP loopback. */
  secureCookies: boolean;
  store: ResponseStore | undefined;
  logStream: { write(line: string): void } | undefined;
  /** Lower-case host names; on loopback the loopback names are added. */
  allowedHosts: string[];
  loopback: boolean;
};

export const DEFAULTS = {
  port: 8080,
  host: '127.0.0.1',
  dataDir: join(REPO_ROOT, 'packages/server/data/pglite'),
  databasePoolSize: 10,
  instrumentPath: join(REPO_ROOT, 'content/go-clb/instrument.json'),
  dropInPath: join(REPO_ROOT, 'packages/elements/dist/poolster.js'),
  mailFrom: 'Poolster <poolster@localhost>',
  outboxDir: join(REPO_ROOT, 'packages/server/data/outbox'),
  sessionLifetimeMs: 12 * 60 * 60 * 1000,
  signInLinkLifetimeMs: 30 * 60 * 1000,
  auditRetentionDays: 365,
  draftRetentionDays: 180,
  roundMaxDays: 14,
  timeZone: 'Europe/Brussels',
  housekeepingIntervalMs: 60 * 60 * 1000,
  mailMaxAttempts: 10,
  mailPollIntervalMs: 30_000,
  signInMailsPerHour: 5,
  trustProxy: false,
  rateLimitMax: 600,
  rateLimitWindowMs: 60_000,
  maxConnections: 512,
  bodyMemoryBudget: 64 * 1024 * 1024,
  requestTimeoutMs: 20_000,
  idleTimeoutMs: 10_000,
  logLevel: 'info',
} as const;

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** A setting that cannot be used: the server refuses to start and says why. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function atLeastOne(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a whole number of at least 1, not ${value}.`);
  return value;
}

/** The time zone as given, when Intl knows it (checked at start, rather than failing on the first page). */
function knownTimeZone(name: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name;
  } catch {
    throw new ConfigError(`POOLSTER_TIME_ZONE must be a time zone such as Europe/Brussels or UTC, not "${name}".`);
  }
}

export const isLoopbackAddress = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** Fills in the defaults and checks the combination; throws ConfigError when it cannot work. */
export function resolveConfig(options: ServerOptions = {}): ServerConfig {
  const host = options.host ?? DEFAULTS.host;
  const loopback = isLoopbackAddress(host);
  const named = (options.allowedHosts ?? []).map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  if (!loopback && named.length === 0) {
    throw new ConfigError(
      `HOST=${host} makes the server reachable from the network, so it must know the names it is reached by: ` +
        'set POOLSTER_ALLOWED_HOSTS to them, comma-separated (for example scan.poolster.example). ' +
        'Requests for any other name are refused, which stops DNS rebinding.',
    );
  }
  const bodyMemoryBudget = options.bodyMemoryBudget ?? DEFAULTS.bodyMemoryBudget;
  const bodyMemoryPerClient = options.bodyMemoryPerClient ?? Math.min(bodyMemoryBudget, Math.max(BODY_LIMIT, Math.floor(bodyMemoryBudget / 8)));
  if (bodyMemoryPerClient < BODY_LIMIT) {
    throw new ConfigError(`POOLSTER_BODY_MEMORY_PER_CLIENT_MB must be at least 1 (one body of up to 1 MiB), not ${bodyMemoryPerClient / 1024 / 1024}.`);
  }
  const level = options.logLevel ?? DEFAULTS.logLevel;
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${level}".`);
  if (options.databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    throw new ConfigError('POOLSTER_DATABASE_URL must start with postgres:// or postgresql://.');
  }
  if (options.smtpUrl !== undefined && !/^smtps?:\/\//.test(options.smtpUrl)) throw new ConfigError('POOLSTER_SMTP_URL must start with smtp:// or smtps://.');
  let publicBaseUrl: string | undefined;
  if (options.publicBaseUrl !== undefined) {
    const parsed = URL.canParse(options.publicBaseUrl) ? new URL(options.publicBaseUrl) : undefined;
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash) {
      throw new ConfigError(`POOLSTER_PUBLIC_URL must be an http(s) address such as https://scan.poolster.example, not "${options.publicBaseUrl}".`);
    }
    publicBaseUrl = parsed.href.replace(/\/$/, '');
  }
  // Browsers keep a Secure cookie from plain http only on loopback, where it would not be sent back:
  // so Secure everywhere except on plain-http loopback (the demo), where there is nothing to eavesdrop on.
  // A request that arrived over https (as a trusted proxy reports it) gets a Secure cookie too: routes/sign-in.ts.
  const oidc = resolveOidc(options, loopback);
  const secureCookies = !(loopback && (publicBaseUrl === undefined || publicBaseUrl.startsWith('http:')));
  return {
    port: options.port ?? DEFAULTS.port,
    host,
    loopback,
    databaseUrl: options.databaseUrl,
    dataDir: resolve(options.dataDir ?? DEFAULTS.dataDir),
    databasePoolSize: options.databasePoolSize ?? DEFAULTS.databasePoolSize,
    store: options.store,
    instrumentPath: resolve(options.instrumentPath ?? DEFAULTS.instrumentPath),
    dropInPath: resolve(options.dropInPath ?? DEFAULTS.dropInPath),
    mailFrom: options.mailFrom ?? DEFAULTS.mailFrom,
    smtpUrl: options.smtpUrl,
    outboxDir: resolve(options.outboxDir ?? DEFAULTS.outboxDir),
    publicBaseUrl,
    secureCookies,
    oidc,
    sessionLifetimeMs: options.sessionLifetimeMs ?? DEFAULTS.sessionLifetimeMs,
    signInLinkLifetimeMs: options.signInLinkLifetimeMs ?? DEFAULTS.signInLinkLifetimeMs,
    auditRetentionDays: options.auditRetentionDays ?? DEFAULTS.auditRetentionDays,
    draftRetentionDays: options.draftRetentionDays ?? DEFAULTS.draftRetentionDays,
    roundMaxDays: atLeastOne('roundMaxDays', options.roundMaxDays ?? DEFAULTS.roundMaxDays),
    timeZone: knownTimeZone(options.timeZone ?? DEFAULTS.timeZone),
    housekeepingIntervalMs: options.housekeepingIntervalMs ?? DEFAULTS.housekeepingIntervalMs,
    mailMaxAttempts: atLeastOne('mailMaxAttempts', options.mailMaxAttempts ?? DEFAULTS.mailMaxAttempts),
    mailPollIntervalMs: atLeastOne('mailPollIntervalMs', options.mailPollIntervalMs ?? DEFAULTS.mailPollIntervalMs),
    signInMailsPerHour: atLeastOne('signInMailsPerHour', options.signInMailsPerHour ?? DEFAULTS.signInMailsPerHour),
    now: options.now ?? (() => new Date()),
    notice: options.notice ?? ((line: string) => console.error(line)),
    allowedHosts: [...new Set([...(loopback ? LOOPBACK_NAMES : []), ...named])],
    trustProxy: options.trustProxy ?? DEFAULTS.trustProxy,
    rateLimitMax: options.rateLimitMax ?? DEFAULTS.rateLimitMax,
    rateLimitWindowMs: options.rateLimitWindowMs ?? DEFAULTS.rateLimitWindowMs,
    maxConnections: options.maxConnections ?? DEFAULTS.maxConnections,
    bodyMemoryBudget,
    bodyMemoryPerClient,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULTS.idleTimeoutMs,
    logLevel: level,
    logStream: options.logStream,
  };
}

/**
 * The identity provider's settings: issuer and client id both or neither (a client secret or a name alone
 * is a half-set setting too), the issuer an https address (http only for a provider on loopback, and only
 * while the server itself is on loopback).
 */
function resolveOidc(options: ServerOptions, loopback: boolean): OidcConfig | undefined {
  const { oidcIssuer: issuer, oidcClientId: clientId, oidcClientSecret: clientSecret, oidcName: name } = options;
  if (issuer === undefined && clientId === undefined) {
    if (clientSecret !== undefined || name !== undefined) {
      throw new ConfigError('POOLSTER_OIDC_CLIENT_SECRET and POOLSTER_OIDC_NAME are only read with POOLSTER_OIDC_ISSUER and POOLSTER_OIDC_CLIENT_ID: set those too, or unset them.');
    }
    return undefined;
  }
  if (issuer === undefined || clientId === undefined) {
    throw new ConfigError(
      `Signing in with an identity provider needs both POOLSTER_OIDC_ISSUER and POOLSTER_OIDC_CLIENT_ID; only ${issuer === undefined ? 'POOLSTER_OIDC_CLIENT_ID' : 'POOLSTER_OIDC_ISSUER'} is set.`,
    );
  }
  const parsed = URL.canParse(issuer) ? new URL(issuer) : undefined;
  const local = parsed !== undefined && loopback && isLoopbackAddress(parsed.hostname.replace(/^\[|\]$/g, ''));
  if (!parsed || !(parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local)) || parsed.search || parsed.hash || parsed.username) {
    throw new ConfigError(`POOLSTER_OIDC_ISSUER must be the provider's https issuer address, such as https://login.microsoftonline.com/<tenant id>/v2.0, not "${issuer}".`);
  }
  if (name !== undefined && (name.length > 60 || /[\r\n]/.test(name))) throw new ConfigError('POOLSTER_OIDC_NAME must be one line of at most 60 characters.');
  return { issuer: parsed, clientId, clientSecret, name: name ?? 'OpenID Connect' };
}
