import {
  modelOf,
  rankWeightedBlocks,
  stageDistribution,
  teamDisagreement,
  type BlockEntry,
  type BlockRankingQuestion,
  type Instrument,
  type Table,
  type Text,
} from '@poolster/schema';
import {
  classify,
  displayNames,
  distributionRows,
  distributionTable,
  filterScans,
  groupsOf,
  latestPerCentre,
  matrixColumns,
  matrixRows,
  matrixTable,
  prioritiesTable,
  priorityRows,
  sortScans,
  type CentreFilters,
  type Classified,
  type ClusterGroup,
  type CompareSort,
  type CompareView,
  type DistributionRow,
  type MatrixColumn,
  type MatrixRow,
  type PriorityRow,
  type Scan,
  type ViewContext,
} from './compare-data.js';
import type { CompareStrings } from './compare.strings.js';
import { counted, type Counts } from './counts.js';
import { cyclesTable, prepareCycles, type CyclesModel } from './cycles-data.js';
import type { CyclesStrings } from './cycles.strings.js';
import type { NetworkChoices, NetworkInput } from './network-state.js';
import type { NetworkStrings } from './network.strings.js';
import { scansWithRounds, teamRows, teamsTable, type TeamRow } from './team-data.js';
import { challengesTable, prepareChallenges, type ChallengesModel } from './views/challenges.js';
import { commentsTable, prepareComments, type CommentsModel } from './views/comments.js';
import { inspireTable, prepareInspire, type InspireModel } from './views/inspire.js';

/** Above this many centres the cycles view lists the first ones only, until asked. */
export const LIST_LIMIT = 50;
/** Above this many rows the matrix shows the first ones only, until asked (60 centres fit without asking). */
export const MATRIX_ROW_LIMIT = 100;

/** What the instrument and the entries give, computed once per change of either. */
export interface Data {
  instrument: Instrument;
  classified: Classified;
  ranking?: BlockRankingQuestion;
}

export type Content =
  | { view: 'matrix'; columns: MatrixColumn[]; rows: MatrixRow[]; total: number; limit: number }
  | { view: 'distribution'; groups: Array<ClusterGroup<DistributionRow>> }
  | { view: 'challenges'; model: ChallengesModel }
  | { view: 'comments'; model: CommentsModel }
  | { view: 'inspire'; model: InspireModel }
  | { view: 'priorities'; max: number; rows: PriorityRow[] }
  | { view: 'cycles'; model: CyclesModel; total: number; limit: number }
  | { view: 'teams'; rows: TeamRow[]; teamScans: number }
  | { view: CompareView; notice: string };

/** Everything render() reads: prepared in willUpdate, so render does no heavy work. */
export interface Prepared {
  ctx: ViewContext;
  data: Data;
  names: Map<string, string>;
  /** The school groups among the scans, for the group filter. */
  groups: string[];
  counts: Counts;
  content: Content;
  /** The current view's table over ALL shown centres (filters and anonymity applied), for the CSV. */
  table: () => Table;
}

/** What the element's properties ask for. */
export interface PrepareOptions {
  t: CompareStrings;
  /** The network views' words (challenges, comments, inspire). */
  nt: NetworkStrings;
  /** The cycles view's words. */
  cs: CyclesStrings;
  /** The choices made inside the network views (a heatmap cell, the comment and pair filters). */
  network: NetworkChoices;
  lang: string;
  contentLang: string;
  view: CompareView;
  sort: CompareSort;
  /** Sort by the stage of this block id (a column header of the matrix), before `sort`. */
  sortBlock: string;
  sortDirection: 'ascending' | 'descending';
  cluster: string;
  filters: CentreFilters;
  earlier: boolean;
  anonymous: boolean;
  showAll: boolean;
  text: (value: Text | undefined) => string;
}

/** The parts that depend only on the instrument and the entries. */
export function computeData(instrument: Instrument, entries: readonly unknown[]): Data {
  const ranking = instrument.finalQuestions.find((q): q is BlockRankingQuestion => q.type === 'block-ranking');
  return { instrument, classified: classify(instrument, entries), ...(ranking ? { ranking } : {}) };
}

/** What the current view shows, given the language, the filters, the sort order and the anonymity. */
export function prepareView(o: PrepareOptions, data: Data): Prepared {
  const { t, text } = o;
  const { instrument, classified } = data;
  const model = modelOf(instrument);
  const names = displayNames(classified, t, o.anonymous);
  const blocks: BlockEntry[] = model.blocks.filter((b) => o.cluster === '' || b.cluster.id === o.cluster);
  const ctx: ViewContext = {
    t,
    model,
    blocks,
    name: (scan) => names.get(scan.key) ?? scan.key,
    blockTitle: (entry) => text(entry.block.title),
    clusterTitle: (entry) => text(entry.cluster.title),
    stageLabel: (index) => (index === undefined ? t.unanswered : text(instrument.stages[index]?.label)),
    stageShort: (index) => {
      const short = instrument.stages[index]?.short;
      return short === undefined ? String(index + 1) : text(short);
    },
  };
  // Centres, not scans: by default each centre's latest scan; earlier school years only when asked.
  const pool = o.earlier ? classified.scans : latestPerCentre(classified.scans);
  const scans = filterScans(pool, o.filters, model, data.ranking?.id);
  const counts = counted(t, o.lang, o.earlier ? 'scans' : 'centres', scans, pool.length);
  const sortBlock = model.blockById.get(o.sortBlock);
  const sorted = (list: Scan[]): Scan[] =>
    sortScans(list, o.sort, names, blocks, o.lang, sortBlock ? { index: sortBlock.index, direction: o.sortDirection } : undefined);
  const base = { ctx, data, names, groups: groupsOf(classified.scans, o.lang), counts };
  const view = o.view;
  const notice = (message: string): Prepared => ({ ...base, content: { view, notice: message }, table: () => ({ header: [], rows: [] }) });
  if (classified.scans.length === 0) return notice(t.noScans);
  if (scans.length === 0) return notice(t.noCentres);
  if (blocks.length === 0) return notice(t.noBlocks);
  const cut = <T>(items: T[], limit: number): T[] => (o.showAll ? items : items.slice(0, limit));
  const responses = scans.map((s) => s.response);
  // The network's views count what the toggle says: each centre's latest scan, or every scan.
  const network = (): NetworkInput => ({ ctx, nt: o.nt, lang: o.lang, scans: sorted(scans), unit: o.earlier ? 'scans' : 'centres', text });

  switch (view) {
    case 'matrix': {
      const all = sorted(scans);
      const columns = matrixColumns(ctx);
      const rows = matrixRows(ctx, cut(all, MATRIX_ROW_LIMIT), columns);
      return { ...base, content: { view, columns, rows, total: all.length, limit: MATRIX_ROW_LIMIT }, table: () => matrixTable(ctx, all) };
    }
    case 'distribution': {
      const groups = distributionRows(ctx, stageDistribution(instrument, responses));
      return { ...base, content: { view, groups }, table: () => distributionTable(ctx, groups) };
    }
    case 'challenges': {
      const model = prepareChallenges(network(), o.network.selection);
      if (model.tables.length === 0) return notice(o.nt.noAspects);
      return { ...base, content: { view, model }, table: () => challengesTable(ctx, o.nt, model) };
    }
    case 'comments': {
      const model = prepareComments(network(), o.network);
      return { ...base, content: { view, model }, table: () => commentsTable(ctx, o.nt, model) };
    }
    case 'inspire': {
      const model = prepareInspire(network(), o.network);
      if (!model) return notice(o.nt.noPick);
      return { ...base, content: { view, model }, table: () => inspireTable(ctx, o.nt, model) };
    }
    case 'priorities': {
      if (!data.ranking) return notice(t.noRanking);
      const rows = priorityRows(ctx, rankWeightedBlocks(instrument, responses, data.ranking.id));
      return { ...base, content: { view, max: data.ranking.max, rows }, table: () => prioritiesTable(ctx, rows) };
    }
    case 'cycles': {
      // Movement needs every school year of a centre, whatever the toggle; the filters still choose the centres.
      // Unfiltered, the same array each time, so the school years per centre are worked out once (cycles-data).
      const centres = new Set(scans.map((s) => s.key));
      const all = centres.size === latestPerCentre(classified.scans).length ? classified.scans : classified.scans.filter((s) => centres.has(s.key));
      const model = prepareCycles(ctx, o.cs, o.lang, all, sorted);
      const shown = { ...model, centres: cut(model.centres, LIST_LIMIT) };
      return { ...base, content: { view, model: shown, total: model.centres.length, limit: LIST_LIMIT }, table: () => cyclesTable(ctx, o.cs, model) };
    }
    case 'teams': {
      const disagreement = teamDisagreement(instrument, responses);
      if (disagreement.length === 0) return notice(t.noTeams);
      const rows = teamRows(ctx, disagreement);
      if (rows.length === 0) return notice(t.noBlocks);
      return { ...base, content: { view, rows, teamScans: scansWithRounds(responses) }, table: () => teamsTable(ctx, rows, o.lang) };
    }
  }
}
