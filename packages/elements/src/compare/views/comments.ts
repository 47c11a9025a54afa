import { filterFreeTexts, FINAL_QUESTIONS, freeTexts, type FreeText, type Question, type Table } from '@poolster/schema';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ViewContext } from '../compare-data.js';
import { countLine, keyed, namesOf, plural, questionTitle, ROW_LIMIT, type NetworkChoices, type NetworkInput } from '../network-state.js';
import { renderRowLimit } from './row-limit.js';
import { format } from '../../i18n/strings.js';
import type { NetworkStrings } from '../network.strings.js';

export interface CommentItem {
  name: string;
  kind: FreeText['kind'];
  text: string;
}

export interface CommentGroup {
  /** A block id, or FINAL_QUESTIONS. */
  id: string;
  title: string;
  questions: Array<{ questionId: string; title: string; items: CommentItem[] }>;
}

export interface CommentsModel {
  count: string;
  /** The filter's choices: blocks (shown ones), then the final questions. */
  blocks: Array<{ id: string; title: string }>;
  questions: Array<{ id: string; title: string }>;
  block: string;
  question: string;
  query: string;
  shown: number;
  total: number;
  groups: CommentGroup[];
  showAll: boolean;
}

/** Questions that can hold free text: a comment field, an "other" option, or a text answer. */
const holdsText = (q: Question): boolean => q.type === 'text' || ('comment' in q && q.comment !== undefined) || (q.type === 'multiple-choice' && q.options.some((o) => o.other));

/**
 * Every comment and "other" text of the counted scans over the shown blocks and the final questions,
 * filtered by block, question and words; grouped by block (instrument order) and question.
 */
export function prepareComments(input: NetworkInput, choices: NetworkChoices): CommentsModel {
  const { ctx, nt } = input;
  const instrument = ctx.model.instrument;
  const names = namesOf(input);
  const shownBlocks = new Set(ctx.blocks.map((b) => b.block.id));
  const all = freeTexts(instrument, keyed(input.scans)).filter((t) => t.blockId === undefined || shownBlocks.has(t.blockId));
  const blocks = [...ctx.blocks.map((b) => ({ id: b.block.id, title: ctx.blockTitle(b) })), { id: FINAL_QUESTIONS, title: nt.finalQuestions }];
  const block = blocks.some((b) => b.id === choices.commentBlock) ? choices.commentBlock : '';
  const candidates = [
    ...(block === FINAL_QUESTIONS ? [] : instrument.blockQuestions),
    ...(block === '' || block === FINAL_QUESTIONS ? instrument.finalQuestions : []),
  ].filter(holdsText);
  const questions = candidates.map((q) => ({ id: q.id, title: questionTitle(input, q) }));
  const question = questions.some((q) => q.id === choices.commentQuestion) ? choices.commentQuestion : '';
  const shown = filterFreeTexts(all, { blockId: block, questionId: question, query: choices.commentQuery });
  const titles = new Map(questions.map((q) => [q.id, q.title]));
  const allTitles = new Map([...instrument.blockQuestions, ...instrument.finalQuestions].map((q) => [q.id, questionTitle(input, q)]));
  const groups: CommentGroup[] = [];
  for (const t of shown) {
    const id = t.blockId ?? FINAL_QUESTIONS;
    let group = groups[groups.length - 1];
    if (!group || group.id !== id) {
      group = { id, title: blocks.find((b) => b.id === id)?.title ?? id, questions: [] };
      groups.push(group);
    }
    let q = group.questions[group.questions.length - 1];
    if (!q || q.questionId !== t.questionId) {
      q = { questionId: t.questionId, title: titles.get(t.questionId) ?? allTitles.get(t.questionId) ?? t.questionId, items: [] };
      group.questions.push(q);
    }
    q.items.push({ name: names.get(t.key) ?? t.key, kind: t.kind, text: t.text });
  }
  return {
    count: countLine(nt, input.lang, input.unit, input.scans.length),
    blocks,
    questions,
    block,
    question,
    query: choices.commentQuery,
    shown: shown.length,
    total: all.length,
    groups,
    showAll: choices.showAllRows,
  };
}

export interface CommentHandlers {
  onFilter(change: Partial<NetworkChoices>): void;
}

const kindName = (nt: NetworkStrings, kind: FreeText['kind']): string => (kind === 'other' ? nt.kindOther : kind === 'comment' ? nt.kindComment : nt.kindText);

export function renderComments(ctx: ViewContext, nt: NetworkStrings, lang: string, m: CommentsModel, on: CommentHandlers): TemplateResult {
  const value = (e: Event): string => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<p class="hint count-line">${m.count}</p>
    <div class="controls view-controls" role="group" aria-label=${nt.headingComments}>
      <div class="field">
        <label for="comment-block">${ctx.t.block}</label>
        <select id="comment-block" @change=${(e: Event) => on.onFilter({ commentBlock: value(e) })}>
          <option value="" ?selected=${m.block === ''}>${nt.allBlocks}</option>
          ${m.blocks.map((b) => html`<option value=${b.id} ?selected=${m.block === b.id}>${b.title}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="comment-question">${ctx.t.question}</label>
        <select id="comment-question" @change=${(e: Event) => on.onFilter({ commentQuestion: value(e) })}>
          <option value="" ?selected=${m.question === ''}>${nt.allQuestions}</option>
          ${m.questions.map((q) => html`<option value=${q.id} ?selected=${m.question === q.id}>${q.title}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="comment-search">${nt.search}</label>
        <input id="comment-search" type="search" .value=${live(m.query)} @input=${(e: Event) => on.onFilter({ commentQuery: value(e) })} />
      </div>
    </div>
    <p class="hint" role="status">${m.total === 0 ? nt.noTexts : m.shown === 0 ? nt.noMatch : plural(lang, m.shown, nt.textsShown, { total: m.total })}</p>
    ${renderRowLimit(nt, format(nt.textsLimited, { n: ROW_LIMIT, total: m.shown }), m.shown, m.showAll, () => on.onFilter({ showAllRows: !m.showAll }))}
    ${firstTexts(m.groups, m.showAll ? Number.POSITIVE_INFINITY : ROW_LIMIT).map(
      (g, i) => html`<div class="comment-group" data-block=${g.id}>
        <h3 id="comments-${i}">${g.title}</h3>
        ${g.questions.map(
          (q) => html`<h4>${q.title}</h4>
            <ul class="comments" data-question=${q.questionId}>
              ${q.items.map(
                (item) => html`<li class="comment" data-kind=${item.kind}>
                  <span class="who">${item.name}</span> <span class="kind">(${kindName(nt, item.kind)})</span>
                  <p class="text">${item.text}</p>
                </li>`,
              )}
            </ul>`,
        )}
      </div>`,
    )}`;
}

/** The groups cut after `limit` texts in all (a long list is slow to render; the CSV keeps them all). */
function firstTexts(groups: readonly CommentGroup[], limit: number): CommentGroup[] {
  let left = limit;
  const cut: CommentGroup[] = [];
  for (const g of groups) {
    if (left <= 0) break;
    const questions = [];
    for (const q of g.questions) {
      if (left <= 0) break;
      questions.push({ ...q, items: q.items.slice(0, left) });
      left -= Math.min(left, q.items.length);
    }
    cut.push({ ...g, questions });
  }
  return cut;
}

/** The CSV: the texts the filters show, one per row. */
export function commentsTable(ctx: ViewContext, nt: NetworkStrings, m: CommentsModel): Table {
  return {
    header: [ctx.t.block, ctx.t.question, nt.kind, ctx.t.centre, nt.text],
    rows: m.groups.flatMap((g) => g.questions.flatMap((q) => q.items.map((i) => [g.title, q.title, kindName(nt, i.kind), i.name, i.text]))),
  };
}
