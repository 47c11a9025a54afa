import type { Instrument } from './instrument.js';
import type { IssueCollector } from './issue-collector.js';
import { issue } from './issues.js';
import { walkTexts } from './texts.js';

/**
 * Checks an instrument's texts: the default language is listed and present, the other languages are
 * present (a warning), and placeholders are those allowed where the text stands.
 *
 * Missing translations are texts × languages, which a hostile instrument can make quadratic in its
 * size; once the issue list is full they are only counted, from the languages each text does have.
 */
export function checkLanguages(instrument: Instrument, issues: IssueCollector): void {
  const { defaultLanguage } = instrument;
  const languages = [...new Set(instrument.languages)];
  if (!languages.includes(defaultLanguage)) {
    issues.push(issue('instrument.default-language-not-listed', ['defaultLanguage'], { language: defaultLanguage }));
  }
  const others = languages.filter((lang) => lang !== defaultLanguage);
  const otherSet = new Set(others);
  walkTexts(instrument, (text, path, allowed) => {
    const values = typeof text === 'string' ? [text] : Object.values(text);
    if (typeof text !== 'string') {
      if (!Object.hasOwn(text, defaultLanguage)) issues.push(issue('instrument.missing-default-language', path, { language: defaultLanguage }));
      if (issues.full) {
        issues.omit(others.length - Object.keys(text).filter((lang) => otherSet.has(lang)).length, 'warning');
      } else {
        for (const lang of others) {
          if (!Object.hasOwn(text, lang)) issues.push(issue('instrument.missing-translation', path, { language: lang }, 'warning'));
        }
      }
    }
    for (const value of values) {
      // Most texts hold no placeholder: the search is skipped for them (the scan checks its instrument on every page load).
      if (!value.includes('{')) continue;
      for (const [, name] of value.matchAll(/\{([A-Za-z]+)\}/g)) {
        if (name !== undefined && !allowed.includes(name)) {
          issues.push(
            issue('instrument.unknown-placeholder', path, { placeholder: `{${name}}`, allowed: allowed.length ? allowed.map((a) => `{${a}}`) : ['none'] }, 'warning'),
          );
        }
      }
    }
  });
}
