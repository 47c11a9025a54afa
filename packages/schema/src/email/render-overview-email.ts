import { directorSummary, type DirectorSummary, type SummaryBlock } from '../analysis/director-summary.js';
import { isAnswered } from '../answers.js';
import type { Block, Instrument } from '../instrument.js';
import { blockName, contentLanguage, fillPlaceholders, localize } from '../localize.js';
import { modelOf } from '../model.js';
import type { Text } from '../primitives.js';
import type { Question } from '../questions.js';
import type { Answer, Response } from '../response.js';
import { emailLanguage, EMAIL_STRINGS, type EmailStrings } from './email.strings.js';
import { escapeAttribute, escapeHtml, replaceControlCharacters } from './escape-html.js';
import { teamSentences } from '../team-words.js';

/** The overview of one scan as an e-mail: a subject, an HTML body and its plain-text twin. */
export interface OverviewEmail {
  subject: string;
  html: string;
  text: string;
}

/* ------------------------------------------------------------------------------------------------ */
/* What the overview says, in words, before it is written as HTML or as plain text.                  */
/* ------------------------------------------------------------------------------------------------ */

/** One question and its answer. `answer` is undefined when the question was not answered. */
interface Item {
  prompt: string;
  /** The answer's parts: one text, the chosen options, the ranked blocks… */
  answer?: string[];
  /** How the parts are joined on one line of the plain text (the HTML puts each on its own line). */
  joiner: string;
  comment?: { label: string; text: string };
}

interface Group {
  /** A block's number and title; none for the context and final questions. */
  heading?: string;
  /** What a team round left on the block: the spread in words, the team's note. */
  team?: string[];
  items: Item[];
}

interface Section {
  title: string;
  /** Whether the title comes from the content (its language may differ from the interface's). */
  contentTitle: boolean;
  groups: Group[];
}

type SummaryRow = { cluster: string } | { block: string; current: string; ambition: string };

/** A list under the summary table: the priorities, the largest gaps, … */
interface SummaryList {
  title: string;
  items: string[];
  note?: string;
}

interface Overview {
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

/**
 * The overview of one scan, ready to be sent by mail: every answer of every question (context, each
 * building block, final), a summary of current stage and ambition per block, in an HTML document that
 * e-mail clients render (tables, inline styles, no external resources) and in plain text.
 *
 * `lang` picks the interface words (nl, the default, fr or en); content is shown in
 * `contentLanguage(instrument, lang)`. Pure and deterministic; never throws for a valid instrument and
 * a response that passed `validateResponse(…, { requireComplete: false })`. Answers to unknown blocks or
 * questions are not listed; unknown option or block ids are shown as the id.
 */
/** The time zone of the overview's dates when the caller names none: the GO! network's. */
export const OVERVIEW_TIME_ZONE = 'Europe/Brussels';

export function renderOverviewEmail(instrument: Instrument, response: Response, lang?: string, options: { timeZone?: string } = {}): OverviewEmail {
  const overview = describe(instrument, response, lang, options.timeZone ?? OVERVIEW_TIME_ZONE);
  return { subject: overview.subject, html: renderHtml(overview), text: renderText(overview) };
}

/** One-line text for a mail header: no line breaks or control characters (no header injection), no runs of spaces. */
const oneLine = (text: string): string => replaceControlCharacters(text).replace(/\s+/g, ' ').trim();

/** At most `max` characters (code points), with an ellipsis when cut. */
const truncate = (text: string, max: number): string => {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
};

function describe(instrument: Instrument, response: Response, lang: string | undefined, timeZone: string): Overview {
  const uiLang = emailLanguage(lang);
  const t: EmailStrings = EMAIL_STRINGS[uiLang];
  const contentLang = contentLanguage(instrument, lang ?? uiLang);
  const fallback = instrument.defaultLanguage;
  const loc = (text: Text | undefined): string => localize(text, contentLang, fallback);
  const model = modelOf(instrument);
  const context = response.context ?? {};
  const final = response.final ?? {};

  const title = loc(instrument.title);
  const centreQuestion = instrument.contextQuestions.find((q) => q.type === 'text');
  const centreAnswer = centreQuestion ? oneLine(context[centreQuestion.id]?.text ?? '') : '';
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

/* ------------------------------------------------------------------------------------------------ */
/* HTML for e-mail clients: tables for layout, inline styles only, explicit text and background      */
/* colours (dark-mode clients then adapt both or neither), nothing fetched from elsewhere.           */
/* ------------------------------------------------------------------------------------------------ */

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const PAGE_BG = '#eef1f4';
const CARD_BG = '#ffffff';
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const ACCENT = '#0b4f6c';
const RULE = '#c9d3da';
const HEAD_BG = '#e3ecf1';
const BAND_BG = '#f3f6f8';

const TEXT_STYLE = `${FONT}font-size:15px;line-height:1.5;color:${INK};`;
const S = {
  h1: `margin:0 0 6px;${FONT}font-size:24px;line-height:1.25;font-weight:bold;color:${ACCENT};`,
  h2: `margin:0 0 12px;padding:0 0 6px;border-bottom:2px solid ${ACCENT};${FONT}font-size:20px;line-height:1.3;font-weight:bold;color:${ACCENT};`,
  h3: `margin:20px 0 4px;${FONT}font-size:17px;line-height:1.3;font-weight:bold;color:${INK};`,
  p: `margin:0 0 4px;${TEXT_STYLE}`,
  muted: `margin:0 0 4px;${FONT}font-size:14px;line-height:1.5;color:${MUTED};`,
  prompt: `margin:12px 0 2px;${FONT}font-size:15px;line-height:1.45;font-weight:bold;color:${INK};`,
  answer: `margin:0;padding:0 0 0 10px;border-left:3px solid ${RULE};${TEXT_STYLE}`,
  empty: `margin:0;padding:0 0 0 10px;border-left:3px solid ${RULE};${FONT}font-size:15px;line-height:1.5;font-style:italic;color:${MUTED};`,
  comment: `margin:4px 0 0;padding:0 0 0 10px;border-left:3px solid ${RULE};${FONT}font-size:14px;line-height:1.5;color:${MUTED};`,
  team: `margin:4px 0 0;padding:6px 10px;background-color:${BAND_BG};${FONT}font-size:14px;line-height:1.5;color:${INK};`,
  th: `padding:6px 8px;border:1px solid ${RULE};background-color:${HEAD_BG};${FONT}font-size:13px;line-height:1.35;font-weight:bold;text-align:left;color:${INK};`,
  band: `padding:6px 8px;border:1px solid ${RULE};background-color:${BAND_BG};${FONT}font-size:13px;line-height:1.35;font-weight:bold;text-align:left;color:${ACCENT};`,
  td: `padding:6px 8px;border:1px solid ${RULE};background-color:${CARD_BG};${FONT}font-size:13px;line-height:1.35;text-align:left;vertical-align:top;color:${INK};`,
  cell: `padding:0 24px 24px;background-color:${CARD_BG};${TEXT_STYLE}`,
};

/** Escaped, with line breaks kept. */
const html = (text: string): string => escapeHtml(text).replace(/\n/g, '<br>');

function renderHtml(o: Overview): string {
  const contentLang = o.contentLang === o.uiLang ? '' : ` lang="${escapeAttribute(o.contentLang)}"`;
  const row = (content: string, padding = '0 24px 24px'): string =>
    `<tr>\n<td style="${S.cell.replace('padding:0 24px 24px', `padding:${padding}`)}">\n${content}\n</td>\n</tr>`;

  const header = [
    `<h1${contentLang} style="${S.h1}">${html(o.title)}</h1>`,
    o.publisher ? `<p${contentLang} style="${S.muted}">${html(o.publisher)}</p>` : '',
    o.centre ? `<p style="${S.p}"><strong style="font-weight:bold;color:${INK};">${html(o.centre)}</strong></p>` : '',
    `<p style="${S.muted}">${html(o.status)}</p>`,
  ].filter(Boolean);

  const rows = [row(header.join('\n'), '24px 24px 20px')];
  if (o.summary) rows.push(row(summaryHtml(o, contentLang)));
  for (const section of o.sections) rows.push(row(sectionHtml(o, section, contentLang)));
  rows.push(row(`<p style="${S.muted}font-size:12px;">${html(o.footer)}</p>`, '12px 24px 20px'));

  return `<!doctype html>
<html lang="${escapeAttribute(o.uiLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${html(o.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${PAGE_BG};color:${INK};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${PAGE_BG}" style="width:100%;border-collapse:collapse;background-color:${PAGE_BG};">
<tr>
<td align="center" style="padding:24px 8px;background-color:${PAGE_BG};color:${INK};">
<!--[if mso]><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background-color:${CARD_BG};"><tr><td style="background-color:${CARD_BG};color:${INK};"><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${CARD_BG}" style="width:100%;max-width:640px;border-collapse:collapse;background-color:${CARD_BG};color:${INK};">
${rows.join('\n')}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td>
</tr>
</table>
</body>
</html>
`;
}

function summaryHtml(o: Overview, contentLang: string): string {
  const s = o.summary!;
  const body = s.rows.map((r) =>
    'cluster' in r
      ? `<tr><th colspan="3" scope="colgroup"${contentLang} style="${S.band}">${html(r.cluster)}</th></tr>`
      : `<tr><th scope="row"${contentLang} style="${S.td}font-weight:normal;">${html(r.block)}</th>` +
        `<td${contentLang} style="${S.td}">${html(r.current)}</td><td${contentLang} style="${S.td}">${html(r.ambition)}</td></tr>`,
  );
  return [
    `<h2 style="${S.h2}">${html(o.t.summaryTitle)}</h2>`,
    `<p style="${S.muted}margin:0 0 10px;">${html(s.intro)}</p>`,
    `<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${CARD_BG}" style="width:100%;border-collapse:collapse;background-color:${CARD_BG};color:${INK};">`,
    `<thead><tr><th scope="col" width="46%" style="${S.th}">${html(o.t.block)}</th><th scope="col" width="27%" style="${S.th}">${html(o.t.current)}</th>` +
      `<th scope="col" width="27%" style="${S.th}">${html(o.t.ambition)}</th></tr></thead>`,
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table>',
    ...s.lists.flatMap((list) => [
      `<h3 style="${S.h3}">${html(list.title)}</h3>`,
      ...list.items.map((item) => `<p${contentLang} style="${S.p}">${html(item)}</p>`),
      ...(list.note ? [`<p style="${S.muted}">${html(list.note)}</p>`] : []),
    ]),
  ].join('\n');
}

function sectionHtml(o: Overview, section: Section, contentLang: string): string {
  const out = [`<h2${section.contentTitle ? contentLang : ''} style="${S.h2}">${html(section.title)}</h2>`];
  section.groups.forEach((group, i) => {
    if (group.heading !== undefined) {
      out.push(`<h3${contentLang} style="${S.h3}${i === 0 ? 'margin-top:8px;' : ''}">${html(group.heading)}</h3>`);
    }
    for (const line of group.team ?? []) out.push(`<p style="${S.team}">${html(line)}</p>`);
    for (const item of group.items) {
      out.push(`<p${contentLang} style="${S.prompt}">${html(item.prompt)}</p>`);
      out.push(
        item.answer === undefined
          ? `<p style="${S.empty}">${html(o.t.notAnswered)}</p>`
          : `<p style="${S.answer}">${item.answer.map(html).join('<br>')}</p>`,
      );
      if (item.comment) out.push(`<p style="${S.comment}">${html(commentLine(o.t, item.comment))}</p>`);
    }
  });
  return out.join('\n');
}

const commentLine = (t: EmailStrings, comment: NonNullable<Item['comment']>): string =>
  fillPlaceholders(t.commentLine, { label: comment.label, text: comment.text });

/* ------------------------------------------------------------------------------------------------ */
/* The plain-text twin: the same information, readable in a terminal.                                */
/* ------------------------------------------------------------------------------------------------ */

const underline = (heading: string, char: string): string => char.repeat(Math.max(3, Array.from(heading).length));

/** Plain text as it will be shown: line breaks kept, control characters (terminal escapes) made visible. */
const plain = (text: string): string => replaceControlCharacters(text);

/** Indents every line of a possibly multi-line text. */
const indent = (text: string, by = '  '): string =>
  plain(text)
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : by + line))
    .join('\n');

function renderText(o: Overview): string {
  const out: string[] = [];
  const heading = (text: string, char: string): void => {
    const line = plain(text).replace(/\s+/g, ' ').trim();
    out.push('', line, underline(line, char));
  };
  const title = plain(o.title).replace(/\s+/g, ' ').trim();
  out.push(underline(title, '='), title, underline(title, '='));
  if (o.publisher) out.push(plain(o.publisher));
  if (o.centre) out.push(plain(o.centre));
  out.push(plain(o.status));

  if (o.summary) {
    heading(o.t.summaryTitle, '=');
    out.push(plain(o.summary.intro), '', plain(fillPlaceholders(o.t.summaryLine, { block: o.t.block, current: o.t.current, ambition: o.t.ambition })));
    for (const r of o.summary.rows) {
      if ('cluster' in r) out.push('', plain(r.cluster));
      else out.push(indent(fillPlaceholders(o.t.summaryLine, r)));
    }
    for (const list of o.summary.lists) {
      heading(list.title, '-');
      out.push(...list.items.map((item) => indent(item)));
      if (list.note) out.push(plain(list.note));
    }
  }

  for (const section of o.sections) {
    heading(section.title, '=');
    for (const group of section.groups) {
      if (group.heading !== undefined) heading(group.heading, '-');
      if (group.team) out.push('', ...group.team.map((line) => plain(line)));
      for (const item of group.items) {
        out.push('', plain(item.prompt).replace(/\s+/g, ' ').trim());
        out.push(indent(item.answer === undefined ? o.t.notAnswered : item.answer.join(item.joiner)));
        if (item.comment) out.push(indent(commentLine(o.t, item.comment)));
      }
    }
  }
  out.push('', '-- ', plain(o.footer), '');
  return out.join('\n');
}
