/**
 * Type-level test of the event contract (src/shared/events.ts), checked by `npx tsc -p tsconfig.json`:
 * a host's listener for each public event gets that event's detail type, on the element and on any ancestor.
 * The `@ts-expect-error` lines fail the type check if a detail loses its type (becomes `any`) or the wrong
 * type is picked. Nothing here runs.
 */
import type { AnswerLocation, Issue, Response } from '@poolster/schema';
import type { PoolsterCompare, PoolsterReport, PoolsterScan } from '../../src/index.js';
import type { CompareView } from '../../src/index.js';

declare const scan: PoolsterScan;
declare const report: PoolsterReport;
declare const compare: PoolsterCompare;
declare const anyElement: HTMLElement;

// Exactly T (not any, not a wider or narrower type).
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function exactly<A, B>(_proof: Equals<A, B>): void {}

// <poolster-scan>
scan.addEventListener('poolster-change', (e) => {
  exactly<typeof e.detail.response, Response>(true);
  exactly<typeof e.detail.location, AnswerLocation>(true);
});
scan.addEventListener('poolster-step', (e) => exactly<typeof e.detail.total, number>(true));
scan.addEventListener('poolster-submit', (e) => {
  exactly<typeof e.detail.response, Response>(true);
  e.preventDefault();
});
scan.addEventListener('poolster-submitted', (e) => exactly<typeof e.detail.status, number | undefined>(true));
scan.addEventListener('poolster-error', (e) => {
  exactly<typeof e.detail.kind, 'instrument' | 'load' | 'value' | 'submit'>(true);
  void e.detail.refusals; // only the scan's error has refusals
});

// <poolster-report>: its own poolster-error detail, not the union
report.addEventListener('poolster-error', (e) => {
  exactly<typeof e.detail.kind, 'instrument' | 'response' | 'load'>(true);
  exactly<typeof e.detail.issues, Issue[]>(true);
  // @ts-expect-error the report's error has no refusals
  void e.detail.refusals;
});

// <poolster-compare>
compare.addEventListener('poolster-view', (e) => exactly<typeof e.detail.view, CompareView>(true));
compare.addEventListener('poolster-error', (e) => exactly<typeof e.detail.kind, 'instrument'>(true));

// The controls, the progress navigation and the error summary, on any element or on the document
anyElement.addEventListener('poolster-answer', (e) => {
  exactly<typeof e.detail.value, string[]>(true);
  exactly<typeof e.detail.otherText, string | undefined>(true);
  exactly<typeof e.detail.none, boolean | undefined>(true);
});
document.addEventListener('poolster-navigate', (e) => exactly<typeof e.detail.stepId, string>(true));
document.addEventListener('poolster-error-select', (e) => exactly<typeof e.detail.target, string>(true));
// A listener on an ancestor hears poolster-error from any element: the union, told apart by kind.
document.addEventListener('poolster-error', (e) => {
  exactly<typeof e.detail.kind, 'instrument' | 'load' | 'value' | 'submit' | 'response'>(true);
});
document.addEventListener('poolster-change', (e) => exactly<typeof e.detail.response, Response>(true));
document.addEventListener('poolster-view', (e) => exactly<typeof e.detail.view, CompareView>(true));

// @ts-expect-error a detail is not any: a wrong claim about it fails
scan.addEventListener('poolster-step', (e) => exactly<typeof e.detail.index, string>(true));
