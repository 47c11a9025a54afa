import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isAnswered } from '../../src/answers.js';
import { EMAIL_LANGUAGES, EMAIL_STRINGS, emailStrings } from '../../src/email/email.strings.js';
import { escapeAttribute, escapeHtml } from '../../src/email/escape-html.js';
import { renderOverviewEmail } from '../../src/email/render-overview-email.js';
import type { Block, Instrument } from '../../src/instrument.js';
import { hasErrors } from '../../src/issues.js';
import { blockName, fillPlaceholders, localize } from '../../src/localize.js';
import { modelOf } from '../../src/model.js';
import type { Question } from '../../src/questions.js';
import { createResponse, withAnswer, type AnswerLocation } from '../../src/response-builder.js';
import type { Answer, Response } from '../../src/response.js';
import { validateResponse } from '../../src/validate-response.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const GO = read<Instrument>('../../../../content/go-clb/instrument.json');
const LUMEN = read<Instrument>('../fixtures/three-stages.instrument.json');
const LUMEN_RESPONSE = read<Response>('../fixtures/three-stages.response.json');

const NOW = new Date('2026-03-10T08:15:00Z'); // 09:15 in Brussels (winter time)
const GO_ID = '7d2c1b9e-3f4a-4c5d-8e6f-a1b2c3d4e5f6';

/* ---------------------------------------------------------------------------------------------- */
/* A complete GO! response, built from the instrument's questions (nothing hand-listed).          */
/* ---------------------------------------------------------------------------------------------- */

const goBlocks = modelOf(GO).blocks.map((e) => e.block);
const stageIds = GO.stages.map((s) => s.id);

/** An answer to a block question for the i-th block: varied, valid, with comments and "other" texts. */
function blockAnswer(question: Question, i: number, blockId: string, answers: Record<string, Answer>): Answer | undefined {
  switch (question.type) {
    case 'stage':
      return { choice: stageIds[i % (stageIds.length - 1)]! };
    case 'ambition': {
      const current = stageIds.indexOf(answers[question.relativeTo]?.choice ?? '');
      const higher = question.options.filter((o) => o.stage !== undefined && stageIds.indexOf(o.stage) > current);
      const keep = question.options.find((o) => o.stage === undefined)!;
      return { choice: i % 3 === 0 ? keep.id : higher[i % higher.length]!.id };
    }
    case 'single-choice':
      return {
        choice: question.options[i % question.options.length]!.id,
        ...(i % 2 === 0 ? { comment: `Bewust gekozen voor ${blockId}, zie verslag ${i}.` } : {}),
      };
    case 'multiple-choice': {
      const plain = question.options.filter((o) => !o.exclusive && !o.other);
      const exclusive = question.options.find((o) => o.exclusive);
      const other = question.options.find((o) => o.other);
      if (exclusive && i % 4 === 3) return { choices: [exclusive.id], comment: `Niets te melden bij ${question.id} (${blockId}).` };
      const choices = [plain[i % plain.length]!.id, plain[(i + 1) % plain.length]!.id];
      if (other && i % 2 === 0) return { choices: [...choices, other.id], other: `de cel ${blockId} & co`, comment: `Regel één bij ${blockId}\nRegel twee (${question.id})` };
      return { choices };
    }
    case 'text':
      return { text: `Tekst ${blockId}` };
    default:
      return undefined;
  }
}

function finalAnswer(question: Question): Answer | undefined {
  if (question.type === 'block-pick') return { blocks: goBlocks.slice(1, 1 + question.max).map((b) => b.id), comment: 'Vooral de "samenwerking" & het netwerk.' };
  if (question.type === 'block-ranking') return { blocks: [...goBlocks].reverse().slice(0, question.max).map((b) => b.id) };
  if (question.type === 'text') return { text: 'Slotwoord' };
  return undefined;
}

function completeGoResponse(): Response {
  let r = createResponse(GO, { now: NOW, lang: 'nl', id: GO_ID });
  for (const q of GO.contextQuestions) r = withAnswer(r, { scope: 'context', questionId: q.id }, { text: 'CLB Noord' }, NOW);
  goBlocks.forEach((block, i) => {
    for (const q of GO.blockQuestions) {
      const at: AnswerLocation = { scope: 'block', blockId: block.id, questionId: q.id };
      r = withAnswer(r, at, blockAnswer(q, i, block.id, r.blocks[block.id] ?? {}), NOW);
    }
  });
  for (const q of GO.finalQuestions) r = withAnswer(r, { scope: 'final', questionId: q.id }, finalAnswer(q), NOW);
  return { ...r, status: 'submitted', submittedAt: '2026-03-12T14:05:00+01:00' };
}

const GO_RESPONSE = completeGoResponse();

/* ---------------------------------------------------------------------------------------------- */
/* An independent reading of answers into words, to look for in the output.                       */
/* ---------------------------------------------------------------------------------------------- */

/** The words an answer must show (each part separately): labels, texts, block titles, ranks. */
function expectedParts(instrument: Instrument, question: Question, answer: Answer | undefined, lang: string): string[] {
  const loc = (text: Parameters<typeof localize>[0]) => localize(text, lang, instrument.defaultLanguage);
  const title = (id: string) => {
    const block = modelOf(instrument).blockById.get(id)?.block;
    return block ? loc(block.title) : id;
  };
  if (!answer || !isAnswered(question, answer)) return [];
  switch (question.type) {
    case 'text':
      return [answer.text!];
    case 'stage':
      return [loc(instrument.stages.find((s) => s.id === answer.choice)?.label ?? answer.choice!)];
    case 'ambition':
    case 'single-choice':
      return [loc(question.options.find((o) => o.id === answer.choice)?.label ?? answer.choice!)];
    case 'multiple-choice':
      return [...answer.choices!.map((id) => loc(question.options.find((o) => o.id === id)?.label ?? id)), ...(answer.other ? [answer.other] : [])];
    case 'block-pick':
      return answer.none ? [loc(question.none!.label)] : answer.blocks!.map(title);
    case 'block-ranking':
      return answer.blocks!.map((id, i) => `${i + 1}. ${title(id)}`);
  }
}

interface AskedQuestion {
  question: Question;
  answer: Answer | undefined;
  prompt: string;
}

/** Every question of an instrument with its answer, grouped as the overview shows them (context, blocks, final). */
function groups(instrument: Instrument, response: Response, lang: string) {
  const loc = (text: Parameters<typeof localize>[0]) => localize(text, lang, instrument.defaultLanguage);
  const prompt = (q: Question, block?: Block) => fillPlaceholders(loc(q.prompt), { block: blockName(instrument, block, lang) });
  const t = emailStrings(lang);
  const out: Array<{ heading: string; level: 'section' | 'block'; questions: AskedQuestion[] }> = [];
  if (instrument.contextQuestions.length > 0) {
    out.push({
      heading: t.contextTitle,
      level: 'section',
      questions: instrument.contextQuestions.map((q) => ({ question: q, answer: response.context[q.id], prompt: prompt(q) })),
    });
  }
  for (const { block } of modelOf(instrument).blocks) {
    out.push({
      heading: block.number ? `${block.number} ${loc(block.title)}` : loc(block.title),
      level: 'block',
      questions: instrument.blockQuestions.map((q) => ({ question: q, answer: response.blocks[block.id]?.[q.id], prompt: prompt(q, block) })),
    });
  }
  out.push({
    heading: t.finalTitle,
    level: 'section',
    questions: instrument.finalQuestions.map((q) => ({ question: q, answer: response.final[q.id], prompt: prompt(q) })),
  });
  return out;
}

/** Where a heading starts in the HTML / the text (after the summary, which repeats block titles). */
const htmlHeading = (heading: string, level: 'section' | 'block') => `>${escapeHtml(heading)}</${level === 'section' ? 'h2' : 'h3'}>`;
const textHeading = (heading: string, level: 'section' | 'block') => `\n${heading}\n${(level === 'section' ? '=' : '-').repeat(Array.from(heading).length)}\n`;

/**
 * Checks, for html and text, that every question's prompt appears in its group and that every part of its
 * answer (and its comment, and "Niet beantwoord" when empty) appears between that prompt and the next.
 * Returns how many questions were checked.
 */
function assertEveryAnswer(instrument: Instrument, response: Response, lang: string): number {
  const mail = renderOverviewEmail(instrument, response, lang);
  const t = emailStrings(lang);
  let checked = 0;
  for (const [format, doc, esc, heading] of [
    ['html', mail.html, escapeHtml, htmlHeading],
    ['text', mail.text, (s: string) => s, textHeading],
  ] as const) {
    const all = groups(instrument, response, lang);
    let cursor = 0;
    for (const group of all) {
      const start = doc.indexOf(heading(group.heading, group.level), cursor);
      assert.ok(start >= 0, `${format}: heading "${group.heading}" after position ${cursor}`);
      cursor = start;
      group.questions.forEach((q, k) => {
        const at = doc.indexOf(esc(q.prompt), cursor);
        assert.ok(at >= 0, `${format}: prompt "${q.prompt}" in "${group.heading}"`);
        const next = group.questions[k + 1];
        const end = next ? doc.indexOf(esc(next.prompt), at + 1) : doc.length;
        const slice = doc.slice(at, end);
        const parts = expectedParts(instrument, q.question, q.answer, lang);
        if (parts.length === 0) assert.ok(slice.includes(esc(t.notAnswered)), `${format}: "${q.prompt}" shown as not answered`);
        for (const part of parts) {
          for (const line of part.split('\n')) {
            assert.ok(slice.includes(esc(line)), `${format}: answer "${line}" to "${q.prompt}" in "${group.heading}"`);
          }
        }
        if (q.answer?.comment) {
          for (const line of q.answer.comment.split('\n')) {
            assert.ok(slice.includes(esc(line)), `${format}: comment "${line}" on "${q.prompt}" in "${group.heading}"`);
          }
        }
        cursor = at;
        checked += 1;
      });
    }
  }
  return checked / 2;
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const tags = (html: string) => [...html.matchAll(/<[^>]*>/g)].map((m) => m[0]);

/* ---------------------------------------------------------------------------------------------- */

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

describe('renderOverviewEmail: every answer', () => {
  it('the GO! response is complete and valid (the premise of the next tests)', () => {
    assert.equal(hasErrors(validateResponse(GO, GO_RESPONSE)), false, JSON.stringify(validateResponse(GO, GO_RESPONSE)));
    assert.equal(Object.keys(GO_RESPONSE.blocks).length, 11);
  });

  it('shows every answer and every comment of the GO! scan, in html and text, under its block and question', () => {
    const checked = assertEveryAnswer(GO, GO_RESPONSE, 'nl');
    assert.equal(checked, GO.contextQuestions.length + 11 * GO.blockQuestions.length + GO.finalQuestions.length);
    assert.equal(checked, 1 + 66 + 2);
  });

  it('shows every answer of the three-stage fixture in French, in English, and in Dutch (content then in English)', () => {
    for (const lang of ['fr', 'en', 'nl']) assert.equal(assertEveryAnswer(LUMEN, LUMEN_RESPONSE, lang), 1 + 3 * 4 + 2, lang);
  });

  it('counts the comments: each one appears once in html and once in text', () => {
    const comments = [
      ...Object.values(GO_RESPONSE.blocks).flatMap((answers) => Object.values(answers)),
      ...Object.values(GO_RESPONSE.final),
    ].filter((a) => a.comment);
    assert.equal(comments.length, 19);
    const { html, text } = renderOverviewEmail(GO, GO_RESPONSE);
    for (const a of comments) {
      const first = a.comment!.split('\n')[0]!;
      assert.equal(count(text, first), 1, first);
      assert.equal(count(html, escapeHtml(first)), 1, first);
    }
    assert.match(text, /\n {2}Toelichting: Regel één bij prevention\n {2}Regel twee \(subgroups\)\n/);
    assert.ok(html.includes('Toelichting: Regel één bij prevention<br>Regel twee (subgroups)'));
  });

  it('writes "other" texts after the other option\'s label', () => {
    const { html, text } = renderOverviewEmail(GO, GO_RESPONSE);
    const withOther = goBlocks.filter((b) => GO_RESPONSE.blocks[b.id]?.subgroups?.other);
    assert.equal(withOther.length, 6);
    for (const block of withOther) {
      assert.ok(text.includes(`ja, anders: de cel ${block.id} & co`), block.id);
      assert.ok(html.includes(`ja, anders: de cel ${block.id} &amp; co`), block.id);
    }
    const fr = renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'fr');
    assert.ok(fr.text.includes('  Les personnes ; Autre chose : a mentor, "Anna"\n'));
    assert.ok(fr.html.includes('Les personnes<br>Autre chose : a mentor, &quot;Anna&quot;'));
    const en = renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'en');
    assert.ok(en.text.includes('  People; Something else: a mentor, "Anna"\n'));
  });

  it('keeps the ranking in the order given, numbered', () => {
    const ranking = GO_RESPONSE.final.priorities!.blocks!;
    assert.equal(ranking.length, 5);
    assert.equal(ranking[0], 'informed-practice'); // the last block first: not the instrument's order
    const titles = ranking.map((id) => localize(modelOf(GO).blockById.get(id)!.block.title, 'nl', 'nl'));
    const { html, text } = renderOverviewEmail(GO, GO_RESPONSE);
    assert.ok(text.includes(`  ${titles.map((title, i) => `${i + 1}. ${title}`).join(', ')}\n`));
    assert.ok(text.includes('  1. Geïnformeerde praktijken, 2. Onderzoekende houding, 3. Vanuit gedeeld leiderschap,'));
    assert.ok(html.includes(titles.map((title, i) => `${i + 1}. ${escapeHtml(title)}`).join('<br>')));
    assert.ok(renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'fr').text.includes('\n  1. Écoute, 2. Apprentissage\n'));
  });

  it('shows block picks by title, and "none" by its label', () => {
    const picked = GO_RESPONSE.final['inspiring-practices']!.blocks!;
    const { text } = renderOverviewEmail(GO, GO_RESPONSE);
    assert.ok(text.includes(`  ${picked.map((id) => localize(modelOf(GO).blockById.get(id)!.block.title, 'nl', 'nl')).join('; ')}\n`));
    const none = withAnswer(GO_RESPONSE, { scope: 'final', questionId: 'inspiring-practices' }, { none: true }, NOW);
    assert.ok(
      renderOverviewEmail(GO, none).text.includes('\n  Wij zitten momenteel nog niet op het punt dat we een inspirerende praktijk kunnen bieden.\n'),
    );
  });
});

describe('renderOverviewEmail: a draft', () => {
  const some = (() => {
    let r = createResponse(GO, { now: NOW, lang: 'nl', id: GO_ID });
    r = withAnswer(r, { scope: 'context', questionId: 'centre-name' }, { text: 'CLB Zuid' }, NOW);
    r = withAnswer(r, { scope: 'block', blockId: 'prevention', questionId: 'current-stage' }, { choice: 'planned' }, NOW);
    r = withAnswer(r, { scope: 'block', blockId: 'prevention', questionId: 'ambition' }, { choice: 'keep' }, NOW);
    r = withAnswer(r, { scope: 'block', blockId: 'prevention', questionId: 'levers' }, { comment: 'Nog te bespreken' }, NOW);
    r = withAnswer(r, { scope: 'final', questionId: 'priorities' }, { blocks: ['prevention'] }, NOW);
    return r;
  })();

  it('is a valid draft (the premise)', () => {
    assert.equal(hasErrors(validateResponse(GO, some, { requireComplete: false })), false);
  });

  it('says it is a draft, with the last change in Brussels time', () => {
    const { html, text } = renderOverviewEmail(GO, some);
    assert.ok(text.includes('\nTussentijdse versie (nog niet verzonden), laatst gewijzigd op 10 maart 2026 om 09:15\n'));
    assert.ok(html.includes('>Tussentijdse versie (nog niet verzonden), laatst gewijzigd op 10 maart 2026 om 09:15</p>'));
    assert.ok(!text.includes('Verzonden op'));
  });

  it('shows "Niet beantwoord" exactly for the unanswered questions (a comment alone does not answer)', () => {
    const questions = [
      ...GO.contextQuestions.map((q) => isAnswered(q, some.context[q.id])),
      ...goBlocks.flatMap((b) => GO.blockQuestions.map((q) => isAnswered(q, some.blocks[b.id]?.[q.id]))),
      ...GO.finalQuestions.map((q) => isAnswered(q, some.final[q.id])),
    ];
    const unanswered = questions.filter((answered) => !answered).length;
    assert.equal(unanswered, 69 - 4);
    const { html, text } = renderOverviewEmail(GO, some);
    assert.equal(count(text, '\n  Niet beantwoord\n'), unanswered);
    assert.equal(count(html, '>Niet beantwoord</p>'), unanswered);
    assert.equal(assertEveryAnswer(GO, some, 'nl'), 69);
    assert.ok(text.includes('  Toelichting: Nog te bespreken\n'));
  });

  it('summarises placed and unplaced blocks', () => {
    const { html, text } = renderOverviewEmail(GO, some);
    assert.ok(text.includes('\n  4.3 Preventie: Planmatig (2/4) → aanhouden: Planmatig (2/4)\n'));
    assert.ok(text.includes('\n  4.1 Behartiger van de leerling: niet ingeschaald → niet gekozen\n'));
    assert.ok(html.includes('>4.3 Preventie</th><td style="'));
    assert.equal(count(text, 'niet ingeschaald'), 10);
  });
});

describe('renderOverviewEmail: the summary', () => {
  it('gives per block the current stage and the ambition (keep = the current stage), in html and text', () => {
    const { html, text } = renderOverviewEmail(GO, GO_RESPONSE);
    assert.ok(text.includes('\nSamenvatting\n============\nPer bouwsteen het huidige stadium en de ambitie, op de schaal Fragmentair → Planmatig → Geïntegreerd → Systematisch.\n'));
    const at = (id: string) => `${localize(GO.stages.find((s) => s.id === id)!.label, 'nl', 'nl')} (${stageIds.indexOf(id) + 1}/4)`;
    for (const block of goBlocks) {
      const answers = GO_RESPONSE.blocks[block.id]!;
      const current = answers['current-stage']!.choice!;
      const option = GO.blockQuestions.find((q) => q.type === 'ambition')!;
      const target = option.type === 'ambition' ? option.options.find((o) => o.id === answers.ambition!.choice)!.stage : undefined;
      const ambition = target === undefined ? `aanhouden: ${at(current)}` : at(target);
      const label = `${block.number} ${localize(block.title, 'nl', 'nl')}`;
      assert.ok(text.includes(`\n  ${label}: ${at(current)} → ${ambition}\n`), label);
      assert.ok(html.includes(`>${escapeHtml(label)}</th><td style="`), label);
      assert.ok(html.includes(`>${escapeHtml(at(current))}</td><td style="`), label);
      assert.ok(html.includes(`>${escapeHtml(ambition)}</td></tr>`), label);
    }
    assert.equal(count(text, '→ aanhouden: '), 4);
    assert.ok(html.indexOf('Samenvatting') < html.indexOf('>Context</h2>'));
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
