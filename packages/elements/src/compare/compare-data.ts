import {
  blockPlacements,
  checkResponseShape,
  type BlockEntry,
  type BlockPlacement,
  type Instrument,
  type InstrumentModel,
  type Issue,
  type OptionCounts,
  type RankedBlock,
  type Response,
  type StageDistribution,
  type Table,
} from '@poolster/schema';
import { format } from '../i18n/strings.js';
import type { CompareStrings } from './compare.strings.js';

/** One scan to compare: whose it is, when it was made, and the response (validated before use). */
export interface CompareEntry {
  /** The scan's id (on the server: the response id). */
  id?: string;
  /** The centre (or team); scans with the same label are the same centre at different dates. */
  label: string;
  /** Identifies the centre; default: the label. */
  centreId?: string;
  /** The centre's school group (display name). */
  group?: string;
  /** ISO date (or date-time) of the scan; the calendar date is used. */
  date?: string;
  /** A centre outside the reader's scope, shared network-wide: placements only. */
  shared?: boolean;
  response: unknown;
}

export const VIEWS = ['matrix', 'distribution', 'aspects', 'priorities', 'matches', 'cycles', 'teams'] as const;
export type CompareView = (typeof VIEWS)[number];
export const SORTS = ['label', 'mean-stage', 'date'] as const;
export type CompareSort = (typeof SORTS)[number];

/** A scan that takes part in the comparison. */
export interface Scan {
  entry: CompareEntry;
  /** Position in `entries`. */
  index: number;
  response: Response;
  /** Identifies the centre: its label, or `#index` for a scan without one. */
  key: string;
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

const keyOf = (entry: unknown, index: number): string => {
  const label = typeof entry === 'object' && entry !== null ? (entry as Partial<CompareEntry>).label : undefined;
  return typeof label === 'string' && label.trim() !== '' ? label.trim() : `#${index}`;
};

/**
 * Splits the entries into scans to compare and refused ones. Another instrument, and responses that fail
 * structurally, are refused with their first issue; another content version is compared on the blocks it
 * shares with the instrument (the analysis functions only look at the instrument's blocks).
 */
export function classify(instrument: Instrument, entries: readonly unknown[]): Classified {
  const result: Classified = { scans: [], refused: [], keys: [], otherVersions: [], otherVersionCount: 0 };
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const key = keyOf(entry, index);
    if (!seen.has(key)) {
      seen.add(key);
      result.keys.push(key);
    }
    const date = isoDate(typeof entry === 'object' && entry !== null ? (entry as Partial<CompareEntry>).date : undefined);
    const issues = entryIssues(instrument, entry);
    const refusal = issues.find((i) => i.code === 'response.other-instrument') ?? (issues[0]?.code.startsWith('structure.') ? issues[0] : undefined);
    if (refusal) {
      result.refused.push({ index, key, date, issue: refusal });
      return;
    }
    const response = (entry as CompareEntry).response as Response;
    const scan: Scan = { entry: entry as CompareEntry, index, response, key, date, placements: blockPlacements(instrument, response) };
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
      return [key, key.startsWith('#') ? format(t.unnamed, { n: Number(key.slice(1)) + 1 }) : key];
    }),
  );
}

/** Mean current stage index over the given blocks, or undefined when none of them is placed. */
export function meanStage(scan: Scan, blocks: readonly BlockEntry[]): number | undefined {
  let sum = 0;
  let n = 0;
  for (const { index } of blocks) {
    const i = scan.placements[index]?.currentIndex;
    if (i !== undefined) {
      sum += i;
      n += 1;
    }
  }
  return n === 0 ? undefined : sum / n;
}

/**
 * Orders scans: by name (numbers in names compared as numbers), by mean stage over the shown blocks
 * (highest first, unplaced last) or by date (oldest first, undated last). Ties: name, date, entry order.
 */
export function sortScans(scans: readonly Scan[], sort: CompareSort, names: ReadonlyMap<string, string>, blocks: readonly BlockEntry[], lang: string): Scan[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const name = (s: Scan): string => names.get(s.key) ?? s.key;
  const byName = (a: Scan, b: Scan): number => collator.compare(name(a), name(b));
  const byDate = (a: Scan, b: Scan): number => (a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1);
  const byIndex = (a: Scan, b: Scan): number => a.index - b.index;
  if (sort === 'mean-stage') {
    const means = new Map(scans.map((s) => [s, meanStage(s, blocks)]));
    const byMean = (a: Scan, b: Scan): number => {
      const ma = means.get(a);
      const mb = means.get(b);
      if (ma === mb) return 0;
      if (ma === undefined) return 1;
      if (mb === undefined) return -1;
      return mb - ma;
    };
    return [...scans].sort((a, b) => byMean(a, b) || byName(a, b) || byDate(a, b) || byIndex(a, b));
  }
  if (sort === 'date') return [...scans].sort((a, b) => byDate(a, b) || byName(a, b) || byIndex(a, b));
  return [...scans].sort((a, b) => byName(a, b) || byDate(a, b) || byIndex(a, b));
}

/** True when scan `a` was made after scan `b` (undated counts as oldest; equal dates: the later entry). */
const later = (a: Scan, b: Scan): boolean => (a.date === b.date ? a.index > b.index : a.date > b.date);

/** The latest scan of every centre. */
export function latestPerCentre(scans: readonly Scan[]): Scan[] {
  const latest = new Map<string, Scan>();
  for (const scan of scans) {
    const current = latest.get(scan.key);
    if (!current || later(scan, current)) latest.set(scan.key, scan);
  }
  return [...latest.values()];
}

/** For every centre with two or more dated scans: its first and its latest dated scan. */
export function trendPairs(scans: readonly Scan[]): Array<{ first: Scan; last: Scan }> {
  const byKey = new Map<string, Scan[]>();
  for (const scan of scans) {
    if (scan.date === '') continue;
    const list = byKey.get(scan.key) ?? [];
    list.push(scan);
    byKey.set(scan.key, list);
  }
  const pairs: Array<{ first: Scan; last: Scan }> = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const ordered = [...list].sort((a, b) => (later(a, b) ? 1 : -1));
    pairs.push({ first: ordered[0]!, last: ordered[ordered.length - 1]! });
  }
  return pairs;
}

// ————— View models: what each view shows, as data (rendered by the element, exported as CSV). —————

/** What every view needs to turn ids into display texts. */
export interface ViewContext {
  t: CompareStrings;
  model: InstrumentModel;
  /** The blocks shown (after the cluster and stage filters), in the instrument's order. */
  blocks: readonly BlockEntry[];
  name(scan: Scan): string;
  blockTitle(entry: BlockEntry): string;
  clusterTitle(entry: BlockEntry): string;
  stageLabel(index: number | undefined): string;
}

export interface ClusterGroup<R> {
  clusterId: string;
  title: string;
  rows: R[];
}

/** Consecutive blocks of the same cluster (blocks are in the instrument's order). */
export function groupByCluster<R>(ctx: ViewContext, row: (entry: BlockEntry) => R): Array<ClusterGroup<R>> {
  const groups: Array<ClusterGroup<R>> = [];
  for (const entry of ctx.blocks) {
    let group = groups[groups.length - 1];
    if (!group || group.clusterId !== entry.cluster.id) {
      group = { clusterId: entry.cluster.id, title: ctx.clusterTitle(entry), rows: [] };
      groups.push(group);
    }
    group.rows.push(row(entry));
  }
  return groups;
}

/** A column heading for a scan: its name, and its date when it has one. */
export const scanHeading = (ctx: ViewContext, scan: Scan): string => (scan.date ? `${ctx.name(scan)} (${scan.date})` : ctx.name(scan));

// Matrix

export interface MatrixCell {
  stageIndex?: number;
  /** The stage label, or "not answered". */
  stage: string;
  /** "→ Stage" for a move, "(keep)" for keeping the stage, '' without an ambition. */
  ambition: string;
}

export interface MatrixRow {
  blockId: string;
  title: string;
  cells: MatrixCell[];
}

export function matrixCell(ctx: ViewContext, placement: BlockPlacement | undefined): MatrixCell {
  const stage = placement?.currentIndex === undefined ? ctx.t.unanswered : ctx.stageLabel(placement.currentIndex);
  let ambition = '';
  if (placement?.ambitionIndex !== undefined) {
    ambition = placement.gap === 0 ? ctx.t.keep : `→ ${ctx.stageLabel(placement.ambitionIndex)}`;
  }
  return { ...(placement?.currentIndex === undefined ? {} : { stageIndex: placement.currentIndex }), stage, ambition };
}

export const cellText = (cell: MatrixCell): string => (cell.ambition ? `${cell.stage} ${cell.ambition}` : cell.stage);

export function matrixRows(ctx: ViewContext, columns: readonly Scan[]): Array<ClusterGroup<MatrixRow>> {
  return groupByCluster(ctx, (entry) => ({
    blockId: entry.block.id,
    title: ctx.blockTitle(entry),
    cells: columns.map((scan) => matrixCell(ctx, scan.placements[entry.index])),
  }));
}

export function matrixTable(ctx: ViewContext, columns: readonly Scan[]): Table {
  const groups = matrixRows(ctx, columns);
  return {
    header: [ctx.t.cluster, ctx.t.block, ...columns.map((s) => scanHeading(ctx, s))],
    rows: groups.flatMap((g) => g.rows.map((r) => [g.title, r.title, ...r.cells.map(cellText)])),
  };
}

// Distribution

export interface DistributionRow {
  blockId: string;
  title: string;
  /** Scans per stage, in the instrument's stage order. */
  counts: number[];
  unanswered: number;
}

export function distributionRows(ctx: ViewContext, distribution: readonly StageDistribution[]): Array<ClusterGroup<DistributionRow>> {
  const byBlock = new Map(distribution.map((d) => [d.blockId, d]));
  return groupByCluster(ctx, (entry) => {
    const d = byBlock.get(entry.block.id);
    return { blockId: entry.block.id, title: ctx.blockTitle(entry), counts: d ? [...d.current] : [], unanswered: d?.unanswered ?? 0 };
  });
}

export function distributionTable(ctx: ViewContext, groups: ReadonlyArray<ClusterGroup<DistributionRow>>): Table {
  return {
    header: [ctx.t.cluster, ctx.t.block, ...ctx.model.instrument.stages.map((_, i) => ctx.stageLabel(i)), ctx.t.unanswered],
    rows: groups.flatMap((g) => g.rows.map((r) => [g.title, r.title, ...r.counts.map(String), String(r.unanswered)])),
  };
}

// Aspects

export interface AspectRow {
  optionId: string;
  label: string;
  count: number;
  /** Rounded percentage of the answers to the question (0 when there are none). */
  percent: number;
}

export interface AspectQuestion {
  questionId: string;
  title: string;
  /** Answers (a scan's answer for one block) that chose at least one option, over the shown blocks. */
  answered: number;
  rows: AspectRow[];
}

/**
 * The options of a multiple-choice block question ranked by how often they were chosen over the shown
 * blocks and all scans (counts from `optionCounts`), then in the instrument's order.
 */
export function aspectQuestion(
  ctx: ViewContext,
  _scans: readonly Scan[],
  counts: OptionCounts,
  title: string,
  optionLabels: ReadonlyArray<{ id: string; label: string }>,
): AspectQuestion {
  const all = ctx.blocks.length === ctx.model.blocks.length;
  const shown = new Set(ctx.blocks.map((b) => b.block.id));
  const totals: Record<string, number> = all ? counts.total : {};
  if (!all) {
    for (const { blockId, counts: perBlock } of counts.perBlock) {
      if (!shown.has(blockId)) continue;
      for (const [id, n] of Object.entries(perBlock)) totals[id] = (totals[id] ?? 0) + n;
    }
  }
  // Counted once with the options (optionCounts), not again per scan and block on every render.
  let answered = 0;
  for (const { blockId, answered: n } of counts.perBlock) if (shown.has(blockId)) answered += n;
  const rows = optionLabels
    .map((o, order) => ({ order, optionId: o.id, label: o.label, count: totals[o.id] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ optionId, label, count }) => ({ optionId, label, count, percent: answered === 0 ? 0 : Math.round((count / answered) * 100) }));
  return { questionId: counts.questionId, title, answered, rows };
}

export function aspectsTable(ctx: ViewContext, questions: readonly AspectQuestion[]): Table {
  return {
    header: [ctx.t.question, ctx.t.option, ctx.t.count, ctx.t.percent],
    rows: questions.flatMap((q) => q.rows.map((r) => [q.title, r.label, String(r.count), format(ctx.t.percentValue, { n: r.percent })])),
  };
}

// Priorities

export interface PriorityRow {
  rank: number;
  blockId: string;
  title: string;
  score: number;
  mentions: number;
  firstPlaces: number;
}

/** The rank-weighted list, restricted to the shown blocks (ranks count the shown rows). */
export function priorityRows(ctx: ViewContext, ranked: readonly RankedBlock[]): PriorityRow[] {
  const shown = new Map(ctx.blocks.map((b) => [b.block.id, b]));
  return ranked
    .filter((r) => shown.has(r.blockId))
    .map((r, i) => ({ rank: i + 1, blockId: r.blockId, title: ctx.blockTitle(shown.get(r.blockId)!), score: r.score, mentions: r.mentions, firstPlaces: r.firstPlaces }));
}

export function prioritiesTable(ctx: ViewContext, rows: readonly PriorityRow[]): Table {
  return {
    header: [ctx.t.rank, ctx.t.block, ctx.t.points, ctx.t.mentions, ctx.t.firstPlaces],
    rows: rows.map((r) => [String(r.rank), r.title, String(r.score), String(r.mentions), String(r.firstPlaces)]),
  };
}

// Matches

export interface MatchLine {
  /** The place of the block in the centre's ranking, from 1. */
  place: number;
  blockId: string;
  title: string;
  /** The other centres that picked the block as an inspiring practice, in the centres' order. */
  inspiring: string[];
}

export interface CentreMatches {
  key: string;
  name: string;
  lines: MatchLine[];
}

/**
 * For each centre (its latest scan; `centres` in display order), its priorities in order, each with the
 * OTHER centres whose latest scan picked that block as an inspiring practice.
 */
export function centreMatches(ctx: ViewContext, centres: readonly Scan[], rankingId: string, pickId: string): CentreMatches[] {
  const shown = new Map(ctx.blocks.map((b) => [b.block.id, b]));
  const pickers = new Map<string, Scan[]>();
  for (const scan of centres) {
    const pick = scan.response.final[pickId];
    if (!pick || pick.none) continue;
    for (const blockId of new Set(pick.blocks ?? [])) {
      const list = pickers.get(blockId) ?? [];
      list.push(scan);
      pickers.set(blockId, list);
    }
  }
  return centres.map((scan) => {
    const ranking = [...new Set(scan.response.final[rankingId]?.blocks ?? [])].filter((id) => ctx.model.blockById.has(id));
    const lines = ranking.flatMap((blockId, i) => {
      const entry = shown.get(blockId);
      if (!entry) return [];
      const inspiring = (pickers.get(blockId) ?? []).filter((other) => other.key !== scan.key).map((other) => ctx.name(other));
      return [{ place: i + 1, blockId, title: ctx.blockTitle(entry), inspiring }];
    });
    return { key: scan.key, name: ctx.name(scan), lines };
  });
}

export const matchSentence = (t: CompareStrings, centre: string, line: MatchLine): string =>
  `${format(t.matchLine, { centre, block: line.title })} → ${line.inspiring.length ? format(t.inspiring, { names: line.inspiring.join(', ') }) : t.noInspiring}`;

export function matchesTable(ctx: ViewContext, centres: readonly CentreMatches[]): Table {
  return {
    header: [ctx.t.centre, ctx.t.priority, ctx.t.block, ctx.t.inspiringAt],
    rows: centres.flatMap((c) => c.lines.map((l) => [c.name, String(l.place), l.title, l.inspiring.join(', ')])),
  };
}

// Trend

export type Movement = 'up' | 'down' | 'same' | 'unknown';

export interface TrendRow {
  blockId: string;
  title: string;
  then?: number;
  now?: number;
  movement: Movement;
}

export interface CentreTrend {
  key: string;
  name: string;
  first: Scan;
  last: Scan;
  rows: TrendRow[];
}

export function centreTrend(ctx: ViewContext, first: Scan, last: Scan): CentreTrend {
  const rows = ctx.blocks.map((entry) => {
    const then = first.placements[entry.index]?.currentIndex;
    const now = last.placements[entry.index]?.currentIndex;
    const movement: Movement = then === undefined || now === undefined ? 'unknown' : now > then ? 'up' : now < then ? 'down' : 'same';
    return { blockId: entry.block.id, title: ctx.blockTitle(entry), ...(then === undefined ? {} : { then }), ...(now === undefined ? {} : { now }), movement };
  });
  return { key: first.key, name: ctx.name(last), first, last, rows };
}

/** Signs before the words (never "=", which a spreadsheet would read as a formula). */
export const MOVEMENT_SIGN: Record<Movement, string> = { up: '↑', down: '↓', same: '→', unknown: '–' };

export const movementText = (t: CompareStrings, movement: Movement): string => `${MOVEMENT_SIGN[movement]} ${t[movement]}`;

export function trendTable(ctx: ViewContext, trends: readonly CentreTrend[]): Table {
  const stage = (i: number | undefined): string => (i === undefined ? ctx.t.unanswered : ctx.stageLabel(i));
  return {
    header: [ctx.t.centre, ctx.t.block, ctx.t.dateThen, ctx.t.then, ctx.t.dateNow, ctx.t.now, ctx.t.movement],
    rows: trends.flatMap((c) => c.rows.map((r) => [c.name, r.title, c.first.date, stage(r.then), c.last.date, stage(r.now), movementText(ctx.t, r.movement)])),
  };
}
