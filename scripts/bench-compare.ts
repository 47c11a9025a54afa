/**
 * `npm run bench:compare`: the comparison's figures alone (see scripts/bench/compare-figures.ts).
 * POOLSTER_BENCH_DROP_IN names another build to measure, for a before/after comparison.
 */
import { compareBench } from './bench/compare-figures.js';
import { launchChromium } from './test/browser.js';

const browser = await launchChromium();
try {
  await compareBench(browser, process.env.POOLSTER_BENCH_DROP_IN || undefined);
} finally {
  await browser.close();
}
