import { decodeCursor, encodeCursor } from './cursor.js';
import { toStoreError } from './database-errors.js';
import type { SqlEngine } from './sql-engine.js';
import { StoreUnavailableError, type InsertOutcome, type NewResponse, type Page, type ResponseStore, type StoredSummary } from './store.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

/** Times leave the database as ISO 8601 text in UTC, the same on both engines (no driver's date parsing). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const SUMMARY = `r.id, r.instrument_id, r.instrument_version, r.centre, ${iso('r.submitted_at')} AS submitted_at, ${iso('r.received_at')} AS received_at`;

interface SummaryRow {
  id: string;
  instrument_id: string;
  instrument_version: string;
  centre: string;
  submitted_at: string;
  received_at: string;
}

const toSummary = (row: SummaryRow): StoredSummary => ({
  id: row.id,
  instrumentId: row.instrument_id,
  instrumentVersion: row.instrument_version,
  centre: row.centre,
  submittedAt: row.submitted_at,
  receivedAt: row.received_at,
});

/**
 * The response store in SQL, on either engine. Every write is one autocommitted statement, so an
 * insert costs the same however many rows are stored, and concurrent inserts of one id are settled by
 * the primary key, not by reading first.
 */
export class SqlResponseStore implements ResponseStore {
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | undefined;

  constructor(private readonly db: SqlEngine) {}

  get engine(): 'pglite' | 'postgres' {
    return this.db.name;
  }

  insert(record: NewResponse): Promise<InsertOutcome> {
    const values = [
      record.id,
      record.instrumentId,
      record.instrumentVersion,
      record.centre,
      record.response.status,
      record.submittedAt,
      record.answersHash,
      JSON.stringify(record.response),
    ];
    return this.run('store the response', async () => {
      await this.db.checkWritable();
      // Twice at most: should the row that blocked the insert be gone when it is read (no route deletes
      // responses today), the insert is simply tried again.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const created = await this.db.query(
          `INSERT INTO responses (id, instrument_id, instrument_version, centre, status, submitted_at, answers_hash, body)
           VALUES ($1, $2, $3, $4, $5, date_trunc('milliseconds', $6::timestamptz), $7, $8::jsonb)
           ON CONFLICT (id) DO NOTHING
           RETURNING 1 AS created`,
          values,
        );
        if (created.length > 0) return 'created';
        // The id is taken (ON CONFLICT waits for a concurrent insert of it to commit): compare answers.
        const [stored] = await this.db.query<{ answers_hash: string }>('SELECT answers_hash FROM responses WHERE id = $1', [record.id]);
        if (stored) return stored.answers_hash === record.answersHash ? 'duplicate' : 'conflict';
      }
      throw new Error(`Response ${record.id} blocks its own insert but cannot be read.`);
    });
  }

  get(id: string): Promise<string | undefined> {
    return this.run('read the response', async () => {
      const [row] = await this.db.query<{ json: string }>('SELECT body::text AS json FROM responses WHERE id = $1', [id]);
      return row?.json;
    });
  }

  list(options: { limit?: number; cursor?: string } = {}): Promise<Page<StoredSummary>> {
    const limit = pageSize(options.limit);
    return this.run('list responses', async () => {
      const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
      const rows = after
        ? await this.db.query<SummaryRow>(
            `SELECT ${SUMMARY} FROM responses r
             WHERE (r.submitted_at, r.id) < ($2::timestamptz, $3)
             ORDER BY r.submitted_at DESC, r.id DESC LIMIT $1`,
            [limit + 1, after.submittedAt, after.id],
          )
        : await this.db.query<SummaryRow>(`SELECT ${SUMMARY} FROM responses r ORDER BY r.submitted_at DESC, r.id DESC LIMIT $1`, [limit + 1]);
      const items = rows.slice(0, limit).map(toSummary);
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, next: encodeCursor({ submittedAt: last.submittedAt, id: last.id }) } : { items };
    });
  }

  latestPerCentre(instrumentId: string): Promise<{ summary: StoredSummary; json: string }[]> {
    return this.run('read the dashboard', async () => {
      // The ids are picked from the index alone (an index-only scan); only the chosen rows are then read,
      // through the primary key, and only their bodies turned to text. Sorting happens here, not in SQL,
      // where it would sort the bodies too (megabytes, spilled to disk).
      const rows = await this.db.query<SummaryRow & { json: string }>(
        `SELECT ${SUMMARY}, r.body::text AS json FROM responses r
         WHERE r.id = ANY (ARRAY(
           SELECT DISTINCT ON (centre) id FROM responses
           WHERE instrument_id = $1 AND status = 'submitted'
           ORDER BY centre, submitted_at DESC, id DESC
         ))`,
        [instrumentId],
      );
      rows.sort((a, b) => (a.centre < b.centre ? -1 : a.centre > b.centre ? 1 : 0));
      return rows.map((row) => ({ summary: toSummary(row), json: row.json }));
    });
  }

  count(): Promise<number> {
    return this.run('count responses', async () => {
      const [row] = await this.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM responses');
      return row?.n ?? 0;
    });
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

  /** Runs one operation: refused once closing began, counted while it runs, its errors in the store's terms. */
  private run<T>(doing: string, operation: () => Promise<T>): Promise<T> {
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

function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE;
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}
