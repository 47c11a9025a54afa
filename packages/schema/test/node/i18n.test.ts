import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  catalogTables,
  defineMessages,
  fillPlaceholders,
  formatMessage,
  languageChain,
  pluralCategory,
  registerLanguage,
  textLanguage,
  type Message,
} from '../../src/i18n/index.js';

const other = (m: Message): string => (typeof m === 'string' ? m : m.other);
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('one localisation mechanism', () => {
  it('falls back regional → base → English', () => {
    assert.deepEqual(languageChain('nl-BE'), ['nl-be', 'nl', 'en']);
    assert.deepEqual(languageChain('FR'), ['fr', 'en']);
    assert.deepEqual(languageChain(''), ['en']);
    assert.deepEqual(languageChain(undefined), ['en']);
    assert.equal(textLanguage('nl-BE'), 'nl');
    assert.equal(textLanguage('pt-BR'), 'en');
  });

  it('reads a key missing from a regional table in the base language, and one missing there in English', () => {
    const words = defineMessages('test-fallback', {
      en: { hello: 'Hello', bye: 'Bye' },
      nl: { hello: 'Hallo', bye: 'Dag' },
      fr: { hello: 'Bonjour', bye: 'Au revoir' },
    });
    registerLanguage('nl-BE', { 'test-fallback': { bye: 'Salut' } });
    registerLanguage('de', { 'test-fallback': { hello: 'Guten Tag' } });
    assert.deepEqual(words('nl-BE'), { hello: 'Hallo', bye: 'Salut' });
    assert.deepEqual(words('nl-NL'), { hello: 'Hallo', bye: 'Dag' });
    assert.deepEqual(words('de-AT'), { hello: 'Guten Tag', bye: 'Bye' });
    assert.deepEqual(words('xx'), { hello: 'Hello', bye: 'Bye' });
  });

  it('fills placeholders in one function, lists joined, unknown ones left for the author to see', () => {
    assert.equal(fillPlaceholders('{a} and {b}: {missing}', { a: 1, b: ['x', 'y'] }), '1 and x, y: {missing}');
  });

  describe('chooses plural forms by Intl.PluralRules', () => {
    const blocks = { one: '{count} bouwsteen', other: '{count} bouwstenen' };
    const cases: [string, number, string][] = [
      ['nl', 0, 'other'],
      ['nl', 1, 'one'],
      ['nl', 2, 'other'],
      ['nl', 1.5, 'other'],
      ['en', 0, 'other'],
      ['en', 1, 'one'],
      ['en', 2, 'other'],
      ['en', 1.5, 'other'],
      // French counts 0 and 1.5 as singular: "0 module", "1,5 module".
      ['fr', 0, 'one'],
      ['fr', 1, 'one'],
      ['fr', 2, 'other'],
      ['fr', 1.5, 'one'],
    ];
    for (const [lang, count, category] of cases) {
      it(`${lang} ${count} → ${category}`, () => {
        assert.equal(pluralCategory(lang, count), category);
        assert.equal(formatMessage(blocks, lang, { count }), category === 'one' ? `${count} bouwsteen` : `${count} bouwstenen`);
      });
    }
    it('reads a category the message has no form for (French "many") as other', () => {
      assert.equal(pluralCategory('fr', 1_000_000), 'many');
      assert.equal(formatMessage(blocks, 'fr', { count: 1_000_000 }), '1000000 bouwstenen');
    });
    it('reads a plural message without a count as other, and a plain text the same for every count', () => {
      assert.equal(formatMessage(blocks, 'nl'), '{count} bouwstenen');
      assert.equal(formatMessage('{count} x', 'nl', { count: 1 }), '1 x');
    });
  });

  it('keeps every catalog of the schema package at parity: each built-in language has English keys, kinds and placeholders', async () => {
    await import('../../src/index.js');
    await import('../../src/cli/main.js');
    // The commands load their words when they run: load the ones main.js does not.
    await import('../../src/cli/preview/preview-messages.js');
    await import('../../src/cli/translate/translate-messages.js');
    await import('../../src/cli/init/scaffold-words.js');
    for (const name of ['cli-init', 'cli-preview', 'cli-translate', 'cli-scaffold']) assert.ok(catalogTables().has(name), `the ${name} catalog is checked`);
    for (const [name, byLanguage] of catalogTables()) {
      if (name.startsWith('test-')) continue;
      const en = byLanguage.get('en');
      assert.ok(en, `${name} has English`);
      for (const lang of ['nl', 'fr']) {
        const table = byLanguage.get(lang);
        assert.ok(table, `${name} has ${lang}`);
        assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort(), `${name} ${lang} keys`);
        for (const [key, english] of Object.entries(en)) {
          const text: Message = table[key]!;
          assert.equal(typeof text, typeof english, `${name}.${key} in ${lang} is of the same kind`);
          assert.notEqual(other(text).trim(), '', `${name}.${key} in ${lang}`);
          assert.deepEqual(placeholders(other(text)), placeholders(other(english)), `${name}.${key} in ${lang} placeholders`);
        }
      }
    }
  });

  it("gives poolster init's scaffold words of a language only when it has its own, a host's registered language included", async () => {
    const { ownScaffoldWords } = await import('../../src/cli/init/scaffold-words.js');
    assert.equal(ownScaffoldWords('nl-BE')?.todo('de titel'), 'TODO: de titel');
    assert.equal(ownScaffoldWords('fr')?.stageDescription('Début').startsWith('à quoi ressemble « Début » pour {block}'), true);
    assert.equal(ownScaffoldWords('en-GB')?.reach('Stage 2'), 'Reach Stage 2');
    assert.equal(ownScaffoldWords('sv'), undefined);
    registerLanguage('sv', { 'cli-scaffold': { reach: 'Nå {label}' } });
    assert.equal(ownScaffoldWords('sv-FI')?.reach('fas 2'), 'Nå fas 2');
    assert.equal(ownScaffoldWords('sv')?.stay, 'Stay where we are');
  });
});
