import { blockPlacements, checkResponseShape, makesResponseUnreadable, type BlockPlacement, type Instrument, type Issue, type Response } from '@poolster/schema';
import { format } from '../../i18n/strings.js';
import type { CompareStrings } from '../compare.strings.js';

/** One scan to compare: whose it is, when it was made, and the response (validated before use). */
export interface CompareEntry {
  /** The scan's id (on the server: the response's id). */
  id?: string;
  /** The centre's display name; without `centreId`, scans with the same label are the same centre. */
  label: string;
  /** Identifies the centre (default: the label), so a renamed centre stays one centre. */
  centreId?: string;
  /** The centre's school group (a display name), for the group filter. */
  group?: string;
  /** ISO date (or date-time) of the scan; the calendar date is used. */
  date?: string;
  /** The centre shares this scan with the network. */
  shared?: boolean;
  response: unknown;
}

/** A scan that takes part in the comparison. */
export interface Scan {
  entry: CompareEntry;
  /** Position in `entries`. */
  index: number;
  response: Response;
  /** Identifies the centre: its `centreId`, else its label, or `#index` for a scan without either. */
  key: string;
  /** The centre's school group, or '' when the entry has none. */
  group: string;
  /** The calendar date `YYYY-MM-DD`, or '' when the entry has none. */
  date: string;
  /** The response's content version when it differs from the instrument's. */
  otherVersion?: string;
  /** One placement per block, in the instrument's block order (`BlockEntry.index`). */
  placements: BlockPlacement[];
}

/** A scan that is left out, with the issue that says why. */
export interface Refusal {
  index: number;
  key: string;
  date: string;
  issue: Issue;
}

export interface Classified {
  scans: Scan[];
  refused: Refusal[];
  /** Every centre key, in the order of first appearance among all entries (refused ones too). */
  keys: string[];
  /** The label of each centre key: the label of its latest entry. */
  labels: Map<string, string>;
  /** The distinct other content versions, in order of appearance. */
  otherVersions: string[];
  otherVersionCount: number;
}

/** Validation results per instrument and entry object, so an unchanged entry is never validated twice. */
const validations = new WeakMap<Instrument, WeakMap<object, { response: unknown; issues: Issue[] }>>();

/**
 * What keeps an entry out of the comparison (`checkResponseShape`: forbidden keys, structure, another
 * instrument), memoised per entry object (re-run when its `response` is replaced). Not every answer against
 * its question: the views read placements only, and that check cost most of a first render of 1,000 scans.
 */
export function entryIssues(instrument: Instrument, entry: unknown): Issue[] {
  if (typeof entry !== 'object' || entry === null) return checkResponseShape(instrument, undefined);
  let perEntry = validations.get(instrument);
  if (!perEntry) {
    perEntry = new WeakMap();
    validations.set(instrument, perEntry);
  }
  const response = (entry as Partial<CompareEntry>).response;
  const cached = perEntry.get(entry);
  if (cached && cached.response === response) return cached.issues;
  const issues = checkResponseShape(instrument, response);
  perEntry.set(entry, { response, issues });
  return issues;
}

/** The calendar date of an ISO date or date-time, or '' when it is not one. */
export function isoDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return '';
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : '';
}

const field = (entry: unknown, name: keyof CompareEntry): string => {
  const value = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value.trim() : '';
};

/** A centre is `centreId ?? label`; an entry with neither is a centre of its own (`#index`). */
export const centreKey = (entry: unknown, index: number): string => field(entry, 'centreId') || field(entry, 'label') || `#${index}`;

/**
 * Splits the entries into scans to compare and refused ones. Another instrument, and responses that fail
 * structurally, are refused with their first issue; another content version is compared on the blocks it
 * shares with the instrument (the analysis functions only look at the instrument's blocks).
 */
export function classify(instrument: Instrument, entries: readonly unknown[]): Classified {
  const result: Classified = { scans: [], refused: [], keys: [], labels: new Map(), otherVersions: [], otherVersionCount: 0 };
  const labelDate = new Map<string, string>();
  entries.forEach((entry, index) => {
    const key = centreKey(entry, index);
    const date = isoDate(field(entry, 'date'));
    if (!labelDate.has(key)) result.keys.push(key);
    const label = field(entry, 'label');
    // The latest entry's label names the centre (a centre that was renamed shows its current name).
    if (label && (!labelDate.has(key) || date >= labelDate.get(key)!)) result.labels.set(key, label);
    if (!labelDate.has(key) || date > labelDate.get(key)!) labelDate.set(key, date);
    const issues = entryIssues(instrument, entry);
    // Another version of the instrument, even a major one, is compared and marked (otherVersions), not refused.
    const refusal = issues.find((i) => i.code === 'response.other-instrument') ?? issues.find(makesResponseUnreadable);
    if (refusal) {
      result.refused.push({ index, key, date, issue: refusal });
      return;
    }
    const response = (entry as CompareEntry).response as Response;
    const scan: Scan = { entry: entry as CompareEntry, index, response, key, group: field(entry, 'group'), date, placements: blockPlacements(instrument, response) };
    if (response.instrumentVersion !== instrument.version) {
      scan.otherVersion = response.instrumentVersion;
      result.otherVersionCount += 1;
      if (!result.otherVersions.includes(response.instrumentVersion)) result.otherVersions.push(response.instrumentVersion);
    }
    result.scans.push(scan);
  });
  return result;
}

/** Display names per centre key: the labels, or "Centre 1…n" in the order of the entries when anonymous. */
export function displayNames(classified: Classified, t: CompareStrings, anonymous: boolean): Map<string, string> {
  return new Map(
    classified.keys.map((key, i) => {
      if (anonymous) return [key, format(t.anonymousName, { n: i + 1 })];
      const label = classified.labels.get(key);
      if (label) return [key, label];
      return [key, key.startsWith('#') ? format(t.unnamed, { n: Number(key.slice(1)) + 1 }) : key];
    }),
  );
}

/** True when scan `a` was made after scan `b` (undated counts as oldest; equal dates: the later entry). */
export const later = (a: Scan, b: Scan): boolean => (a.date === b.date ? a.index > b.index : a.date > b.date);

/** The latest scan of every centre, in the order of the scans. */
export function latestPerCentre(scans: readonly Scan[]): Scan[] {
  const latest = new Map<string, Scan>();
  for (const scan of scans) {
    const current = latest.get(scan.key);
    if (!current || later(scan, current)) latest.set(scan.key, scan);
  }
  const keep = new Set(latest.values());
  return scans.filter((s) => keep.has(s));
}
