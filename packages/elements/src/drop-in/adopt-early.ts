import { adoptEarlyWords } from '../i18n/words-loader.js';
import { adoptEarlyFetches } from '../instrument/early-instrument.js';
import type { Early } from './prefetch.js';

/** Hands what poolster.js started before the elements were defined (prefetch.ts) to the parts that would ask for it. */
export function adoptEarly(early: Early): void {
  adoptEarlyFetches(early.instruments);
  adoptEarlyWords(early.words);
}
