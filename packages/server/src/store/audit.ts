/**
 * The audit log (GDPR accountability): who (a person's id and role) read, changed, deleted or exported
 * what (its kind, its id, the centre it belongs to), and when. Written for every request of a route that
 * declares it (plugins/audit.ts); entries expire after the retention period (housekeeping.ts).
 */
import type { Role } from './directory.js';
import type { Page } from './store.js';

export const AUDIT_ACTIONS = ['read', 'change', 'delete', 'export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an entry is about. */
export const AUDIT_OBJECTS = ['response', 'draft', 'dashboard', 'school-group', 'centre', 'person', 'settings', 'round'] as const;
export type AuditObject = (typeof AUDIT_OBJECTS)[number];

export interface NewAuditEntry {
  at: Date;
  personId: string;
  role: Role;
  action: AuditAction;
  objectKind: AuditObject;
  objectId?: string;
  /** The centre the object belongs to; for a scan left out, the store fills it in from the scan. */
  centreId?: string;
}

/** An entry as kept: what was recorded, with its id and its time as text. */
export interface AuditEntry extends Omit<NewAuditEntry, 'at'> {
  id: string;
  /** ISO 8601, UTC. */
  at: string;
}

export interface AuditStore {
  /** Keeps the entries; resolves once they are durable. */
  record(entries: NewAuditEntry[]): Promise<void>;
  /** Newest first, `limit` at a time (at most 500). */
  list(options: { limit?: number; cursor?: string }): Promise<Page<AuditEntry>>;
  /** Every entry of what this person did, newest first (for the export about them). */
  byPerson(personId: string): Promise<AuditEntry[]>;
  /** Removes the entries made before `date`; how many. */
  deleteBefore(date: Date): Promise<number>;
}
