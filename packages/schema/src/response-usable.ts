import type { Issue } from './issues.js';

/**
 * Which validation issues keep a response from being used with an instrument at all, as opposed to issues
 * that only mark answers as missing or out of place. The report, the comparison and a scan opening a draft
 * all decide with these.
 */

/** The response cannot be read against this instrument: its structure is broken, or it answers another instrument. */
export function makesResponseUnreadable(issue: Issue): boolean {
  return issue.code.startsWith('structure.') || issue.code === 'response.other-instrument';
}

/**
 * The response cannot be used as it stands: unreadable, or made with another major version of the instrument,
 * whose answers may mean something else (unless a migration hook carries them over: `canMigrate`).
 * Another minor or patch version is fine: its answers keep their meaning.
 */
export function makesResponseUnusable(issue: Issue, options: { canMigrate?: boolean } = {}): boolean {
  return makesResponseUnreadable(issue) || (issue.code === 'response.other-major-version' && !options.canMigrate);
}
