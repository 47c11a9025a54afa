import {
  checkInstrument,
  contentLanguage,
  directorSummary,
  formatIssue,
  localize,
  parseJson,
  responseRows,
  toCsv,
  centreName,
  makesResponseUnusable,
  validateResponse,
  type Instrument,
  type Issue,
  type Response,
  type Text,
} from '@poolster/schema';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { InheritedLang } from '../i18n/inherited-lang.js';
import { format, uiLanguage } from '../i18n/strings.js';
import { InstrumentLoader } from '../instrument/instrument-loader.js';
import type { LoadResult } from '../instrument/load-instrument.js';
import { downloadCsv, downloadJson } from '../shared/download.js';
import { formatDateTime } from '../shared/format-date.js';
import { fire } from '../shared/events.js';
import { baseStyles, buttonStyles } from '../shared/styles.js';
import { details } from './details.js';
import { reportStrings, type ReportStrings } from './report.strings.js';
import { styles } from './report.styles.js';
import { directorSummaryView } from './summary.js';

export interface ReportErrorDetail {
  kind: 'instrument' | 'response' | 'load';
  message: string;
  issues: Issue[];
}

type Ready = { instrument: Instrument; response: Response; note: string };
type View = { state: 'waiting' } | { state: 'error'; message: string } | ({ state: 'ready' } & Ready);

/** Response issues that make a report impossible; other issues (answers to removed questions) only hide answers. */
const BLOCKING = (i: Issue) => makesResponseUnusable(i);

/**
 * The result of one scan for its director. It opens with a summary that prints on at most two pages:
 * the data chart (current stage and ambition per building block), the priorities in order, the largest
 * gaps, the most named levers and obstacles, the inspiring practices and, after a team round, where the
 * team disagreed (the model is the schema's `directorSummary`, which the overview mail uses too). Then
 * the details per cluster and block under the questions' short labels; where the team placed a block in
 * a team round, the block shows how far the placements lay apart and the team's note.
 *
 * @summary One scan's result: a director's summary, then every answer; export and print.
 * @fires poolster-error - The instrument or the response cannot be used. Detail: `{ kind, message, issues }`.
 * @csspart base - The report.
 * @csspart summary - The director's summary: chart, priorities, gaps, levers and obstacles, inspiring practices, team.
 * @csspart chart - The data chart (a figure with an SVG).
 * @csspart data-table - The chart's data as a table.
 * @csspart aspect-table - Levers and obstacles per aspect.
 * @csspart team - What a team round left on a block: the spread in words and per stage, the team's note.
 * @csspart button - The export and print buttons.
 * @cssprop --poolster-chart-current - Colour of the current-stage dots (default: the text colour).
 * @cssprop --poolster-chart-ambition - Colour of the ambition diamonds and lines (default: the accent colour).
 * @cssprop --poolster-max-width - The widest the report gets (default 60rem).
 */
export class PoolsterReport extends LitElement {
  static override styles = [baseStyles, buttonStyles, styles];

  static override properties: PropertyDeclarations = {
    instrument: { attribute: false },
    response: { attribute: false },
    src: {},
    responseSrc: { attribute: 'response-src' },
    lang: {},
    timeZone: { attribute: 'time-zone' },
    view: { state: true },
    loadedInstrument: { state: true },
    loadedResponse: { state: true },
  };

  /** The instrument the response answers (validated before use). */
  instrument: unknown;

  /** The response to show (validated against the instrument). */
  response: unknown;

  /** A URL to load the instrument from, when the `instrument` property is not set. */
  src = '';

  /** A URL to load the response from, when the `response` property is not set. */
  responseSrc = '';

  /**
   * The interface language (nl, fr, en, or one registered with `registerLanguage`). When not set, the closest
   * `lang` above the element (its ancestors, across shadow roots; the page's `<html lang>`), else English. Content is shown in it when the instrument has it.
   */
  override lang = '';

  // Fills `lang` from the page when the host sets none; draws again when a language is registered.
  protected readonly inheritedLang = new InheritedLang(this);

  /**
   * The time zone the element shows times in, as an IANA name ("Europe/Brussels"); empty: the browser's. A
   * server sets the one its mails and pages use, so every view of a scan says the same time.
   */
  timeZone = '';

  private view: View = { state: 'waiting' };
  private loadedInstrument: unknown;
  private loadedResponse: unknown;
  /** The error found while the last update computed the view, fired once that update is done. */
  private pendingError: ReportErrorDetail | undefined;
  private readonly loader = new InstrumentLoader(this, (result, src) => this.loadedFrom(result, src));

  override render() {
    const t = reportStrings(this.lang);
    if (this.view.state === 'waiting') return html`<p role="status">${this.hasInputs() ? t.loading : t.missing}</p>`;
    if (this.view.state === 'error') return html`<p class="message" role="alert">${this.view.message}</p>`;
    return this.renderReport(this.view, t);
  }

  private renderReport({ instrument, response, note }: Ready, t: ReportStrings): TemplateResult {
    const contentLang = contentLanguage(instrument, this.lang);
    const text = (value: Text | undefined) => localize(value, contentLang, instrument.defaultLanguage);
    const summary = directorSummary(instrument, response, this.lang);
    const date = response.submittedAt ?? response.updatedAt;
    const name = centreName(instrument, response);
    return html`<article class="report" part="base" lang=${contentLang}>
      <header>
        <p class="kicker">${text(instrument.title)}</p>
        <h2>${name || text(instrument.title)}</h2>
        <p class="meta">${format(response.status === 'submitted' ? t.submittedOn : t.draftOf, { date: this.formatDate(date) })}</p>
      </header>
      ${note ? html`<p class="note" role="status">${note}</p>` : nothing}
      <div class="actions">
        <button type="button" part="button" @click=${this.exportJson}>${t.exportJson}</button>
        <button type="button" part="button" @click=${this.exportCsv}>${t.exportCsv}</button>
        <button type="button" part="button" @click=${() => window.print()}>${t.print}</button>
      </div>
      ${directorSummaryView(summary, t)}
      ${details({ instrument, response, text, stageLabels: summary.stages, t, lang: this.lang })}
    </article>`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrument') && this.instrument !== undefined) this.loader.cancel();
    if (changed.has('src') && this.src && this.instrument === undefined) {
      // What the previous `src` gave no longer belongs here.
      this.loadedInstrument = undefined;
      this.loader.load(this.src);
    }
    if (changed.has('responseSrc') && this.responseSrc && this.response === undefined) void this.fetchResponse(this.responseSrc);
    const inputs = ['instrument', 'response', 'loadedInstrument', 'loadedResponse', 'lang'] as const;
    if (inputs.some((name) => changed.has(name as keyof PoolsterReport))) this.view = this.compute();
  }

  /** Whether the report was given (or is loading) both an instrument and a response. */
  private hasInputs(): boolean {
    return Boolean((this.instrument ?? this.src) && (this.response ?? this.responseSrc));
  }

  private compute(): View {
    const t = reportStrings(this.lang);
    const instrumentData = this.instrument ?? this.loadedInstrument;
    const responseData = this.response ?? this.loadedResponse;
    if (instrumentData === undefined || responseData === undefined) return { state: 'waiting' };
    // The report is a late file that carries the full checks anyway: the instrument is checked in full, at once.
    const checked = checkInstrument(instrumentData);
    const errors = checked.issues.filter((i) => i.severity === 'error');
    if (!checked.instrument || errors.length) return this.fail('instrument', t.invalidInstrument, errors);
    const instrument = checked.instrument;
    const issues = validateResponse(instrument, responseData, { requireComplete: false });
    const blocking = issues.find(BLOCKING);
    if (blocking) {
      const params = blocking.params as Record<string, string>;
      const message =
        blocking.code === 'response.other-instrument'
          ? format(t.mismatchInstrument, { received: params.received ?? '', expected: localize(instrument.title, this.lang, instrument.defaultLanguage) })
          : blocking.code === 'response.other-major-version'
            ? format(t.mismatchVersion, { received: params.received ?? '', expected: params.expected ?? '' })
            : format(t.invalidResponse, { reason: formatIssue(blocking, uiLanguage(this.lang)) });
      return this.fail('response', message, issues.filter(BLOCKING));
    }
    const other = issues.find((i) => i.code === 'response.other-version');
    const note = other ? format(t.otherVersion, other.params as Record<string, string>) : '';
    return { state: 'ready', instrument, response: responseData as Response, note };
  }

  // compute() runs during an update (willUpdate): the event waits for updated(), so that a listener sees the
  // report already showing the error and may change the element without starting an update inside one.
  private fail(kind: ReportErrorDetail['kind'], message: string, issues: Issue[]): View {
    this.pendingError = { kind, message, issues };
    return { state: 'error', message };
  }

  override updated(): void {
    const detail = this.pendingError;
    if (!detail) return;
    this.pendingError = undefined;
    fire(this, 'poolster-error', detail);
  }

  private loadedFrom(result: LoadResult, src: string): void {
    if (this.instrument !== undefined) return;
    if (result.ok) this.loadedInstrument = result.instrument;
    else if (result.issues.length) this.loadedInstrument = {}; // invalid: compute() explains
    else this.view = this.fail('load', format(reportStrings(this.lang).loadFailed, { src, reason: result.reason }), []);
  }

  private async fetchResponse(src: string): Promise<void> {
    try {
      const res = await fetch(src, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const parsed = parseJson(await res.text());
      this.loadedResponse = parsed.ok ? parsed.value : null;
    } catch (error) {
      this.view = this.fail('load', format(reportStrings(this.lang).loadFailed, { src, reason: (error as Error).message }), []);
    }
  }

  private fileName(extension: string): string {
    if (this.view.state !== 'ready') return `report.${extension}`;
    const name = centreName(this.view.instrument, this.view.response).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    return `${this.view.instrument.id}${name ? `-${name}` : ''}-${this.view.response.updatedAt.slice(0, 10)}.${extension}`;
  }

  private exportJson(): void {
    if (this.view.state === 'ready') downloadJson(this.renderRoot, this.fileName('json'), this.view.response);
  }

  private exportCsv(): void {
    if (this.view.state !== 'ready') return;
    const { instrument, response } = this.view;
    downloadCsv(this.renderRoot, this.fileName('csv'), toCsv(responseRows(instrument, [response], contentLanguage(instrument, this.lang))));
  }

  private formatDate(iso: string): string {
    return formatDateTime(iso, this.lang, 'long', this.timeZone);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-report': PoolsterReport;
  }
}
