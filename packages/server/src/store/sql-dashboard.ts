import type { CycleScan, DashboardStore } from './dashboard.js';
import type { Scope } from './directory.js';
import type { SqlRunner } from './sql-store-base.js';
import { scopeSql, SUMMARY, toSummary, type SummaryRow } from './sql-summary.js';

/**
 * The first calendar year of a scan's school year, on the calendar of the zone in `$2`: moving the local
 * time back eight months takes 1 September to 1 January and 31 August to 31 December, so the year of
 * what is left is the school year's first. The same expression on both engines.
 */
const YEAR_START = `extract(year FROM (r.submitted_at AT TIME ZONE $2) - interval '8 months')::integer`;
/** A centre: a registered one by its id, a scan from before centres existed by the name it was sent with. */
const CENTRE_KEY = `coalesce(r.centre_id, ''), CASE WHEN r.centre_id IS NULL THEN r.centre END`;

/** The dashboard's reads in SQL, on either engine. */
export class SqlDashboard implements DashboardStore {
  constructor(private readonly sql: SqlRunner) {}

  latestPerCentreAndYear(instrumentId: string, scope: Scope, timeZone: string): Promise<CycleScan[]> {
    const where = scopeSql(scope, 3);
    return this.sql.run('read the dashboard', async () => {
      // As latestPerCentre: the ids are picked first, then only those rows are read and their bodies
      // turned to text; sorting happens here, not in SQL, where it would sort the bodies too.
      const rows = await this.sql.db.query<SummaryRow & { json: string; school_group: string | null; year_start: number }>(
        `SELECT ${SUMMARY}, g.name AS school_group, ${YEAR_START} AS year_start, r.body::text AS json
         FROM responses r LEFT JOIN centres c ON c.id = r.centre_id LEFT JOIN school_groups g ON g.id = c.school_group_id
         WHERE r.id = ANY (ARRAY(
           SELECT DISTINCT ON (${CENTRE_KEY}, ${YEAR_START}) r.id FROM responses r
           WHERE r.instrument_id = $1 AND r.status = 'submitted' AND ${where.sql}
           ORDER BY ${CENTRE_KEY}, ${YEAR_START}, r.submitted_at DESC, r.id DESC
         ))`,
        [instrumentId, timeZone, ...where.params],
      );
      rows.sort((a, b) => (a.centre < b.centre ? -1 : a.centre > b.centre ? 1 : a.submitted_at < b.submitted_at ? -1 : a.submitted_at > b.submitted_at ? 1 : a.id < b.id ? -1 : 1));
      return rows.map((row) => ({
        summary: toSummary(row),
        ...(row.school_group !== null ? { schoolGroup: row.school_group } : {}),
        schoolYear: `${row.year_start}–${row.year_start + 1}`,
        json: row.json,
      }));
    });
  }
}
