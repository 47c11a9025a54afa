import { toStoreError } from './database-errors.js';
import { loadMigrations, migrate } from './migrate.js';
import { openPGliteEngine } from './pglite-engine.js';
import { openPostgresEngine } from './postgres-engine.js';
import type { SqlEngine } from './sql-engine.js';
import { SqlResponseStore } from './sql-store.js';
import { StoreError, StoreUnavailableError, type ResponseStore, type StoreOptions } from './store.js';

/**
 * Opens the store: a PostgreSQL server when `databaseUrl` is set, else PGlite in `dataDir`; then runs
 * the migrations the database lacks. Rejects with StoreUnavailableError when the database cannot be
 * reached or written now (the server may retry, or exit and be restarted), and with StoreError when
 * it must not be used (a newer server's database, foreign tables, a data folder another process holds).
 */
export async function openStore(options: StoreOptions): Promise<ResponseStore> {
  const log = options.log ?? (() => undefined);
  const migrations = await loadMigrations();
  const started = performance.now();
  let engine: SqlEngine;
  if (options.databaseUrl) {
    engine = openPostgresEngine({ databaseUrl: options.databaseUrl, poolSize: options.poolSize, log });
  } else if (options.dataDir) {
    engine = await openPGliteEngine({ dataDir: options.dataDir, minFreeBytes: options.minFreeBytes, log });
  } else {
    throw new StoreError('The store needs a database URL (PostgreSQL) or a data folder (PGlite).');
  }
  try {
    await migrate(engine, migrations, log);
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw asStartError(error);
  }
  log(`Store ready on ${engine.name === 'postgres' ? `PostgreSQL (${describeUrl(options.databaseUrl!)})` : `PGlite (${options.dataDir})`} in ${Math.round(performance.now() - started)} ms.`);
  return new SqlResponseStore(engine);
}

/** At start, whatever is not "unavailable now" means the database must not be used as it is. */
function asStartError(error: unknown): Error {
  const mapped = toStoreError(error, 'be prepared');
  if (mapped instanceof StoreUnavailableError || mapped instanceof StoreError) return mapped;
  const detail = mapped instanceof Error ? mapped.message : String(mapped);
  return new StoreError(`The database cannot be prepared: ${detail}`, { cause: error });
}

/** Host, port and database of a URL, never its password (for the log). */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'the configured URL';
  }
}
