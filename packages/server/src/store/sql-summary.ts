/** What the store's reads of scans share: the summary columns, their row and the SQL of a reader's scope. */
import type { Scope } from './directory.js';
import { iso } from './sql-store-base.js';
import type { StoredSummary } from './store.js';

/** The centre's current name when the scan belongs to a registered centre; the text it was sent with otherwise. */
export const SUMMARY = `r.id, r.instrument_id, r.instrument_version, coalesce(c.name, r.centre) AS centre, r.centre_id, ${iso('r.submitted_at')} AS submitted_at, ${iso('r.received_at')} AS received_at`;
export const FROM = 'responses r LEFT JOIN centres c ON c.id = r.centre_id';

export interface SummaryRow {
  id: string;
  instrument_id: string;
  instrument_version: string;
  centre: string;
  centre_id: string | null;
  submitted_at: string;
  received_at: string;
}

export const toSummary = (row: SummaryRow): StoredSummary => ({
  id: row.id,
  instrumentId: row.instrument_id,
  instrumentVersion: row.instrument_version,
  centre: row.centre,
  ...(row.centre_id ? { centreId: row.centre_id } : {}),
  submittedAt: row.submitted_at,
  receivedAt: row.received_at,
});

/** The WHERE condition of a reader's scope, its parameter numbered `n`. */
export function scopeSql(scope: Scope, n: number): { sql: string; params: unknown[] } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: [] };
    case 'centre':
      return { sql: `r.centre_id = $${n}`, params: [scope.centreId] };
    case 'school-group':
      return { sql: `r.status = 'submitted' AND r.centre_id IN (SELECT id FROM centres WHERE school_group_id = $${n})`, params: [scope.schoolGroupId] };
  }
}

