import { SCHEMA_MAJOR, type Instrument } from './instrument.js';
import { modelOf } from './model.js';
import type { Question } from './questions.js';
import type { Answer, Response } from './response.js';
import type { TeamBlock } from './team-round.js';

/** One generated scan: the centre's label, the day it was sent, and the response. */
export interface SyntheticScan {
  label: string;
  date: string;
  response: Response;
}

/**
 * Deterministic, realistic scans for any instrument, for tests, stories, benchmarks and `poolster
 * preview` (the report and the comparison of an instrument still being written). Every block
 * question is answered validly (stages; an ambition at or above the current stage; multiple choices
 * within their limits and respecting exclusive options), the final picks and rankings stay within their
 * limits, and every response passes `validateResponse` without issues. Labels are "Centrum 1…", dates
 * fall in 2024–2026, and some centres scan more than once (for the trend view). About two in five scans
 * keep team rounds on most blocks, with the team's placements around the agreed stage and some blocks
 * harder to agree on than others (for the team-rounds view).
 */
export function syntheticScans(instrument: Instrument, count: number, seed = 1): SyntheticScan[] {
  const random = mulberry32(seed);
  // Team rounds draw from their own sequence, so the answers for a seed stay what they were before rounds existed.
  const teamRandom = mulberry32(seed ^ 0x7ea3);
  const maturity: number[] = [];
  const entries: SyntheticScan[] = [];
  for (let i = 0; i < count; i += 1) {
    let centre: number;
    if (maturity.length >= 3 && random() < 0.2) centre = Math.floor(random() * maturity.length);
    else {
      centre = maturity.length;
      maturity.push(random());
    }
    const date = new Date(FIRST_DAY + Math.floor(random() * DAYS) * DAY).toISOString().slice(0, 10);
    const label = `Centrum ${centre + 1}`;
    const response = syntheticResponse(instrument, random, maturity[centre]!, label, date);
    addTeamRounds(instrument, response, teamRandom);
    entries.push({ label, date, response });
  }
  return entries;
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAYS = (Date.UTC(2026, 11, 31) - FIRST_DAY) / DAY + 1;

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same numbers. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pickOne = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (Math.floor(random() * 4) + 8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

interface Situation {
  label: string;
  /** Stage index of the stage question answered so far in the same list, by question id. */
  stages: Map<string, number>;
  /** Blocks ordered from strongest to weakest (for picks of inspiring practices and priorities). */
  strongest: string[];
}

function syntheticResponse(instrument: Instrument, random: Random, maturity: number, label: string, date: string): Response {
  const model = modelOf(instrument);
  const stageCount = instrument.stages.length;
  const at = (time: string): string => `${date}T${time}Z`;
  const response: Response = {
    schemaVersion: SCHEMA_MAJOR,
    id: uuid(random),
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    lang: instrument.defaultLanguage,
    status: 'submitted',
    createdAt: at('08:30:00'),
    updatedAt: at('11:45:00'),
    submittedAt: at('11:46:00'),
    context: {},
    blocks: {},
    final: {},
  };
  const level = new Map<string, number>();
  const situation = (stages = new Map<string, number>()): Situation => ({ label, stages, strongest: [] });

  const context = situation();
  for (const q of instrument.contextQuestions) {
    const answer = answerFor(q, random, context, instrument);
    if (answer) response.context[q.id] = answer;
  }
  for (const { block } of model.blocks) {
    // The centre's overall maturity, with some spread per block.
    const stage = Math.min(stageCount - 1, Math.max(0, Math.round(maturity * (stageCount - 1) + (random() - 0.5) * 1.6)));
    const own = situation();
    own.stages.set('', stage);
    const answers: Record<string, Answer> = {};
    for (const q of instrument.blockQuestions) {
      const answer = answerFor(q, random, own, instrument);
      if (answer) answers[q.id] = answer;
    }
    level.set(block.id, own.stages.get(firstStageQuestion(instrument) ?? '') ?? stage);
    response.blocks[block.id] = answers;
  }
  const jitter = new Map(model.blocks.map(({ block }) => [block.id, (level.get(block.id) ?? 0) + random() * 1.5]));
  const final = situation();
  final.strongest = model.blocks.map(({ block }) => block.id).sort((a, b) => jitter.get(b)! - jitter.get(a)!);
  for (const q of instrument.finalQuestions) {
    const answer = answerFor(q, random, final, instrument);
    if (answer) response.final[q.id] = answer;
  }
  return response;
}

const firstStageQuestion = (instrument: Instrument): string | undefined => instrument.blockQuestions.find((q) => q.type === 'stage')?.id;

function answerFor(question: Question, random: Random, s: Situation, instrument: Instrument): Answer | undefined {
  const stageIndex = (id: string | undefined): number => (id === undefined ? -1 : instrument.stages.findIndex((st) => st.id === id));
  switch (question.type) {
    case 'text':
      return { text: s.label.slice(0, question.maxLength ?? 200) };
    case 'stage': {
      // The first stage question of a block takes the block's stage; others stay close to it.
      const base = s.stages.get('') ?? Math.floor(random() * instrument.stages.length);
      const index = s.stages.size <= 1 ? base : Math.min(instrument.stages.length - 1, Math.max(0, base + between(random, -1, 1)));
      s.stages.set(question.id, index);
      return { choice: instrument.stages[index]!.id };
    }
    case 'ambition': {
      const current = s.stages.get(question.relativeTo);
      const keep = question.options.filter((o) => o.stage === undefined);
      const evolve = question.options
        .filter((o) => o.stage !== undefined && (current === undefined || stageIndex(o.stage) > current))
        .sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage));
      if (evolve.length > 0 && (keep.length === 0 || random() < 0.6)) {
        return { choice: (random() < 0.7 ? evolve[0]! : pickOne(random, evolve)).id };
      }
      return keep.length > 0 ? { choice: keep[0]!.id } : undefined;
    }
    case 'single-choice':
      return { choice: pickOne(random, question.options).id };
    case 'multiple-choice': {
      const exclusive = question.options.filter((o) => o.exclusive);
      const normal = question.options.filter((o) => !o.exclusive);
      let chosen: typeof question.options;
      if (normal.length === 0 || (exclusive.length > 0 && random() < 0.12)) chosen = [pickOne(random, exclusive)];
      else {
        const high = Math.min(question.max ?? normal.length, normal.length, 3);
        const low = Math.min(Math.max(question.min ?? 1, 1), high);
        const k = between(random, low, high);
        const picked = new Set(shuffled(random, normal).slice(0, k));
        chosen = question.options.filter((o) => picked.has(o));
      }
      const answer: Answer = { choices: chosen.map((o) => o.id) };
      if (chosen.some((o) => o.other)) answer.other = 'Iets anders';
      return answer;
    }
    case 'block-pick': {
      if (question.none && random() < 0.15) return { none: true };
      const high = Math.min(question.max, s.strongest.length);
      const low = Math.min(Math.max(question.min ?? 1, 1), high);
      return { blocks: s.strongest.slice(0, between(random, low, high)) };
    }
    case 'block-ranking': {
      const high = Math.min(question.max, s.strongest.length);
      const low = Math.min(Math.max(question.min, 1), high);
      return { blocks: [...s.strongest].reverse().slice(0, between(random, low, high)) };
    }
  }
}

/**
 * Team rounds on some scans: 3 to 9 people place each block around the stage the scan records (most on
 * it, some one stage off, a few two off); the further a block is in a fixed rotation, the more often the
 * team diverges, so blocks differ in how hard they are to agree on. Counts only, as a response keeps them.
 */
function addTeamRounds(instrument: Instrument, response: Response, random: Random): void {
  if (random() >= 0.4) return;
  const stageQuestion = firstStageQuestion(instrument);
  const last = instrument.stages.length - 1;
  const team: Record<string, TeamBlock> = {};
  modelOf(instrument).blocks.forEach(({ block }, i) => {
    if (random() < 0.25) return;
    const recorded = instrument.stages.findIndex((s) => s.id === response.blocks[block.id]?.[stageQuestion ?? '']?.choice);
    const agreed = recorded >= 0 ? recorded : between(random, 0, last);
    const difficulty = ((i * 7) % 11) / 10; // 0 … 1, the same for a block in every scan
    const participants = between(random, 3, 9);
    const current: Record<string, number> = {};
    for (let p = 0; p < participants; p += 1) {
      const r = random();
      const off = r < 0.1 + 0.3 * difficulty ? 2 : r < 0.35 + 0.35 * difficulty ? 1 : 0;
      const index = Math.min(last, Math.max(0, agreed + (random() < 0.5 ? -off : off)));
      const id = instrument.stages[index]!.id;
      current[id] = (current[id] ?? 0) + 1;
    }
    team[block.id] = {
      votes: { participants, current, revealedAt: `${response.createdAt.slice(0, 10)}T09:${String(10 + (i % 50)).padStart(2, '0')}:00Z` },
      ...(random() < 0.2 ? { note: 'We twijfelden tussen twee stadia en kozen het stadium waar de meesten stonden.' } : {}),
    };
  });
  if (Object.keys(team).length > 0) response.team = team;
}
