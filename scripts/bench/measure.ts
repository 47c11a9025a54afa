/**
 * What the benchmark reads from Chromium, the same way for both pages: CDP's Performance metrics (printed
 * as the old figures beside the page's own work of page-work.ts and the heap of heap.ts), the JS and CSS
 * bytes received, and the actions a person takes (each click, check or fill is one).
 */
import { gzipSync } from 'node:zlib';
import type { Locator, Page, Response } from 'playwright-core';

export interface Counters {
  /** Main-thread task time so far (CDP TaskDuration, the driver's work in the page included), in ms. */
  task: number;
  /** JSHeapUsedSize, in bytes. */
  heap: number;
}

/** Chromium's own counters for a page, read when asked: cumulative main-thread task time and the JS heap. */
export async function counters(page: Page): Promise<() => Promise<Counters>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') };
  };
}

/**
 * Every script and style sheet the page fetched before a moment of its own clock (block 1 visible), from
 * navigation on: `until(moment)` resolves to the sum of their gzip (level 9) sizes. Those whose request
 * started later are left out, though they may arrive before the benchmark asks: the files a scan fetches
 * in the idle moment after block 1 is drawn are not part of what drew it.
 */
export function scriptAndStyleBytes(page: Page): { until(moment: number): Promise<{ gzip: number; files: string[] }> } {
  const received: Response[] = [];
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    if ((type === 'script' || type === 'stylesheet') && response.ok()) received.push(response);
  };
  page.on('response', onResponse);
  return {
    async until(moment) {
      page.off('response', onResponse);
      // On the page's own clock, as `moment` is: the resource timing of each file fetched.
      const started = new Set(
        await page.evaluate((until) => performance.getEntriesByType('resource').filter((e) => e.startTime < until).map((e) => e.name), moment),
      );
      const before = received.filter((r) => started.has(r.url()));
      const bodies = await Promise.all(before.map((r) => r.body()));
      return {
        gzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
        files: before.map((r) => new URL(r.url()).pathname),
      };
    },
  };
}

/** A person's actions through the interface, counted: a click, a check, a fill is one each. */
export class Actions {
  count = 0;

  async click(target: Locator): Promise<void> {
    await target.click();
    this.count += 1;
  }

  async check(target: Locator): Promise<void> {
    await target.check();
    this.count += 1;
  }

  async fill(target: Locator, text: string): Promise<void> {
    await target.fill(text);
    this.count += 1;
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n: number): string => `${n.toFixed(0)} ms`;
export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
