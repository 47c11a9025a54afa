/**
 * The JS heap, the same way for every page: used size after a forced garbage collection (CDP
 * `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`), so that garbage not yet collected does not
 * count; an empty page's heap as the floor every page starts from (printed, not subtracted); and, with
 * `--heap-detail`, a heap snapshot summarised by constructor (self size), to see what a page's heap holds.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

/** Used JS heap after a forced garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/** An empty page's heap after a garbage collection: the floor of any page in this browser. */
export async function emptyPageHeap(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await heapAfterGc(page);
  } finally {
    await context.close();
  }
}

export interface HeapRow {
  constructor: string;
  count: number;
  selfSize: number;
}

/**
 * The heap snapshot's nodes by constructor (or kind, for strings, code and the like), largest self size
 * first: all of them, and only the objects the page's script made (not V8's or Blink's internals).
 */
export async function heapByConstructor(page: Page, top = 10): Promise<{ all: HeapRow[]; script: HeapRow[] }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let text = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => {
    text += chunk;
  });
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    await cdp.detach();
  }
  const snapshot = JSON.parse(text) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const sums = new Map<string, { count: number; selfSize: number }>();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    // Objects by their constructor's name; everything else (strings, code, arrays' backing stores…) by kind.
    const key = type === 'object' || type === 'native' ? snapshot.strings[snapshot.nodes[i + nameAt]!]! : `(${type})`;
    const sum = sums.get(key) ?? { count: 0, selfSize: 0 };
    sum.count += 1;
    sum.selfSize += snapshot.nodes[i + sizeAt]!;
    sums.set(key, sum);
  }
  const rows = [...sums].map(([constructor, s]) => ({ constructor, ...s })).sort((a, b) => b.selfSize - a.selfSize);
  const internal = (name: string) => name.startsWith('(') || name.startsWith('system /') || name.includes('::') || name === '';
  return { all: rows.slice(0, top), script: rows.filter((r) => !internal(r.constructor)).slice(0, top) };
}

/** Loads `url` in a fresh profile, waits for `ready` (the first render), and summarises its heap by constructor. */
export async function heapDetail(browser: Browser, url: string, ready: (page: Page) => Promise<void>): Promise<{ all: HeapRow[]; script: HeapRow[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    return await heapByConstructor(page);
  } finally {
    await context.close();
  }
}
