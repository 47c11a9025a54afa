import { isAbsolute, join, resolve } from 'node:path';
import type { StoreHooks } from './atomic-write.js';
import { REPO_ROOT } from './paths.js';

/** What `startHost` needs. Every field has a default; `configFromEnv` fills them from the environment. */
export interface HostOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1 (this machine only). */
  host?: string;
  /** The SQLite database file; created (with its folder) on first start. */
  dbPath?: string;
  /** The instrument JSON; validated at start. Default: the GO! pack. */
  instrumentPath?: string;
  /** The drop-in bundle served as /poolster.js. */
  dropInPath?: string;
  /** The From of the .eml overview. */
  mailFrom?: string;
  /** Where the host logs (one line per event). Default: stderr. */
  log?: (line: string) => void;
  /** Test-only: called at each stage of a database write (to simulate a crash there). */
  hooks?: StoreHooks;
}

export type ResolvedOptions = Required<Omit<HostOptions, 'hooks'>> & { hooks: StoreHooks };

export const DEFAULTS = {
  port: 8080,
  host: '127.0.0.1',
  dbPath: join(REPO_ROOT, 'examples/host/data/poolster.sqlite'),
  instrumentPath: join(REPO_ROOT, 'content/go-clb/instrument.json'),
  dropInPath: join(REPO_ROOT, 'packages/elements/dist/poolster.js'),
  mailFrom: 'Poolster <poolster@localhost>',
} as const;

/** The request body limit of POST /api/responses. */
export const BODY_LIMIT = 1024 * 1024;

export function resolveOptions(options: HostOptions = {}): ResolvedOptions {
  return {
    port: options.port ?? DEFAULTS.port,
    host: options.host ?? DEFAULTS.host,
    dbPath: resolve(options.dbPath ?? DEFAULTS.dbPath),
    instrumentPath: resolve(options.instrumentPath ?? DEFAULTS.instrumentPath),
    dropInPath: resolve(options.dropInPath ?? DEFAULTS.dropInPath),
    mailFrom: options.mailFrom ?? DEFAULTS.mailFrom,
    log: options.log ?? ((line) => console.error(line)),
    hooks: options.hooks ?? {},
  };
}

/** A setting that cannot be used: the host refuses to start and says why. */
export class ConfigError extends Error {}

/**
 * Options from the environment: PORT, HOST, POOLSTER_DB, POOLSTER_INSTRUMENT (paths relative to the
 * working directory), POOLSTER_MAIL_FROM. Unset or empty means the default.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): HostOptions {
  const options: HostOptions = {};
  const value = (name: string) => (env[name] === undefined || env[name]!.trim() === '' ? undefined : env[name]!.trim());
  const port = value('PORT');
  if (port !== undefined) {
    if (!/^\d+$/.test(port) || Number(port) > 65535) throw new ConfigError(`PORT must be a number from 0 to 65535, not "${port}".`);
    options.port = Number(port);
  }
  const host = value('HOST');
  if (host !== undefined) options.host = host;
  const path = (name: string) => {
    const p = value(name);
    return p === undefined ? undefined : isAbsolute(p) ? p : resolve(cwd, p);
  };
  const db = path('POOLSTER_DB');
  if (db !== undefined) options.dbPath = db;
  const instrument = path('POOLSTER_INSTRUMENT');
  if (instrument !== undefined) options.instrumentPath = instrument;
  const from = value('POOLSTER_MAIL_FROM');
  if (from !== undefined) {
    if (/[\r\n]/.test(from)) throw new ConfigError('POOLSTER_MAIL_FROM must be one line.');
    options.mailFrom = from;
  }
  return options;
}
