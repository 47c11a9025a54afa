import { Instrument } from './instrument.js';
import { formatPath, issue, type Issue, type IssuePath } from './issues.js';
import { fromZodIssues } from './structure.js';
import { walkTexts } from './texts.js';
import type { Question } from './questions.js';

export interface InstrumentValidation {
  issues: Issue[];
  /** The parsed instrument when its structure is sound (there may still be errors of meaning). */
  instrument?: Instrument;
}

/**
 * Checks an instrument: its structure (the JSON Schema, through zod) and then its meaning (unique ids,
 * references that resolve, stages described, limits that can be met, texts in the default language).
 * Never throws, whatever it is given.
 */
export function validateInstrument(data: unknown): Issue[] {
  return checkInstrument(data).issues;
}

export function checkInstrument(data: unknown): InstrumentValidation {
  const parsed = Instrument.safeParse(data, { reportInput: true });
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues) };
  return { issues: meaningIssues(parsed.data), instrument: parsed.data };
}

function meaningIssues(instrument: Instrument): Issue[] {
  const issues: Issue[] = [];
  const ids = new DuplicateFinder(issues);
  const stageIds = new Set(instrument.stages.map((s) => s.id));
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
    questions.forEach((q, i) => checkQuestion(q, [list, i], questions, { stageIds, blockCount, ids, issues }));
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
          if (!footnoteIds.has(id)) issues.push(issue('instrument.unknown-footnote', [...path, i], { footnote: id }));
        });
      }
      for (const stageId of Object.keys(block.stages)) {
        if (!stageIds.has(stageId)) issues.push(issue('instrument.unknown-stage', [...bp, 'stages', stageId], { stage: stageId }));
      }
      for (const stage of instrument.stages) {
        const description = block.stages[stage.id];
        if (!description || description.length === 0) {
          issues.push(issue('instrument.missing-stage-description', [...bp, 'stages'], { block: block.id, stage: stage.id }));
        }
      }
    }),
  );

  checkLanguages(instrument, issues);
  return issues;
}

interface QuestionContext {
  stageIds: Set<string>;
  blockCount: number;
  ids: DuplicateFinder;
  issues: Issue[];
}

function checkQuestion(q: Question, path: IssuePath, siblings: Question[], ctx: QuestionContext): void {
  const { issues } = ctx;
  if ('options' in q) ctx.ids.scope(q.options.map((o, i) => [o.id, [...path, 'options', i, 'id']]));
  switch (q.type) {
    case 'ambition': {
      const target = siblings.find((s) => s.id === q.relativeTo);
      if (!target || target.type !== 'stage') {
        issues.push(issue('instrument.unknown-stage-question', [...path, 'relativeTo'], { question: q.relativeTo }));
      }
      q.options.forEach((o, i) => {
        if (o.stage !== undefined && !ctx.stageIds.has(o.stage)) {
          issues.push(issue('instrument.unknown-stage', [...path, 'options', i, 'stage'], { stage: o.stage }));
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

function checkLimits(min: number | undefined, max: number | undefined, path: IssuePath, issues: Issue[]): void {
  if (min !== undefined && max !== undefined && min > max) issues.push(issue('instrument.min-above-max', [...path, 'min'], { min, max }));
}

function checkLanguages(instrument: Instrument, issues: Issue[]): void {
  const { defaultLanguage, languages } = instrument;
  if (!languages.includes(defaultLanguage)) {
    issues.push(issue('instrument.default-language-not-listed', ['defaultLanguage'], { language: defaultLanguage }));
  }
  walkTexts(instrument, (text, path, allowed) => {
    const values = typeof text === 'string' ? [text] : Object.values(text);
    if (typeof text !== 'string') {
      if (!(defaultLanguage in text)) issues.push(issue('instrument.missing-default-language', path, { language: defaultLanguage }));
      for (const lang of languages) {
        if (lang !== defaultLanguage && !(lang in text)) issues.push(issue('instrument.missing-translation', path, { language: lang }, 'warning'));
      }
    }
    for (const value of values) {
      for (const [, name] of value.matchAll(/\{([A-Za-z]+)\}/g)) {
        if (name !== undefined && !allowed.includes(name)) {
          issues.push(
            issue('instrument.unknown-placeholder', path, { placeholder: `{${name}}`, allowed: allowed.length ? allowed.map((a) => `{${a}}`) : ['none'] }, 'warning'),
          );
        }
      }
    }
  });
}

/** Reports every id used twice within one scope, pointing at the second use and naming the first. */
class DuplicateFinder {
  constructor(private readonly issues: Issue[]) {}

  scope(entries: Array<[string, IssuePath]>): void {
    const first = new Map<string, IssuePath>();
    for (const [id, path] of entries) {
      const seen = first.get(id);
      if (seen) this.issues.push(issue('instrument.duplicate-id', path, { id, firstPath: formatPath(seen) }));
      else first.set(id, path);
    }
  }
}

