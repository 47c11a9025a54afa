import type { Instrument } from '../instrument.js';
import { fillPlaceholders } from '../localize.js';
import type { Response } from '../response.js';
import type { EmailStrings } from './email.strings.js';
import { escapeAttribute, escapeHtml, replaceControlCharacters } from './escape-html.js';
import { describeOverview, type Item, type Overview, type Section } from './overview-model.js';

/** The overview of one scan as an e-mail: a subject, an HTML body and its plain-text twin. */
export interface OverviewEmail {
  subject: string;
  html: string;
  text: string;
}

/** The time zone of the overview's dates when the caller names none: the GO! network's. */
export const OVERVIEW_TIME_ZONE = 'Europe/Brussels';

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
export function renderOverviewEmail(instrument: Instrument, response: Response, lang?: string, options: { timeZone?: string } = {}): OverviewEmail {
  const overview = describeOverview(instrument, response, lang, options.timeZone ?? OVERVIEW_TIME_ZONE);
  return { subject: overview.subject, html: renderHtml(overview), text: renderText(overview) };
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
