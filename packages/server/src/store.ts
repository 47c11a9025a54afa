import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Database, SqlValue } from 'sql.js';
import { removeStaleTempFiles, writeFileAtomic, type StoreHooks } from './atomic-write.js';
import { acquireLock } from './lock.js';
import { sameContent } from './same-content.js';
import { SerialQueue } from './serial-queue.js';
import { sqlJs } from './sqlite.js';

/** A database file that cannot be used: the host refuses to start rather than overwrite it. */
export class StoreError extends Error {}

/** One submitted response, as the host keeps it. `body` is the response as JSON text. */
export interface StoredRecord {
  id: string;
  instrumentId: string;
  instrumentVersion: string;
  centre: string;
  submittedAt: string;
  body: string;
}

export interface StoredSummary {
  id: string;
  centre: string;
  submittedAt: string;
  instrumentVersion: string;
}

/** created: stored now; duplicate: the same response was stored before; conflict: another one was. */
export type InsertOutcome = 'created' | 'duplicate' | 'conflict';

const COLUMNS = ['id', 'instrument_id', 'instrument_version', 'centre', 'submitted_at', 'received_at', 'body'];

const CREATE = `CREATE TABLE IF NOT EXISTS responses (
  id TEXT PRIMARY KEY,
  instrument_id TEXT NOT NULL,
  instrument_version TEXT NOT NULL,
  centre TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  body TEXT NOT NULL
)`;

/**
 * The submitted responses, in an SQLite database that lives in memory (sql.js) and on disk as one
 * file. The file is read once, at start; after every write the whole database is exported and written
 * atomically (see writeFileAtomic), before the write is reported as done. Reads and writes go through
 * one queue, so a check-then-insert can never interleave with another and a reader never sees a row
 * that is not on disk yet.
 */
export class ResponseStore {
  private readonly queue = new SerialQueue();
  private closed = false;

  private constructor(
    private readonly db: Database,
    readonly path: string,
    private readonly hooks: StoreHooks,
    private readonly releaseLock: () => Promise<void>,
  ) {}

  /** Opens (or creates) the database file. Throws StoreError or LockError when it cannot be used. */
  static async open(path: string, options: { hooks?: StoreHooks; log?: (line: string) => void } = {}): Promise<ResponseStore> {
    await mkdir(dirname(path), { recursive: true });
    const release = await acquireLock(path);
    try {
      const removed = await removeStaleTempFiles(path);
      if (removed.length > 0) options.log?.(`Removed ${removed.length} temporary file(s) of an interrupted write: ${removed.join(', ')}`);
      const SQL = await sqlJs();
      const existing = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw new StoreError(`Cannot read the database ${path}: ${error.message}`);
      });
      let db: Database;
      try {
        db = existing ? new SQL.Database(existing) : new SQL.Database();
        db.exec(CREATE);
      } catch (error) {
        throw new StoreError(
          `${path} is not a readable SQLite database (${(error as Error).message}). It was left untouched: move it away, or set POOLSTER_DB to another file.`,
        );
      }
      const columns = new Set(rows(db, 'SELECT name FROM pragma_table_info(?)', ['responses']).map((r) => r.name));
      const missing = COLUMNS.filter((c) => !columns.has(c));
      if (missing.length > 0) {
        db.close();
        throw new StoreError(`The table "responses" in ${path} lacks the column(s) ${missing.join(', ')}. It was left untouched.`);
      }
      const store = new ResponseStore(db, path, options.hooks ?? {}, release);
      if (!existing) await store.persist();
      return store;
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** Stores a response unless its id is taken; says which of the three happened. */
  insert(record: StoredRecord): Promise<InsertOutcome> {
    return this.queue.run(async () => {
      this.assertOpen();
      const [existing] = rows(this.db, 'SELECT body FROM responses WHERE id = ?', [record.id]);
      if (existing) return sameContent(JSON.parse(String(existing.body)), JSON.parse(record.body)) ? 'duplicate' : 'conflict';
      this.db.run('INSERT INTO responses (id, instrument_id, instrument_version, centre, submitted_at, received_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        record.id,
        record.instrumentId,
        record.instrumentVersion,
        record.centre,
        record.submittedAt,
        new Date().toISOString(),
        record.body,
      ]);
      try {
        await this.persist();
      } catch (error) {
        // Not on disk, so not stored: the client hears it failed and may send it again.
        this.db.run('DELETE FROM responses WHERE id = ?', [record.id]);
        throw error;
      }
      return 'created';
    });
  }

  /** Every stored response, oldest submission first. */
  list(): Promise<StoredSummary[]> {
    return this.read(() =>
      rows(this.db, 'SELECT id, centre, submitted_at, instrument_version FROM responses ORDER BY submitted_at, id').map((r) => ({
        id: String(r.id),
        centre: String(r.centre),
        submittedAt: String(r.submitted_at),
        instrumentVersion: String(r.instrument_version),
      })),
    );
  }

  /** The JSON texts of every stored response, oldest submission first. */
  bodies(): Promise<string[]> {
    return this.read(() => rows(this.db, 'SELECT body FROM responses ORDER BY submitted_at, id').map((r) => String(r.body)));
  }

  /** One response's JSON text, or undefined. */
  body(id: string): Promise<string | undefined> {
    return this.read(() => {
      const [row] = rows(this.db, 'SELECT body FROM responses WHERE id = ?', [id]);
      return row ? String(row.body) : undefined;
    });
  }

  count(): Promise<number> {
    return this.read(() => Number(rows(this.db, 'SELECT count(*) AS n FROM responses')[0]!.n));
  }

  /** Waits for queued work, closes the database and releases the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue.run(() => {
      this.closed = true;
    });
    this.db.close();
    await this.releaseLock();
  }

  private read<T>(task: () => T): Promise<T> {
    return this.queue.run(() => {
      this.assertOpen();
      return task();
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The response store is closed.');
  }

  private async persist(): Promise<void> {
    await writeFileAtomic(this.path, this.db.export(), this.hooks);
  }
}

function rows(db: Database, sql: string, params: SqlValue[] = []): Array<Record<string, SqlValue>> {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const out: Array<Record<string, SqlValue>> = [];
    while (statement.step()) out.push(statement.getAsObject());
    return out;
  } finally {
    statement.free();
  }
}
