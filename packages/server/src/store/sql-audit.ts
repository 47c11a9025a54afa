import type { Role } from './directory.js';
import type { AuditAction, AuditEntry, AuditObject, AuditStore, NewAuditEntry } from './audit.js';
import { iso, type SqlRunner } from './sql-store-base.js';
import { StoreInputError, type Page } from './store.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

interface AuditRow {
  id: string;
  at: string;
  person_id: string;
  role: Role;
  action: AuditAction;
  object_kind: AuditObject;
  object_id: string | null;
  centre_id: string | null;
}

// Qualified in ORDER BY: the output names `id` and `at` are text, and would sort as text.
const ORDER = 'ORDER BY a.at DESC, a.id DESC';
const COLUMNS = `a.id::text AS id, ${iso('a.at')} AS at, a.person_id, a.role, a.action, a.object_kind, a.object_id, a.centre_id`;

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  personId: row.person_id,
  role: row.role,
  action: row.action,
  objectKind: row.object_kind,
  ...(row.object_id !== null ? { objectId: row.object_id } : {}),
  ...(row.centre_id !== null ? { centreId: row.centre_id } : {}),
});

/** The audit log in SQL: entries are only added and, once expired, removed; never changed. */
export class SqlAudit implements AuditStore {
  constructor(private readonly sql: SqlRunner) {}

  record(entries: NewAuditEntry[]): Promise<void> {
    return this.sql.run('keep the audit entry', async () => {
      await this.sql.db.checkWritable();
      for (const entry of entries) {
        // A scan's centre is read from the scan in the same statement when the route did not know it.
        await this.sql.db.query(
          `INSERT INTO audit_log (at, person_id, role, action, object_kind, object_id, centre_id)
           VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, CASE WHEN $5 = 'response' THEN (SELECT centre_id FROM responses WHERE id = $6) END))`,
          [entry.at.toISOString(), entry.personId, entry.role, entry.action, entry.objectKind, entry.objectId ?? null, entry.centreId ?? null],
        );
      }
    });
  }

  list(options: { limit?: number; cursor?: string }): Promise<Page<AuditEntry>> {
    const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(options.limit ?? DEFAULT_PAGE)));
    return this.sql.run('list the audit log', async () => {
      const after = options.cursor === undefined ? undefined : decode(options.cursor);
      const rows = after
        ? await this.sql.db.query<AuditRow>(`SELECT ${COLUMNS} FROM audit_log a WHERE (a.at, a.id) < ($2::timestamptz, $3::bigint) ${ORDER} LIMIT $1`, [
            limit + 1,
            after.at,
            after.id,
          ])
        : await this.sql.db.query<AuditRow>(`SELECT ${COLUMNS} FROM audit_log a ${ORDER} LIMIT $1`, [limit + 1]);
      const items = rows.slice(0, limit).map(toEntry);
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, next: Buffer.from(JSON.stringify([last.at, last.id])).toString('base64url') } : { items };
    });
  }

  byPerson(personId: string): Promise<AuditEntry[]> {
    return this.sql.run('read the audit log', async () =>
      (await this.sql.db.query<AuditRow>(`SELECT ${COLUMNS} FROM audit_log a WHERE a.person_id = $1 ${ORDER}`, [personId])).map(toEntry),
    );
  }

  deleteBefore(date: Date): Promise<number> {
    return this.sql.run('remove expired audit entries', async () => (await this.sql.db.query('DELETE FROM audit_log WHERE at < $1 RETURNING 1', [date.toISOString()])).length);
  }
}

/** A cursor this log handed out: [time, id]; anything else is a StoreInputError (400). */
function decode(cursor: string): { at: string; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !Number.isNaN(Date.parse(value[0])) && typeof value[1] === 'string' && /^\d{1,19}$/.test(value[1])) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the refusal.
  }
  throw new StoreInputError('This audit cursor was not handed out by this server.');
}
