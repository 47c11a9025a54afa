/**
 * `npm run bench`: builds, then reports figures (it asserts only that each survey captured the answers
 * that were clicked; byte ceilings are enforced by the size test, and times are never asserted):
 * - the size of the drop-in and of every entry (raw, gzip, brotli);
 * - the GO! scan side by side with SurveyJS 2.5.38 on the same content in headless Chromium (5 loads each,
 *   alternating, a fresh profile each, medians, ratios and the goals of issue #18), answered through the
 *   interface with the same answers;
 * - `<poolster-compare>` with 1,000 centres, on a quiet machine and with one core kept busy.
 * `npm run bench -- --heap-detail` also prints each page's heap by constructor (top 10).
 *
 * How each figure is measured (the same way for both surveys; the parts are in scripts/bench/):
 * - Bytes: every script and style sheet whose request started between navigation and block 1's first stage
 *   option visible, each gzipped (level 9); the instrument / survey JSON is content, not counted.
 * - First block (first-block.ts): on the page's own clock (performance.now(), zero at navigation start),
 *   (start control visible − navigation start) + (first stage option of block 1 visible − start pressed).
 *   "Visible" is the first animation frame in which an init-script probe finds the element with a box
 *   (shadow roots included), which it reports through a binding (no locator or waitForFunction, which
 *   would have the driver inject its script into the page while it loads); "pressed" is the click event's
 *   time. The driver's typing of the centre's name and its CDP round trips fall between the two and are
 *   left out. The scan's start is "Beginnen";
 *   SurveyJS's is "Volgende" under its first question. A second row compares the scan's figure with
 *   SurveyJS's first question visible, as the issue words the goal. For the scan, the page's Performance
 *   entries split the time: HTML, script download, script run until <poolster-scan> is defined, the
 *   instrument's fetch, the first render, and what happens after the press.
 * - Heap (heap.ts): used JS heap after a forced GC (HeapProfiler.collectGarbage, Runtime.getHeapUsage) with
 *   the start visible (the first render) and with block 1 visible; an empty page's heap is printed as the
 *   floor (not subtracted).
 * - Main-thread time (page-work.ts): the page's own work in a Chrome trace (devtools.timeline): event
 *   dispatch and the script it runs, timers, animation frames, microtasks, GC, style, layout and paint,
 *   without the tasks that serve DevTools protocol messages (Playwright's locators and actionability checks,
 *   page.evaluate), without script that has no http(s) address (Playwright's injected script, the
 *   benchmark's probes), and without the animation frames and timers in which only such script ran (the
 *   driver's checks that an element is stable). scripts/bench/page-work-check.ts shows that a plain page
 *   with the same kinds of actions comes out near zero and a 5 ms click handler adds 5 ms per click. The
 *   old figure (CDP TaskDuration, which counts the driver's work in the page too) is printed beside it,
 *   labelled.
 * - Actions: each click, check or fill through the interface is one.
 * The browser resolves no host name but loopback's (LOOPBACK_ONLY): SurveyJS's default theme asks
 * fonts.gstatic.com for Open Sans, and that request fails at once on every machine, so SurveyJS draws
 * with the system's sans-serif, as Poolster does, wherever the benchmark runs.
 */
import { compareBench } from './bench/compare-figures.js';
import { sideBySide } from './bench/side-by-side.js';
import { printSizes } from './bench/sizes.js';
import { launchChromium, LOOPBACK_ONLY } from './test/browser.js';

printSizes();
const browser = await launchChromium([LOOPBACK_ONLY]);
try {
  await sideBySide(browser, { heapDetail: process.argv.includes('--heap-detail') });
  await compareBench(browser);
} finally {
  await browser.close();
}
