import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startPostgres, type TestPostgres } from '../../../../scripts/test/postgres.mjs';
import { openPGliteEngine } from '../../src/store/pglite-engine.js';
import { openPostgresEngine } from '../../src/store/postgres-engine.js';
import type { SqlEngine } from '../../src/store/sql-engine.js';
import type { StoreOptions } from '../../src/store/store.js';

/** One engine the shared store suite runs against: each call of `fresh` gives an empty database of its own. */
export interface TestEngine {
  readonly name: 'pglite' | 'postgres';
  /** How many inserts a writer process runs at once against this engine (PGlite has one connection, PostgreSQL a pool). */
  readonly writers: number;
  /** Store options for a new, empty database. */
  fresh(): Promise<StoreOptions>;
  /** The engine under the store, opened directly on a database (to look at or tamper with it). */
  openEngine(options: StoreOptions): Promise<SqlEngine>;
  /** Removes every database and server this engine made. */
  dispose(): Promise<void>;
}

export async function tempFolder(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `poolster-${prefix}-`));
}

/**
 * PGlite: an empty data folder is made once (its initdb takes seconds) and copied for every database,
 * which then opens as an existing one.
 */
export function pgliteEngine(): TestEngine {
  let template: Promise<string> | undefined;
  const folders: string[] = [];
  const makeTemplate = async () => {
    const parent = await tempFolder('pglite-template');
    folders.push(parent);
    const dir = join(parent, 'data');
    const db = await PGlite.create({ dataDir: dir });
    await db.close();
    return dir;
  };
  return {
    name: 'pglite',
    writers: 4,
    async fresh() {
      template ??= makeTemplate();
      const parent = await tempFolder('pglite');
      folders.push(parent);
      const dataDir = join(parent, 'data');
      await cp(await template, dataDir, { recursive: true });
      return { dataDir, log: () => undefined };
    },
    openEngine: (options) => openPGliteEngine({ dataDir: options.dataDir!, ...(options.minFreeBytes === undefined ? {} : { minFreeBytes: options.minFreeBytes }) }),
    async dispose() {
      await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** PostgreSQL: one server started for the test file, a new database in it for every case. */
export function postgresEngine(): TestEngine & { server(): Promise<TestPostgres> } {
  let server: Promise<TestPostgres> | undefined;
  let databases = 0;
  const started = () => (server ??= startPostgres());
  return {
    name: 'postgres',
    writers: 8,
    server: started,
    async fresh() {
      databases += 1;
      const databaseUrl = await (await started()).createDatabase(`store_${process.pid}_${databases}`);
      return { databaseUrl, poolSize: 10, log: () => undefined };
    },
    openEngine: async (options) => openPostgresEngine({ databaseUrl: options.databaseUrl! }),
    async dispose() {
      if (server) await (await server).stop();
    },
  };
}
