import { fillPlaceholders } from '../i18n/fill.js';
import { defineMessages } from '../i18n/catalog.js';
import type { Issue, IssueCode } from '../issues.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { hints } from './hints.js';
import { nl } from './nl.js';

/** The built-in tables of the validation messages, one per language (the parity tests read them). */
export const MESSAGES: Readonly<Record<string, Readonly<Record<IssueCode, string>>>> = { en, fr, nl };
export const MESSAGE_LANGUAGES = Object.keys(MESSAGES);

/**
 * The `validation` catalog: one message per issue code. A host adds a language with
 * `registerLanguage('de', { validation: { 'structure.missing': '…' } })`.
 */
const validationMessages = defineMessages('validation', { en, nl, fr });

/** The `validation-hints` catalog (hints.ts): sentences added after a message. */
const hintTables = defineMessages('validation-hints', hints);

/** The messages for `lang` through the one fallback rule: "nl-BE" reads "nl", an unknown language English. */
export function messageTable(lang: string): Readonly<Record<IssueCode, string>> {
  return validationMessages(lang);
}

export function formatIssue(issue: Issue, lang = 'en'): string {
  const h = hintTables(lang);
  // Empty, not a crash, while a drop-in's words are still on their way (they are drawn again when they arrive).
  const parts = [fillPlaceholders(messageTable(lang)[issue.code] ?? '', issue.params)];
  const { suggestion, examplePath, reference } = issue.params;
  if (typeof suggestion === 'string') parts.push(fillPlaceholders(h.didYouMean ?? '', issue.params));
  if (typeof examplePath === 'string') parts.push(fillPlaceholders(h.example ?? '', issue.params));
  else if (typeof reference === 'string') parts.push(fillPlaceholders(h.reference ?? '', issue.params));
  return parts.filter((part) => part !== '').join(' ');
}
