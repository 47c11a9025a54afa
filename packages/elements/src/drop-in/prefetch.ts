/**
 * What the drop-in's entry (poolster.js) starts first, before it imports the core (poolster-core.js): the
 * instrument of each scan already in the document (module scripts run once the document is parsed) and the
 * words of its language. They travel with the core and while the elements are defined and drawn; the core's
 * instrument loader takes the started request over (early-instrument.ts), so there is still one request per
 * instrument.
 *
 * This file is part of poolster.js only: it imports nothing, so rollup keeps it out of the core.
 */

/** A fetch of an instrument started by the entry: its response, and the way to stop it. */
export interface EarlyFetch {
  readonly response: Promise<Response>;
  readonly abort: AbortController;
}

/** The built-in languages' words (i18n/drop-in-words.ts), whose files sit beside poolster.js. */
const BUILT_IN = ['nl', 'fr', 'en'];

/** What the entry started: instrument fetches by absolute URL, words files by language. */
export interface Early {
  readonly instruments: Map<string, EarlyFetch>;
  readonly words: Map<string, Promise<unknown>>;
}

/** Starts the requests; `entryUrl` is poolster.js's URL (its `?prefix=`). */
export function prefetch(entryUrl: string): Early {
  const early: Early = { instruments: new Map(), words: new Map() };
  let prefix = 'poolster';
  try {
    prefix = new URL(entryUrl).searchParams.get('prefix') ?? prefix;
    for (const scan of document.querySelectorAll(`${prefix}-scan[src]:not([instrument])`)) {
      const url = new URL(scan.getAttribute('src') ?? '', document.baseURI).href;
      const lang = (scan.closest('[lang]')?.getAttribute('lang') ?? '').split('-')[0]!.toLowerCase();
      if (BUILT_IN.includes(lang) && !early.words.has(lang)) {
        // By a computed name: a name rollup could see would make it split the words' own imports off the core.
        // The same URL as the core's import of it, so one module, one request; its failure is the core's to handle.
        const words = import(`./poolster-words-${lang}.js`);
        words.catch(() => undefined);
        early.words.set(lang, words);
      }
      if (early.instruments.has(url)) continue;
      const abort = new AbortController();
      // The same request the loader makes (load-instrument.ts): same credentials, same Accept.
      const response = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: abort.signal });
      // A failure is the loader's to show once it takes the request over; until then it is not unhandled.
      response.catch(() => undefined);
      early.instruments.set(url, { response, abort });
    }
  } catch {
    // A prefix that makes no selector: the core rejects it with its own message; nothing is started.
  }
  return early;
}
