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

export function formatIssue(issue: Issue, lang = 'en'): string {
  const message = interpolate(messageTable(lang)[issue.code], issue.params);
  if (typeof issue.params.suggestion !== 'string') return message;
  const hint = DID_YOU_MEAN[lang] ?? DID_YOU_MEAN[lang.split('-')[0] ?? ''] ?? DID_YOU_MEAN.en!;
  return `${message} ${interpolate(hint, issue.params)}`;
}
