import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage, registerLanguage } from '@poolster/schema';
import { MESSAGES } from '../src/i18n/messages.js';
import { ROUND_MESSAGES } from '../src/i18n/round-messages.js';
import { errorPageTitle, PAGE_MESSAGES } from '../src/i18n/page-messages.js';
import { LANGUAGES } from '../src/i18n/language.js';

describe("the server's words through the one localisation mechanism", () => {
  it('has every key in every language', () => {
    for (const tables of [MESSAGES, ROUND_MESSAGES, PAGE_MESSAGES] as unknown as Readonly<Record<string, object>>[]) {
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

  it("reaches the pages' words: a registered title, and a count's plural form per language", () => {
    registerLanguage('en', { 'server-pages': { navScan: 'Take the scan' } });
    assert.equal(PAGE_MESSAGES.en.navScan, 'Take the scan');
    assert.equal(formatMessage(PAGE_MESSAGES.en.submittedCount, 'en', { count: 1 }), '1 submitted scan');
    assert.equal(formatMessage(PAGE_MESSAGES.en.submittedCount, 'en', { count: 0 }), '0 submitted scans');
    assert.equal(formatMessage(PAGE_MESSAGES.fr.submittedCount, 'fr', { count: 0 }), '0 scan envoyé');
    assert.equal(formatMessage(PAGE_MESSAGES.nl.submittedCount, 'nl', { count: 3 }), '3 ingediende scans');
    assert.equal(errorPageTitle(PAGE_MESSAGES.nl, 404), 'Niet gevonden');
    assert.equal(errorPageTitle(PAGE_MESSAGES.nl, 418), 'Fout');
  });
});
