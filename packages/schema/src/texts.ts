import type { Instrument } from './instrument.js';
import type { IssuePath } from './issues.js';
import type { RichText, Text } from './primitives.js';
import { isListItem } from './rich-text.js';
import type { Question } from './questions.js';

/** Placeholders a text may use, by where it stands. */
export type PlaceholderSet = readonly string[];
const NONE: PlaceholderSet = [];
const BLOCK: PlaceholderSet = ['block'];
const NUMBER: PlaceholderSet = ['n'];

export type TextVisitor = (text: Text, path: IssuePath, placeholders: PlaceholderSet) => void;

function visitRich(rich: RichText | undefined, path: IssuePath, visit: TextVisitor, placeholders = NONE): void {
  rich?.forEach((part, i) => {
    if (isListItem(part)) part.list.forEach((item, j) => visit(item, [...path, i, 'list', j], placeholders));
    else visit(part, [...path, i], placeholders);
  });
}

function visitQuestion(q: Question, path: IssuePath, visit: TextVisitor, placeholders: PlaceholderSet): void {
  visit(q.prompt, [...path, 'prompt'], placeholders);
  if (q.label !== undefined) visit(q.label, [...path, 'label'], NONE);
  if (q.help !== undefined) visit(q.help, [...path, 'help'], placeholders);
  if (q.requiredMessage !== undefined) visit(q.requiredMessage, [...path, 'requiredMessage'], placeholders);
  if ('comment' in q && q.comment) {
    visit(q.comment.label, [...path, 'comment', 'label'], placeholders);
    if (q.comment.placeholder !== undefined) visit(q.comment.placeholder, [...path, 'comment', 'placeholder'], placeholders);
  }
  if ('options' in q) q.options.forEach((o, i) => visit(o.label, [...path, 'options', i, 'label'], placeholders));
  if ('slotLabel' in q && q.slotLabel !== undefined) visit(q.slotLabel, [...path, 'slotLabel'], NUMBER);
  if ('none' in q && q.none) visit(q.none.label, [...path, 'none', 'label'], placeholders);
}

/**
 * Calls `visit` for every human text of an instrument, with its path and the placeholders allowed there.
 * Typed, rather than a generic deep walk, because a language map cannot be told from other objects by
 * its shape alone (an object `{ "id": "…" }` could be Indonesian).
 */
export function walkTexts(instrument: Instrument, visit: TextVisitor): void {
  visit(instrument.title, ['title'], NONE);
  visit(instrument.publisher, ['publisher'], NONE);
  if (instrument.description !== undefined) visit(instrument.description, ['description'], NONE);
  visit(instrument.blockPlaceholder, ['blockPlaceholder'], NONE);
  instrument.stages.forEach((s, i) => {
    visit(s.label, ['stages', i, 'label'], NONE);
    if (s.gloss !== undefined) visit(s.gloss, ['stages', i, 'gloss'], NONE);
    if (s.short !== undefined) visit(s.short, ['stages', i, 'short'], NONE);
    visitRich(s.description, ['stages', i, 'description'], visit, BLOCK);
  });
  visitRich(instrument.placementNote, ['placementNote'], visit);
  instrument.intro.forEach((section, i) => {
    visit(section.title, ['intro', i, 'title'], NONE);
    visitRich(section.body, ['intro', i, 'body'], visit);
  });
  const outcome = instrument.outcomeIndicators;
  if (outcome) {
    visit(outcome.title, ['outcomeIndicators', 'title'], NONE);
    visitRich(outcome.intro, ['outcomeIndicators', 'intro'], visit);
    outcome.footnotes?.forEach((f, i) => visit(f.text, ['outcomeIndicators', 'footnotes', i, 'text'], NONE));
    outcome.groups.forEach((g, i) => {
      visit(g.title, ['outcomeIndicators', 'groups', i, 'title'], NONE);
      g.items.forEach((item, j) => visit(item, ['outcomeIndicators', 'groups', i, 'items', j], NONE));
    });
  }
  visitRich(instrument.closingNote, ['closingNote'], visit);
  visitRich(instrument.afterSubmit, ['afterSubmit'], visit);
  instrument.contextQuestions.forEach((q, i) => visitQuestion(q, ['contextQuestions', i], visit, NONE));
  instrument.blockQuestions.forEach((q, i) => visitQuestion(q, ['blockQuestions', i], visit, BLOCK));
  instrument.finalQuestions.forEach((q, i) => visitQuestion(q, ['finalQuestions', i], visit, NONE));
  instrument.clusters.forEach((cluster, c) => {
    const cp: IssuePath = ['clusters', c];
    visit(cluster.title, [...cp, 'title'], NONE);
    visitRich(cluster.description, [...cp, 'description'], visit);
    cluster.blocks.forEach((block, b) => {
      const bp: IssuePath = [...cp, 'blocks', b];
      visit(block.title, [...bp, 'title'], NONE);
      if (block.name !== undefined) visit(block.name, [...bp, 'name'], NONE);
      visitRich(block.definition.text, [...bp, 'definition', 'text'], visit);
      if (block.definition.source !== undefined) visit(block.definition.source, [...bp, 'definition', 'source'], NONE);
      block.qualityReferences.forEach((r, i) => visit(r.text, [...bp, 'qualityReferences', i, 'text'], NONE));
      block.developmentScales.forEach((s, i) => {
        visit(s.title, [...bp, 'developmentScales', i, 'title'], NONE);
        visitRich(s.text, [...bp, 'developmentScales', i, 'text'], visit);
      });
      if (block.contribution) {
        visit(block.contribution.title, [...bp, 'contribution', 'title'], NONE);
        visitRich(block.contribution.text, [...bp, 'contribution', 'text'], visit);
      }
      if (block.reflection) {
        visit(block.reflection.question, [...bp, 'reflection', 'question'], NONE);
        if (block.reflection.intro !== undefined) visit(block.reflection.intro, [...bp, 'reflection', 'intro'], NONE);
        block.reflection.prompts.forEach((p, i) => visit(p, [...bp, 'reflection', 'prompts', i], NONE));
      }
      block.footnotes.forEach((f, i) => visit(f.text, [...bp, 'footnotes', i, 'text'], NONE));
      for (const [stageId, rich] of Object.entries(block.stages)) visitRich(rich, [...bp, 'stages', stageId], visit);
    });
  });
}
