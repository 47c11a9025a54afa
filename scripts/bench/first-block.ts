/**
 * The first block on the page's own clock (performance.now(), whose zero is the navigation's start), the
 * same way for both surveys. A probe injected before the page's scripts looks, once per animation frame,
 * for the survey's start control and, once the start was pressed, for the first stage option of block 1
 * (inside shadow roots too); a capture listener notes when the start was pressed. The figure is
 *   (start control visible − navigation start) + (first stage option visible − start pressed),
 * so a person who presses the start as soon as it shows sees block 1 after that time; the benchmark's own
 * typing and clicking in between (CDP round trips) is left out. So is what the page does meanwhile: a
 * team types the centre's name there before the start lets it on, and the scan draws block 1 ahead in the
 * first idle moment of that time (its work is in no figure); SurveyJS does nothing there. The probe's script
 * has no http address, so the page's work (page-work.ts) leaves it out too.
 */
import type { Page } from 'playwright-core';

/**
 * What the probe looks for: an element matching `selector` that has a box (and, when given, this text);
 * with `inner`, an element matching `inner` with a box inside it (its shadow root included).
 */
export interface Target {
  selector: string;
  text?: string;
  inner?: string;
}

export interface FirstBlockTimes {
  /** Navigation start → start control visible, ms. */
  startVisible: number;
  /** The moment the start was pressed (event time), ms after navigation start. */
  pressed: number;
  /** Navigation start → first stage option of block 1 visible, ms. */
  stageVisible: number;
  /** startVisible + (stageVisible − pressed). */
  firstBlock: number;
}

interface ProbeState {
  seen: Record<string, number>;
  pressed?: number;
}

/** A guard against a page that never shows a target (a broken build), not a measure: the same as Playwright's default. */
const SEEN_TIMEOUT_MS = 30_000;

/** Per page, a promise for each target the probe looks for, settled when the probe has seen it. */
const sightings = new WeakMap<Page, Map<string, { promise: Promise<void>; resolve: () => void }>>();

/**
 * Installs the probe; call before `page.goto`. `press` is the start control's text. The probe tells the
 * benchmark what it saw through a binding: waiting with a locator or `waitForFunction` instead would have the
 * driver inject its script into the page (some 10–20 ms of main-thread work) while the page loads, inside
 * the very time measured.
 */
export async function probeFirstBlock(page: Page, targets: { start: Target; stage: Target }, press: string): Promise<void> {
  const waiting = new Map(
    Object.keys(targets).map((name) => {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      return [name, { promise, resolve }] as const;
    }),
  );
  sightings.set(page, waiting);
  await page.exposeFunction('__benchSeen', (name: string) => waiting.get(name)?.resolve());
  // A string, not a function: the page gets exactly this code (no helpers of the TypeScript loader).
  await page.addInitScript({
    content: `(() => {
  const targets = ${JSON.stringify(targets)};
  const state = { seen: {} };
  window.__benchProbe = state;
  const deep = (root, selector, text) => {
    for (const el of root.querySelectorAll(selector)) {
      if (el.getClientRects().length > 0 && (text === undefined || (el.textContent || el.value || '').trim() === text)) return el;
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { const found = deep(el.shadowRoot, selector, text); if (found) return found; }
    }
    return undefined;
  };
  const look = () => {
    for (const [name, t] of Object.entries(targets)) {
      if (state.seen[name] !== undefined) continue;
      // Block 1 can only show after the press: looking for it before would be the probe's own work in the
      // page's frames while the page loads (a walk through every shadow root, each frame).
      if (name === 'stage' && state.pressed === undefined) continue;
      const found = deep(document, t.selector, t.text);
      if (found && (!t.inner || deep(found.shadowRoot || found, t.inner) || deep(found, t.inner))) {
        state.seen[name] = performance.now();
        window.__benchSeen(name);
      }
    }
    if (Object.keys(state.seen).length < Object.keys(targets).length) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  addEventListener('click', (e) => {
    if (state.pressed !== undefined) return;
    const hit = e.composedPath().some((el) => el instanceof HTMLElement && (el.textContent || el.value || '').trim() === ${JSON.stringify(press)});
    if (hit) state.pressed = e.timeStamp;
  }, true);
})();`,
  });
}

/** Waits until the probe has seen the target `name` (on the page's clock), without touching the page. */
export async function seen(page: Page, name: 'start' | 'stage'): Promise<void> {
  const sighting = sightings.get(page)?.get(name);
  if (!sighting) throw new Error(`No first-block probe looks for "${name}" on this page: call probeFirstBlock before page.goto`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The first-block probe did not see "${name}" within ${SEEN_TIMEOUT_MS / 1000} s`)), SEEN_TIMEOUT_MS);
  });
  try {
    await Promise.race([sighting.promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The probe's times, once both targets were seen and the start was pressed. */
export async function firstBlockTimes(page: Page): Promise<FirstBlockTimes> {
  const state = await page.evaluate(() => (window as unknown as { __benchProbe: ProbeState }).__benchProbe);
  const { start, stage } = state.seen;
  if (start === undefined || stage === undefined || state.pressed === undefined) throw new Error(`The first-block probe is incomplete: ${JSON.stringify(state)}`);
  return { startVisible: start, pressed: state.pressed, stageVisible: stage, firstBlock: start + (stage - state.pressed) };
}

/** Where the scan's first block goes, from the page's Performance entries (ms on the page's clock). */
export interface LoadBreakdown {
  /** Navigation start → the page's HTML received. */
  html: number;
  /** HTML received → the last script file before the scan's element is defined received. */
  scriptDownload: number;
  /** That script received → `poolster-scan` defined (parse, compile, run of the scan's code). */
  scriptRun: number;
  /** Navigation start → the instrument requested (whether its fetch waits for the script). */
  instrumentRequested: number;
  /** The instrument's fetch, request → response end (it may overlap the script's run). */
  instrumentFetch: number;
  /** max(element defined, instrument received) → start control visible (the first render). */
  firstRender: number;
  /** Start pressed → block 1 visible. */
  afterPress: number;
  /** Of which: files fetched after the press (first request → last response end). */
  afterPressFetch: number;
  afterPressFiles: string[];
}

/** Records when `poolster-scan` is defined; call before `page.goto`. */
export async function probeDefined(page: Page, tag: string): Promise<void> {
  await page.addInitScript({ content: `customElements.whenDefined(${JSON.stringify(tag)}).then(() => { window.__benchDefined = performance.now(); });` });
}

export async function loadBreakdown(page: Page, times: FirstBlockTimes, instrumentPath: string): Promise<LoadBreakdown> {
  const { nav, resources, defined } = await page.evaluate(() => ({
    nav: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
    defined: (window as unknown as { __benchDefined?: number }).__benchDefined ?? NaN,
  }));
  const scripts = resources.filter((r) => r.name.endsWith('.js') && r.end <= defined);
  const scriptsIn = Math.max(nav, ...scripts.map((r) => r.end));
  const instrument = resources.find((r) => r.name === instrumentPath);
  const later = resources.filter((r) => r.start >= times.pressed && r.start <= times.stageVisible);
  return {
    html: nav,
    scriptDownload: scriptsIn - nav,
    scriptRun: defined - scriptsIn,
    instrumentRequested: instrument ? instrument.start : NaN,
    instrumentFetch: instrument ? instrument.end - instrument.start : NaN,
    firstRender: times.startVisible - Math.max(defined, instrument?.end ?? defined),
    afterPress: times.stageVisible - times.pressed,
    afterPressFetch: later.length > 0 ? Math.max(...later.map((r) => r.end)) - Math.min(...later.map((r) => r.start)) : 0,
    afterPressFiles: later.map((r) => r.name),
  };
}
