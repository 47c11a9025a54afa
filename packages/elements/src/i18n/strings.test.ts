import { expect } from '@open-wc/testing';
import '../define.js';
import '../define-rounds.js';
import { STRING_TABLES, UI_LANGUAGES, uiLanguage } from './strings.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('interface strings', () => {
  it('are registered for every element', () => {
    expect([...STRING_TABLES.keys()]).to.include.members(['common', 'scan', 'stage-picker', 'presentation', 'choice-group', 'block-pick', 'block-ranking', 'progress-nav', 'error-summary', 'report', 'compare', 'vote']);
  });

  for (const [name, tables] of STRING_TABLES) {
    it(`${name}: every language has every key, none empty, with the same placeholders as English`, () => {
      const keys = Object.keys(tables.en).sort();
      for (const lang of UI_LANGUAGES) {
        expect(Object.keys(tables[lang]).sort(), `${name} ${lang}`).to.deep.equal(keys);
        for (const key of keys) {
          expect(tables[lang][key]!.trim(), `${name}.${key} in ${lang}`).to.not.equal('');
          expect(placeholders(tables[lang][key]!), `${name}.${key} in ${lang}`).to.deep.equal(placeholders(tables.en[key]!));
        }
      }
    });
  }

  it('maps regional and unknown languages', () => {
    expect(['nl-BE', 'FR', 'en-GB', 'de', undefined, ''].map(uiLanguage)).to.deep.equal(['nl', 'fr', 'en', 'en', 'en', 'en']);
  });
});
