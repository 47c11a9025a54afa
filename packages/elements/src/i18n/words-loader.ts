import { BUILT_IN_LANGUAGES, FALLBACK_LANGUAGE, languageChain } from '@poolster/schema';

/**
 * Where the built-in languages' words come from when they are not part of the code. In the module build
 * for bundlers every table is in its `*.strings.ts` file and nothing is loaded (no loader is set). The
 * drop-in leaves the words out of its first path and sets a loader that imports one language's file
 * (`poolster-words-nl.js`, beside poolster.js) as soon as an element knows its language.
 */
type WordsLoader = (lang: string) => Promise<unknown>;

let loader: WordsLoader | undefined;
const loaded = new Set<string>();
const failed = new Set<string>();
const loading = new Map<string, Promise<void>>();

export function setWordsLoader(load: WordsLoader): void {
  loader = load;
}

/** Words files the drop-in's entry started importing before the elements were defined (drop-in/prefetch.ts), each used once. */
const early = new Map<string, Promise<unknown>>();

export function adoptEarlyWords(words: ReadonlyMap<string, Promise<unknown>>): void {
  for (const [lang, loading] of words) early.set(lang, loading);
}

function startedEarly(lang: string): Promise<unknown> | undefined {
  const loading = early.get(lang);
  early.delete(lang);
  return loading;
}

/** The built-in language whose full tables `lang` reads: "nl-BE" → "nl"; "de" (registered or not) → "en". */
export function builtInWordsFor(lang: string | undefined): string {
  return languageChain(lang).find((l) => (BUILT_IN_LANGUAGES as readonly string[]).includes(l)) ?? FALLBACK_LANGUAGE;
}

/** Whether every text of `lang` can be shown now: its words are here, or English stands in for words that failed to load. */
export function wordsReady(lang: string | undefined): boolean {
  if (!loader) return true;
  const wanted = builtInWordsFor(lang);
  return loaded.has(wanted) || (failed.has(wanted) && loaded.has(FALLBACK_LANGUAGE));
}

/**
 * Loads the words `lang` reads (once per language, shared by every element). When they fail to load, the
 * English words are loaded instead, so the page shows English rather than a broken element.
 */
export function loadWords(lang: string | undefined): Promise<void> {
  const wanted = builtInWordsFor(lang);
  if (!loader || wordsReady(lang)) return Promise.resolve();
  let pending = loading.get(wanted);
  if (!pending) {
    const load = loader;
    pending = (startedEarly(wanted) ?? load(wanted)).then(
      () => {
        loaded.add(wanted);
      },
      (error: unknown) => {
        failed.add(wanted);
        console.warn(`poolster: the ${wanted} words did not load; showing English.`, error);
        if (wanted !== FALLBACK_LANGUAGE) return loadWords(FALLBACK_LANGUAGE);
        return undefined;
      },
    );
    loading.set(wanted, pending);
  }
  return pending;
}

/**
 * The words only late parts and errors read (the validation messages, the confirmation's), a second file per
 * language in the drop-in (poolster-words-late-<lang>.js): fetched with the scan's last steps once the first
 * block is drawn, and at once when the scan has an issue to show. Until they are here those texts are empty;
 * the elements draw again when they arrive (registerLanguage). English stands in for words that fail to load.
 */
let lateLoader: WordsLoader | undefined;
const lateLoading = new Map<string, Promise<void>>();
const lateLoaded = new Set<string>();

export function setLateWordsLoader(load: WordsLoader): void {
  lateLoader = load;
}

/** Whether the late words `lang` reads are here (always, outside the drop-in). */
export function lateWordsReady(lang: string | undefined): boolean {
  return !lateLoader || lateLoaded.has(builtInWordsFor(lang));
}

/** Loads the late words `lang` reads, once per language; rejects only when English failed too. */
export function loadLateWords(lang: string | undefined): Promise<void> {
  const wanted = builtInWordsFor(lang);
  if (!lateLoader || lateLoaded.has(wanted)) return Promise.resolve();
  let pending = lateLoading.get(wanted);
  if (!pending) {
    pending = lateLoader(wanted)
      .catch((error: unknown) => {
        if (wanted === FALLBACK_LANGUAGE) throw error;
        console.warn(`poolster: the late ${wanted} words did not load; showing English.`, error);
        return loadLateWords(FALLBACK_LANGUAGE);
      })
      .then(
        () => void lateLoaded.add(wanted),
        (error: unknown) => {
          // Neither this language nor English: the next need tries again.
          lateLoading.delete(wanted);
          throw error;
        },
      );
    lateLoading.set(wanted, pending);
  }
  return pending;
}
