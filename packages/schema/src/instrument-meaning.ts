import type { Instrument } from './instrument.js';
import type { IssueCollector } from './issue-collector.js';
import { formatPath, issue, type IssuePath } from './issues.js';
import type { Question } from './questions.js';

/**
 * The checks of an instrument's meaning, once its structure is known to be sound (unique ids, references
 * that resolve, stages described, limits that can be met), but its languages' (instrument-languages.ts, which
 * the full check runs after these: validate-instrument.ts). Apart from the structural check (zod) so that a
 * browser can run them after the quick, zod-free structure check (instrument-shape.ts) without carrying zod;
 * apart from the languages' so that a scan page is spared their walk over every text and its bytes (#18).
 */
export function checkMeaningWithoutLanguages(instrument: Instrument, issues: IssueCollector): void {
  const ids = new DuplicateFinder(issues);
  const stageIds = new Set(instrument.stages.map((s) => s.id));
  const stageCounts = new Map<string, number>();
  for (const { id } of instrument.stages) stageCounts.set(id, (stageCounts.get(id) ?? 0) + 1);
  const blockCount = instrument.clusters.reduce((n, c) => n + c.blocks.length, 0);

  ids.scope(instrument.stages.map((s, i) => [s.id, ['stages', i, 'id']]));
  ids.scope(instrument.clusters.map((c, i) => [c.id, ['clusters', i, 'id']]));
  ids.scope(
    instrument.clusters.flatMap((c, ci) => c.blocks.map((b, bi): [string, IssuePath] => [b.id, ['clusters', ci, 'blocks', bi, 'id']])),
  );
  ids.scope(instrument.intro.map((s, i) => [s.id, ['intro', i, 'id']]));
  if (instrument.outcomeIndicators) {
    ids.scope(instrument.outcomeIndicators.groups.map((g, i) => [g.id, ['outcomeIndicators', 'groups', i, 'id']]));
  }

  for (const list of ['contextQuestions', 'blockQuestions', 'finalQuestions'] as const) {
    const questions = instrument[list];
    ids.scope(questions.map((q, i) => [q.id, [list, i, 'id']]));
    const byId = new Map<string, Question>();
    for (const q of questions) if (!byId.has(q.id)) byId.set(q.id, q);
    questions.forEach((q, i) => checkQuestion(q, [list, i], byId, { stageIds, blockCount, ids, issues }));
  }

  instrument.clusters.forEach((cluster, ci) =>
    cluster.blocks.forEach((block, bi) => {
      const bp: IssuePath = ['clusters', ci, 'blocks', bi];
      ids.scope(block.footnotes.map((f, i) => [f.id, [...bp, 'footnotes', i, 'id']]));
      const footnoteIds = new Set(block.footnotes.map((f) => f.id));
      const refs: Array<[string[] | undefined, IssuePath]> = [
        [block.definition.footnotes, [...bp, 'definition', 'footnotes']],
        [block.contribution?.footnotes, [...bp, 'contribution', 'footnotes']],
        [block.reflection?.footnotes, [...bp, 'reflection', 'footnotes']],
        ...block.qualityReferences.map((r, i): [string[] | undefined, IssuePath] => [r.footnotes, [...bp, 'qualityReferences', i, 'footnotes']]),
        ...block.developmentScales.map((s, i): [string[] | undefined, IssuePath] => [s.footnotes, [...bp, 'developmentScales', i, 'footnotes']]),
      ];
      for (const [list, path] of refs) {
        list?.forEach((id, i) => {
          if (!footnoteIds.has(id)) issues.pushUnknown(issue('instrument.unknown-footnote', [...path, i], { footnote: id, known: knownList(footnoteIds) }), id, () => footnoteIds);
        });
      }
      for (const stageId of Object.keys(block.stages)) {
        if (!stageIds.has(stageId)) issues.pushUnknown(issue('instrument.unknown-stage', [...bp, 'stages', stageId], { stage: stageId, known: knownList(stageIds) }), stageId, () => stageIds);
      }
      if (issues.full) {
        // Only counted now: linear in the block's own descriptions, not in blocks × stages.
        issues.omit(instrument.stages.length - describedStageCount(block.stages, stageCounts), 'error');
        return;
      }
      for (const stage of instrument.stages) {
        const described = Object.hasOwn(block.stages, stage.id) && block.stages[stage.id]!.length > 0;
        if (!described) issues.push(issue('instrument.missing-stage-description', [...bp, 'stages'], { block: block.id, stage: stage.id }));
      }
    }),
  );
}

/** How many known ids a message lists: enough to pick from, never a whole hostile list. */
const LISTED_IDS = 12;

/** The ids an unknown one could have been, for the message: quoted, at most LISTED_IDS, "—" when there are none. */
function knownList(ids: Iterable<string>): string[] {
  const list: string[] = [];
  for (const id of ids) {
    if (list.length === LISTED_IDS) {
      list.push('…');
      break;
    }
    list.push(`"${id}"`);
  }
  return list.length > 0 ? list : ['—'];
}

/** How many entries of the stage list a block describes (a stage id listed twice counts twice). */
function describedStageCount(descriptions: Record<string, unknown[]>, stageCounts: Map<string, number>): number {
  let n = 0;
  for (const [id, description] of Object.entries(descriptions)) if (description.length > 0) n += stageCounts.get(id) ?? 0;
  return n;
}

interface QuestionContext {
  stageIds: Set<string>;
  blockCount: number;
  ids: DuplicateFinder;
  issues: IssueCollector;
}

function checkQuestion(q: Question, path: IssuePath, siblings: ReadonlyMap<string, Question>, ctx: QuestionContext): void {
  const { issues } = ctx;
  if ('options' in q) ctx.ids.scope(q.options.map((o, i) => [o.id, [...path, 'options', i, 'id']]));
  switch (q.type) {
    case 'ambition': {
      const target = siblings.get(q.relativeTo);
      if (!target || target.type !== 'stage') {
        const stageQuestions = () => [...siblings.values()].filter((s) => s.type === 'stage').map((s) => s.id);
        issues.pushUnknown(issue('instrument.unknown-stage-question', [...path, 'relativeTo'], { question: q.relativeTo, known: knownList(stageQuestions()) }), q.relativeTo, stageQuestions);
      }
      q.options.forEach((o, i) => {
        if (o.stage !== undefined && !ctx.stageIds.has(o.stage)) {
          issues.pushUnknown(issue('instrument.unknown-stage', [...path, 'options', i, 'stage'], { stage: o.stage, known: knownList(ctx.stageIds) }), o.stage, () => ctx.stageIds);
        }
      });
      if (q.options.filter((o) => o.stage === undefined).length > 1) {
        issues.push(issue('instrument.several-keep-options', [...path, 'options'], {}, 'warning'));
      }
      break;
    }
    case 'multiple-choice':
      q.options.forEach((o, i) => {
        if (o.exclusive && o.other) issues.push(issue('instrument.exclusive-other-option', [...path, 'options', i], { option: o.id }));
      });
      checkLimits(q.min, q.max, path, issues);
      if (q.min !== undefined && q.min > q.options.length) {
        issues.push(issue('instrument.min-above-max', [...path, 'min'], { min: q.min, max: q.options.length }));
      }
      break;
    case 'block-pick':
    case 'block-ranking':
      checkLimits(q.min, q.max, path, issues);
      if ((q.min ?? 0) > ctx.blockCount) {
        issues.push(issue('instrument.limit-above-block-count', [...path, 'min'], { limit: q.min ?? 0, blocks: ctx.blockCount }));
      }
      if (q.max > ctx.blockCount) {
        issues.push(issue('instrument.limit-above-block-count', [...path, 'max'], { limit: q.max, blocks: ctx.blockCount }, 'warning'));
      }
      break;
    default:
      break;
  }
}

function checkLimits(min: number | undefined, max: number | undefined, path: IssuePath, issues: IssueCollector): void {
  if (min !== undefined && max !== undefined && min > max) issues.push(issue('instrument.min-above-max', [...path, 'min'], { min, max }));
}

/** Reports every id used twice within one scope, pointing at the second use and naming the first. */
class DuplicateFinder {
  constructor(private readonly issues: IssueCollector) {}

  scope(entries: Array<[string, IssuePath]>): void {
    const first = new Map<string, IssuePath>();
    for (const [id, path] of entries) {
      const seen = first.get(id);
      if (seen) this.issues.push(issue('instrument.duplicate-id', path, { id, firstPath: formatPath(seen) }));
      else first.set(id, path);
    }
  }
}

