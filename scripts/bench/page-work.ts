/**
 * The page's own main-thread work, read from a Chrome trace (CDP `Tracing`, devtools.timeline categories),
 * the same way for every page: what the page does in response to input, timers, animation frames, its own
 * fetches and microtasks, and the style, layout and paint that follow, but NOT the driver's work in the
 * same renderer. CDP's cumulative TaskDuration counted both, and Playwright's part is large: its injected
 * script resolves every locator and checks actionability on the page's main thread, so a plain page with
 * the same number of actions cost about as much as the surveys themselves.
 *
 * What is left out, and how it is recognised in the trace:
 * - every task that handles a DevTools protocol message (`Receive mojo message` on
 *   `blink.mojom.DevToolsSession`: Runtime.evaluate/callFunctionOn, DOM queries, the style and layout they
 *   force), with everything nested in it;
 * - script that is not the page's: a `FunctionCall` whose script has no http(s) address (Playwright's
 *   injected script, `page.evaluate`/`waitForFunction` snippets, the benchmark's own init-script probes),
 *   and the microtasks of an animation frame or event in which only such script ran.
 * Input events themselves (Playwright sends real `Input.dispatch…` events) are the page's work: a person's
 * click costs the page the same dispatch.
 * Validated by scripts/bench/page-work-check.ts (a plain page comes out near zero; a handler that burns
 * 5 ms per click adds 5 ms per click).
 */
import type { Page } from 'playwright-core';
import { startTrace, type TraceEvent } from '../test/trace.js';

/** The page's main-thread time in a window, in ms, split by what the outermost piece of work was. */
export interface Work {
  total: number;
  script: number;
  styleLayout: number;
  paint: number;
  other: number;
}

const SCRIPT = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'XHRReadyStateChange',
  'XHRLoad',
  'ParseHTML',
  'MajorGC',
  'MinorGC',
]);
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout', 'ParseAuthorStyleSheet', 'HitTest']);
// Not 'Commit': on the main thread it mostly waits for the compositor thread, which a busy machine makes long.
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer']);

const isCdpMessage = (e: TraceEvent) => e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession';
const isForeignScript = (e: TraceEvent) => e.name === 'FunctionCall' && !/^https?:/.test(e.args?.data?.url ?? '');

interface Root {
  event: TraceEvent;
  end: number;
  foreign: number;
  microtasks: number;
  pageScript: boolean;
}

/** The callbacks a page or a driver registers: when only the driver's script ran in one, the whole task is the driver's. */
const CALLBACKS = new Set(['FireAnimationFrame', 'TimerFire', 'FireIdleCallback']);

/**
 * The page's own part of a counted root, in ms: the root less the driver's script in it, less the microtasks
 * that followed when no page script ran. An animation frame, timer or idle callback in which only the driver's
 * script ran counts nothing: the page asked for no such callback, so dispatching it is the driver's work too
 * (Playwright checks that an element is stable over animation frames before each action).
 */
function ownMs(root: Root): number {
  if (CALLBACKS.has(root.event.name) && !root.pageScript && root.foreign > 0) return 0;
  return ((root.event.dur ?? 0) - root.foreign - (root.pageScript ? 0 : root.microtasks)) / 1000;
}

/** A finished trace of one page: its marks (performance.mark names) and the page's work between two of them. */
export class PageTrace {
  constructor(
    private readonly roots: Root[],
    private readonly marks: Map<string, number>,
  ) {}

  /** The page's work between two marks (from the start of the trace / to its end when left out). */
  work(from?: string, to?: string): Work {
    const start = from === undefined ? -Infinity : this.at(from);
    const end = to === undefined ? Infinity : this.at(to);
    const work: Work = { total: 0, script: 0, styleLayout: 0, paint: 0, other: 0 };
    for (const root of this.roots) {
      if (root.event.ts < start || root.event.ts >= end) continue;
      const own = ownMs(root);
      if (own <= 0) continue;
      const kind = SCRIPT.has(root.event.name) ? 'script' : STYLE_LAYOUT.has(root.event.name) ? 'styleLayout' : PAINT.has(root.event.name) ? 'paint' : 'other';
      work[kind] += own;
      work.total += own;
    }
    return work;
  }

  /** The page's work between two marks by the name of the outermost event, in ms, largest first (to see what a figure is made of). */
  byEvent(from?: string, to?: string): Array<[string, number]> {
    const start = from === undefined ? -Infinity : this.at(from);
    const end = to === undefined ? Infinity : this.at(to);
    const sums = new Map<string, number>();
    for (const root of this.roots) {
      if (root.event.ts < start || root.event.ts >= end) continue;
      const own = ownMs(root);
      const key = root.event.name === 'EventDispatch' ? `EventDispatch ${root.event.args?.data?.type}` : root.event.name;
      if (own > 0) sums.set(key, (sums.get(key) ?? 0) + own);
    }
    return [...sums].sort((a, b) => b[1] - a[1]);
  }

  /** The trace time of a mark, in µs. */
  at(mark: string): number {
    const ts = this.marks.get(mark);
    if (ts === undefined) throw new Error(`The trace has no mark "${mark}"`);
    return ts;
  }
}

/**
 * Starts tracing the page's renderer; `mark(name)` places a named moment in the trace (a
 * `performance.mark` made through CDP, itself left out of the work), `stop()` ends the trace.
 */
export async function tracePage(page: Page): Promise<{ mark(name: string): Promise<void>; stop(): Promise<PageTrace> }> {
  const trace = await startTrace(page, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing', '__metadata']);
  const { cdp } = trace;
  return {
    async mark(name) {
      await page.evaluate((n) => performance.mark(n), `bench:${name}`);
    },
    async stop() {
      const events = await trace.stop();
      const { frameTree } = await cdp.send('Page.getFrameTree');
      await cdp.detach();
      return analyse(events, frameTree.frame.id);
    },
  };
}

/** The page renderer's main thread only (the trace also holds the browser's own pages), outermost work first. Exported for its test. */
export function analyse(events: TraceEvent[], frameId: string): PageTrace {
  const pid = events.find((e) => e.args?.data?.frame === frameId)?.pid;
  const tid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const marks = new Map<string, number>();
  for (const e of events) if (e.pid === pid && e.name.startsWith('bench:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b')) marks.set(e.name.slice(6), e.ts);
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const roots: Root[] = [];
  // Open events, outermost first, each with whether it is (inside) a DevTools message or a counted root.
  const open: Array<{ end: number; cdp: boolean; foreign: boolean; micro?: boolean; root?: Root }> = [];
  for (const e of main) {
    while (open.length > 0 && open.at(-1)!.end <= e.ts) open.pop();
    const end = e.ts + (e.dur ?? 0);
    const parent = open.at(-1);
    const inCdp = (parent?.cdp ?? false) || isCdpMessage(e);
    const root = parent?.root;
    const inForeign = parent?.foreign ?? false;
    if (inCdp) {
      open.push({ end, cdp: true, foreign: inForeign });
    } else if (root) {
      if (isForeignScript(e) && !inForeign) root.foreign += e.dur ?? 0;
      else if (e.name === 'FunctionCall' && !inForeign) root.pageScript = true;
      const micro = e.name === 'RunMicrotasks';
      if (micro && !inForeign && !parent?.micro) root.microtasks += e.dur ?? 0;
      open.push({ end, cdp: false, foreign: inForeign || isForeignScript(e), micro: micro || parent?.micro, root });
    } else if ((SCRIPT.has(e.name) || STYLE_LAYOUT.has(e.name) || PAINT.has(e.name)) && !isForeignScript(e)) {
      const counted: Root = { event: e, end, foreign: 0, microtasks: 0, pageScript: e.name === 'FunctionCall' || e.name === 'RunMicrotasks' || e.name.startsWith('v8.') || e.name === 'EvaluateScript' };
      roots.push(counted);
      open.push({ end, cdp: false, foreign: false, root: counted });
    } else {
      open.push({ end, cdp: false, foreign: inForeign || isForeignScript(e) });
    }
  }
  return new PageTrace(roots, marks);
}
