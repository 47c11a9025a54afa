import type { Block, Instrument } from './instrument.js';
import type { Text } from './primitives.js';

/**
 * Reads a text in the wanted language: "nl-BE" falls back to "nl", then to the instrument's default
 * language, then to any language the text has, so a missing translation shows something rather than nothing.
 */
export function localize(text: Text | undefined, lang: string, fallback: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0] ?? lang;
  return text[lang] ?? text[base] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

// Placeholder filling lives with the rest of the localisation; re-exported for the modules that import it from here.
export { fillPlaceholders } from './i18n/fill.js';

/** The language to show content in: the wanted one when the instrument has it, else its default. */
export function contentLanguage(instrument: Instrument, wanted: string): string {
  const base = wanted.split('-')[0] ?? wanted;
  return instrument.languages.find((l) => l === wanted) ?? instrument.languages.find((l) => l === base) ?? instrument.defaultLanguage;
}

/** How a block is named inside question texts. */
export function blockName(instrument: Instrument, block: Block | undefined, lang: string): string {
  const text = block ? (block.name ?? block.title) : instrument.blockPlaceholder;
  return localize(text, lang, instrument.defaultLanguage);
}
