/**
 * The one store interface of the server. One SQL implementation serves it on two engines: PGlite
 * (PostgreSQL compiled to WebAssembly, a data folder on disk; the default, so `npm start` needs no
 * service) and a PostgreSQL server through node-postgres (production, `POOLSTER_DATABASE_URL`).
 * The same store test suite runs against both.
 */
import type { Response } from '@poolster/schema';
import type { AuditStore } from './audit.js';
import type { DashboardStore } from './dashboard.js';
import type { DirectoryStore, Scope } from './directory.js';
import type { DraftStore } from './drafts.js';
import type { SettingsStore } from './settings.js';
import type { NewMail, OutboxStore } from './outbox.js';
import type { RoundStore } from './rounds.js';

/** A validated, submitted response, ready to store. */
export interface NewResponse {
  /** The response id: the idempotency key. */
  id: string;
  instrumentId: string;
  instrumentVersion: string;
  /** The centre's name as the scan gives it (the server fills it in from the centre). */
  centre: string;
  /** The registered centre the scan belongs to (always set by the server; absent only in older data). */
  centreId?: string;
  /** ISO 8601. */
  submittedAt: string;
  /** The validated value: never the raw request body. Stored as `jsonb`. */
  response: Response;
  /**
   * A hash of the answers (not of the time stamps the scan sets again when it retries): the same hash
   * under the same id is a repeat (200), another hash a conflict (409).
   */
  answersHash: string;
}

/** A stored response without its answers: what a list shows. */
export interface StoredSummary extends Pick<NewResponse, 'id' | 'instrumentId' | 'instrumentVersion' | 'centreId' | 'submittedAt'> {
  /** The centre's current name (or, for a scan from before centres were registered, the name it was sent with). */
  centre: string;
  receivedAt: string;
}

/** created: stored now; duplicate: the same answers were stored under this id before; conflict: other answers were. */
export type InsertOutcome = 'created' | 'duplicate' | 'conflict';

/** One page of a list, newest first; `next` is the cursor of the following page, when there is one. */
export interface Page<T> {
  items: T[];
  next?: string;
}

/**
 * Every read takes the reader's scope, and must: there is no default, so a new caller cannot forget it and
 * read everything. Pass `ALL` (directory.ts) only where the network admin or the server itself reads.
 * What lies outside the scope is never read.
 */
export interface ResponseStore extends DirectoryStore {
  /** Which engine serves the store: for logs and /readyz. */
  readonly engine: 'pglite' | 'postgres';
  /** The centres' scans in progress (see drafts.ts). */
  readonly drafts: DraftStore;
  /**
   * Stores a response unless its id is taken; says which of the three happened. Resolves only once the row
   * is durable. `mails` (the overview for the directors, the school group's notice) are queued in the same
   * transaction, and only when the response is stored now ('created'): a crash cannot keep the one
   * without the other, and a repeat queues nothing.
   */
  insert(record: NewResponse, mails?: NewMail[]): Promise<InsertOutcome>;
  /** The mails the server sends on its own, kept until they are sent. */
  readonly outbox: OutboxStore;
  /** One stored response as JSON text (as stored), or undefined. */
  get(id: string, scope: Scope): Promise<string | undefined>;
  /** Summaries, newest submission first, `limit` at a time (at most 500). */
  list(options: { limit?: number; cursor?: string; scope: Scope }): Promise<Page<StoredSummary>>;
  /**
   * What the dashboard shows: the latest submitted response of each centre for one instrument, as JSON
   * texts (as stored), with their summaries, ordered by centre name (code-point order). A registered
   * centre is one entry whatever its scans were called. Never every stored scan: its cost grows with the
   * number of centres, not of scans.
   */
  latestPerCentre(instrumentId: string, scope: Scope): Promise<{ summary: StoredSummary; json: string }[]>;
  /**
   * Removes a stored response for good (the network admin, on a person's request under the GDPR): the
   * centre it belonged to, or undefined when there was none of this id.
   */
  deleteResponse(id: string): Promise<{ centreId?: string } | undefined>;
  /** The network's settings. */
  readonly settings: SettingsStore;
  /** Who read, changed, deleted or exported what. */
  readonly audit: AuditStore;
  /** Team rounds: anonymous counts, and the placements of a round while it is open. */
  readonly rounds: RoundStore;
  /** The comparison's reads: the latest scan of each centre in each school year. */
  readonly dashboard: DashboardStore;
  /** How many responses are stored. */
  count(scope: Scope): Promise<number>;
  /** Throws StoreUnavailableError when the database cannot answer now (for /readyz). */
  ping(): Promise<void>;
  /** Waits for writes in progress, then closes the connection(s). */
  close(): Promise<void>;
}

/**
 * The database cannot be reached or cannot write now (down, disk full, too many connections). The
 * server answers 503 with Retry-After; nothing acknowledged is lost, and the store recovers by itself
 * when the database is back.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** The database holds something the store cannot use (a newer migration, a foreign schema): the server refuses to start. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/**
 * The request asked for something the store cannot do, whatever the database's state: a list cursor it
 * did not hand out, or a value PostgreSQL cannot store (a NUL character, a lone UTF-16 surrogate, a
 * date out of range). The server answers 400; retrying the same request cannot help.
 */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
}

/**
 * A name or address that must be unique is taken (SQLSTATE 23505). A StoreInputError (400) unless the
 * route says better: the admin routes answer 409 with what is taken. `constraint` names the index.
 */
export class StoreConflictError extends StoreInputError {
  override name = 'StoreConflictError';
  constructor(
    message: string,
    readonly constraint: string | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface StoreOptions {
  /** `postgres://…`: a PostgreSQL server. Without it: PGlite in `dataDir`. */
  databaseUrl?: string;
  /**
   * PGlite's data folder (created when missing; one process at a time: a second opener gets a
   * StoreError). `memory://` keeps the database in memory only (tests). One of the two is required.
   */
  dataDir?: string;
  /** Connections in the pool (PostgreSQL only; default 10). */
  poolSize?: number;
  /**
   * PGlite only: writes are refused with StoreUnavailableError while the data folder's disk has less
   * free space than this (default 100 MiB). PGlite blocks the whole process when PostgreSQL runs out of
   * disk in the middle of a write, so the store must not let it get there.
   */
  minFreeBytes?: number;
  log?: (line: string) => void;
}
