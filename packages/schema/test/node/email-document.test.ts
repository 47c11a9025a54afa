import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMAIL_LANGUAGES, EMAIL_STRINGS } from '../../src/email/email.strings.js';
import { escapeAttribute, escapeHtml } from '../../src/email/escape-html.js';
import { renderOverviewEmail } from '../../src/email/render-overview-email.js';
import type { Instrument } from '../../src/instrument.js';
import { hasErrors } from '../../src/issues.js';
import { createResponse, withAnswer } from '../../src/response-builder.js';
import type { Response } from '../../src/response.js';
import { validateResponse } from '../../src/validate-response.js';
import { count, GO, GO_ID, GO_RESPONSE, LUMEN, LUMEN_RESPONSE, NOW, tags } from './email-fixtures.js';

describe('renderOverviewEmail: the subject', () => {
  it('names the scan and the centre (the first text context question)', () => {
    assert.equal(renderOverviewEmail(GO, GO_RESPONSE).subject, 'Overzicht zelfscan GO! poolster-CLB in beeld – CLB Noord');
    assert.equal(
      renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'fr').subject,
      'Aperçu du scan Auto-évaluation du réseau Lumen (fixture de test) – Centre Nord',
    );
    assert.equal(renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'en').subject, 'Overview of the self-scan Lumen network self-check (test fixture) – Centre Nord');
  });

  it('leaves the centre out when it is not given, and can never break the mail header', () => {
    const empty = createResponse(GO, { now: NOW, id: GO_ID });
    assert.equal(renderOverviewEmail(GO, empty).subject, 'Overzicht zelfscan GO! poolster-CLB in beeld');
    const injected = withAnswer(empty, { scope: 'context', questionId: 'centre-name' }, { text: 'CLB\r\nBcc: someone@example.org\n\tX' }, NOW);
    const { subject } = renderOverviewEmail(GO, injected);
    assert.equal(subject, 'Overzicht zelfscan GO! poolster-CLB in beeld – CLB Bcc: someone@example.org X');
    assert.doesNotMatch(subject, /[\r\n\t]/);
  });
});

describe('renderOverviewEmail: safe HTML', () => {
  const hostile = (() => {
    let r = createResponse(GO, { now: NOW, id: GO_ID });
    r = withAnswer(r, { scope: 'context', questionId: 'centre-name' }, { text: '</td><script>alert(1)</script>' }, NOW);
    r = withAnswer(r, { scope: 'block', blockId: 'prevention', questionId: 'deliberate-choice' }, { choice: 'both', comment: '<img src=x onerror=alert(1)>' }, NOW);
    r = withAnswer(
      r,
      { scope: 'block', blockId: 'prevention', questionId: 'subgroups' },
      { choices: ['other'], other: '"><svg onload=alert(1)>', comment: "' onmouseover='alert(1) &amp; <a href=\"https://evil.example\">x</a>" },
      NOW,
    );
    r = withAnswer(r, { scope: 'final', questionId: 'priorities' }, { blocks: ['prevention'], comment: '<!-- --><style>*{display:none}</style>\u001b[31m' }, NOW);
    return r;
  })();

  it('is a valid draft (the premise)', () => {
    assert.equal(hasErrors(validateResponse(GO, hostile, { requireComplete: false })), false);
  });

  it('escapes every answer: no element, attribute or comment can be injected', () => {
    const { html } = renderOverviewEmail(GO, hostile);
    for (const bad of ['<script', '<img', '<svg', '<style', '<a ', '<!-- -->', '</td><script']) assert.ok(!html.includes(bad), bad);
    assert.ok(html.includes('&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('ja, anders: &quot;&gt;&lt;svg onload=alert(1)&gt;'));
    assert.ok(html.includes('&#39; onmouseover=&#39;alert(1) &amp;amp; &lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt;'));
    assert.ok(html.includes('&lt;!-- --&gt;&lt;style&gt;*{display:none}&lt;/style&gt;\uFFFD[31m'));
    // Every tag is one of ours: an allow-listed name, and no event handler or link in any of them.
    const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'body', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'p', 'br', 'strong', 'em']);
    for (const tag of tags(html)) {
      if (tag.startsWith('<!--') || tag.startsWith('<![')) {
        assert.ok(tag === '<!--[if mso]>' || tag === '<![endif]-->', tag); // Outlook's fixed-width wrapper, nothing else
        continue;
      }
      const name = /^<\/?([!a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
      assert.ok(allowed.has(name), tag);
      assert.doesNotMatch(tag, /\son[a-z]+\s*=|href|src=/i, tag);
    }
    // Outside tags, no raw angle brackets: every "<" starts one of our tags.
    assert.equal(count(html, '<'), tags(html).length);
  });

  it('keeps hostile text as plain text in the text twin (a text/plain part is not interpreted)', () => {
    const { text, subject } = renderOverviewEmail(GO, hostile);
    assert.ok(text.includes('<img src=x onerror=alert(1)>'));
    assert.ok(text.includes('&amp;'), 'typed "&amp;" stays as typed');
    assert.ok(!text.includes('\u001b'), 'no terminal escape sequences');
    assert.equal(subject, 'Overzicht zelfscan GO! poolster-CLB in beeld – </td><script>alert(1)</script>');
  });

  it('escapes text and attribute values', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeAttribute('" onload="x'), '&quot; onload=&quot;x');
    assert.equal(escapeHtml('a\r\nb\rc\u0000d\u0085e\tf'), 'a\nb\nc\uFFFDd\uFFFDe\tf');
    assert.equal(escapeHtml('\uD800x 😀'), '\uFFFDx 😀');
  });
});

describe('renderOverviewEmail: an HTML document e-mail clients can show', () => {
  const { html } = renderOverviewEmail(GO, GO_RESPONSE);

  it('is a complete document with a character set and a language', () => {
    assert.ok(html.startsWith('<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">'));
    assert.ok(html.includes('<title>Overzicht zelfscan GO! poolster-CLB in beeld – CLB Noord</title>'));
    assert.ok(html.trimEnd().endsWith('</body>\n</html>'));
  });

  it('fetches nothing: no scripts, links, images, fonts or style sheets', () => {
    assert.doesNotMatch(html, /https?:/i);
    for (const bad of ['<script', '<link', '<img', '<style', 'src=', 'href=', 'url(', '@import', '@font-face', 'class=']) {
      assert.ok(!html.includes(bad), bad);
    }
  });

  it('lays out with presentation tables and inline styles, at most 640px wide', () => {
    assert.ok(count(html, '<table role="presentation"') >= 2);
    assert.ok(html.includes('max-width:640px'));
    assert.ok(html.includes('<table role="presentation" width="640"'), 'Outlook (no max-width) gets a fixed width');
    for (const tag of tags(html).filter((t) => /^<(td|th|p|h1|h2|h3|body)\b/.test(t))) {
      assert.match(tag, / style="[^"]*color:#[0-9a-f]{6}/, `text colour on ${tag.slice(0, 60)}`);
    }
    for (const tag of tags(html).filter((t) => /^<(body|table)\b/.test(t))) {
      assert.match(tag, /background-color:#[0-9a-f]{6}/, `background on ${tag.slice(0, 60)}`);
    }
  });

  it('stays well under the size at which Gmail clips a message (102 kB)', () => {
    assert.ok(Buffer.byteLength(html) < 90_000, `${Buffer.byteLength(html)} bytes`);
  });
});

describe('renderOverviewEmail: languages', () => {
  it('speaks Dutch by default, and French or English when asked', () => {
    const nl = renderOverviewEmail(LUMEN, LUMEN_RESPONSE);
    assert.deepEqual(nl, renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'nl'));
    assert.ok(nl.text.includes('\nVerzonden op 1 oktober 2026 om 10:31\n'));
    assert.ok(nl.text.includes('\nSamenvatting\n'));
    assert.ok(nl.text.includes('\nBouwsteen: Huidig stadium → Ambitie\n'));
    assert.ok(nl.text.includes('\n  Listening: Emerging (1/3) → Embedded (3/3)\n'), 'content in English: the instrument has no Dutch');
    assert.ok(nl.text.includes('\nHow sure are you?\n  Niet beantwoord\n'));
    assert.ok(nl.html.startsWith('<!doctype html>\n<html lang="nl">'));
    assert.ok(nl.html.includes('<h1 lang="en" style='), 'content marked with its own language');

    const fr = renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'fr');
    assert.ok(fr.text.includes('\nEnvoyé le 1 octobre 2026 à 10:31\n'));
    assert.ok(fr.text.includes('\nSynthèse\n========\n'));
    assert.ok(fr.text.includes('\nModule : Stade actuel → Ambition\n'));
    assert.ok(fr.text.includes('\n  Apprentissage : En développement (2/3) → maintenir : En développement (2/3)\n'));
    assert.ok(fr.text.includes('\nÀ quel point êtes-vous sûrs ?\n  Sans réponse\n'));
    assert.ok(fr.text.includes('\n  Expliquez : =1+1 looks like a formula\n'));
    assert.ok(fr.text.includes('\nPour tous les modules\n'));
    assert.ok(fr.html.startsWith('<!doctype html>\n<html lang="fr">'));
    assert.ok(!fr.html.includes(' lang="en"'));

    const en = renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'en');
    assert.ok(en.text.includes('\nSent on October 1, 2026 at 10:31 AM\n'));
    assert.ok(en.text.includes('\n  Learning: Developing (2/3) → keep: Developing (2/3)\n'));
    assert.ok(en.text.includes('\nHow sure are you?\n  Not answered\n'));
    assert.ok(en.text.includes('\nAcross all building blocks\n'));
  });

  it('reads regional tags by their language, an unknown language in English (the one fallback rule) and none in Dutch', () => {
    assert.equal(renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'fr-BE').subject, renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'fr').subject);
    const pt = renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'pt');
    assert.ok(pt.text.includes('\nSent on October 1, 2026 at 10:31 AM\n'), pt.text);
    assert.equal(renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'not a tag!').subject, renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'en').subject);
    assert.ok(renderOverviewEmail(LUMEN, LUMEN_RESPONSE).text.includes('\nVerzonden op 1 oktober 2026 om 10:31\n'));
  });

  it('has every word in every language, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const keys = Object.keys(EMAIL_STRINGS.nl).sort();
    assert.deepEqual(EMAIL_LANGUAGES, ['nl', 'fr', 'en']);
    for (const lang of EMAIL_LANGUAGES) {
      const table = EMAIL_STRINGS[lang] as unknown as Record<string, string>;
      assert.deepEqual(Object.keys(table).sort(), keys, lang);
      for (const key of keys) {
        assert.ok(table[key]!.trim() !== '', `${lang}.${key}`);
        assert.deepEqual(placeholders(table[key]!), placeholders((EMAIL_STRINGS.nl as unknown as Record<string, string>)[key]!), `${lang}.${key}`);
      }
    }
  });
});

describe('renderOverviewEmail: the plain-text twin', () => {
  const { text } = renderOverviewEmail(GO, GO_RESPONSE);

  it('has no HTML: no tags, no entities', () => {
    assert.doesNotMatch(text, /<\/?[a-z!][^>]*>/i);
    assert.doesNotMatch(text, /&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+|nbsp);/i);
    assert.ok(text.includes('& co'), 'an ampersand stays an ampersand');
  });

  it('underlines headings and puts each answer on one line under its question', () => {
    assert.ok(text.startsWith('=========================\nGO! poolster-CLB in beeld\n=========================\n'));
    assert.ok(text.includes('\nDe leerlingenbegeleiding geboden door CLB\n=========================================\n'));
    assert.ok(text.includes('\n4.1 Behartiger van de leerling\n------------------------------\n'));
    assert.ok(text.includes('\nNaam van het centrum\n  CLB Noord\n'));
    assert.ok(
      text.includes(
        '\nOp welke wijze is ons centrum vandaag bezig met ‘Behartiger van de leerling’?\n  Fragmentair\n\nNaar de toekomst willen we:\n  dit aanhouden\n',
      ),
    );
    // An indented line (answer or comment) is never cut off from its question by a blank line.
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (/^ {2}\S/.test(line)) assert.ok(lines[i - 1] !== '', `line ${i + 1} follows its question`);
    });
    assert.ok(text.endsWith(`\n-- \nDit overzicht is automatisch opgemaakt uit scan ${GO_ID} (go-clb-poolster, versie ${GO.version}).\n`));
  });
});

describe('renderOverviewEmail: pure and robust', () => {
  it('gives the same output for the same input, and changes nothing it is given', () => {
    const instrument = structuredClone(GO);
    const response = structuredClone(GO_RESPONSE);
    const first = renderOverviewEmail(instrument, response, 'fr');
    assert.deepEqual(renderOverviewEmail(instrument, response, 'fr'), first);
    assert.deepEqual(renderOverviewEmail(structuredClone(GO), structuredClone(GO_RESPONSE), 'fr'), first);
    assert.deepEqual(instrument, GO);
    assert.deepEqual(response, GO_RESPONSE);
  });

  it('does not throw on unknown ids: unknown options are shown as the id, unknown blocks and questions are left out', () => {
    const odd: Response = {
      ...createResponse(GO, { now: NOW, id: GO_ID }),
      status: 'submitted', // without submittedAt: the last change is shown
      blocks: {
        prevention: {
          'current-stage': { choice: 'mystery-stage' },
          ambition: { choice: 'keep' },
          levers: { choices: ['systems-structure', 'gone-option'] },
          'removed-question': { text: 'GEEN-SPOOR-1' },
        },
        'removed-block': { 'current-stage': { choice: 'planned', comment: 'GEEN-SPOOR-2' } },
      },
      final: { priorities: { blocks: ['prevention', 'gone-block'] }, 'inspiring-practices': { none: true } },
    };
    const mail = renderOverviewEmail(GO, odd, 'nl');
    for (const doc of [mail.html, mail.text]) {
      assert.ok(doc.includes('mystery-stage'));
      assert.ok(doc.includes('gone-option'));
      assert.ok(doc.includes('1. Preventie, 2. gone-block') || doc.includes('1. Preventie<br>2. gone-block'));
      assert.ok(!doc.includes('GEEN-SPOOR'));
    }
    assert.ok(mail.text.includes('\n  4.3 Preventie: niet ingeschaald → dit aanhouden\n'));
    assert.ok(mail.text.includes('\nVerzonden op 10 maart 2026 om 09:15\n'));
  });

  it('copes with an instrument without stage or ambition questions, context or final questions', () => {
    const bare: Instrument = {
      ...LUMEN,
      contextQuestions: [],
      finalQuestions: [],
      blockQuestions: LUMEN.blockQuestions.filter((q) => q.type !== 'stage' && q.type !== 'ambition'),
    };
    const mail = renderOverviewEmail(bare, LUMEN_RESPONSE, 'en');
    assert.equal(mail.subject, 'Overview of the self-scan Lumen network self-check (test fixture)');
    assert.ok(!mail.text.includes('\nSummary\n'));
    assert.ok(!mail.text.includes('\nContext\n'));
    assert.ok(mail.text.includes('\nWhat helps with Data?\n  Tools\n'));
  });
});
