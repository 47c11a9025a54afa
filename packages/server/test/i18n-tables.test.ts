import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillPlaceholders, formatMessage, registerLanguage } from '@poolster/schema';
import { MESSAGES } from '../src/i18n/messages.js';
import { ROUND_MESSAGES } from '../src/i18n/round-messages.js';
import { errorPageTitle, PAGE_MESSAGES } from '../src/i18n/page-messages.js';
import { ADMIN_MESSAGES, ROLE_NAMES } from '../src/i18n/admin-messages.js';
import { SIGN_IN_MESSAGES } from '../src/i18n/sign-in-messages.js';
import { DRAFT_MESSAGES } from '../src/i18n/draft-messages.js';
import { MAIL_MESSAGES } from '../src/i18n/mail-messages.js';
import { LANGUAGES } from '../src/i18n/language.js';

describe("the server's words through the one localisation mechanism", () => {
  it('has every key in every language', () => {
    for (const tables of [MESSAGES, ROUND_MESSAGES, PAGE_MESSAGES, ADMIN_MESSAGES, ROLE_NAMES, SIGN_IN_MESSAGES, DRAFT_MESSAGES, MAIL_MESSAGES] as unknown as Readonly<Record<string, object>>[]) {
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

  it('keeps every placeholder of a template in every language', () => {
    const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
    const forms = (message: unknown) => (typeof message === 'string' ? [message] : Object.values(message as object) as string[]);
    for (const tables of [PAGE_MESSAGES, SIGN_IN_MESSAGES, DRAFT_MESSAGES, MAIL_MESSAGES] as unknown as Readonly<Record<string, Record<string, unknown>>>[]) {
      for (const [key, message] of Object.entries(tables.en!)) {
        const expected = placeholders(forms(message).join(' '));
        for (const lang of LANGUAGES) {
          for (const form of forms(tables[lang]![key])) assert.deepEqual(placeholders(form), expected, `${lang} ${key}`);
        }
      }
    }
  });

  it('fills the sign-in mail, the reopen messages and the notice mail from templates a deployment can replace', () => {
    const oneMinute = formatMessage(SIGN_IN_MESSAGES.en.mailBody, 'en', { name: 'An', link: 'https://x/s', count: 1 });
    assert.match(oneMinute, /^Hello An,/);
    assert.match(oneMinute, /for 1 minute\./);
    assert.match(formatMessage(SIGN_IN_MESSAGES.nl.mailBody, 'nl', { name: 'An', link: 'https://x/s', count: 15 }), /gedurende 15 minuten\./);
    assert.equal(fillPlaceholders(DRAFT_MESSAGES.en.reopened, { centre: 'CLB {x}' }), 'The scan is a draft of CLB {x} again; the team can correct it and send it again.');
    registerLanguage('fr', { 'server-mails': { noticeSubject: 'Autoévaluation de {centre} reçue' }, 'server-roles': { 'centre-member': 'Membre' } });
    assert.equal(fillPlaceholders(MAIL_MESSAGES.fr.noticeSubject, { centre: 'CLB Nord' }), 'Autoévaluation de CLB Nord reçue');
    assert.equal(ROLE_NAMES.fr['centre-member'], 'Membre');
    assert.equal(ADMIN_MESSAGES.fr.title, 'Gestion du réseau');
  });
});
