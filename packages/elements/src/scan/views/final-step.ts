import { html, type TemplateResult } from 'lit';
import type { ScanContext } from './context.js';
import { question } from './question.js';

/** The questions across all blocks (inspiring practices, priorities). */
export function finalStep(ctx: ScanContext): TemplateResult {
  return html`${ctx.instrument.finalQuestions.map((q) => question(ctx, q, { scope: 'final', questionId: q.id }))}`;
}
