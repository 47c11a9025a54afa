import type { Issue, IssueCode, IssueParams } from '../issues.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';

export const MESSAGES: Readonly<Record<string, Readonly<Record<IssueCode, string>>>> = { en, fr, nl };
export const MESSAGE_LANGUAGES = Object.keys(MESSAGES);

/** "nl-BE" reads the "nl" table; an unknown language reads English. */
export function messageTable(lang: string): Readonly<Record<IssueCode, string>> {
  return MESSAGES[lang] ?? MESSAGES[lang.split('-')[0] ?? ''] ?? en;
}

export function interpolate(template: string, params: IssueParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/** Added after a message about an unknown id when a known one almost matches (`params.suggestion`). */
const DID_YOU_MEAN: Readonly<Record<string, string>> = {
  en: 'Did you mean "{suggestion}"?',
  nl: 'Bedoelde je "{suggestion}"?',
  fr: 'Vouliez-vous dire « {suggestion} » ?',
};

/** Added when a valid example of the field exists elsewhere in the document (`params.examplePath`, `params.example`). */
const EXAMPLE: Readonly<Record<string, string>> = {
  en: 'A valid example is {examplePath}: {example}.',
  nl: 'Een geldig voorbeeld staat in {examplePath}: {example}.',
  fr: 'Un exemple valide se trouve en {examplePath} : {example}.',
};

/** Added when there is none: where the field is described, with an example (`params.reference`). */
const REFERENCE: Readonly<Record<string, string>> = {
  en: 'See {reference} for this field, with an example.',
  nl: 'Zie {reference} voor dit veld, met een voorbeeld.',
  fr: 'Voir {reference} pour ce champ, avec un exemple.',
};

const inLanguage = (table: Readonly<Record<string, string>>, lang: string): string => table[lang] ?? table[lang.split('-')[0] ?? ''] ?? table.en!;

export function formatIssue(issue: Issue, lang = 'en'): string {
  const parts = [interpolate(messageTable(lang)[issue.code], issue.params)];
  const { suggestion, examplePath, reference } = issue.params;
  if (typeof suggestion === 'string') parts.push(interpolate(inLanguage(DID_YOU_MEAN, lang), issue.params));
  if (typeof examplePath === 'string') parts.push(interpolate(inLanguage(EXAMPLE, lang), issue.params));
  else if (typeof reference === 'string') parts.push(interpolate(inLanguage(REFERENCE, lang), issue.params));
  return parts.join(' ');
}
