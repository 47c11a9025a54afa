import type { EarlyFetch } from '../drop-in/prefetch.js';

/**
 * Instrument requests the drop-in's entry started before the elements were defined (drop-in/prefetch.ts), by
 * absolute URL. The first load of that URL takes its request over instead of making a second one; each is
 * taken once, so a later load (a reconnect, the same `src` set again) fetches afresh.
 */
const early = new Map<string, EarlyFetch>();

export function adoptEarlyFetches(fetches: ReadonlyMap<string, EarlyFetch>): void {
  for (const [url, fetch] of fetches) early.set(url, fetch);
}

/** The started request for `src`, if any, stopped when `signal` aborts (a new `src`, the element gone). */
export function takeEarlyFetch(src: string, signal: AbortSignal | undefined): Promise<Response> | undefined {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
  const started = early.get(url);
  if (!started) return undefined;
  early.delete(url);
  if (signal?.aborted) started.abort.abort();
  else signal?.addEventListener('abort', () => started.abort.abort(), { once: true });
  return started.response;
}
