import { mkdir, readdir, stat, statfs } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';
import type { SqlEngine, SqlTransaction } from './sql-engine.js';
import { StoreError, StoreUnavailableError } from './store.js';

export const MEMORY = 'memory://';
const DEFAULT_MIN_FREE_BYTES = 100 * 1024 * 1024;

export interface PGliteEngineOptions {
  dataDir: string;
  minFreeBytes?: number;
  log?: (line: string) => void;
}

/**
 * PostgreSQL compiled to WebAssembly, in this process, on a data folder.
 *
 * One connection: PGlite queues every query and transaction itself (one at a time, in call order), so
 * nothing here queues again. Durability: PGlite's Node file system writes each page straight to the
 * operating system with a synchronous write, so a commit is in the files when the query resolves and
 * survives the process being killed; `relaxedDurability` only concerns the browser's file systems and is
 * left off. PGlite does not fsync, so a power cut or an operating-system crash can lose the last
 * commits: production data belongs on a PostgreSQL server.
 */
export async function openPGliteEngine(options: PGliteEngineOptions): Promise<SqlEngine> {
  const log = options.log ?? (() => undefined);
  if (options.dataDir === MEMORY) return new PGliteEngine(await createPGlite(undefined), undefined, async () => undefined, 0);

  const dir = resolve(options.dataDir);
  await prepareFolder(dir);
  const release = await lockDataDir(dir);
  try {
    await refuseForeignFolder(dir);
    const minFree = options.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES;
    await checkFreeSpace(dir, minFree);
    const started = performance.now();
    const db = await createPGlite(dir);
    log(`PGlite opened ${dir} in ${Math.round(performance.now() - started)} ms.`);
    return new PGliteEngine(db, dir, release, minFree);
  } catch (error) {
    await release();
    throw error;
  }
}

async function createPGlite(dataDir: string | undefined): Promise<PGlite> {
  try {
    return await PGlite.create({ ...(dataDir ? { dataDir } : {}), relaxedDurability: false });
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new StoreError(`PGlite cannot open the data folder ${dataDir ?? MEMORY}: ${detail}`, { cause: error });
  }
}

class PGliteEngine implements SqlEngine {
  readonly name = 'pglite';

  constructor(
    private readonly db: PGlite,
    private readonly dir: string | undefined,
    private readonly release: () => Promise<void>,
    private readonly minFreeBytes: number,
  ) {}

  async query<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.db.query<Row>(text, params)).rows;
  }

  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: async <Row>(text: string, params: unknown[] = []) => (await tx.query<Row>(text, params)).rows,
        exec: async (sql: string) => void (await tx.exec(sql)),
      }),
    );
  }

  async checkWritable(): Promise<void> {
    if (this.dir) await checkFreeSpace(this.dir, this.minFreeBytes);
  }

  async close(): Promise<void> {
    try {
      if (!this.db.closed) await this.db.close();
    } finally {
      await this.release();
    }
  }
}

async function prepareFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new StoreError(`Cannot use ${dir} as the data folder: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * PGlite would create a database in any folder, next to whatever is there. A folder that holds other
 * things but no database is most likely a wrong setting (a home folder, the old single-file store): refuse.
 */
async function refuseForeignFolder(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith(LOCK_FILE));
  if (names.length > 0 && !names.includes('PG_VERSION')) {
    throw new StoreError(`The data folder ${dir} holds other files but no database (${names.slice(0, 3).join(', ')}…). Give an empty or a new folder.`);
  }
}

/**
 * PostgreSQL answers a full disk with an error, but inside PGlite the failed write leaves it spinning:
 * the whole process stops answering. So writes stop, with StoreUnavailableError, while free space is
 * below the margin (a few WAL segments of 16 MB); they resume as soon as there is room again.
 */
async function checkFreeSpace(dir: string, minFreeBytes: number): Promise<void> {
  if (minFreeBytes <= 0) return;
  const fs = await statfs(dir);
  const free = fs.bavail * fs.bsize;
  if (free < minFreeBytes) {
    throw new StoreUnavailableError(
      `The disk of the data folder ${dir} is (nearly) full: ${Math.floor(free / 1048576)} MiB free, ${Math.ceil(minFreeBytes / 1048576)} MiB needed.`,
    );
  }
}
