/**
 * `npm run bench`: builds, then reports figures (it asserts only that each survey captured the answers
 * that were clicked; byte ceilings are enforced by the size test, and times are never asserted):
 * - the size of the drop-in and of every entry (raw, gzip, brotli);
 * - the GO! scan side by side with SurveyJS 2.5.38 on the same content in headless Chromium (5 loads each,
 *   medians, ratios and the goals of issue #18): the JS + CSS bytes before block 1 shows, the time to the
 *   first block, the JS heap after the first render, the main-thread time to draw the next block, to answer
 *   the 11 blocks and to do the final page and send, and the actions each takes;
 * - `<poolster-compare>` with 1,000 centres, on a quiet machine and with one core kept busy.
 * The parts are in scripts/bench/.
 */
import { compareBench } from './bench/compare-figures.js';
import { sideBySide } from './bench/side-by-side.js';
import { printSizes } from './bench/sizes.js';
import { launchChromium } from './test/browser.js';

printSizes();
const browser = await launchChromium();
try {
  await sideBySide(browser, { heapDetail: process.argv.includes('--heap-detail') });
  await compareBench(browser);
} finally {
  await browser.close();
}
