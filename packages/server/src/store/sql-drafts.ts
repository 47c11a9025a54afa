import type { DraftKey, DraftStore, DraftWrite, DraftWriteValues, ReopenOutcome, StoredDraft, VersionMatch } from './drafts.js';
import { iso, type SqlRunner } from './sql-store-base.js';

interface DraftRow {
  json: string;
  version: string;
  saved_by_name: string | null;
  updated_at: string;
}

const toDraft = (row: DraftRow): StoredDraft => ({
  json: row.json,
  version: row.version,
  ...(row.saved_by_name === null ? {} : { savedByName: row.saved_by_name }),
  updatedAt: row.updated_at,
});

/** The condition on `version` of a conditional write, its parameters numbered from `n`. */
function matchSql(match: VersionMatch, n: number): { sql: string; params: unknown[] } {
  // Compared as text: versions are handed out as the text of a bigint and come back as the client kept them.
  return 'any' in match ? { sql: 'TRUE', params: [] } : { sql: `version::text = ANY ($${n}::text[])`, params: [match.versions] };
}

/**
 * Drafts in SQL, on either engine. Every conditional write is one statement whose WHERE clause holds the
 * condition: PostgreSQL re-checks it on the row a concurrent writer just committed, so of two writers
 * that read the same version exactly one matches, without reading first.
 */
export class SqlDraftStore implements DraftStore {
  constructor(private readonly sql: SqlRunner) {}

  get(key: DraftKey): Promise<StoredDraft | undefined> {
    return this.sql.run('read the draft', async () => this.read(key));
  }

  create(key: DraftKey, values: DraftWriteValues): Promise<DraftWrite> {
    return this.sql.run('store the draft', async () => {
      await this.sql.db.checkWritable();
      const [row] = await this.sql.db.query<{ version: string }>(
        `INSERT INTO drafts (centre_id, instrument_id, envelope, version, saved_by, updated_at)
         VALUES ($1, $2, $3::jsonb, nextval('draft_versions'), $4, $5)
         ON CONFLICT (centre_id, instrument_id) DO NOTHING
         RETURNING version::text AS version`,
        [key.centreId, key.instrumentId, JSON.stringify(values.envelope), values.savedBy, values.now.toISOString()],
      );
      return this.outcome(key, row);
    });
  }

  replace(key: DraftKey, match: VersionMatch, values: DraftWriteValues): Promise<DraftWrite> {
    const condition = matchSql(match, 6);
    return this.sql.run('store the draft', async () => {
      await this.sql.db.checkWritable();
      const [row] = await this.sql.db.query<{ version: string }>(
        `UPDATE drafts SET envelope = $3::jsonb, version = nextval('draft_versions'), saved_by = $4, updated_at = $5
         WHERE centre_id = $1 AND instrument_id = $2 AND ${condition.sql}
         RETURNING version::text AS version`,
        [key.centreId, key.instrumentId, JSON.stringify(values.envelope), values.savedBy, values.now.toISOString(), ...condition.params],
      );
      return this.outcome(key, row);
    });
  }

  delete(key: DraftKey, match: VersionMatch): Promise<DraftWrite> {
    const condition = matchSql(match, 3);
    return this.sql.run('delete the draft', async () => {
      const [row] = await this.sql.db.query<{ version: string }>(
        `DELETE FROM drafts WHERE centre_id = $1 AND instrument_id = $2 AND ${condition.sql} RETURNING version::text AS version`,
        [key.centreId, key.instrumentId, ...condition.params],
      );
      return this.outcome(key, row);
    });
  }

  discard(key: DraftKey, responseId: string): Promise<boolean> {
    return this.sql.run('delete the draft', async () => {
      const rows = await this.sql.db.query(
        `DELETE FROM drafts WHERE centre_id = $1 AND instrument_id = $2 AND envelope->'response'->>'id' = $3 RETURNING 1 AS deleted`,
        [key.centreId, key.instrumentId, responseId],
      );
      return rows.length > 0;
    });
  }

  reopen(responseId: string, toEnvelope: (stored: unknown) => unknown, savedBy: string, now: Date, replace = false): Promise<ReopenOutcome> {
    return this.sql.run('reopen the response', async () => {
      await this.sql.db.checkWritable();
      return this.sql.db.transaction(async (tx): Promise<ReopenOutcome> => {
        // Locked, so a second reopen of the same scan waits and then finds it gone.
        const [stored] = await tx.query<{ json: string; centre_id: string | null; instrument_id: string }>(
          'SELECT body::text AS json, centre_id, instrument_id FROM responses WHERE id = $1 FOR UPDATE',
          [responseId],
        );
        if (!stored) return { outcome: 'not-found' };
        if (stored.centre_id === null) return { outcome: 'no-centre' };
        const key = { centreId: stored.centre_id, instrumentId: stored.instrument_id };
        // The team's draft in progress is replaced only when the admin asked for it, and then handed back.
        const [current] = await tx.query<{ json: string }>('SELECT envelope::text AS json FROM drafts WHERE centre_id = $1 AND instrument_id = $2 FOR UPDATE', [key.centreId, key.instrumentId]);
        if (current && !replace) return { outcome: 'draft-exists', key };
        if (current) await tx.query('DELETE FROM drafts WHERE centre_id = $1 AND instrument_id = $2', [key.centreId, key.instrumentId]);
        // ON CONFLICT: a member who creates a draft between the delete and this insert is replaced too.
        const [written] = await tx.query<{ version: string }>(
          `INSERT INTO drafts (centre_id, instrument_id, envelope, version, saved_by, updated_at)
           VALUES ($1, $2, $3::jsonb, nextval('draft_versions'), $4, $5)
           ON CONFLICT (centre_id, instrument_id) DO UPDATE
             SET envelope = excluded.envelope, version = excluded.version, saved_by = excluded.saved_by, updated_at = excluded.updated_at
           RETURNING version::text AS version`,
          [key.centreId, key.instrumentId, JSON.stringify(toEnvelope(JSON.parse(stored.json))), savedBy, now.toISOString()],
        );
        await tx.query('DELETE FROM responses WHERE id = $1', [responseId]);
        return { outcome: 'reopened', key, version: written!.version, replacedDraft: current !== undefined, ...(current ? { replaced: current.json } : {}) };
      });
    });
  }

  deleteNotSavedFor(ageMs: number, now: Date): Promise<number> {
    const before = new Date(now.getTime() - ageMs).toISOString();
    return this.sql.run('delete old drafts', async () => {
      const rows = await this.sql.db.query('DELETE FROM drafts WHERE updated_at < $1 RETURNING 1 AS deleted', [before]);
      return rows.length;
    });
  }

  private async read(key: DraftKey): Promise<StoredDraft | undefined> {
    const [row] = await this.sql.db.query<DraftRow>(
      `SELECT d.envelope::text AS json, d.version::text AS version, p.name AS saved_by_name, ${iso('d.updated_at')} AS updated_at
       FROM drafts d LEFT JOIN people p ON p.id = d.saved_by
       WHERE d.centre_id = $1 AND d.instrument_id = $2`,
      [key.centreId, key.instrumentId],
    );
    return row ? toDraft(row) : undefined;
  }

  /** A refused write answers with the draft as it is now, so the client can show the conflict at once. */
  private async outcome(key: DraftKey, row: { version: string } | undefined): Promise<DraftWrite> {
    if (row) return { done: true, version: row.version };
    const current = await this.read(key);
    return current ? { done: false, current } : { done: false };
  }
}
