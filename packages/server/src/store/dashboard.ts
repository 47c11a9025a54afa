import type { Scope } from './directory.js';
import type { StoredSummary } from './store.js';

/** One scan the dashboard compares: the latest of its centre in its school year. */
export interface CycleScan {
  summary: StoredSummary;
  /** The name of the centre's school group; absent for a scan from before centres were registered. */
  schoolGroup?: string;
  /** The school year of the scan (`2025–2026`), on the calendar of the time zone asked for. */
  schoolYear: string;
  /** The response as stored (JSON text). */
  json: string;
}

/** What the comparison on the dashboard reads. */
export interface DashboardStore {
  /**
   * The latest submitted response of each centre in each school year (1 September–31 August, read in
   * `timeZone`, an IANA name) for one instrument, ordered by centre name (code-point order), then oldest
   * school year first. A registered centre is one centre whatever its scans were called; a scan from
   * before centres existed counts by the name it was sent with. Never every stored scan: its cost grows
   * with centres × school years, not with the scans a centre sends within a year.
   */
  latestPerCentreAndYear(instrumentId: string, scope: Scope, timeZone: string): Promise<CycleScan[]>;
}
