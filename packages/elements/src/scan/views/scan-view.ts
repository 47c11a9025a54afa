import { modelOf, type AnswerLocation, type Issue, type SetAsideAnswer } from '@poolster/schema';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { AutosaveStatus } from '../../controllers/autosave-controller.js';
import type { SummaryError } from '../../error-summary/error-summary.js';
import { format } from '../../i18n/strings.js';
import { tag } from '../../shared/tags.js';
import { endViews, isEndStep } from '../end-part.js';
import { blockIdOf, progressSteps, stepIds, type StepId } from '../steps.js';
import { blockStep } from './block-step.js';
import type { ScanContext } from './context.js';
import { finalStep } from './final-step.js';
import { introStep } from './intro-step.js';
import { notices } from './notices.js';
import { richText } from './rich-text.js';
import { tools } from './tools.js';

/** What the scan shows, as data, and what its buttons and links do. */
export interface ScanView {
  ctx: ScanContext;
  /** The element's `lang`, for the elements it draws. */
  lang: string;
  step: StepId;
  returnTo: StepId | undefined;
  readonly: boolean;
  notice: string;
  setAside: SetAsideAnswer[];
  storage: AutosaveStatus;
  /** A part of the scan did not load (end-part.ts, presentation-part.ts). */
  partFailed: boolean;
  summary: SummaryError[];
  problem: string;
  sending: boolean;
  confirmingRestart: boolean;
  savedAt: string | undefined;
  /** When the answers were sent (formatted): asked for on the confirmation only, as a date formatter is slow to build. */
  sentAt: () => string;
  reportHref: string;
  printHref: string;
  draftNotices: TemplateResult;
  draftStatus: TemplateResult | typeof nothing;
  presenter: { toggle(): void };
  /** The scan had an idle moment on the intro: the first block is drawn there, hidden (see stepContent). */
  ahead: boolean;
  /** The response's issues (computed when asked: only the send step lists them). */
  issues(): Issue[];
  on: {
    goTo(step: StepId): void;
    back(): void;
    next(): void;
    submit(): void;
    change(at: AnswerLocation): void;
    selectError(target: string): void;
    download(): void;
    downloadStored(): void;
    open(event: Event): void;
    askRestart(asking: boolean): void;
    restart(): void;
  };
}

/**
 * The scan as the team sees it: the progress navigation beside the current step, its notices, error summary,
 * buttons and tools; a read-only scan shows all answers, a sent one its confirmation. The last steps' views
 * come from their own file (end-part.ts): while it loads, those steps say so.
 */
export function scanView(v: ScanView): TemplateResult {
  const { ctx } = v;
  const { t, instrument } = ctx;
  const end = endViews();
  const frame = (content: TemplateResult) => html`<div class="scan" part="base" lang=${ctx.contentLang}>
    <p class="scan-title">${ctx.text(instrument.title)}</p>
    ${content}
  </div>`;
  if ((v.readonly || v.step === 'submitted') && !end) return frame(endStatus(v));
  if (v.readonly && end) return frame(html`<h2 class="step-heading" tabindex="-1">${t.readOnlyTitle}</h2> ${end.overview(ctx)}`);
  if (v.step === 'submitted' && end) {
    return frame(end.confirmation(ctx, { sentAt: v.sentAt(), reportHref: v.reportHref, printHref: v.printHref, onDownload: v.on.download }));
  }
  const steps = stepIds(instrument);
  return frame(html`<div class="layout">
    <${tag('progress-nav')}
      class="nav"
      part="nav"
      .steps=${ctx.stable('progress-nav/steps', progressSteps(ctx, steps))}
      .current=${v.step}
      .label=${t.progress}
      .lang=${v.lang}
      @poolster-navigate=${(e: CustomEvent<{ stepId: string }>) => v.on.goTo(e.detail.stepId as StepId)}
    ></${tag('progress-nav')}>
    <div class=${v.step === 'confirm' ? 'content overview' : 'content'} part="step">
      ${notices(t, { notice: v.notice, setAside: v.setAside, storage: v.storage, onDownloadStored: v.on.downloadStored })}
      ${v.partFailed ? html`<p class="notice warning" part="notice" role="alert">${t.partFailed}</p>` : nothing}
      ${v.draftNotices}
      ${v.summary.length
        ? html`<${tag('error-summary')}
            class="summary"
            .errors=${v.summary}
            .lang=${v.lang}
            @poolster-error-select=${(e: CustomEvent<{ target: string }>) => v.on.selectError(e.detail.target)}
          ></${tag('error-summary')}>`
        : nothing}
      ${stepContent(v)} ${actions(v, steps.indexOf(v.step))}
      ${tools(t, {
        savedAt: v.savedAt,
        confirmingRestart: v.confirmingRestart,
        onDownload: v.on.download,
        onOpen: v.on.open,
        onAskRestart: v.on.askRestart,
        onRestart: v.on.restart,
      })}
      ${v.draftStatus}
    </div>
  </div>`);
}

/** A last step whose part is still loading; when it failed, the alert above says so (the answers are kept either way). */
function endStatus(v: ScanView): TemplateResult {
  if (v.partFailed) return html`<p class="notice warning" part="notice" role="alert">${v.ctx.t.partFailed}</p>`;
  return html`<p class="loading" role="status">${v.ctx.t.loading}</p>`;
}

const heading = (text: string) => html`<h2 class="step-heading" tabindex="-1">${text}</h2>`;

/**
 * The step's content. A block sits in a box of its own; on the intro, once the scan had an idle moment, that
 * box already holds the first block, laid out but hidden (`.ahead`, scan.styles.ts). "Start" then only shows
 * it: the team sees block 1 at once instead of after drawing and laying it out, which took most of the press's
 * time (issue 18), and lit keeps the box's template from the one step to the other.
 */
function stepContent(v: ScanView): TemplateResult {
  const blockId = blockIdOf(v.step);
  const drawn = blockId ?? (v.ahead && v.step === 'intro' ? modelOf(v.ctx.instrument).blocks[0]?.block.id : undefined);
  return html`${blockId ? nothing : otherStep(v)}<div class=${blockId ? '' : 'ahead'}><div>${drawn ? blockContent(v, drawn, !blockId) : nothing}</div></div>`;
}

/** A block's step; drawn ahead, its heading is not yet the step's (`.step-heading`, which focus and tests find). */
function blockContent(v: ScanView, blockId: string, ahead: boolean): TemplateResult {
  const { ctx } = v;
  const model = modelOf(ctx.instrument);
  const { block, cluster, index } = model.blockById.get(blockId)!;
  return html`<p class="step-counter">${format(ctx.t.blockOf, { n: index + 1, total: model.blocks.length })}</p>
    <h2 class=${ahead ? '' : 'step-heading'} tabindex="-1">${block.number ? `${block.number} ` : ''}${ctx.text(block.title)}</h2>
    ${blockStep(ctx, block, cluster, v.presenter)}`;
}

/** The intro and the last steps. */
function otherStep(v: ScanView): TemplateResult {
  const { ctx } = v;
  const { t, instrument } = ctx;
  const end = endViews();
  if (isEndStep(v.step) && !end) return html`${heading(t.stepConfirm)} ${v.partFailed ? nothing : endStatus(v)}`;
  switch (v.step) {
    case 'final':
      return html`${heading(t.stepFinal)} ${finalStep(ctx)}`;
    case 'confirm':
      // The check of every answer, then the closing note and the warning right above the button that sends.
      return html`${heading(t.stepConfirm)}
        ${v.summary.length ? nothing : end!.missingPanel(ctx, end!.incompleteSteps(v.issues(), ctx), v.on.selectError)}
        <p>${t.overviewIntro}</p>
        ${end!.overview(ctx, v.on.change)} ${richText(ctx, instrument.closingNote)}
        <p class="warning"><strong>${t.confirmIntro}</strong></p>
        ${v.problem ? html`<p class="notice problem" part="notice" role="alert">${v.problem}</p>` : nothing}`;
    default:
      return html`${heading(ctx.text(instrument.title))} ${introStep(ctx)}`;
  }
}

function actions(v: ScanView, index: number): TemplateResult {
  const { t } = v.ctx;
  const back = index > 0 ? html`<button type="button" part="button" @click=${v.on.back}>${t.previous}</button>` : nothing;
  if (v.step === 'confirm') {
    if (!endViews()) return html`<div class="actions" part="actions">${back}</div>`;
    return html`<div class="actions" part="actions">
      ${back}
      <button type="button" part="button primary" class="primary" ?disabled=${v.sending} aria-disabled=${v.sending ? 'true' : 'false'} @click=${v.on.submit}>
        ${v.sending ? t.sending : v.problem ? t.retry : t.submit}
      </button>
    </div>`;
  }
  const forward = v.returnTo ? t.backToConfirm : v.step === 'intro' ? t.start : t.next;
  return html`<div class="actions" part="actions">
    ${back}<button type="button" part="button primary" class="primary" @click=${v.on.next}>${forward}</button>
  </div>`;
}
