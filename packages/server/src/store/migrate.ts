import { readdir, readFile } from 'node:fs/promises';
import type { SqlEngine } from './sql-engine.js';
import { StoreError } from './store.js';

/** Where the numbered migrations live: `0001-responses.sql`, `0002-…`. */
export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/**
 * The advisory lock the migrating server holds (an arbitrary fixed number, "Pool" in ASCII): a second
 * server starting at the same time on the same database waits for it, then finds nothing left to do.
 */
const MIGRATION_LOCK = 0x506f6f6c;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_NAME = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** The migrations this code knows, in order; numbered 1, 2, 3… without gaps (checked, since a gap is a mistake). */
export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_NAME.exec(file);
    if (!match) throw new StoreError(`Migration file name ${file} is not NNNN-name.sql.`);
    const version = Number(match[1]);
    if (version !== migrations.length + 1) throw new StoreError(`Migration ${file} should be number ${migrations.length + 1}.`);
    migrations.push({ version, name: match[2]!, sql: await readFile(new URL(file, dir), 'utf8') });
  }
  return migrations;
}

/**
 * Brings the database up to the newest migration, all in one transaction under an advisory lock:
 * either every pending migration is applied and recorded, or none is. A database that records a
 * migration this code does not know (written by a newer server) is refused with StoreError, as is one
 * whose tables were not made by these migrations. Resolves to the versions it applied.
 */
export async function migrate(engine: SqlEngine, migrations: Migration[], log: (line: string) => void = () => undefined): Promise<number[]> {
  return engine.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS poolster_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM poolster_migrations ORDER BY version');
    const applied = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...applied);
    if (newest > migrations.length) {
      throw new StoreError(
        `The database has migration ${newest}, but this server knows migrations up to ${migrations.length} only: it was used by a newer Poolster server. Start that version (or a newer one).`,
      );
    }
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw asMigrationError(error, migration);
      }
      await tx.query('INSERT INTO poolster_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      log(`Database migration ${migration.version} (${migration.name}) applied.`);
      done.push(migration.version);
    }
    return done;
  });
}

/** SQLSTATE 42P07 / 42710 / 42701: a table, index or column that already exists, made by something else. */
const ALREADY_THERE = new Set(['42P07', '42710', '42701']);

function asMigrationError(error: unknown, migration: Migration): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && ALREADY_THERE.has(code)) {
    return new StoreError(
      `The database already holds what migration ${migration.version} (${migration.name}) creates, but no record of it: it holds tables Poolster did not make (${(error as Error).message}). Use an empty database.`,
      { cause: error },
    );
  }
  return error;
}
