import { toStoreError } from './database-errors.js';
import type { SqlEngine } from './sql-engine.js';
import { StoreUnavailableError } from './store.js';

/** Times leave the database as ISO 8601 text in UTC, the same on both engines (no driver's date parsing). */
export const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * What every part of the SQL store shares: the engine, and `run`, which refuses work once closing began,
 * counts the operations in flight (close waits for them) and turns engine errors into the store's.
 */
/**
 * What a part of the store kept in its own file (the outbox, drafts, the audit log…) needs: the engine
 * and the same `run`, so its work is counted, refused once closing began and its errors mapped alike.
 */
export interface SqlRunner {
  readonly db: SqlEngine;
  run<T>(doing: string, operation: () => Promise<T>): Promise<T>;
}

export class SqlStoreBase {
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | undefined;

  constructor(protected readonly db: SqlEngine) {}

  get engine(): 'pglite' | 'postgres' {
    return this.db.name;
  }

  ping(): Promise<void> {
    return this.run('answer', async () => {
      await this.db.query('SELECT 1');
    });
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      await this.db.close();
    })();
    return this.closing;
  }

  /** The engine and `run`, for the parts of the store kept in their own files. */
  protected runner(): SqlRunner {
    return { db: this.db, run: (doing, operation) => this.run(doing, operation) };
  }

  /** Runs one operation: refused once closing began, counted while it runs, its errors in the store's terms. */
  protected run<T>(doing: string, operation: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new StoreUnavailableError(`The store is closed; it cannot ${doing}.`));
    const running = operation().catch((error: unknown) => {
      throw toStoreError(error, doing);
    });
    this.inFlight.add(running);
    const forget = () => this.inFlight.delete(running);
    running.then(forget, forget);
    return running;
  }
}
