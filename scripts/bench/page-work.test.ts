import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TraceEvent } from '../test/trace.js';
import { analyse } from './page-work.js';

/**
 * The page's own work from a hand-made trace: the renderer's main thread of frame F, with marks `from` and
 * `to` around what is counted. Times in µs; `page.js` is the page's script, a script without an http
 * address is the driver's (Playwright's injected script).
 */
const PID = 7;
const TID = 1;
const PAGE_URL = 'http://127.0.0.1/page.js';

const meta: TraceEvent[] = [
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: PID, tid: TID, args: { name: 'CrRendererMain' } },
  { name: 'TracingStartedInBrowser', cat: 'devtools.timeline', ph: 'I', ts: 0, pid: PID, tid: TID, args: { data: { frame: 'F' } } },
  { name: 'bench:from', cat: 'blink.user_timing', ph: 'I', ts: 10, pid: PID, tid: TID },
  { name: 'bench:to', cat: 'blink.user_timing', ph: 'I', ts: 100_000, pid: PID, tid: TID },
];
const x = (name: string, ts: number, dur: number, data?: { url?: string; type?: string }): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  pid: PID,
  tid: TID,
  ...(data ? { args: { data } } : {}),
});

const workOf = (events: TraceEvent[]) => analyse([...meta, ...events], 'F').work('from', 'to');

test("an animation frame in which only the driver's script ran is not the page's work", () => {
  const work = workOf([x('FireAnimationFrame', 1_000, 300), x('FunctionCall', 1_050, 200, { url: '' })]);
  assert.equal(work.total, 0);
});

test("a timer in which only the driver's script ran is not the page's work either", () => {
  const work = workOf([x('TimerFire', 1_000, 500), x('FunctionCall', 1_020, 400, { url: '' })]);
  assert.equal(work.total, 0);
});

test("the page's own animation frame counts whole, though the driver's script ran in it too", () => {
  const work = workOf([x('FireAnimationFrame', 1_000, 2_000), x('FunctionCall', 1_050, 1_500, { url: PAGE_URL }), x('FunctionCall', 2_600, 300, { url: '' })]);
  // 2 ms, less the driver's 0.3 ms.
  assert.equal(work.script, 1.7);
});

test("an input event counts for the page even when only the driver listened: a person's click costs the page the same dispatch", () => {
  const work = workOf([x('EventDispatch', 1_000, 400, { type: 'mousemove' }), x('FunctionCall', 1_100, 250, { url: '' })]);
  assert.equal(work.script, 0.15);
});

test('style, layout and paint count as they are', () => {
  const work = workOf([x('UpdateLayoutTree', 1_000, 500), x('Layout', 2_000, 700), x('Paint', 3_000, 900)]);
  assert.deepEqual({ styleLayout: work.styleLayout, paint: work.paint, total: work.total }, { styleLayout: 1.2, paint: 0.9, total: 2.1 });
});
