import type { Instrument } from '../instrument.js';
import { localize } from '../localize.js';
import { modelOf } from '../model.js';
import type { Question } from '../questions.js';
import type { Answer, Response } from '../response.js';
import { blockPlacement } from './placement.js';

export interface Table {
  header: string[];
  rows: string[][];
}

/** An answer as one cell: option ids (never display texts, which change with language and wording). */
function cell(question: Question, answer: Answer | undefined): string {
  if (!answer) return '';
  switch (question.type) {
    case 'text':
      return answer.text ?? '';
    case 'multiple-choice':
      return (answer.choices ?? []).join('|');
    case 'block-pick':
      return answer.none ? (question.none?.id ?? 'none') : (answer.blocks ?? []).join('|');
    case 'block-ranking':
      return (answer.blocks ?? []).join('|');
    default:
      return answer.choice ?? '';
  }
}

/** The columns one question adds: its value, then its "other" text and comment where it has them. */
function questionColumns(question: Question, prefix: string): string[] {
  const name = prefix + question.id;
  const columns = [name];
  if (question.type === 'multiple-choice' && question.options.some((o) => o.other)) columns.push(`${name}.other`);
  if ('comment' in question && question.comment) columns.push(`${name}.comment`);
  return columns;
}

function questionCells(question: Question, answer: Answer | undefined): string[] {
  const cells = [cell(question, answer)];
  if (question.type === 'multiple-choice' && question.options.some((o) => o.other)) cells.push(answer?.other ?? '');
  if ('comment' in question && question.comment) cells.push(answer?.comment ?? '');
  return cells;
}

/**
 * One row per response and building block, for spreadsheets. Final questions about blocks become per-block
 * columns: a pick says "1" on the rows of the blocks picked, a ranking gives the block's rank.
 * Stage numbers count from 1.
 */
export function responseRows(instrument: Instrument, responses: readonly Response[], lang = instrument.defaultLanguage): Table {
  const model = modelOf(instrument);
  const header = [
    'response_id',
    'instrument_id',
    'instrument_version',
    'status',
    'created_at',
    'updated_at',
    'submitted_at',
    ...instrument.contextQuestions.flatMap((q) => questionColumns(q, 'context.')),
    'cluster_id',
    'block_id',
    'block_title',
    ...instrument.blockQuestions.flatMap((q) => questionColumns(q, '')),
    'current_stage_number',
    'ambition_stage_number',
    'gap',
    ...instrument.finalQuestions.flatMap((q) => questionColumns(q, 'final.')),
  ];
  const rows = responses.flatMap((response) =>
    model.blocks.map(({ block, cluster }) => {
      const answers = response.blocks[block.id] ?? {};
      const p = blockPlacement(instrument, response, block.id);
      const number = (i: number | undefined): string => (i === undefined ? '' : String(i + 1));
      return [
        response.id,
        response.instrumentId,
        response.instrumentVersion,
        response.status,
        response.createdAt,
        response.updatedAt,
        response.submittedAt ?? '',
        ...instrument.contextQuestions.flatMap((q) => questionCells(q, response.context[q.id])),
        cluster.id,
        block.id,
        localize(block.title, lang, instrument.defaultLanguage),
        ...instrument.blockQuestions.flatMap((q) => questionCells(q, answers[q.id])),
        number(p.currentIndex),
        number(p.ambitionIndex),
        p.gap === undefined ? '' : String(p.gap),
        ...instrument.finalQuestions.flatMap((q) => finalCells(q, response.final[q.id], block.id)),
      ];
    }),
  );
  return { header, rows };
}

function finalCells(question: Question, answer: Answer | undefined, blockId: string): string[] {
  const blocks = answer?.blocks ?? [];
  let value: string;
  if (question.type === 'block-ranking') value = blocks.includes(blockId) ? String(blocks.indexOf(blockId) + 1) : '';
  else if (question.type === 'block-pick') value = blocks.includes(blockId) ? '1' : '';
  else return questionCells(question, answer);
  const cells = [value];
  if ('comment' in question && question.comment) cells.push(answer?.comment ?? '');
  return cells;
}

/**
 * RFC 4180 CSV. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) gets a leading apostrophe: exported comments are typed by people, not trusted.
 */
export function toCsv(table: Table): string {
  const quote = (value: string): string => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [table.header, ...table.rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
