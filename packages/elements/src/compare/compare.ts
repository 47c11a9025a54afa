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
  toCsv,
  blockName,
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
import { baseStyles, buttonStyles } from '../shared/styles.js';
import {
  aspectQuestion,
  aspectsTable,
  centreMatches,
  centreTrend,
  classify,
  distributionRows,
  distributionTable,
  latestPerCentre,
  matchSentence,
  matchesTable,
  matrixRows,
  matrixTable,
  MOVEMENT_SIGN,
  prioritiesTable,
  priorityRows,
  scanHeading,
  sortScans,
  trendPairs,
  trendTable,
  displayNames,
  SORTS,
  VIEWS,
  type AspectQuestion,
  type CentreMatches,
  type CentreTrend,
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

/** Colours of the default palette: the stages spread over it, from light to dark (readable in grey scale). */
const PALETTE_SIZE = 8;

/** What the instrument and the entries give, computed once per change of either. */
interface Data {
  instrument: Instrument;
  classified: Classified;
  distribution: StageDistribution[];
  aspects: Array<{ question: MultipleChoiceQuestion; counts: OptionCounts }>;
  ranking?: BlockRankingQuestion;
  ranked?: RankedBlock[];
  pick?: BlockPickQuestion;
}

type Content =
  | { view: 'matrix'; columns: Scan[]; total: number; groups: Array<ClusterGroup<MatrixRow>> }
  | { view: 'distribution'; total: number; groups: Array<ClusterGroup<DistributionRow>> }
  | { view: 'aspects'; questions: AspectQuestion[] }
  | { view: 'priorities'; max: number; rows: PriorityRow[] }
  | { view: 'matches'; centres: CentreMatches[]; total: number }
  | { view: 'trend'; trends: CentreTrend[]; total: number }
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
 * of centres that scanned more than once. Question ids are taken by type, labels from the instrument.
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

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The instrument, as data; validated with `checkInstrument` (an invalid one shows an error panel). */
  @property({ attribute: false }) instrument: unknown;

  /** The scans to compare: `{ label, date?, response }`. Replace an entry object to have it validated again. */
  @property({ attribute: false }) entries: CompareEntry[] = [];

  /** Interface language (nl, fr, en; default nl). Content is shown in this language when the instrument has it. */
  @property() override lang = 'nl';

  /** The view shown: matrix, distribution, aspects, priorities, matches or trend (default matrix). */
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
      ${this.renderControls(t, p.data.instrument)}
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
      ${this.renderRefused(t, p)}
    </div>`;
  }

  /** The CSV of what the current view shows (filters and anonymity applied; all centres, also beyond the first 50). */
  csv(): string {
    return this.prepared ? toCsv(this.prepared.table()) : '';
  }

  private renderControls(t: CompareStrings, instrument: Instrument): TemplateResult {
    const text = (value: Text): string => this.text(value);
    const cluster = this.activeCluster(instrument);
    const stage = this.activeStage(instrument);
    return html`<div class="controls" part="controls" role="group" aria-label=${t.filters}>
      <div class="field">
        <label for="cluster">${t.cluster}</label>
        <select id="cluster" @change=${(e: Event) => (this.cluster = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${cluster === ''}>${t.allClusters}</option>
          ${instrument.clusters.map((c) => html`<option value=${c.id} ?selected=${cluster === c.id}>${text(c.title)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="stage">${t.stageFilter}</label>
        <select id="stage" @change=${(e: Event) => (this.stage = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${stage === ''}>${t.allStages}</option>
          ${instrument.stages.map((s) => html`<option value=${s.id} ?selected=${stage === s.id}>${text(s.label)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="sort">${t.sort}</label>
        <select id="sort" @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as CompareSort)}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${this.currentSort === s}>${this.sortName(t, s)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderContent(t: CompareStrings, p: Prepared): TemplateResult {
    const c = p.content;
    if ('notice' in c) return html`<p class="empty">${c.notice}</p>`;
    const csv = html`<div class="actions">
      <button type="button" part="button" @click=${this.download}>${t.csv}</button>
    </div>`;
    switch (c.view) {
      case 'matrix':
        return html`<p class="intro">${t.introMatrix}</p>
          ${this.renderLimit(t, c.total)} ${this.renderMatrix(t, p, c.columns, c.groups)} ${csv}`;
      case 'distribution':
        return html`<p class="intro">${format(t.introDistribution, { total: c.total })}</p>
          ${this.renderDistribution(t, p, c.total, c.groups)} ${csv}`;
      case 'aspects':
        return html`<p class="intro">${t.introAspects}</p>
          ${c.questions.map((q, i) => this.renderAspect(t, q, i))} ${csv}`;
      case 'priorities':
        return html`<p class="intro">${format(t.introPriorities, { max: c.max })}</p>
          ${this.renderPriorities(t, c.rows)} ${csv}`;
      case 'matches':
        return html`<p class="intro">${t.introMatches}</p>
          ${this.renderLimit(t, c.total)} ${this.renderMatches(t, c.centres)} ${csv}`;
      case 'trend':
        return html`<p class="intro">${t.introTrend}</p>
          ${this.renderLimit(t, c.total)} ${this.renderTrend(t, p, c.trends)} ${csv}`;
    }
    return html``;
  }

  private renderLimit(t: CompareStrings, total: number): TemplateResult | typeof nothing {
    if (total <= COMPARE_COLUMN_LIMIT) return nothing;
    return html`<div class="limit" part="notice">
      ${this.showAll ? nothing : html`<p>${format(t.limitNote, { shown: COMPARE_COLUMN_LIMIT, total })}</p>`}
      <button type="button" part="button" class="show-all" @click=${this.toggleAll}>
        ${this.showAll ? format(t.showFirst, { shown: COMPARE_COLUMN_LIMIT }) : format(t.showAll, { total })}
      </button>
    </div>`;
  }

  private renderMatrix(t: CompareStrings, p: Prepared, columns: Scan[], groups: Array<ClusterGroup<MatrixRow>>): TemplateResult {
    const span = columns.length + 1;
    return html`<div class="scroll" role="region" aria-labelledby="caption-matrix" tabindex="0">
      <table class="matrix" part="table">
        <caption id="caption-matrix">${t.headingMatrix}</caption>
        <thead>
          <tr>
            <th scope="col">${t.block}</th>
            ${columns.map(
              (s) => html`<th scope="col" class="centre">
                <span class="name">${p.ctx.name(s)}</span>${s.date ? html` <time class="date" datetime=${s.date}>${this.formatDate(s.date)}</time>` : nothing}
              </th>`,
            )}
          </tr>
        </thead>
        ${groups.map(
          (g) => html`<tbody>
            <tr class="group">
              <th scope="rowgroup" colspan=${span}>${g.title}</th>
            </tr>
            ${g.rows.map(
              (r) => html`<tr data-block=${r.blockId}>
                <th scope="row">${r.title}</th>
                ${r.cells.map(
                  (cell) => html`<td class="cell">
                    ${cell.stageIndex === undefined
                      ? html`<span class="stage-label unanswered">${cell.stage}</span>`
                      : html`<span class="swatch ${this.stageClasses(p, cell.stageIndex)}" part="swatch" aria-hidden="true"></span
                          ><span class="stage-label">${cell.stage}</span>`}
                    ${cell.ambition ? html` <span class="ambition">${cell.ambition}</span>` : nothing}
                  </td>`,
                )}
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </div>`;
  }

  private renderDistribution(t: CompareStrings, p: Prepared, total: number, groups: Array<ClusterGroup<DistributionRow>>): TemplateResult {
    const stages = p.data.instrument.stages;
    const width = (n: number): string => (total === 0 ? '0' : String(Math.round((n / total) * 10000) / 100));
    const bar = (n: number, classes: string) =>
      html`<svg class="bar" part="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="track" x="0" y="0" width="100" height="8"></rect>
        <rect class="fill ${classes}" x="0" y="0" width=${width(n)} height="8"></rect>
      </svg>`;
    return html`<div class="scroll" role="region" aria-labelledby="caption-distribution" tabindex="0">
      <table class="distribution" part="table">
        <caption id="caption-distribution">${t.headingDistribution}</caption>
        <thead>
          <tr>
            <th scope="col">${t.block}</th>
            ${stages.map((_, i) => html`<th scope="col">${p.ctx.stageLabel(i)}</th>`)}
            <th scope="col">${t.unanswered}</th>
          </tr>
        </thead>
        ${groups.map(
          (g) => html`<tbody>
            <tr class="group">
              <th scope="rowgroup" colspan=${stages.length + 2}>${g.title}</th>
            </tr>
            ${g.rows.map(
              (r) => html`<tr data-block=${r.blockId}>
                <th scope="row">${r.title}</th>
                ${r.counts.map((n, i) => html`<td class="count"><span class="number">${n}</span>${bar(n, this.stageClasses(p, i))}</td>`)}
                <td class="count"><span class="number">${r.unanswered}</span>${bar(r.unanswered, 'none')}</td>
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </div>`;
  }

  private renderAspect(t: CompareStrings, q: AspectQuestion, i: number): TemplateResult {
    return html`<h3 id="aspect-${i}">${q.title}</h3>
      <p class="hint">${format(t.aspectsAnswered, { n: q.answered })}</p>
      <div class="scroll" role="region" aria-labelledby="aspect-${i}" tabindex="0">
        <table class="aspects" part="table" data-question=${q.questionId} aria-labelledby="aspect-${i}">
          <thead>
            <tr>
              <th scope="col">${t.option}</th>
              <th scope="col">${t.count}</th>
              <th scope="col">${t.percent}</th>
            </tr>
          </thead>
          <tbody>
            ${q.rows.map(
              (r) => html`<tr data-option=${r.optionId}>
                <th scope="row">${r.label}</th>
                <td class="count">${r.count}</td>
                <td class="count">${format(t.percentValue, { n: r.percent })}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private renderPriorities(t: CompareStrings, rows: PriorityRow[]): TemplateResult {
    return html`<div class="scroll" role="region" aria-labelledby="caption-priorities" tabindex="0">
      <table class="priorities" part="table">
        <caption id="caption-priorities">${t.headingPriorities}</caption>
        <thead>
          <tr>
            <th scope="col">${t.rank}</th>
            <th scope="col">${t.block}</th>
            <th scope="col">${t.points}</th>
            <th scope="col">${t.mentions}</th>
            <th scope="col">${t.firstPlaces}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr data-block=${r.blockId}>
              <td class="count">${r.rank}</td>
              <th scope="row">${r.title}</th>
              <td class="count">${r.score}</td>
              <td class="count">${r.mentions}</td>
              <td class="count">${r.firstPlaces}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderMatches(t: CompareStrings, centres: CentreMatches[]): TemplateResult {
    return html`<ul class="matches">
      ${centres.map(
        (c) => html`<li data-centre=${c.name}>
          <span class="centre-name">${c.name}</span>
          ${c.lines.length === 0
            ? html`<p class="match none">${format(t.noPriorities, { centre: c.name })}</p>`
            : html`<ol>
                ${c.lines.map((l) => html`<li class="match" data-block=${l.blockId}>${matchSentence(t, c.name, l)}</li>`)}
              </ol>`}
        </li>`,
      )}
    </ul>`;
  }

  private renderTrend(t: CompareStrings, p: Prepared, trends: CentreTrend[]): TemplateResult {
    const stage = (i: number | undefined): string => (i === undefined ? t.unanswered : p.ctx.stageLabel(i));
    return html`<div class="scroll" role="region" aria-labelledby="caption-trend" tabindex="0">
      <table class="trend" part="table">
        <caption id="caption-trend">${t.headingTrend}</caption>
        <thead>
          <tr>
            <th scope="col">${t.block}</th>
            <th scope="col">${t.then}</th>
            <th scope="col">${t.now}</th>
            <th scope="col">${t.movement}</th>
          </tr>
        </thead>
        ${trends.map(
          (c) => html`<tbody data-centre=${c.name}>
            <tr class="group">
              <th scope="rowgroup" colspan="4">
                ${c.name}:
                <time datetime=${c.first.date}>${this.formatDate(c.first.date)}</time> →
                <time datetime=${c.last.date}>${this.formatDate(c.last.date)}</time>
              </th>
            </tr>
            ${c.rows.map(
              (r) => html`<tr data-block=${r.blockId}>
                <th scope="row">${r.title}</th>
                <td>${stage(r.then)}</td>
                <td>${stage(r.now)}</td>
                <td class="movement ${r.movement}"><span aria-hidden="true">${MOVEMENT_SIGN[r.movement]}</span> ${t[r.movement]}</td>
              </tr>`,
            )}
          </tbody>`,
        )}
      </table>
    </div>`;
  }

  private renderRefused(t: CompareStrings, p: Prepared): TemplateResult | typeof nothing {
    const refused = p.data.classified.refused;
    if (refused.length === 0) return nothing;
    return html`<section class="refused" part="refused" aria-labelledby="refused-title">
      <h2 id="refused-title">${t.refusedTitle}</h2>
      <ul>
        ${refused.map((r) => {
          const message = formatIssue(r.issue, this.lang);
          const reason = r.issue.code.startsWith('structure.') && r.issue.path.length > 0 ? `${formatPath(r.issue.path)}: ${message}` : message;
          return html`<li>
            <strong>${p.names.get(r.key) ?? r.key}</strong>${r.date ? html` (<time datetime=${r.date}>${this.formatDate(r.date)}</time>)` : nothing}:
            <span class="reason">${reason}</span>
          </li>`;
        })}
      </ul>
    </section>`;
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
    const aspects = instrument.blockQuestions
      .filter((q): q is MultipleChoiceQuestion => q.type === 'multiple-choice')
      .map((question) => ({ question, counts: optionCounts(instrument, responses, question.id) }));
    const ranking = instrument.finalQuestions.find((q): q is BlockRankingQuestion => q.type === 'block-ranking');
    const pick = instrument.finalQuestions.find((q): q is BlockPickQuestion => q.type === 'block-pick');
    return {
      instrument,
      classified,
      distribution: stageDistribution(instrument, responses),
      aspects,
      ...(ranking ? { ranking, ranked: rankWeightedBlocks(instrument, responses, ranking.id) } : {}),
      ...(pick ? { pick } : {}),
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
      case 'trend': {
        const pairs = trendPairs(scans);
        if (pairs.length === 0) return notice(t.noTrend);
        const order = sorted(pairs.map((p) => p.last));
        const byLast = new Map(pairs.map((p) => [p.last, p]));
        const all = order.map((last) => centreTrend(ctx, byLast.get(last)!.first, last));
        return { ...base, content: { view, trends: limit(all), total: all.length }, table: () => trendTable(ctx, all) };
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

  /** `stage-N` (for `--poolster-stage-color-N`) and the tone of the default palette the stage gets. */
  private stageClasses(p: Prepared, index: number): string {
    const count = p.data.instrument.stages.length;
    const tone = count <= 1 ? 1 : Math.round((index * (PALETTE_SIZE - 1)) / (count - 1)) + 1;
    return `stage-${index + 1} tone-${tone}`;
  }

  private formatDate(date: string): string {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    try {
      return new Intl.DateTimeFormat(this.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
    } catch {
      return date;
    }
  }

  private viewName(t: CompareStrings, view: CompareView): string {
    const names: Record<CompareView, string> = {
      matrix: t.viewMatrix,
      distribution: t.viewDistribution,
      aspects: t.viewAspects,
      priorities: t.viewPriorities,
      matches: t.viewMatches,
      trend: t.viewTrend,
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
      trend: t.headingTrend,
    };
    return headings[view];
  }

  private sortName(t: CompareStrings, sort: CompareSort): string {
    return sort === 'label' ? t.sortLabel : sort === 'mean-stage' ? t.sortMeanStage : t.sortDate;
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

declare global {
  interface HTMLElementTagNameMap {
    'poolster-compare': PoolsterCompare;
  }
}
