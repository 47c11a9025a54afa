import pg from 'pg';
import type { SqlEngine, SqlTransaction } from './sql-engine.js';

export interface PostgresEngineOptions {
  databaseUrl: string;
  poolSize?: number;
  log?: (line: string) => void;
}

/**
 * A PostgreSQL server through a node-postgres pool. The pool reconnects by itself: a connection that
 * broke (server restarted, network cut) is dropped and the next query opens a new one. A commit is
 * durable when it is acknowledged, as far as the server's `synchronous_commit` promises (on by default).
 */
export function openPostgresEngine(options: PostgresEngineOptions): SqlEngine {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    // A database that cannot be reached answers quickly (503) instead of holding requests.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'poolster',
  });
  // An idle connection that breaks (the server stopped) is reported here; without a listener it would
  // end the process. The pool has already dropped it; the next query connects again.
  pool.on('error', (error) => options.log?.(`PostgreSQL connection lost: ${error.message}`));
  return new PostgresEngine(pool);
}

class PostgresEngine implements SqlEngine {
  readonly name = 'postgres';

  constructor(private readonly pool: pg.Pool) {}

  async query<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(text, params)).rows as Row[];
  }

  async transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: unknown;
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <Row>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as Row[],
        exec: async (sql: string) => void (await client.query(sql)),
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
      throw error;
    } finally {
      // A connection that could not even roll back is not given back to the pool.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async checkWritable(): Promise<void> {
    // The server guards its own disk: a full one answers 53100, which the store maps to 503.
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
