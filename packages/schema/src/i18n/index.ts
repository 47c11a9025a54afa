/**
 * The one way Poolster localises: typed tables per language (English defines the keys), `{name}`
 * placeholders, plural forms by `Intl.PluralRules`, and one fallback rule (regional → base → English).
 * Elements, validation messages, the CLI, mails and the server all read their texts through it.
 */
export { BUILT_IN_LANGUAGES, FALLBACK_LANGUAGE, languageChain, resolveLanguage, type BuiltInLanguage } from './languages.js';
export { choosePlural, isPluralForms, pluralCategory, type Message, type PluralForms } from './plural.js';
export { fillPlaceholders, formatMessage, type PlaceholderValue, type PlaceholderValues } from './fill.js';
export {
  addTranslation,
  catalogTables,
  defineMessages,
  hasLanguage,
  onLanguageRegistered,
  registerLanguage,
  registeredLanguages,
  textLanguage,
  type BuiltInTables,
  type LanguageTables,
  type MessageTable,
  type TableOf,
  type Translation,
} from './catalog.js';
