import {
  checkInstrument,
  contentLanguage,
  fillPlaceholders,
  formatIssue,
  formatPath,
  localize,
  modelOf,
  optionCounts,
  rankWeightedBlocks,
  stageDistribution,
  teamDisagreement,
  toCsv,
  blockName,
  type BlockDisagreement,
  type BlockEntry,
  type BlockPickQuestion,
  type BlockRankingQuestion,
  type Instrument,
  type Issue,
  type MultipleChoiceQuestion,
  type OptionCounts,
  type RankedBlock,
  type StageDistribution,
  type Table,
  type Text,
} from '@poolster/schema';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { format } from '../i18n/strings.js';
import { fire } from '../shared/events.js';
import { focusFirstControl } from '../shared/focus.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import {
  aspectQuestion,
  aspectsTable,
  centreMatches,
  classify,
  distributionRows,
  distributionTable,
  latestPerCentre,
  matchesTable,
  matrixRows,
  matrixTable,
  prioritiesTable,
  priorityRows,
  sortScans,
  displayNames,
  SORTS,
  VIEWS,
  type AspectQuestion,
  type CentreMatches,
  type Classified,
  type ClusterGroup,
  type CompareEntry,
  type CompareSort,
  type CompareView,
  type DistributionRow,
  type MatrixRow,
  type PriorityRow,
  type Scan,
  type ViewContext,
} from './compare-data.js';
import { styles } from './compare.styles.js';
import { compareStrings, type CompareStrings } from './compare.strings.js';
import { renderAspect } from './views/aspects.js';
import { renderControls } from './views/controls.js';
import { renderDistribution } from './views/distribution.js';
import { renderLimit } from './views/limit.js';
import { renderMatches } from './views/matches.js';
import { renderMatrix } from './views/matrix.js';
import { renderPriorities } from './views/priorities.js';
import { renderRefused } from './views/refused.js';
import { renderTeams } from './views/teams.js';
import { renderCycles } from './views/cycles.js';
import { cyclesTable, prepareCycles, type CyclesModel } from './cycles-data.js';
import { cyclesStrings } from './cycles.strings.js';
import { scansWithRounds, teamRows, teamsTable, type TeamRow } from './team-data.js';

export type { CompareEntry, CompareSort, CompareView } from './compare-data.js';

export interface CompareViewDetail {
  view: CompareView;
}

export interface CompareErrorDetail {
  kind: 'instrument';
  message: string;
  issues: Issue[];
}

/** Above this many centres the matrix (and the lists of matches and trends) show the first ones only, until asked. */
const COMPARE_COLUMN_LIMIT = 50;

/** What the instrument and the entries give, computed once per change of either. */
interface Data {
  instrument: Instrument;
  classified: Classified;
  distribution: StageDistribution[];
  aspects: Array<{ question: MultipleChoiceQuestion; counts: OptionCounts }>;
  ranking?: BlockRankingQuestion;
  ranked?: RankedBlock[];
  pick?: BlockPickQuestion;
  /** Per block, how far the team rounds' placements lay apart, most disagreed first. */
  disagreement: BlockDisagreement[];
  /** Scans that keep at least one team round. */
  teamScans: number;
}

type Content =
  | { view: 'matrix'; columns: Scan[]; total: number; groups: Array<ClusterGroup<MatrixRow>> }
  | { view: 'distribution'; total: number; groups: Array<ClusterGroup<DistributionRow>> }
  | { view: 'aspects'; questions: AspectQuestion[] }
  | { view: 'priorities'; max: number; rows: PriorityRow[] }
  | { view: 'matches'; centres: CentreMatches[]; total: number }
  | { view: 'cycles'; model: CyclesModel; total: number }
  | { view: 'teams'; rows: TeamRow[]; teamScans: number; total: number }
  | { view: CompareView; notice: string };

/** Everything render() reads: prepared in willUpdate, so render does no heavy work. */
interface Prepared {
  ctx: ViewContext;
  data: Data;
  names: Map<string, string>;
  centreCount: number;
  content: Content;
  /** The current view's table over ALL centres (filters and anonymity applied), for the CSV. */
  table: () => Table;
}

/**
 * Many centres' scans side by side: a matrix of stages, how many centres are at each stage, the
 * organisational aspects chosen most, the combined priorities, who can inspire whom, and the movement
 * of centres that scanned more than once, and the blocks where the centres' teams disagreed most in their
 * team rounds. Question ids are taken by type, labels from the instrument.
 *
 * Entries of another instrument, and entries that are not responses, are listed under "Not included"
 * with the reason; entries of another content version are compared on the blocks they share.
 *
 * @summary Compares many centres' scans of one instrument.
 *
 * @fires poolster-view - The user switched to another view. Detail: `{ view }`. Not fired when `view` is set.
 * @fires poolster-error - The instrument cannot be used. Detail: `{ kind: 'instrument', message, issues }`.
 *
 * @csspart base - The outer container.
 * @csspart summary - The line with the number of scans and centres.
 * @csspart notice - Notes (other versions, the column limit).
 * @csspart controls - The filters and the sort order.
 * @csspart tabs - The list of views.
 * @csspart tab - Each view's tab (`tab selected` for the current one).
 * @csspart panel - The current view.
 * @csspart table - Every table.
 * @csspart swatch - The colour and pattern of a stage in the matrix.
 * @csspart bar - The bars of the distribution.
 * @csspart button - Every button.
 * @csspart refused - The "Not included" section.
 * @csspart error-panel - Shown instead of the comparison when the instrument cannot be used.
 *
 * @cssprop --poolster-stage-color-N - Colour of stage N (1 = the first stage); the default palette runs from light yellow to dark violet.
 * @cssprop --poolster-stage-pattern - Colour of the pattern drawn over the stage colour on light stages (default rgba(0,0,0,0.55)).
 * @cssprop --poolster-stage-pattern-dark - Colour of the pattern on dark stages (default rgba(255,255,255,0.8)).
 * @cssprop --poolster-color-accent - Buttons and the current tab (default #1d4f91).
 * @cssprop --poolster-color-border - Table and control borders (default #8a8a8a).
 * @cssprop --poolster-color-surface - Background of tables and buttons (default #fff).
 * @cssprop --poolster-color-muted - Background of header cells and bar tracks (default #f3f2f1).
 * @cssprop --poolster-color-hint - Secondary text (default #505a5f).
 * @cssprop --poolster-color-error - The error panel (default #b3261e).
 * @cssprop --poolster-color-text - Text (default #1b1b1b).
 */
export class PoolsterCompare extends LitElement {
  static override styles = [baseStyles, buttonStyles, styles];

  /** The instrument, as data; validated with `checkInstrument` (an invalid one shows an error panel). */
  @property({ attribute: false }) instrument: unknown;

  /** The scans to compare: `{ label, date?, response }`. Replace an entry object to have it validated again. */
  @property({ attribute: false }) entries: CompareEntry[] = [];

  /** Interface language (nl, fr, en; default nl). Content is shown in this language when the instrument has it. */
  @property() override lang = 'nl';

  /** The view shown: matrix, distribution, aspects, priorities, matches, cycles or teams (default matrix). */
  @property({ reflect: true }) view: CompareView = 'matrix';

  /** Replaces the centres' labels by "Centre 1…n", numbered in the order of the entries. */
  @property({ type: Boolean, reflect: true }) anonymous = false;

  /** Shows only the blocks of this cluster id ('' = all clusters). */
  @property({ reflect: true }) cluster = '';

  /** Shows only the blocks where at least one centre is at this stage id ('' = all blocks). */
  @property({ reflect: true }) stage = '';

  /** The order of the centres: label (name), mean-stage (highest first) or date (oldest first). */
  @property({ reflect: true }) sort: CompareSort = 'label';

  @state() private showAll = false;

  private checkedFor: unknown = Symbol('unchecked');
  private checked: { instrument?: Instrument; issues: Issue[] } = { issues: [] };
  private dataFor: { instrument?: Instrument; entries?: unknown } = {};
  private data: Data | undefined;
  private prepared: Prepared | undefined;
  private pendingError: CompareErrorDetail | undefined;
  private focusTab = false;

  override render() {
    const t = compareStrings(this.lang);
    if (this.instrument === undefined || this.instrument === null) return html`<p class="empty" role="status">${t.noInstrument}</p>`;
    if (!this.checked.instrument || !this.prepared) {
      return html`<div class="error-panel" part="error-panel" role="alert">
        <h2>${t.errorTitle}</h2>
        <p>${t.errorMessage}</p>
        <ul>
          ${this.checked.issues.map((i) => html`<li><code>${formatPath(i.path)}</code>: ${formatIssue(i, this.lang)}</li>`)}
        </ul>
      </div>`;
    }
    const p = this.prepared;
    const { classified } = p.data;
    const view = this.currentView;
    return html`<div class="compare" part="base">
      <p class="summary" part="summary">${format(t.summary, { scans: classified.scans.length, centres: p.centreCount })}</p>
      ${classified.otherVersionCount > 0
        ? html`<p class="notice" part="notice">
            ${format(classified.otherVersionCount === 1 ? t.otherVersionOne : t.otherVersionMany, {
              n: classified.otherVersionCount,
              versions: classified.otherVersions.join(', '),
            })}
          </p>`
        : nothing}
      ${renderControls(t, {
        instrument: p.data.instrument,
        cluster: this.activeCluster(p.data.instrument),
        stage: this.activeStage(p.data.instrument),
        sort: this.currentSort,
        text: (value) => this.text(value),
        onCluster: (cluster) => (this.cluster = cluster),
        onStage: (stage) => (this.stage = stage),
        onSort: (sort) => (this.sort = sort),
      })}
      <div class="tabs" role="tablist" aria-label=${t.tabsLabel} part="tabs" @keydown=${this.onTabKey}>
        ${VIEWS.map(
          (v) => html`<button
            type="button"
            role="tab"
            id="tab-${v}"
            part=${v === view ? 'tab selected' : 'tab'}
            aria-selected=${v === view ? 'true' : 'false'}
            aria-controls=${v === view ? `panel-${v}` : nothing}
            tabindex=${v === view ? 0 : -1}
            @click=${() => this.choose(v)}
          >
            ${this.viewName(t, v)}
          </button>`,
        )}
      </div>
      <section class="panel" id="panel-${view}" role="tabpanel" aria-labelledby="tab-${view}" tabindex="0" part="panel">
        <h2>${this.viewHeading(t, view)}</h2>
        ${this.renderContent(t, p)}
      </section>
      ${renderRefused(t, p.data.classified.refused, p.names, this.lang)}
    </div>`;
  }

  /** Focuses the first control (a filter), after a pending render; a click on text focuses nothing. */
  override focus(options?: FocusOptions): void {
    focusFirstControl(this, options);
  }

  /** The CSV of what the current view shows (filters and anonymity applied; all centres, also beyond the first 50). */
  csv(): string {
    return this.prepared ? toCsv(this.prepared.table()) : '';
  }

  private renderContent(t: CompareStrings, p: Prepared): TemplateResult {
    const c = p.content;
    if ('notice' in c) return html`<p class="empty">${c.notice}</p>`;
    const limit = (total: number) => renderLimit(t, total, COMPARE_COLUMN_LIMIT, this.showAll, () => this.toggleAll());
    const csv = html`<div class="actions">
      <button type="button" part="button" @click=${this.download}>${t.csv}</button>
    </div>`;
    switch (c.view) {
      case 'matrix':
        return html`<p class="intro">${t.introMatrix}</p>
          ${limit(c.total)} ${renderMatrix(t, p.ctx, this.lang, c.columns, c.groups)} ${csv}`;
      case 'distribution':
        return html`<p class="intro">${format(t.introDistribution, { total: c.total })}</p>
          ${renderDistribution(t, p.ctx, c.total, c.groups)} ${csv}`;
      case 'aspects':
        return html`<p class="intro">${t.introAspects}</p>
          ${c.questions.map((q, i) => renderAspect(t, q, i))} ${csv}`;
      case 'priorities':
        return html`<p class="intro">${format(t.introPriorities, { max: c.max })}</p>
          ${renderPriorities(t, c.rows)} ${csv}`;
      case 'matches':
        return html`<p class="intro">${t.introMatches}</p>
          ${limit(c.total)} ${renderMatches(t, c.centres)} ${csv}`;
      case 'cycles':
        return html`${renderCycles(cyclesStrings(this.lang), p.ctx, c.model, this.showAll ? c.model.centres : c.model.centres.slice(0, COMPARE_COLUMN_LIMIT), limit(c.total))} ${csv}`;
      case 'teams':
        return html`<p class="intro">${t.introTeams}</p>
          <p class="hint">${format(t.teamsShown, { n: c.teamScans, total: c.total })}</p>
          ${renderTeams(t, c.rows, p.data.instrument.stages.length - 1, this.lang)} ${csv}`;
    }
    return html``;
  }

  override willUpdate(): void {
    const t = compareStrings(this.lang);
    if (this.checkedFor !== this.instrument) {
      this.checkedFor = this.instrument;
      this.checked = { issues: [] };
      if (this.instrument !== undefined && this.instrument !== null) {
        const { issues, instrument } = checkInstrument(this.instrument);
        const errors = issues.filter((i) => i.severity === 'error');
        this.checked = errors.length === 0 && instrument ? { instrument, issues: [] } : { issues: errors };
        if (!this.checked.instrument) this.pendingError = { kind: 'instrument', message: t.errorMessage, issues: errors };
      }
    }
    const instrument = this.checked.instrument;
    if (!instrument) {
      this.data = undefined;
      this.prepared = undefined;
      return;
    }
    if (this.dataFor.instrument !== instrument || this.dataFor.entries !== this.entries) {
      this.dataFor = { instrument, entries: this.entries };
      this.data = this.compute(instrument);
      warmWhenIdle(this.data);
    }
    this.prepared = this.prepare(t, this.data!);
  }

  override updated(): void {
    if (this.pendingError) {
      const detail = this.pendingError;
      this.pendingError = undefined;
      fire<CompareErrorDetail>(this, 'poolster-error', detail);
    }
    if (this.focusTab) {
      this.focusTab = false;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.currentView}`)?.focus();
    }
  }

  /** The analysis over all scans: depends only on the instrument and the entries. */
  private compute(instrument: Instrument): Data {
    const classified = classify(instrument, Array.isArray(this.entries) ? this.entries : []);
    const responses = classified.scans.map((s) => s.response);
    // What only one view shows is worked out when that view is first shown, not for every first render.
    const aspects = once(() =>
      instrument.blockQuestions
        .filter((q): q is MultipleChoiceQuestion => q.type === 'multiple-choice')
        .map((question) => ({ question, counts: optionCounts(instrument, responses, question.id) })),
    );
    const ranking = instrument.finalQuestions.find((q): q is BlockRankingQuestion => q.type === 'block-ranking');
    const ranked = once(() => (ranking ? rankWeightedBlocks(instrument, responses, ranking.id) : undefined));
    const pick = instrument.finalQuestions.find((q): q is BlockPickQuestion => q.type === 'block-pick');
    const disagreement = once(() => teamDisagreement(instrument, responses));
    const teamScans = once(() => scansWithRounds(responses));
    return {
      instrument,
      classified,
      distribution: stageDistribution(instrument, responses),
      get aspects() {
        return aspects();
      },
      ...(ranking ? { ranking } : {}),
      ...(pick ? { pick } : {}),
      // Getters after the spreads: a spread would call them.
      get ranked() {
        return ranking ? ranked() : undefined;
      },
      get disagreement() {
        return disagreement();
      },
      get teamScans() {
        return teamScans();
      },
    };
  }

  /** What the current view shows, given the language, the filters, the sort order and the anonymity. */
  private prepare(t: CompareStrings, data: Data): Prepared {
    const { instrument, classified } = data;
    const model = modelOf(instrument);
    const names = displayNames(classified, t, this.anonymous);
    const cluster = this.activeCluster(instrument);
    const stage = this.activeStage(instrument);
    const stageAt = stage === '' ? -1 : instrument.stages.findIndex((s) => s.id === stage);
    const withStage = new Set(data.distribution.filter((d) => stageAt < 0 || (d.current[stageAt] ?? 0) > 0).map((d) => d.blockId));
    const blocks: BlockEntry[] = model.blocks.filter((b) => (cluster === '' || b.cluster.id === cluster) && withStage.has(b.block.id));
    const ctx: ViewContext = {
      t,
      model,
      blocks,
      name: (scan) => names.get(scan.key) ?? scan.key,
      blockTitle: (entry) => this.text(entry.block.title),
      clusterTitle: (entry) => this.text(entry.cluster.title),
      stageLabel: (index) => (index === undefined ? t.unanswered : this.text(instrument.stages[index]?.label)),
    };
    const sort = this.currentSort;
    const sorted = (scans: Scan[]): Scan[] => sortScans(scans, sort, names, blocks, this.lang);
    const scans = classified.scans;
    const centreCount = new Set(scans.map((s) => s.key)).size;
    const base = { ctx, data, names, centreCount };
    const view = this.currentView;
    const notice = (message: string): Prepared => ({ ...base, content: { view, notice: message }, table: () => ({ header: [], rows: [] }) });
    if (scans.length === 0) return notice(t.noScans);
    if (blocks.length === 0) return notice(t.noBlocks);
    const limit = <T>(items: T[]): T[] => (this.showAll ? items : items.slice(0, COMPARE_COLUMN_LIMIT));

    switch (view) {
      case 'matrix': {
        const columns = sorted(scans);
        return {
          ...base,
          content: { view, columns: limit(columns), total: columns.length, groups: matrixRows(ctx, limit(columns)) },
          table: () => matrixTable(ctx, columns),
        };
      }
      case 'distribution': {
        const groups = distributionRows(ctx, data.distribution);
        return { ...base, content: { view, total: scans.length, groups }, table: () => distributionTable(ctx, groups) };
      }
      case 'aspects': {
        if (data.aspects.length === 0) return notice(t.noAspects);
        const placeholder = blockName(instrument, undefined, this.contentLang);
        const questions = data.aspects.map(({ question, counts }) =>
          aspectQuestion(
            ctx,
            scans,
            counts,
            fillPlaceholders(this.text(question.prompt), { block: placeholder }),
            question.options.map((o) => ({ id: o.id, label: this.text(o.label) })),
          ),
        );
        return { ...base, content: { view, questions }, table: () => aspectsTable(ctx, questions) };
      }
      case 'priorities': {
        if (!data.ranking || !data.ranked) return notice(t.noRanking);
        const rows = priorityRows(ctx, data.ranked);
        return { ...base, content: { view, max: data.ranking.max, rows }, table: () => prioritiesTable(ctx, rows) };
      }
      case 'matches': {
        if (!data.ranking || !data.pick) return notice(t.noMatches);
        const all = centreMatches(ctx, sorted(latestPerCentre(scans)), data.ranking.id, data.pick.id);
        return { ...base, content: { view, centres: limit(all), total: all.length }, table: () => matchesTable(ctx, all) };
      }
      case 'cycles': {
        const cs = cyclesStrings(this.lang);
        const model = prepareCycles(ctx, cs, this.lang, scans, sorted);
        return { ...base, content: { view, model, total: model.centres.length }, table: () => cyclesTable(ctx, cs, model) };
      }
      case 'teams': {
        if (data.disagreement.length === 0) return notice(t.noTeams);
        const rows = teamRows(ctx, data.disagreement);
        if (rows.length === 0) return notice(t.noBlocks);
        return { ...base, content: { view, rows, teamScans: data.teamScans, total: scans.length }, table: () => teamsTable(ctx, rows, this.lang) };
      }
    }
  }

  private get currentView(): CompareView {
    return (VIEWS as readonly string[]).includes(this.view) ? this.view : 'matrix';
  }

  private get currentSort(): CompareSort {
    return (SORTS as readonly string[]).includes(this.sort) ? this.sort : 'label';
  }

  private activeCluster(instrument: Instrument): string {
    return instrument.clusters.some((c) => c.id === this.cluster) ? this.cluster : '';
  }

  private activeStage(instrument: Instrument): string {
    return instrument.stages.some((s) => s.id === this.stage) ? this.stage : '';
  }

  private get contentLang(): string {
    return this.checked.instrument ? contentLanguage(this.checked.instrument, this.lang) : this.lang;
  }

  private text(value: Text | undefined): string {
    const instrument = this.checked.instrument;
    return localize(value, this.contentLang, instrument?.defaultLanguage ?? this.lang);
  }

  private viewName(t: CompareStrings, view: CompareView): string {
    const names: Record<CompareView, string> = {
      matrix: t.viewMatrix,
      distribution: t.viewDistribution,
      aspects: t.viewAspects,
      priorities: t.viewPriorities,
      matches: t.viewMatches,
      cycles: cyclesStrings(this.lang).viewCycles,
      teams: t.viewTeams,
    };
    return names[view];
  }

  private viewHeading(t: CompareStrings, view: CompareView): string {
    const headings: Record<CompareView, string> = {
      matrix: t.headingMatrix,
      distribution: t.headingDistribution,
      aspects: t.headingAspects,
      priorities: t.headingPriorities,
      matches: t.headingMatches,
      cycles: cyclesStrings(this.lang).headingCycles,
      teams: t.headingTeams,
    };
    return headings[view];
  }

  private choose(view: CompareView, focus = false): void {
    if (view === this.currentView) return;
    this.view = view;
    this.focusTab = focus;
    fire<CompareViewDetail>(this, 'poolster-view', { view });
  }

  private onTabKey(e: KeyboardEvent): void {
    const i = VIEWS.indexOf(this.currentView);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.choose(VIEWS[(next + VIEWS.length) % VIEWS.length]!, true);
  }

  private toggleAll(): void {
    this.showAll = !this.showAll;
  }

  private download(): void {
    const blob = new Blob(['\uFEFF', this.csv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `poolster-${this.currentView}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/**
 * Works out the other views' figures while the reader looks at the first one, so that switching to them
 * later costs only their rendering (a browser without requestIdleCallback works them out on first use).
 */
function warmWhenIdle(data: Data): void {
  if (typeof requestIdleCallback !== 'function') return;
  requestIdleCallback(
    () => {
      void data.aspects;
      void data.ranked;
      void data.disagreement;
      void data.teamScans;
    },
    { timeout: 2000 },
  );
}

/** A value worked out on first use, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-compare': PoolsterCompare;
  }
}
