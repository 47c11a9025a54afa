/** Types for postgres.mjs (plain JavaScript, like chromium.mjs, so any script can load it without a compiler). */

/** A throw-away PostgreSQL server started by a test. */
export interface TestPostgres {
  /** `postgres://poolster@127.0.0.1:PORT/postgres` (the superuser `poolster`, no password). */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Creates an empty database and resolves to its URL. */
  createDatabase(name: string): Promise<string>;
  /** The postmaster's process id. */
  pid(): number;
  /** SIGKILLs the postmaster (a crash); resume() starts it again on the same port. */
  kill(): void;
  /** Stops the server (fast shutdown: sessions are cut), keeping its folder; resume() starts it again. */
  halt(): Promise<void>;
  /** Starts the server again on the same port, after halt() or kill(). */
  resume(): Promise<void>;
  /** Stops the server and removes its folder (also done when the process exits). */
  stop(): Promise<void>;
  stopNow(): void;
}

/** Installs Debian's PostgreSQL when it is missing (as root). Returns the folder of its programs. */
export function ensurePostgres(): string;

/** Starts a PostgreSQL server in a new temporary folder on a free loopback port. */
export function startPostgres(): Promise<TestPostgres>;
