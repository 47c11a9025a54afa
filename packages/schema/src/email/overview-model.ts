/**
 * What the overview mail says, in words, before it is written as HTML or as plain text
 * (render-overview-email.ts): the subject, the summary (from the director's summary model the report
 * shares) and every answer per section.
 */
import { directorSummary, type DirectorSummary, type SummaryBlock } from '../analysis/director-summary.js';
import { isAnswered } from '../answers.js';
import { centreName } from '../centre-name.js';
import type { Block, Instrument } from '../instrument.js';
import { blockName, contentLanguage, fillPlaceholders, localize } from '../localize.js';
import { modelOf } from '../model.js';
import type { Text } from '../primitives.js';
import type { Question } from '../questions.js';
import type { Answer, Response } from '../response.js';
import { emailLanguage, emailStrings, type EmailStrings } from './email.strings.js';
import { replaceControlCharacters } from './escape-html.js';
import { teamSentences } from '../team-words.js';

/** One question and its answer. `answer` is undefined when the question was not answered. */
export interface Item {
  prompt: string;
  /** The answer's parts: one text, the chosen options, the ranked blocks… */
  answer?: string[];
  /** How the parts are joined on one line of the plain text (the HTML puts each on its own line). */
  joiner: string;
  comment?: { label: string; text: string };
}

export interface Group {
  /** A block's number and title; none for the context and final questions. */
  heading?: string;
  /** What a team round left on the block: the spread in words, the team's note. */
  team?: string[];
  items: Item[];
}

export interface Section {
  title: string;
  /** Whether the title comes from the content (its language may differ from the interface's). */
  contentTitle: boolean;
  groups: Group[];
}

export type SummaryRow = { cluster: string } | { block: string; current: string; ambition: string };

/** A list under the summary table: the priorities, the largest gaps, … */
export interface SummaryList {
  title: string;
  items: string[];
  note?: string;
}

export interface Overview {
  uiLang: string;
  /** The interface words. */
  t: EmailStrings;
  contentLang: string;
  subject: string;
  title: string;
  publisher: string;
  centre?: string;
  status: string;
  summary?: { intro: string; rows: SummaryRow[]; lists: SummaryList[] };
  sections: Section[];
  footer: string;
}


/** One-line text for a mail header: no line breaks or control characters (no header injection), no runs of spaces. */
export const oneLine = (text: string): string => replaceControlCharacters(text).replace(/\s+/g, ' ').trim();

/** At most `max` characters (code points), with an ellipsis when cut. */
const truncate = (text: string, max: number): string => {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
};

export function describeOverview(instrument: Instrument, response: Response, lang: string | undefined, timeZone: string): Overview {
  const uiLang = emailLanguage(lang);
  const t: EmailStrings = emailStrings(lang);
  const contentLang = contentLanguage(instrument, lang ?? uiLang);
  const fallback = instrument.defaultLanguage;
  const loc = (text: Text | undefined): string => localize(text, contentLang, fallback);
  const model = modelOf(instrument);
  const context = response.context ?? {};
  const final = response.final ?? {};

  const title = loc(instrument.title);
  const centreAnswer = oneLine(centreName(instrument, response));
  const centre = centreAnswer === '' ? undefined : centreAnswer;
  const subject = oneLine(
    centre === undefined
      ? fillPlaceholders(t.subject, { title })
      : fillPlaceholders(t.subjectWithCentre, { title, centre: truncate(centre, 120) }),
  );

  const submitted = response.status === 'submitted';
  const date = formatDate(submitted ? (response.submittedAt ?? response.updatedAt) : response.updatedAt, lang, uiLang, timeZone);
  const status = fillPlaceholders(submitted ? t.submittedOn : t.draftOf, { date });

  const blockTitle = (id: string): string => {
    const entry = model.blockById.get(id);
    return entry ? loc(entry.block.title) : id;
  };
  const blockLabel = (block: Block): string => (block.number ? `${block.number} ${loc(block.title)}` : loc(block.title));

  const item = (question: Question, answer: Answer | undefined, block: Block | undefined): Item => {
    const prompt = fillPlaceholders(loc(question.prompt), { block: blockName(instrument, block, contentLang) });
    const view = answerParts(question, answer, { t, loc, stageLabel: (id) => stageLabel(instrument, id, loc), blockTitle });
    const comment = (answer?.comment ?? '').trim();
    return {
      prompt,
      ...view,
      ...(comment === ''
        ? {}
        : { comment: { label: commentLabel(question, loc) ?? t.comment, text: comment } }),
    };
  };

  const sections: Section[] = [];
  if (instrument.contextQuestions.length > 0) {
    sections.push({
      title: t.contextTitle,
      contentTitle: false,
      groups: [{ items: instrument.contextQuestions.map((q) => item(q, context[q.id], undefined)) }],
    });
  }
  for (const cluster of instrument.clusters) {
    sections.push({
      title: loc(cluster.title),
      contentTitle: true,
      groups: cluster.blocks.map((block) => {
        const answers = response.blocks?.[block.id] ?? {};
        const { round, note } = teamSentences(instrument, response.team?.[block.id], uiLang, (i) => loc(instrument.stages[i]?.label));
        const team = [round, note].filter((line) => line !== undefined);
        return {
          heading: blockLabel(block),
          ...(team.length > 0 ? { team } : {}),
          items: instrument.blockQuestions.map((q) => item(q, answers[q.id], block)),
        };
      }),
    });
  }
  if (instrument.finalQuestions.length > 0) {
    sections.push({
      title: t.finalTitle,
      contentTitle: false,
      groups: [{ items: instrument.finalQuestions.map((q) => item(q, final[q.id], undefined)) }],
    });
  }

  return {
    uiLang,
    t,
    contentLang,
    subject,
    title,
    publisher: loc(instrument.publisher),
    ...(centre === undefined ? {} : { centre }),
    status,
    ...(model.stageQuestion || model.ambitionQuestion ? { summary: summary(directorSummary(instrument, response, contentLang), t) } : {}),
    sections,
    footer: fillPlaceholders(t.footer, { id: response.id, instrument: instrument.id, version: response.instrumentVersion }),
  };
}

/** The question's own comment label ("Toelichting"), without a trailing colon; the line adds one. */
function commentLabel(question: Question, loc: (text: Text | undefined) => string): string | undefined {
  if (!('comment' in question) || !question.comment) return undefined;
  const label = loc(question.comment.label).replace(/\s*[:：]\s*$/, '');
  return label === '' ? undefined : label;
}

/**
 * The date in the interface language, in `timeZone` (the one the server shows every time in, so the mail,
 * the dashboard and the report agree); a date that cannot be read is shown as written.
 */
function formatDate(iso: string, lang: string | undefined, uiLang: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone };
  // "nl-BE" keeps its regional format; a tag in another language (or no valid tag) uses the interface language.
  const wanted = lang !== undefined && lang.toLowerCase().startsWith(uiLang) ? lang : uiLang;
  try {
    return new Intl.DateTimeFormat(wanted, options).format(date);
  } catch {
    return new Intl.DateTimeFormat(uiLang, options).format(date);
  }
}

function stageLabel(instrument: Instrument, id: string, loc: (text: Text | undefined) => string): string {
  const stage = instrument.stages.find((s) => s.id === id);
  return stage ? loc(stage.label) : id;
}

interface Words {
  t: EmailStrings;
  loc: (text: Text | undefined) => string;
  stageLabel: (id: string) => string;
  blockTitle: (id: string) => string;
}

/** "ja, anders:" + "mentor" → "ja, anders: mentor"; "Other" + "mentor" → "Other: mentor". */
const withOther = (label: string, other: string): string => (/[:：]\s*$/.test(label) ? `${label.trimEnd()} ${other}` : `${label}: ${other}`);

/** The answer in words. Unanswered (a comment alone does not answer) gives no parts. */
function answerParts(question: Question, answer: Answer | undefined, w: Words): Pick<Item, 'answer' | 'joiner'> {
  if (!answer || !isAnswered(question, answer)) return { joiner: '' };
  const optionLabel = (options: ReadonlyArray<{ id: string; label: Text }>, id: string): string => {
    const option = options.find((o) => o.id === id);
    return option ? w.loc(option.label) : id;
  };
  switch (question.type) {
    case 'text':
      return { answer: [answer.text!.trim()], joiner: '' };
    case 'stage':
      return { answer: [w.stageLabel(answer.choice!)], joiner: '' };
    case 'ambition':
    case 'single-choice':
      return { answer: [optionLabel(question.options, answer.choice!)], joiner: '' };
    case 'multiple-choice': {
      const other = (answer.other ?? '').trim();
      let otherShown = false;
      const parts = (answer.choices ?? []).map((id) => {
        const option = question.options.find((o) => o.id === id);
        if (!option) return id;
        const label = w.loc(option.label);
        if (option.other && other !== '' && !otherShown) {
          otherShown = true;
          return withOther(label, other);
        }
        return label;
      });
      if (other !== '' && !otherShown) parts.push(fillPlaceholders(w.t.otherText, { text: other }));
      return { answer: parts, joiner: w.t.separator };
    }
    case 'block-pick': {
      const none = answer.none === true ? [question.none ? w.loc(question.none.label) : w.t.none] : [];
      return { answer: [...(answer.blocks ?? []).map(w.blockTitle), ...none], joiner: w.t.separator };
    }
    case 'block-ranking':
      return {
        answer: (answer.blocks ?? []).map((id, i) => fillPlaceholders(w.t.rank, { n: i + 1, label: w.blockTitle(id) })),
        joiner: ', ',
      };
  }
}

/**
 * The summary: every block's current stage and ambition as a table, then the director's lists (the
 * priorities in order, the largest gaps, the most named levers and obstacles, the inspiring practices,
 * where a team round disagreed), all from the director's summary, the model the report shows too.
 */
function summary(model: DirectorSummary, t: EmailStrings): { intro: string; rows: SummaryRow[]; lists: SummaryList[] } {
  const total = model.stages.length;
  const at = (index: number): string => fillPlaceholders(t.stageAt, { label: model.stages[index]!, n: index + 1, total });
  const ambition = (b: SummaryBlock): string => {
    const p = b.placement;
    if (p.ambitionIndex !== undefined) return p.keep ? fillPlaceholders(t.kept, { stage: at(p.ambitionIndex) }) : at(p.ambitionIndex);
    // Kept without a current stage, or an option that is not known: say what was chosen.
    return b.ambitionChoice ?? t.noAmbition;
  };
  const byId = new Map(model.blocks.map((b) => [b.blockId, b]));
  const rows: SummaryRow[] = model.clusters.flatMap((cluster) => [
    { cluster: cluster.title },
    ...cluster.blockIds.map((id) => {
      const b = byId.get(id)!;
      return { block: b.label, current: b.placement.currentIndex === undefined ? t.notPlaced : at(b.placement.currentIndex), ambition: ambition(b) };
    }),
  ]);
  return { intro: fillPlaceholders(t.summaryIntro, { scale: model.stages.join(' → ') }), rows, lists: summaryLists(model, t) };
}

function summaryLists(model: DirectorSummary, t: EmailStrings): SummaryList[] {
  /** "Fragmentair → Geïntegreerd", "Geïntegreerd (aanhouden)". */
  const step = (b: SummaryBlock): string => {
    const p = b.placement;
    if (p.currentIndex === undefined) return t.notPlaced;
    const from = model.stages[p.currentIndex]!;
    if (p.ambitionIndex === undefined) return b.ambitionChoice ? `${from} → ${b.ambitionChoice}` : from;
    return p.gap === 0 ? fillPlaceholders(t.keptStep, { stage: from }) : `${from} → ${model.stages[p.ambitionIndex]!}`;
  };
  const lists: SummaryList[] = [];
  if (model.priorities?.length) {
    lists.push({ title: t.prioritiesTitle, items: model.priorities.map((b, i) => fillPlaceholders(t.rankedStep, { n: i + 1, block: b.label, step: step(b) })) });
  }
  if (model.gaps.length) {
    lists.push({
      title: t.gapsTitle,
      items: model.gaps.map((b) => fillPlaceholders(t.gapStep, { block: b.label, step: step(b), n: b.placement.gap! })),
      ...(model.moreGaps ? { note: fillPlaceholders(t.moreGaps, { n: model.moreGaps }) } : {}),
    });
  }
  const named = model.aspects.filter((a) => a.options.length > 0);
  if (named.length) {
    lists.push({
      title: t.aspectsTitle,
      items: named.map((a) => fillPlaceholders(t.aspectTop, { question: a.label, aspect: a.options[0]!.label, count: a.options[0]!.count, total: model.blocks.length })),
    });
  }
  if (model.inspiring?.blocks.length) {
    lists.push({ title: t.inspiringTitle, items: model.inspiring.blocks.map((b) => fillPlaceholders(t.step, { block: b.label, step: step(b) })) });
  }
  if (model.team?.disagreements.length) {
    lists.push({
      title: t.teamTitle,
      items: model.team.disagreements.map((d) => fillPlaceholders(t.teamStep, { block: d.label, lowest: d.lowest, highest: d.highest, participants: d.participants })),
    });
  }
  return lists;
}
