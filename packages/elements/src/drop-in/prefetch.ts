/**
 * What the drop-in's entry (poolster.js) starts before it loads poolster-core.js: the instrument of each
 * scan already in the document (module scripts run once the document is parsed) and the words of its
 * language. Without it both requests would wait for the core to download and run; with it they travel
 * beside the core. The core's instrument loader takes the started request over (early-instrument.ts), so
 * there is still one request per instrument.
 *
 * This file is part of poolster.js only: it imports nothing the core also has, or rollup would make the
 * entry wait for the core before it runs a line.
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
  if (early.instruments.size > 0) openStorage();
  return early;
}

/**
 * A scan looks for a draft on this device before it draws its first page, and the page's first touch of
 * localStorage opens its storage area: milliseconds of main-thread work. Touched here, while the core is on
 * its way and the main thread waits, that work is off the path to the first page. Storage that is blocked
 * throws; the core says so when it reads its drafts.
 */
function openStorage(): void {
  try {
    void globalThis.localStorage?.length;
  } catch {
    // Blocked (a sandboxed frame, a browser setting): nothing to open.
  }
}

const TURNS = Symbol.for('poolster.drop-in.turns');

/**
 * Loads the core after every earlier entry of the same copy (the same folder) has had it: two script tags
 * of one copy (`?prefix=v2`, then none) share one core, and the first in the document sets its prefix, as
 * when the core was a static import. Two dynamic imports of one module are not answered in a set order.
 */
export function inTurn<T>(entryUrl: string, load: () => Promise<T>): Promise<T> {
  const page = globalThis as { [TURNS]?: Map<string, Promise<unknown>> };
  const turns = (page[TURNS] ??= new Map());
  const copy = new URL('.', entryUrl).href;
  const loading = (turns.get(copy) ?? Promise.resolve()).then(load);
  turns.set(copy, loading.catch(() => undefined));
  return loading;
}
