import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registerLanguage } from '@poolster/schema';
import { MESSAGES } from '../src/i18n/messages.js';
import { ROUND_MESSAGES } from '../src/i18n/round-messages.js';
import { LANGUAGES } from '../src/i18n/language.js';

describe("the server's words through the one localisation mechanism", () => {
  it('has every key in every language', () => {
    for (const tables of [MESSAGES, ROUND_MESSAGES] as unknown as Readonly<Record<string, object>>[]) {
      const keys = Object.keys(tables.en!).sort();
      for (const lang of LANGUAGES) assert.deepEqual(Object.keys(tables[lang]!).sort(), keys, lang);
    }
  });

  it('takes a text a deployment registers, for every request from then on', () => {
    assert.equal(MESSAGES.nl.notFound, 'Niet gevonden.');
    registerLanguage('nl', { 'server-messages': { notFound: 'Deze pagina bestaat niet.' } });
    assert.equal(MESSAGES.nl.notFound, 'Deze pagina bestaat niet.');
    assert.equal(MESSAGES.fr.notFound, 'Introuvable.');
  });
});
