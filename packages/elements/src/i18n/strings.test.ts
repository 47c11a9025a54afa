import { expect } from '@open-wc/testing';
import type { Message } from '@poolster/schema';
import '../define.js';
import '../define-rounds.js';
import { countText } from '../shared/char-count.js';
import { plural, STRING_TABLES, UI_LANGUAGES, uiLanguage } from './strings.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
/** Every text of a message: the text itself, or each of its plural forms. */
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));

describe('interface strings', () => {
  it('are registered for every element', () => {
    expect([...STRING_TABLES.keys()]).to.include.members(['common', 'scan', 'stage-picker', 'presentation', 'choice-group', 'block-pick', 'block-ranking', 'progress-nav', 'error-summary', 'report', 'compare', 'vote', 'char-count']);
  });

  for (const [name, tables] of STRING_TABLES) {
    it(`${name}: every language has every key, of the same kind, none empty, with the same placeholders as English`, () => {
      const keys = Object.keys(tables.en).sort();
      for (const lang of UI_LANGUAGES) {
        expect(Object.keys(tables[lang]).sort(), `${name} ${lang}`).to.deep.equal(keys);
        for (const key of keys) {
          const message = tables[lang][key] as unknown as Message;
          const english = tables.en[key] as unknown as Message;
          expect(typeof message, `${name}.${key} in ${lang} is of the same kind`).to.equal(typeof english);
          if (typeof message !== 'string') expect(message.other, `${name}.${key} in ${lang} has an "other" form`).to.be.a('string');
          for (const text of forms(message)) {
            expect(text.trim(), `${name}.${key} in ${lang}`).to.not.equal('');
            expect(placeholders(text), `${name}.${key} in ${lang}`).to.deep.equal(placeholders(forms(english)[0]!));
          }
        }
      }
    });
  }

  it('maps regional and unknown languages', () => {
    expect(['nl-BE', 'FR', 'en-GB', 'de', undefined, ''].map(uiLanguage)).to.deep.equal(['nl', 'fr', 'en', 'en', 'en', 'en']);
  });

  describe('plural forms by Intl.PluralRules', () => {
    const cases: [string, number, 'one' | 'other'][] = [
      ['nl', 0, 'other'],
      ['nl', 1, 'one'],
      ['nl', 2, 'other'],
      ['nl', 1.5, 'other'],
      ['en', 0, 'other'],
      ['en', 1, 'one'],
      ['en', 2, 'other'],
      ['en', 1.5, 'other'],
      ['fr', 0, 'one'],
      ['fr', 1, 'one'],
      ['fr', 2, 'other'],
      ['fr', 1.5, 'one'],
    ];
    for (const [lang, n, form] of cases) it(`${lang} ${n} → ${form}`, () => expect(plural({ one: 'one', other: 'other' }, lang, { count: n })).to.equal(form));

    it('the character count says each language’s form, French "0 caractère" included', () => {
      expect(countText(99, 100, 'nl')).to.equal('Nog 1 teken');
      expect(countText(98, 100, 'nl')).to.equal('Nog 2 tekens');
      expect(countText(100, 100, 'fr')).to.equal('Encore 0 caractère');
      expect(countText(100, 100, 'en')).to.equal('0 characters left');
      expect(countText(101, 100, 'en')).to.equal('1 character too many');
      expect(countText(2300, 1000, 'nl')).to.equal('1.300 tekens te veel');
    });
  });
});
