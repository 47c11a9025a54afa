import { isAbsolute, resolve } from 'node:path';
import { ConfigError, type ServerOptions } from './config.js';

/**
 * The server's settings from the environment (see DEPLOYMENT.md). Unset or empty means the default;
 * paths are relative to the working directory. Anything unusable throws ConfigError naming the variable.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerOptions {
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const integer = (name: string, min: number, max: number): number | undefined => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
    return Number(raw);
  };
  const path = (name: string) => {
    const raw = value(name);
    return raw === undefined ? undefined : isAbsolute(raw) ? raw : resolve(cwd, raw);
  };
  if (value('POOLSTER_DB') !== undefined) {
    throw new ConfigError(
      'POOLSTER_DB (the SQLite file of the former reference host) is no longer read: the server stores in PostgreSQL. ' +
        'Unset it, and set POOLSTER_DATA_DIR (embedded database) or POOLSTER_DATABASE_URL instead.',
    );
  }
  const options: ServerOptions = {};
  const set = <K extends keyof ServerOptions>(key: K, v: ServerOptions[K] | undefined) => {
    if (v !== undefined) options[key] = v;
  };
  set('port', integer('PORT', 0, 65535));
  set('host', value('HOST'));
  set('databaseUrl', value('POOLSTER_DATABASE_URL'));
  set('databasePoolSize', integer('POOLSTER_DATABASE_POOL_SIZE', 1, 1000));
  set('dataDir', path('POOLSTER_DATA_DIR'));
  set('instrumentPath', path('POOLSTER_INSTRUMENT'));
  set('allowedHosts', value('POOLSTER_ALLOWED_HOSTS')?.split(','));
  set('trustProxy', trustProxy(value('POOLSTER_TRUST_PROXY')));
  set('rateLimitMax', integer('POOLSTER_RATE_LIMIT_MAX', 0, 1_000_000));
  const window = integer('POOLSTER_RATE_LIMIT_WINDOW', 1, 86_400);
  set('rateLimitWindowMs', window === undefined ? undefined : window * 1000);
  set('maxConnections', integer('POOLSTER_MAX_CONNECTIONS', 1, 1_000_000));
  const budget = integer('POOLSTER_BODY_MEMORY_MB', 1, 1_000_000);
  set('bodyMemoryBudget', budget === undefined ? undefined : budget * 1024 * 1024);
  const share = integer('POOLSTER_BODY_MEMORY_PER_CLIENT_MB', 1, 1_000_000);
  set('bodyMemoryPerClient', share === undefined ? undefined : share * 1024 * 1024);
  const timeout = integer('POOLSTER_REQUEST_TIMEOUT', 1, 3600);
  set('requestTimeoutMs', timeout === undefined ? undefined : timeout * 1000);
  const idle = integer('POOLSTER_IDLE_TIMEOUT', 1, 3600);
  set('idleTimeoutMs', idle === undefined ? undefined : idle * 1000);
  set('logLevel', value('LOG_LEVEL')?.toLowerCase());
  const from = value('POOLSTER_MAIL_FROM');
  if (from !== undefined && /[\r\n]/.test(from)) throw new ConfigError('POOLSTER_MAIL_FROM must be one line.');
  set('mailFrom', from);
  set('smtpUrl', value('POOLSTER_SMTP_URL'));
  set('outboxDir', path('POOLSTER_OUTBOX_DIR'));
  set('publicBaseUrl', value('POOLSTER_PUBLIC_URL'));
  const hours = integer('POOLSTER_SESSION_HOURS', 1, 24 * 90);
  set('sessionLifetimeMs', hours === undefined ? undefined : hours * 3_600_000);
  const minutes = integer('POOLSTER_SIGN_IN_LINK_MINUTES', 1, 7 * 24 * 60);
  set('signInLinkLifetimeMs', minutes === undefined ? undefined : minutes * 60_000);
  // Days kept before the housekeeping job removes them (GDPR storage limitation; see DEPLOYMENT.md).
  set('auditRetentionDays', integer('POOLSTER_AUDIT_RETENTION_DAYS', 1, 36_500));
  set('draftRetentionDays', integer('POOLSTER_DRAFT_RETENTION_DAYS', 1, 36_500));
  // Team rounds left open this long are closed, their ballots deleted (a round may run for days, not for ever).
  set('roundMaxDays', integer('POOLSTER_ROUND_MAX_DAYS', 1, 3650));
  // The time zone every time is shown in (pages, elements, mails): one clock for the same scan everywhere.
  set('timeZone', value('POOLSTER_TIME_ZONE'));
  // The mail outbox (a sent scan's overview and notice): attempts before a mail is given up as failed, and
  // how often the outbox is looked at for retries that came due. Sign-in links per address per hour.
  set('mailMaxAttempts', integer('POOLSTER_MAIL_MAX_ATTEMPTS', 1, 100));
  const poll = integer('POOLSTER_MAIL_POLL_SECONDS', 1, 3600);
  set('mailPollIntervalMs', poll === undefined ? undefined : poll * 1000);
  set('signInMailsPerHour', integer('POOLSTER_SIGN_IN_MAILS_PER_HOUR', 1, 1000));
  set('oidcIssuer', value('POOLSTER_OIDC_ISSUER'));
  set('oidcClientId', value('POOLSTER_OIDC_CLIENT_ID'));
  set('oidcClientSecret', value('POOLSTER_OIDC_CLIENT_SECRET'));
  set('oidcName', value('POOLSTER_OIDC_NAME'));
  return options;
}

/** `true`/`false`, a hop count, or comma-separated proxy addresses (Fastify's trustProxy forms). */
function trustProxy(raw: string | undefined): boolean | number | string | undefined {
  if (raw === undefined) return undefined;
  if (/^(true|yes)$/i.test(raw)) return true;
  if (/^(false|no|0)$/i.test(raw)) return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[0-9a-fA-F.:/,\s]+$/.test(raw)) return raw.split(',').map((s) => s.trim()).filter(Boolean).join(',');
  throw new ConfigError(`POOLSTER_TRUST_PROXY must be true, false, a number of proxies, or their addresses (comma-separated), not "${raw}".`);
}
