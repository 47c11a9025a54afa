import { checkInstrument, contentLanguage, formatIssue, formatPath, localize, toCsv, type Instrument, type Issue, type Text } from '@poolster/schema';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { InheritedLang } from '../i18n/inherited-lang.js';
import { plural } from '../i18n/strings.js';
import { downloadCsv } from '../shared/download.js';
import { fire } from '../shared/events.js';
import { focusFirstControl } from '../shared/focus.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { SORTS, VIEWS, type CentreFilters, type CompareEntry, type CompareSort, type CompareView } from './compare-data.js';
import { styles } from './compare.styles.js';
import { compareStrings } from './compare.strings.js';
import { computeData, prepareView, type Data, type Prepared } from './prepare.js';
import { viewHeading, viewName } from './view-names.js';
import { NetworkState } from './network-state.js';
import { networkStrings } from './network.strings.js';
import { networkStyles } from './network.styles.js';
import { renderViewContent } from './views/content.js';
import { renderControls } from './views/controls.js';
import { renderRefused } from './views/refused.js';
import { cyclesStrings } from './cycles.strings.js';

export type { CompareEntry, CompareSort, CompareView } from './compare-data.js';

export interface CompareViewDetail {
  view: CompareView;
}

export interface CompareErrorDetail {
  kind: 'instrument';
  message: string;
  issues: Issue[];
}

export type SortDirection = 'ascending' | 'descending';

/**
 * Many centres' scans side by side: by default the latest scan of each centre (earlier school years on
 * request), filtered by school group, cluster, the stage of a chosen block and a priority. Views: a matrix of
 * stages (a row per centre, a column per block, sortable by any block), how many centres are at each stage, the
 * common challenges (how many centres named each lever and obstacle per block, with the centres behind each
 * count), every comment and "other" text, the combined priorities, who can inspire whom per block, and the movement
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
 * @csspart summary - The line with how many centres (or scans) are shown of how many.
 * @csspart notice - Notes (other versions, the column limit).
 * @csspart controls - The filters and the sort order.
 * @csspart tabs - The list of views.
 * @csspart tab - Each view's tab (`tab selected` for the current one).
 * @csspart panel - The current view.
 * @csspart table - Every table.
 * @csspart swatch - Each stage's shade, with its code, in the matrix legend.
 * @csspart bar - The bars of the distribution.
 * @csspart button - Every button.
 * @csspart refused - The "Not included" section.
 * @csspart error-panel - Shown instead of the comparison when the instrument cannot be used.
 *
 * @cssprop --poolster-stage-color-N - Colour of stage N (1 = the first stage); the default scale is one blue hue from light to dark (text turns white on the two darkest shades).
 * @cssprop --poolster-color-accent - Buttons and the current tab (default #1d4f91).
 * @cssprop --poolster-color-border - Table and control borders (default #8a8a8a).
 * @cssprop --poolster-color-surface - Background of tables and buttons (default #fff).
 * @cssprop --poolster-color-muted - Background of header cells and bar tracks (default #f3f2f1).
 * @cssprop --poolster-color-hint - Secondary text (default #505a5f).
 * @cssprop --poolster-color-error - The error panel (default #b3261e).
 * @cssprop --poolster-color-text - Text (default #1b1b1b).
 */
export class PoolsterCompare extends LitElement {
  static override styles = [baseStyles, buttonStyles, styles, networkStyles];

  static override properties: PropertyDeclarations = {
    instrument: { attribute: false },
    entries: { attribute: false },
    lang: {},
    view: { reflect: true },
    anonymous: { type: Boolean, reflect: true },
    earlier: { type: Boolean, reflect: true },
    group: { reflect: true },
    cluster: { reflect: true },
    stageBlock: { reflect: true, attribute: 'stage-block' },
    stage: { reflect: true },
    priority: { reflect: true },
    sort: { reflect: true },
    sortBlock: { reflect: true, attribute: 'sort-block' },
    sortDirection: { reflect: true, attribute: 'sort-direction' },
    showAll: { state: true },
  };

  /** The instrument, as data; validated with `checkInstrument` (an invalid one shows an error panel). */
  instrument: unknown;

  /**
   * The scans to compare: `{ label, centreId?, group?, date?, id?, shared?, response }`. A centre is
   * `centreId ?? label`. Replace an entry object to have it validated again.
   */
  entries: CompareEntry[] = [];

  /**
   * The interface language (nl, fr, en, or one registered with `registerLanguage`). When not set, the closest
   * `lang` above the element (its ancestors, across shadow roots; the page's `<html lang>`), else English. Content is shown in it when the instrument has it.
   */
  override lang = '';

  // Fills `lang` from the page when the host sets none; draws again when a language is registered.
  protected readonly inheritedLang = new InheritedLang(this);

  /** The view shown: matrix, distribution, challenges (levers and obstacles per block), comments, priorities, inspire (who can inspire whom), cycles (movement between school years) or teams (default matrix). */
  view: CompareView = 'matrix';

  /** Replaces the centres' labels by "Centre 1…n", numbered in the order of the entries. */
  anonymous = false;

  /** Shows every scan (earlier school years too) instead of the latest scan of each centre; figures then count scans. */
  earlier = false;

  /** Shows only the centres of this school group (`entry.group`; '' = all). */
  group = '';

  /** Shows only the blocks of this cluster id ('' = all clusters). */
  cluster = '';

  /** With `stage`: shows only the centres whose current stage in this block id is that stage ('' = no filter). */
  stageBlock = '';

  /** A stage id: with `stage-block`, shows only the centres at this stage in that block ('' = all stages). */
  stage = '';

  /** Shows only the centres that rank this block id among their priorities ('' = no filter). */
  priority = '';

  /** The order of the centres: label (name), mean-stage (highest first) or date (oldest first). */
  sort: CompareSort = 'label';

  /** Sorts the centres by their stage in this block id first (a matrix column header sets it; '' = by `sort`). */
  sortBlock = '';

  /** With `sort-block`: descending (highest stage first, the default) or ascending. */
  sortDirection: SortDirection = 'descending';

  private showAll = false;

  /** The choices made inside the network's views (a heatmap cell, comment and pair filters). */
  private network = new NetworkState(this);

  private checkedFor: unknown = Symbol('unchecked');
  private checked: { instrument?: Instrument; issues: Issue[] } = { issues: [] };
  private dataFor: { instrument?: Instrument; entries?: unknown } = {};
  private data: Data | undefined;
  private prepared: Prepared | undefined;
  private pendingError: CompareErrorDetail | undefined;
  private focusTab = false;
  private focusSort = '';

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
      <p class="summary" part="summary" role="status">${p.counts.summary}</p>
      ${classified.otherVersionCount > 0
        ? html`<p class="notice" part="notice">
            ${plural(t.otherVersion, this.lang, {
              count: classified.otherVersionCount,
              n: classified.otherVersionCount,
              versions: classified.otherVersions.join(', '),
            })}
          </p>`
        : nothing}
      ${renderControls(t, {
        instrument: p.data.instrument,
        groups: p.groups,
        ranking: p.data.ranking !== undefined,
        cluster: this.activeCluster(p.data.instrument),
        filters: this.filters,
        sort: this.currentSort,
        earlier: this.earlier,
        text: (value) => this.text(value),
        onCluster: (cluster) => (this.cluster = cluster),
        onFilters: (change) => this.setFilters(change),
        onSort: (sort) => {
          this.sortBlock = '';
          this.sort = sort;
        },
        onEarlier: (earlier) => (this.earlier = earlier),
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
            ${viewName(t, v, this.lang)}
          </button>`,
        )}
      </div>
      <section class="panel" id="panel-${view}" role="tabpanel" aria-labelledby="tab-${view}" tabindex="0" part="panel">
        <h2>${viewHeading(t, view, this.lang)}</h2>
        ${renderViewContent(
          t,
          p,
          { lang: this.lang, earlier: this.earlier, showAll: this.showAll, sortBlock: this.sortBlock, sortDirection: this.sortDirection === 'ascending' ? 'ascending' : 'descending' },
          {
            toggleAll: () => (this.showAll = !this.showAll),
            download: () => this.download(),
            sortBy: (blockId) => this.sortBy(blockId),
            network: (change, focusId) => this.network.set(change, focusId),
          },
        )}
      </section>
      ${renderRefused(t, p.data.classified.refused, p.names, this.lang)}
    </div>`;
  }

  /** Focuses the first control (a filter), after a pending render; a click on text focuses nothing. */
  override focus(options?: FocusOptions): void {
    focusFirstControl(this, options);
  }

  /** The CSV of what the current view shows (filters and anonymity applied; all centres, also beyond the first ones shown). */
  csv(): string {
    return this.prepared ? toCsv(this.prepared.table()) : '';
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
      this.data = computeData(instrument, Array.isArray(this.entries) ? this.entries : []);
    }
    this.prepared = prepareView(
      {
        t,
        nt: networkStrings(this.lang),
        cs: cyclesStrings(this.lang),
        network: this.network.choices,
        lang: this.lang,
        contentLang: this.contentLang,
        view: this.currentView,
        sort: this.currentSort,
        sortBlock: this.sortBlock,
        sortDirection: this.sortDirection === 'ascending' ? 'ascending' : 'descending',
        cluster: this.activeCluster(instrument),
        filters: this.filters,
        earlier: this.earlier,
        anonymous: this.anonymous,
        showAll: this.showAll,
        text: (value) => this.text(value),
      },
      this.data!,
    );
  }

  override updated(): void {
    if (this.pendingError) {
      const detail = this.pendingError;
      this.pendingError = undefined;
      fire(this, 'poolster-error', detail);
    }
    if (this.focusTab) {
      this.focusTab = false;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.currentView}`)?.focus();
    }
    if (this.focusSort) {
      // The header re-renders after a sort: keep the keyboard on the button that was pressed.
      this.renderRoot.querySelector<HTMLElement>(`button.sort[data-block="${CSS.escape(this.focusSort)}"]`)?.focus();
      this.focusSort = '';
    }
  }

  /** The filters on centres, as the properties give them (an unknown id filters nothing). */
  private get filters(): CentreFilters {
    return { group: this.group, block: this.stageBlock, stage: this.stageBlock === '' ? '' : this.stage, priority: this.priority };
  }

  private setFilters(change: Partial<CentreFilters>): void {
    if (change.group !== undefined) this.group = change.group;
    if (change.block !== undefined) this.stageBlock = change.block;
    if (change.stage !== undefined) this.stage = change.stage;
    if (change.priority !== undefined) this.priority = change.priority;
  }

  /** A column header: the first press sorts by the block, highest stage first; the next one turns the order. */
  private sortBy(blockId: string): void {
    const active = this.sortBlock === blockId;
    this.sortDirection = active && this.sortDirection !== 'ascending' ? 'ascending' : 'descending';
    this.sortBlock = blockId;
    this.focusSort = this.renderRoot.querySelector(':focus') ? blockId : '';
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

  private get contentLang(): string {
    return this.checked.instrument ? contentLanguage(this.checked.instrument, this.lang) : this.lang;
  }

  private text(value: Text | undefined): string {
    const instrument = this.checked.instrument;
    return localize(value, this.contentLang, instrument?.defaultLanguage ?? this.lang);
  }

  private choose(view: CompareView, focus = false): void {
    if (view === this.currentView) return;
    this.view = view;
    this.focusTab = focus;
    fire(this, 'poolster-view', { view });
  }

  private onTabKey(e: KeyboardEvent): void {
    const i = VIEWS.indexOf(this.currentView);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.choose(VIEWS[(next + VIEWS.length) % VIEWS.length]!, true);
  }

  private download(): void {
    downloadCsv(this.renderRoot, `poolster-${this.currentView}.csv`, this.csv());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-compare': PoolsterCompare;
  }
}
