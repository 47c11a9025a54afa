import { expect } from '@open-wc/testing';
import { STRING_TABLES, UI_LANGUAGES } from '../i18n/strings.js';
import './round.strings.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** The rounds' drop-in is apart from the scan's, so its tables are checked here (i18n/strings.test.ts sees the scan's). */
describe('team round strings', () => {
  for (const name of ['round']) {
    it(`${name}: every language has every key, none empty, with the same placeholders as English`, () => {
      const tables = STRING_TABLES.get(name);
      expect(tables, `${name} is registered`).to.not.equal(undefined);
      const keys = Object.keys(tables!.en).sort();
      for (const lang of UI_LANGUAGES) {
        expect(Object.keys(tables![lang]).sort(), `${name} ${lang}`).to.deep.equal(keys);
        for (const key of keys) {
          expect(tables![lang][key]!.trim(), `${name}.${key} in ${lang}`).to.not.equal('');
          expect(placeholders(tables![lang][key]!), `${name}.${key} in ${lang}`).to.deep.equal(placeholders(tables!.en[key]!));
        }
      }
    });
  }
});
