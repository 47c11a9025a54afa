/** The drop-in's per-language words, modules the build makes (see drop-in-words.ts and scripts/build/words-split.mjs). */
declare module 'poolster:words/*';
declare module 'poolster:late-words/*';
