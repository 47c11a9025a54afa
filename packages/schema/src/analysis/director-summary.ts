import type { Instrument } from '../instrument.js';
import { contentLanguage, localize } from '../localize.js';
import { modelOf } from '../model.js';
import type { Text } from '../primitives.js';
import type { Question } from '../questions.js';
import type { Response } from '../response.js';
import { blockPlacement, type BlockPlacement } from './placement.js';
import { voteSpread, type SpreadLevel } from './team-spread.js';

/**
 * What a director reads first about one scan, as data: the report and the overview mail both render
 * their summary from this one model, so the two can never tell a different story. Texts are already in
 * the content language; the interface words ("kept", "not placed") are the renderer's.
 */
export interface DirectorSummary {
  /** The language the texts below are in. */
  contentLang: string;
  /** The stage labels, in the continuum's order. */
  stages: string[];
  /** Every block in the instrument's order: the chart's data. */
  blocks: SummaryBlock[];
  /** The clusters, in order, with their blocks' ids. */
  clusters: Array<{ id: string; title: string; blockIds: string[] }>;
  /** The ranked priorities in the team's order; absent when the instrument asks for no ranking. */
  priorities?: SummaryBlock[];
  /** The blocks the centre can inspire others in; absent when the instrument has no such question. */
  inspiring?: { blocks: SummaryBlock[]; /** "not yet" was chosen. */ none: boolean; comment?: string };
  /** Blocks the team wants to move on, largest gap first (ties in the instrument's order), at most GAP_LIMIT. */
  gaps: SummaryBlock[];
  /** How many more blocks have a gap than `gaps` lists. */
  moreGaps: number;
  /** The levers and obstacles: per aspect question, the options named, most named first. */
  aspects: AspectTally[];
  /** Where a team round was held: the blocks on which the placements lay apart, widest first. */
  team?: { rounds: number; disagreements: TeamDisagreementRow[] };
}

export interface SummaryBlock {
  blockId: string;
  clusterId: string;
  number?: string;
  title: string;
  /** The number and the title ("4.3 Preventie"). */
  label: string;
  placement: BlockPlacement;
  /** The chosen ambition option's label (for a choice the continuum cannot place, such as "keep" without a stage). */
  ambitionChoice?: string;
}

export interface AspectTally {
  questionId: string;
  /** The question's short label ("Hefbomen"). */
  label: string;
  /** The options named at least once, most named first (ties in the question's order). */
  options: Array<{ id: string; label: string; count: number; blockIds: string[] }>;
  /** How many blocks answered the question. */
  answered: number;
}

export interface TeamDisagreementRow {
  blockId: string;
  label: string;
  participants: number;
  /** Stages between the lowest and the highest placement (1 or more). */
  spread: number;
  level: SpreadLevel;
  lowest: string;
  highest: string;
}

/** The most gaps a summary lists: a director's page shows where to start, not every block again. */
export const GAP_LIMIT = 5;

/**
 * The multiple-choice block questions that ask about the same organisational aspects (in the GO! scan:
 * levers and obstacles over mission-vision-strategy, people-culture, systems-structure). A question
 * whose options no other question shares (subgroup differences) is not an aspect question.
 */
export function aspectQuestions(instrument: Instrument): Question[] {
  const signature = (q: Question): string =>
    q.type === 'multiple-choice'
      ? q.options
          .filter((o) => !o.exclusive && !o.other)
          .map((o) => o.id)
          .sort()
          .join('|')
      : '';
  const bySignature = new Map<string, Question[]>();
  for (const q of instrument.blockQuestions) {
    const key = signature(q);
    if (key !== '') bySignature.set(key, [...(bySignature.get(key) ?? []), q]);
  }
  return instrument.blockQuestions.filter((q) => (bySignature.get(signature(q))?.length ?? 0) > 1);
}

export function directorSummary(instrument: Instrument, response: Response, lang?: string): DirectorSummary {
  const contentLang = contentLanguage(instrument, lang ?? instrument.defaultLanguage);
  const loc = (text: Text | undefined): string => localize(text, contentLang, instrument.defaultLanguage);
  const model = modelOf(instrument);
  const ambitionQuestion = model.ambitionQuestion;

  const blocks: SummaryBlock[] = model.blocks.map(({ block, cluster }) => {
    const title = loc(block.title);
    const choice = ambitionQuestion ? response.blocks[block.id]?.[ambitionQuestion.id]?.choice : undefined;
    const option = choice === undefined ? undefined : ambitionQuestion?.options.find((o) => o.id === choice);
    return {
      blockId: block.id,
      clusterId: cluster.id,
      ...(block.number ? { number: block.number } : {}),
      title,
      label: block.number ? `${block.number} ${title}` : title,
      placement: blockPlacement(instrument, response, block.id),
      ...(choice === undefined ? {} : { ambitionChoice: option ? loc(option.label) : choice }),
    };
  });
  const byId = new Map(blocks.map((b) => [b.blockId, b]));
  const known = (ids: readonly string[] | undefined): SummaryBlock[] =>
    [...new Set(ids ?? [])].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));

  const ranking = instrument.finalQuestions.find((q) => q.type === 'block-ranking');
  const pick = instrument.finalQuestions.find((q) => q.type === 'block-pick');
  const pickAnswer = pick ? response.final[pick.id] : undefined;
  const pickComment = pickAnswer?.comment?.trim() ?? '';

  const withGap = blocks
    .map((b, order) => ({ b, order }))
    .filter(({ b }) => (b.placement.gap ?? 0) > 0)
    .sort((x, y) => y.b.placement.gap! - x.b.placement.gap! || x.order - y.order)
    .map(({ b }) => b);

  return {
    contentLang,
    stages: instrument.stages.map((s) => loc(s.label)),
    blocks,
    clusters: instrument.clusters.map((c) => ({ id: c.id, title: loc(c.title), blockIds: c.blocks.map((b) => b.id) })),
    ...(ranking ? { priorities: known(response.final[ranking.id]?.blocks) } : {}),
    ...(pick
      ? { inspiring: { blocks: known(pickAnswer?.blocks), none: pickAnswer?.none === true, ...(pickComment ? { comment: pickComment } : {}) } }
      : {}),
    gaps: withGap.slice(0, GAP_LIMIT),
    moreGaps: Math.max(0, withGap.length - GAP_LIMIT),
    aspects: aspectQuestions(instrument).map((q) => aspectTally(instrument, response, q, loc)),
    ...teamPart(instrument, response, blocks, instrument.stages.map((s) => loc(s.label))),
  };
}

function aspectTally(instrument: Instrument, response: Response, question: Question, loc: (text: Text | undefined) => string): AspectTally {
  const options = question.type === 'multiple-choice' ? question.options.filter((o) => !o.exclusive && !o.other) : [];
  let answered = 0;
  const named = new Map<string, string[]>(options.map((o) => [o.id, []]));
  for (const { block } of modelOf(instrument).blocks) {
    const choices = response.blocks[block.id]?.[question.id]?.choices;
    if (!choices || choices.length === 0) continue;
    answered += 1;
    for (const id of new Set(choices)) named.get(id)?.push(block.id);
  }
  return {
    questionId: question.id,
    label: loc(question.label ?? question.prompt),
    options: options
      .map((o, order) => ({ id: o.id, label: loc(o.label), count: named.get(o.id)!.length, blockIds: named.get(o.id)!, order }))
      .filter((o) => o.count > 0)
      .sort((a, b) => b.count - a.count || a.order - b.order)
      .map(({ order: _order, ...o }) => o),
    answered,
  };
}

/** The blocks a team round placed apart; nothing when the response keeps no round at all. */
function teamPart(instrument: Instrument, response: Response, blocks: SummaryBlock[], stages: string[]): Pick<DirectorSummary, 'team'> {
  let rounds = 0;
  const rows: Array<TeamDisagreementRow & { order: number }> = [];
  blocks.forEach((b, order) => {
    const votes = response.team?.[b.blockId]?.votes;
    if (!votes) return;
    const spread = voteSpread(instrument, votes);
    if (spread.lowest === undefined || spread.highest === undefined) return;
    rounds += 1;
    if (spread.spread === 0) return;
    const stage = (i: number): string => stages[i] ?? '';
    rows.push({ blockId: b.blockId, label: b.label, participants: spread.participants, spread: spread.spread, level: spread.level, lowest: stage(spread.lowest), highest: stage(spread.highest), order });
  });
  if (rounds === 0) return {};
  rows.sort((a, b) => b.spread - a.spread || a.order - b.order);
  return { team: { rounds, disagreements: rows.map(({ order: _order, ...row }) => row) } };
}
