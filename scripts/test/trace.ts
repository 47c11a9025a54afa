import type { CDPSession, Page } from 'playwright-core';

/** A trace event as Chromium reports it (the fields this project reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { frame?: string; url?: string; type?: string; nodeName?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

/**
 * Starts a Chrome trace (CDP `Tracing`) of the page with these categories. `stop()` ends it and resolves to
 * every event recorded, once the browser has handed them all over; `cdp` is the session, still attached.
 */
export async function startTrace(page: Page, categories: string[]): Promise<{ cdp: CDPSession; stop(): Promise<TraceEvent[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // (Playwright types an event as a record of strings; its `args` are objects.)
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  return {
    cdp,
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}
