import { setWordsLoader } from './words-loader.js';

/**
 * The drop-in's words, one file per language (poolster-words-nl.js, -fr.js, -en.js), built by
 * rollup.config.mjs from the tables of the `*.strings.ts` files on the scan's first path and the
 * validation messages, and left out of that path: a Dutch page downloads only Dutch. Imported relative to
 * poolster-core.js, so they come from beside poolster.js and a strict `script-src 'self'` holds.
 */
const WORDS: Readonly<Record<string, () => Promise<unknown>>> = {
  nl: () => import('poolster:words/nl'),
  fr: () => import('poolster:words/fr'),
  en: () => import('poolster:words/en'),
};

setWordsLoader((lang) => WORDS[lang]?.() ?? Promise.reject(new Error(`no words for ${lang}`)));
