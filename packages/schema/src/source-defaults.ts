import { Instrument } from './instrument.js';
import { walkTexts } from './texts.js';

/**
 * What a content source may leave out, filled in when it is assembled, so readers (the scan, the server)
 * keep reading complete instruments in the existing format:
 *
 * - `title` of the instrument, a cluster or a block: made from its id ("preventie-en-vroegdetectie" →
 *   "Preventie en vroegdetectie"), one plain text that reads the same in every language.
 * - `languages`: the default language first, then every other language the texts are written in.
 * - `blockPlaceholder`: "this building block" in every listed language that has words for it (nl, fr, en),
 *   the English words for any other.
 * - a block's description of a stage: the stage's own `description`, with `{block}` replaced by the
 *   block's name (its `name`, else its `title`) in each language. A block overrides it by describing the
 *   stage itself in its `stages`.
 *
 * An explicit value always wins. The function is pure and takes anything: what has the wrong shape is
 * left as it is, for validation to report.
 */

type Json = Record<string, unknown>;

/** How `{block}` reads where no particular block is meant, by language; English for the others. */
export const DEFAULT_BLOCK_PLACEHOLDER: Readonly<Record<string, string>> = {
  en: 'this building block',
  nl: 'deze bouwsteen',
  fr: 'ce pilier',
};

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLanguageMap = (value: unknown): value is Record<string, string> =>
  isObject(value) && Object.values(value).every((v) => typeof v === 'string');

/** "preventie-en-vroegdetectie" → "Preventie en vroegdetectie": separators become spaces, the first letter a capital. */
export function titleFromId(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim().replace(/\s+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The source with its defaults filled in; the source itself is not changed. */
export function applySourceDefaults(source: unknown): unknown {
  if (!isObject(source)) return source;
  const instrument: Json = { ...source };
  withTitle(instrument);
  const defaultLanguage = typeof instrument.defaultLanguage === 'string' ? instrument.defaultLanguage : undefined;
  if (Array.isArray(instrument.clusters)) {
    const stages = Array.isArray(instrument.stages) ? instrument.stages.filter(isObject) : [];
    instrument.clusters = instrument.clusters.map((cluster) => {
      if (!isObject(cluster)) return cluster;
      const filled: Json = { ...cluster };
      withTitle(filled);
      if (Array.isArray(filled.blocks)) filled.blocks = filled.blocks.map((block) => withBlockDefaults(block, stages, defaultLanguage));
      return filled;
    });
  }
  // Last: the languages are read from every text, the block texts just made included.
  if (instrument.languages === undefined && defaultLanguage !== undefined) {
    instrument.languages = languagesFound(instrument, defaultLanguage);
  }
  if (instrument.blockPlaceholder === undefined && Array.isArray(instrument.languages)) {
    const languages = instrument.languages.filter((l): l is string => typeof l === 'string');
    if (languages.length > 0) instrument.blockPlaceholder = Object.fromEntries(languages.map((lang) => [lang, placeholderIn(lang)]));
  }
  return instrument;
}

const placeholderIn = (lang: string): string =>
  DEFAULT_BLOCK_PLACEHOLDER[lang] ?? DEFAULT_BLOCK_PLACEHOLDER[lang.split('-')[0] ?? ''] ?? DEFAULT_BLOCK_PLACEHOLDER.en!;

function withTitle(part: Json): void {
  if (part.title === undefined && typeof part.id === 'string') part.title = titleFromId(part.id);
}

function withBlockDefaults(block: unknown, stages: Json[], defaultLanguage: string | undefined): unknown {
  if (!isObject(block)) return block;
  const filled: Json = { ...block };
  withTitle(filled);
  if (filled.stages !== undefined && !isObject(filled.stages)) return filled;
  const own = (filled.stages ?? {}) as Json;
  const missing = stages.filter((stage) => typeof stage.id === 'string' && !Object.hasOwn(own, stage.id) && Array.isArray(stage.description));
  // A block that describes every stage itself stays exactly as written.
  if (missing.length === 0 && filled.stages !== undefined) return filled;
  const name = (filled.name ?? filled.title) as unknown;
  const made = new Map(missing.map((stage) => [stage.id as string, (stage.description as unknown[]).map((part) => fillBlock(part, name, defaultLanguage))]));
  // In the instrument's stage order; stages it does not have follow in the block's order, so validation names
  // them. Built with fromEntries, never by assignment: an id such as "__proto__" must stay a key for the
  // forbidden-key check, not become the object's prototype.
  const order = [...new Set([...stages.map((stage) => stage.id).filter((id): id is string => typeof id === 'string'), ...Object.keys(own)])];
  filled.stages = Object.fromEntries(
    order.flatMap((id): Array<[string, unknown]> => (Object.hasOwn(own, id) ? [[id, own[id]]] : made.has(id) ? [[id, made.get(id)]] : [])),
  );
  return filled;
}

/** One paragraph (or bulleted list) of a stage's description, with `{block}` as this block's name. */
function fillBlock(part: unknown, name: unknown, defaultLanguage: string | undefined): unknown {
  if (isObject(part) && Array.isArray(part.list)) return { ...part, list: part.list.map((item) => fillText(item, name, defaultLanguage)) };
  return fillText(part, name, defaultLanguage);
}

function fillText(text: unknown, name: unknown, defaultLanguage: string | undefined): unknown {
  if (typeof text === 'string') return text.replaceAll('{block}', nameIn(name, defaultLanguage, defaultLanguage));
  if (!isLanguageMap(text)) return text;
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, value.replaceAll('{block}', nameIn(name, lang, defaultLanguage))]));
}

/** The block's name in a language, falling back as the scan does: the base language, the default, any. */
function nameIn(name: unknown, lang: string | undefined, defaultLanguage: string | undefined): string {
  if (typeof name === 'string') return name;
  if (!isLanguageMap(name)) return '{block}';
  const base = lang?.split('-')[0];
  return (lang && name[lang]) ?? (base && name[base]) ?? (defaultLanguage && name[defaultLanguage]) ?? Object.values(name)[0] ?? '{block}';
}

/**
 * The default language, then every other language a text is written in, in the order first met. Texts
 * are found by the instrument's own walk (a language map cannot be told from other objects by its shape),
 * so only a source whose structure is sound gets more than its default language; one that is not sound
 * fails validation anyway.
 */
function languagesFound(instrument: Json, defaultLanguage: string): string[] {
  const found = new Set<string>([defaultLanguage]);
  const provisional = { ...instrument, languages: [defaultLanguage], blockPlaceholder: instrument.blockPlaceholder ?? '' };
  const parsed = Instrument.safeParse(provisional);
  if (parsed.success) {
    walkTexts(parsed.data, (text) => {
      if (typeof text !== 'string') for (const lang of Object.keys(text)) found.add(lang);
    });
  }
  return [...found];
}
