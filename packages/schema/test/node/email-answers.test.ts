import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAnswered } from '../../src/answers.js';
import { emailStrings } from '../../src/email/email.strings.js';
import { escapeHtml } from '../../src/email/escape-html.js';
import { renderOverviewEmail } from '../../src/email/render-overview-email.js';
import type { Block, Instrument } from '../../src/instrument.js';
import { hasErrors } from '../../src/issues.js';
import { blockName, fillPlaceholders, localize } from '../../src/localize.js';
import { modelOf } from '../../src/model.js';
import type { Question } from '../../src/questions.js';
import { createResponse, withAnswer } from '../../src/response-builder.js';
import type { Answer, Response } from '../../src/response.js';
import { validateResponse } from '../../src/validate-response.js';
import { count, GO, GO_ID, GO_RESPONSE, goBlocks, LUMEN, LUMEN_RESPONSE, NOW, stageIds } from './email-fixtures.js';

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



/* ---------------------------------------------------------------------------------------------- */

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
