import { fillPlaceholders, modelOf, type Issue } from '@poolster/schema';
import type { SummaryError } from '../error-summary/error-summary.js';
import { format, plural } from '../i18n/strings.js';
import { listOf } from '../i18n/list-of.js';
import { isCommentIssue, locationOfIssue, questionAt, targetOf, teamMessage } from './fields.js';
import { isStepOf, stepOfIssue, type StepId } from './steps.js';
import type { ScanContext } from './views/context.js';
import { blockHeading, shortLabel } from './views/overview.js';

/** A step that keeps the scan from being sent: which questions are unanswered, which need another answer. */
export interface IncompleteStep {
  step: StepId;
  /** What the team calls the step: "4.1 Behartiger van de leerling", "Inleiding". */
  label: string;
  /** The block's number ("4.1") in the short list; its title when it has none. Undefined for other steps. */
  blockShort?: string;
  /** Short labels of the questions still to answer (a comment's with its label: "Ambitie – Toelichting"). */
  unanswered: string[];
  /** The fields whose answer must change, each with why: "Welbewuste keuze – Toelichting – Te lang: …". */
  toFix: string[];
  /** The field the step's link leads to: the first one with a problem. */
  firstTarget: string;
  /** How many required questions the step has: when none of them is answered, the step is "not started". */
  required: number;
}

/**
 * The steps with errors, in the scan's order, each with its questions named by their short labels: what
 * the send step lists before the team tries, and what the error summary lists when they try anyway.
 */
export function incompleteSteps(issues: readonly Issue[], ctx: ScanContext): IncompleteStep[] {
  const { instrument, t } = ctx;
  const model = modelOf(instrument);
  const byStep = new Map<StepId, IncompleteStep>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const step = stepOfIssue(issue);
    const at = locationOfIssue(issue);
    const question = at ? questionAt(instrument, at) : undefined;
    if (!step || !at || !question) continue;
    const block = at.scope === 'block' ? model.blockById.get(at.blockId)?.block : undefined;
    let entry = byStep.get(step);
    if (!entry) {
      const label = block ? blockHeading(ctx, block) : step === 'intro' ? t.stepIntro : t.stepFinal;
      const questions = at.scope === 'block' ? instrument.blockQuestions : at.scope === 'context' ? instrument.contextQuestions : instrument.finalQuestions;
      const required = questions.filter((q) => q.required).length;
      entry = { step, label, unanswered: [], toFix: [], firstTarget: targetOf(issue), required, ...(block ? { blockShort: block.number ?? ctx.text(block.title) } : {}) };
      byStep.set(step, entry);
    }
    const comment = isCommentIssue(issue) && 'comment' in question ? question.comment : undefined;
    const name = `${shortLabel(ctx, question, block)}${comment ? ` – ${fillPlaceholders(ctx.text(comment.label), { block: ctx.blockName(block) })}` : ''}`;
    if (issue.code === 'answer.required') {
      if (!entry.unanswered.includes(name)) entry.unanswered.push(name);
    } else {
      // What is wrong matters here (too long, too many): the team cannot guess it from the name alone.
      const problem = `${name} – ${teamMessage(issue, instrument, ctx.uiLang, ctx.contentLang)}`;
      if (!entry.toFix.includes(problem)) entry.toFix.push(problem);
    }
  }
  const order = new Map(['intro', ...model.blocks.map(({ block }) => `block:${block.id}`), 'final'].map((s, i) => [s, i]));
  return [...byStep.values()].sort((a, b) => (order.get(a.step) ?? 0) - (order.get(b.step) ?? 0));
}

/** What is left to do on a step, after its name: "nog te beantwoorden: Huidig stadium en Ambitie". */
export function whatIsMissing(ctx: ScanContext, entry: IncompleteStep): string {
  const { t, uiLang } = ctx;
  // Listing all six questions of an untouched block says less than "not started".
  if (entry.required > 1 && entry.unanswered.length === entry.required && !entry.toFix.length) return t.missingNotStarted;
  return [
    entry.unanswered.length ? format(t.missingUnanswered, { questions: listOf(uiLang, entry.unanswered) }) : '',
    entry.toFix.length ? format(t.missingToFix, { questions: entry.toFix.join('; ') }) : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** "6 bouwstenen onvolledig: 4.1, 4.2, …" with the plural the language needs; empty when every block is complete. */
export function incompleteBlocksLine(ctx: ScanContext, steps: readonly IncompleteStep[]): string {
  const blocks = steps.flatMap((s) => (s.blockShort ? [s.blockShort] : []));
  if (!blocks.length) return '';
  return plural(ctx.t.blocksIncomplete, ctx.uiLang, { count: blocks.length, n: blocks.length, list: listOf(ctx.uiLang, blocks) });
}

/** The error summary of a send refused for missing answers: one link per step, saying what is missing there. */
export function incompleteSummary(steps: readonly IncompleteStep[], ctx: ScanContext): SummaryError[] {
  return steps.map((entry) => ({ target: entry.step, message: `${entry.label} – ${whatIsMissing(ctx, entry)}` }));
}

/** A summary link that names a whole step leads to the first field with a problem there; any other target is kept. */
export function fieldOfStepTarget(target: string, ctx: ScanContext, issues: readonly Issue[]): string {
  if (!isStepOf(ctx.instrument, target)) return target;
  return incompleteSteps(issues, ctx).find((s) => s.step === target)?.firstTarget ?? target;
}
