/**
 * What the SQL store needs from an engine: PGlite in this process, or a PostgreSQL server through a
 * node-postgres pool. Both speak the same SQL; this is all that differs between them.
 */

/** Statements inside one transaction, on one connection. */
export interface SqlTransaction {
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs SQL text that may hold several statements (a migration file); no parameters. */
  exec(sql: string): Promise<void>;
}

export interface SqlEngine {
  readonly name: 'pglite' | 'postgres';
  /** One statement, committed on its own (and durable once it resolves) when it writes. */
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** Throws StoreUnavailableError when a write cannot safely be attempted now (PGlite: too little disk). */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}
