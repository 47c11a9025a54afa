import { decodeCursor, encodeCursor } from './cursor.js';
import type { DraftStore } from './drafts.js';
import type { Scope } from './directory.js';
import { SqlDashboard } from './sql-dashboard.js';
import type { DashboardStore } from './dashboard.js';
import { SqlAudit } from './sql-audit.js';
import { SqlDirectory } from './sql-directory.js';
import { SqlDraftStore } from './sql-drafts.js';
import { SqlSettings } from './sql-settings.js';
import type { SqlTransaction } from './sql-engine.js';
import type { NewMail, OutboxStore } from './outbox.js';
import { queueMails, SqlOutbox } from './sql-outbox.js';
import type { RoundStore } from './rounds.js';
import { SqlRounds } from './sql-rounds.js';
import { FROM, scopeSql, SUMMARY, toSummary, type SummaryRow } from './sql-summary.js';
import type { InsertOutcome, NewResponse, Page, ResponseStore, StoredSummary } from './store.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

/**
 * The response store in SQL, on either engine (with the directory of school groups, centres and people
 * it inherits, and the mail outbox as `outbox`). An insert is one autocommitted statement, or one
 * transaction with the mails it queues, so it costs the same however many rows are stored, and concurrent
 * inserts of one id are settled by the primary key, not by reading first.
 * Every read takes the reader's scope, so what a reader may not see is never read.
 */
export class SqlResponseStore extends SqlDirectory implements ResponseStore {
  readonly drafts: DraftStore = new SqlDraftStore(this.runner());
  readonly settings = new SqlSettings(this.runner());
  readonly audit = new SqlAudit(this.runner());
  readonly outbox: OutboxStore = new SqlOutbox(this.runner());
  readonly rounds: RoundStore = new SqlRounds(this.runner());
  readonly dashboard: DashboardStore = new SqlDashboard(this.runner());

  insert(record: NewResponse, mails: NewMail[] = []): Promise<InsertOutcome> {
    return this.run('store the response', async () => {
      await this.db.checkWritable();
      // Without mails one autocommitted statement does; with them, the response and its mails commit together.
      if (mails.length === 0) return insertResponse(this.db, record);
      return this.db.transaction(async (tx) => {
        const outcome = await insertResponse(tx, record);
        if (outcome === 'created') await queueMails(tx, mails);
        return outcome;
      });
    });
  }

  get(id: string, scope: Scope): Promise<string | undefined> {
    const where = scopeSql(scope, 2);
    return this.run('read the response', async () => {
      const [row] = await this.db.query<{ json: string }>(`SELECT r.body::text AS json FROM responses r WHERE r.id = $1 AND ${where.sql}`, [id, ...where.params]);
      return row?.json;
    });
  }

  list(options: { limit?: number; cursor?: string; scope: Scope }): Promise<Page<StoredSummary>> {
    const limit = pageSize(options.limit);
    return this.run('list responses', async () => {
      const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
      const where = scopeSql(options.scope, after ? 4 : 2);
      const rows = after
        ? await this.db.query<SummaryRow>(
            `SELECT ${SUMMARY} FROM ${FROM}
             WHERE (r.submitted_at, r.id) < ($2::timestamptz, $3) AND ${where.sql}
             ORDER BY r.submitted_at DESC, r.id DESC LIMIT $1`,
            [limit + 1, after.submittedAt, after.id, ...where.params],
          )
        : await this.db.query<SummaryRow>(`SELECT ${SUMMARY} FROM ${FROM} WHERE ${where.sql} ORDER BY r.submitted_at DESC, r.id DESC LIMIT $1`, [
            limit + 1,
            ...where.params,
          ]);
      const items = rows.slice(0, limit).map(toSummary);
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, next: encodeCursor({ submittedAt: last.submittedAt, id: last.id }) } : { items };
    });
  }

  latestPerCentre(instrumentId: string, scope: Scope): Promise<{ summary: StoredSummary; json: string }[]> {
    const where = scopeSql(scope, 2);
    return this.run('read the dashboard', async () => {
      // The ids are picked first (a registered centre by its id; a scan from before centres existed by
      // the name it was sent with); only the chosen rows are then read, through the primary key, and only
      // their bodies turned to text. Sorting happens here, not in SQL, where it would sort the bodies too.
      const rows = await this.db.query<SummaryRow & { json: string }>(
        `SELECT ${SUMMARY}, r.body::text AS json FROM ${FROM}
         WHERE r.id = ANY (ARRAY(
           SELECT DISTINCT ON (coalesce(r.centre_id, '') , CASE WHEN r.centre_id IS NULL THEN r.centre END) r.id FROM responses r
           WHERE r.instrument_id = $1 AND r.status = 'submitted' AND ${where.sql}
           ORDER BY coalesce(r.centre_id, ''), CASE WHEN r.centre_id IS NULL THEN r.centre END, r.submitted_at DESC, r.id DESC
         ))`,
        [instrumentId, ...where.params],
      );
      rows.sort((a, b) => (a.centre < b.centre ? -1 : a.centre > b.centre ? 1 : a.id < b.id ? -1 : 1));
      return rows.map((row) => ({ summary: toSummary(row), json: row.json }));
    });
  }

  deleteResponse(id: string): Promise<{ centreId?: string } | undefined> {
    return this.run('remove the response', async () => {
      await this.db.checkWritable();
      return this.db.transaction(async (tx) => {
        const [row] = await tx.query<{ centre_id: string | null }>('DELETE FROM responses WHERE id = $1 RETURNING centre_id', [id]);
        // Its mails go with it: an overview in the outbox is the scan itself, and a pending one must not
        // be sent after the scan was removed.
        if (row) await tx.query('DELETE FROM mail_outbox WHERE response_id = $1', [id]);
        return row ? (row.centre_id ? { centreId: row.centre_id } : {}) : undefined;
      });
    });
  }

  count(scope: Scope): Promise<number> {
    const where = scopeSql(scope, 1);
    return this.run('count responses', async () => {
      const [row] = await this.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM responses r WHERE ${where.sql}`, where.params);
      return row?.n ?? 0;
    });
  }
}

/**
 * Inserts the response unless its id is taken, on the engine or inside a transaction. Twice at most:
 * should the row that blocked the insert be gone when it is read (no route deletes responses today), the
 * insert is simply tried again.
 */
async function insertResponse(db: Pick<SqlTransaction, 'query'>, record: NewResponse): Promise<InsertOutcome> {
  const values = [
    record.id,
    record.instrumentId,
    record.instrumentVersion,
    record.centre,
    record.response.status,
    record.submittedAt,
    record.answersHash,
    JSON.stringify(record.response),
    record.centreId ?? null,
  ];
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const created = await db.query(
      `INSERT INTO responses (id, instrument_id, instrument_version, centre, status, submitted_at, answers_hash, body, centre_id)
       VALUES ($1, $2, $3, $4, $5, date_trunc('milliseconds', $6::timestamptz), $7, $8::jsonb, $9)
       ON CONFLICT (id) DO NOTHING
       RETURNING 1 AS created`,
      values,
    );
    if (created.length > 0) return 'created';
    // The id is taken (ON CONFLICT waits for a concurrent insert of it to commit): compare answers,
    // and the centre: the same answers from another centre are not its repeat.
    const [stored] = await db.query<{ answers_hash: string; centre_id: string | null }>('SELECT answers_hash, centre_id FROM responses WHERE id = $1', [record.id]);
    if (stored) return stored.answers_hash === record.answersHash && stored.centre_id === (record.centreId ?? null) ? 'duplicate' : 'conflict';
  }
  throw new Error(`Response ${record.id} blocks its own insert but cannot be read.`);
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE;
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}
