import {
  blockName,
  fillPlaceholders,
  modelOf,
  optionCounts,
  rankWeightedBlocks,
  stageDistribution,
  teamDisagreement,
  type BlockEntry,
  type BlockPickQuestion,
  type BlockRankingQuestion,
  type Instrument,
  type MultipleChoiceQuestion,
  type Table,
  type Text,
} from '@poolster/schema';
import {
  aspectQuestion,
  aspectsTable,
  centreMatches,
  centreTrend,
  classify,
  displayNames,
  distributionRows,
  distributionTable,
  filterScans,
  groupsOf,
  latestPerCentre,
  matchesTable,
  matrixColumns,
  matrixRows,
  matrixTable,
  prioritiesTable,
  priorityRows,
  sortScans,
  trendPairs,
  trendTable,
  type AspectQuestion,
  type CentreFilters,
  type CentreMatches,
  type CentreTrend,
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
import { scansWithRounds, teamRows, teamsTable, type TeamRow } from './team-data.js';

/** Above this many centres the lists of matches and trends show the first ones only, until asked. */
export const LIST_LIMIT = 50;
/** Above this many rows the matrix shows the first ones only, until asked (60 centres fit without asking). */
export const MATRIX_ROW_LIMIT = 100;

/** What the instrument and the entries give, computed once per change of either. */
export interface Data {
  instrument: Instrument;
  classified: Classified;
  ranking?: BlockRankingQuestion;
  pick?: BlockPickQuestion;
}

export type Content =
  | { view: 'matrix'; columns: MatrixColumn[]; rows: MatrixRow[]; total: number; limit: number }
  | { view: 'distribution'; groups: Array<ClusterGroup<DistributionRow>> }
  | { view: 'aspects'; questions: AspectQuestion[] }
  | { view: 'priorities'; max: number; rows: PriorityRow[] }
  | { view: 'matches'; centres: CentreMatches[]; total: number; limit: number }
  | { view: 'trend'; trends: CentreTrend[]; total: number; limit: number }
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
  const pick = instrument.finalQuestions.find((q): q is BlockPickQuestion => q.type === 'block-pick');
  return { instrument, classified: classify(instrument, entries), ...(ranking ? { ranking } : {}), ...(pick ? { pick } : {}) };
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
    case 'aspects': {
      const questions = instrument.blockQuestions.filter((q): q is MultipleChoiceQuestion => q.type === 'multiple-choice');
      if (questions.length === 0) return notice(t.noAspects);
      const placeholder = blockName(instrument, undefined, o.contentLang);
      const prepared = questions.map((question) =>
        aspectQuestion(
          ctx,
          scans,
          optionCounts(instrument, responses, question.id),
          fillPlaceholders(text(question.prompt), { block: placeholder }),
          question.options.map((opt) => ({ id: opt.id, label: text(opt.label) })),
        ),
      );
      return { ...base, content: { view, questions: prepared }, table: () => aspectsTable(ctx, prepared) };
    }
    case 'priorities': {
      if (!data.ranking) return notice(t.noRanking);
      const rows = priorityRows(ctx, rankWeightedBlocks(instrument, responses, data.ranking.id));
      return { ...base, content: { view, max: data.ranking.max, rows }, table: () => prioritiesTable(ctx, rows) };
    }
    case 'matches': {
      if (!data.ranking || !data.pick) return notice(t.noMatches);
      const all = centreMatches(ctx, sorted(latestPerCentre(scans)), data.ranking.id, data.pick.id);
      return { ...base, content: { view, centres: cut(all, LIST_LIMIT), total: all.length, limit: LIST_LIMIT }, table: () => matchesTable(ctx, all) };
    }
    case 'trend': {
      // Movement needs every scan of a centre, whatever the toggle; the filters still choose the centres.
      const centres = new Set(scans.map((s) => s.key));
      const pairs = trendPairs(classified.scans.filter((s) => centres.has(s.key)));
      if (pairs.length === 0) return notice(t.noTrend);
      const order = sorted(pairs.map((p) => p.last));
      const byLast = new Map(pairs.map((p) => [p.last, p]));
      const all = order.map((last) => centreTrend(ctx, byLast.get(last)!.first, last));
      return { ...base, content: { view, trends: cut(all, LIST_LIMIT), total: all.length, limit: LIST_LIMIT }, table: () => trendTable(ctx, all) };
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
