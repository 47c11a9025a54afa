import type { CompareErrorDetail, CompareViewDetail } from '../compare/compare.js';
import type { ErrorSelectDetail } from '../error-summary/error-summary.js';
import type { NavigateDetail } from '../progress-nav/progress-nav.js';
import type { ReportErrorDetail } from '../report/report.js';
import type { ScanChangeDetail, ScanErrorDetail, ScanStepDetail, ScanSubmitDetail, ScanSubmittedDetail } from '../scan/scan-events.js';

/**
 * The event contract of every Poolster element, in one place.
 *
 * - Every event an element fires is public: it is listed below with its detail type, and documented with
 *   `@fires` on the element's class.
 * - Events bubble but are NOT composed: they reach every ancestor in the tree the element lives in (the page,
 *   or the shadow root of the component that placed it) and stop at that tree's shadow boundary. So the
 *   controls, the progress navigation and the error summary that the scan, the vote and the report draw in
 *   their own shadow roots never reach the page: the outer element handles them and fires its own public
 *   events (`poolster-change`, `poolster-step`, …). A host that places an element inside its own shadow root
 *   listens on the element itself, as with the platform's own `change` event.
 * - Events are fired where their cause is (a click, a finished fetch) or after an update (`updated`), never
 *   while an update computes (`willUpdate`, `render`): a listener may then read and change the element.
 */

/** What a question control reports when the team changes its answer. */
export interface AnswerChangeDetail {
  /** Chosen ids: one for a single choice, several for a multiple choice or a pick, ordered for a ranking. */
  value: string[];
  /** The text of an "other, please specify" option. */
  otherText?: string;
  /** A pick's exclusive "none / not yet" answer. */
  none?: boolean;
}

/** `poolster-error` of any element; `kind` tells what went wrong. Listen on one element for its own detail type. */
export type PoolsterErrorDetail = ScanErrorDetail | ReportErrorDetail | CompareErrorDetail;

/** The public events of `<poolster-scan>`. */
export interface ScanEventMap {
  'poolster-change': CustomEvent<ScanChangeDetail>;
  'poolster-step': CustomEvent<ScanStepDetail>;
  'poolster-submit': CustomEvent<ScanSubmitDetail>;
  'poolster-submitted': CustomEvent<ScanSubmittedDetail>;
  'poolster-error': CustomEvent<ScanErrorDetail>;
}
/** The public events of `<poolster-report>`. */
export interface ReportEventMap {
  'poolster-error': CustomEvent<ReportErrorDetail>;
}
/** The public events of `<poolster-compare>`. */
export interface CompareEventMap {
  'poolster-view': CustomEvent<CompareViewDetail>;
  'poolster-error': CustomEvent<CompareErrorDetail>;
}
/** The public event of the question controls (stage picker, choice group, block pick, block ranking). */
export interface ControlEventMap {
  'poolster-answer': CustomEvent<AnswerChangeDetail>;
}
/** The public event of `<poolster-progress-nav>`. */
export interface ProgressNavEventMap {
  'poolster-navigate': CustomEvent<NavigateDetail>;
}
/** The public event of `<poolster-error-summary>`. */
export interface ErrorSummaryEventMap {
  'poolster-error-select': CustomEvent<ErrorSelectDetail>;
}
// <poolster-round> and <poolster-vote> fire no events: they act through their backends and the scan.

/** Every public Poolster event, by name. */
export interface PoolsterEventMap extends Omit<ScanEventMap, 'poolster-error'>, ControlEventMap, ProgressNavEventMap, ErrorSummaryEventMap {
  'poolster-view': CustomEvent<CompareViewDetail>;
  'poolster-error': CustomEvent<PoolsterErrorDetail>;
}

/** The names of all public events (checked against PoolsterEventMap at compile time). */
export const PUBLIC_EVENTS = [
  'poolster-change',
  'poolster-step',
  'poolster-submit',
  'poolster-submitted',
  'poolster-error',
  'poolster-view',
  'poolster-answer',
  'poolster-navigate',
  'poolster-error-select',
] as const satisfies readonly (keyof PoolsterEventMap)[];

// Every name of the map is in the list (the other direction is checked by `satisfies` above).
type Missing = Exclude<keyof PoolsterEventMap, (typeof PUBLIC_EVENTS)[number]>;
const everyEventListed: [Missing] extends [never] ? true : Missing = true;
void everyEventListed;

// The elements that share an event name with another (poolster-error) get listeners typed by their own map
// first, so that `report.addEventListener('poolster-error', (e) => e.detail.kind)` gets the report's detail,
// not the union. Merged into the classes by module augmentation, so the element files stay about their element.
declare module '../scan/scan.js' {
  interface PoolsterScan {
    addEventListener<K extends keyof ScanEventMap>(type: K, listener: (this: PoolsterScan, event: ScanEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PoolsterScan, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof ScanEventMap>(type: K, listener: (this: PoolsterScan, event: ScanEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PoolsterScan, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}
declare module '../report/report.js' {
  interface PoolsterReport {
    addEventListener<K extends keyof ReportEventMap>(type: K, listener: (this: PoolsterReport, event: ReportEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PoolsterReport, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof ReportEventMap>(type: K, listener: (this: PoolsterReport, event: ReportEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PoolsterReport, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}
declare module '../compare/compare.js' {
  interface PoolsterCompare {
    addEventListener<K extends keyof CompareEventMap>(type: K, listener: (this: PoolsterCompare, event: CompareEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PoolsterCompare, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof CompareEventMap>(type: K, listener: (this: PoolsterCompare, event: CompareEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PoolsterCompare, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds Poolster's events to the DOM's map
  interface HTMLElementEventMap extends PoolsterEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the events bubble up to the document
  interface DocumentEventMap extends PoolsterEventMap {}
}

/**
 * Fires a public Poolster event on `target` (bubbling, not composed: see above). The name must be in the map,
 * and without an explicit type argument the detail is checked against that name's detail type. Returns false when a listener cancelled a cancelable event.
 */
export function fire<T extends PoolsterEventMap[K]['detail'], K extends keyof PoolsterEventMap = keyof PoolsterEventMap>(
  target: EventTarget,
  type: K,
  detail: T,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false, cancelable: options.cancelable ?? false }));
}
