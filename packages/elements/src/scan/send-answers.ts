import type { Response } from '@poolster/schema';
import type { ReactiveControllerHost } from 'lit';
import { loadServerDrafts } from '../controllers/lazy-draft-sync.js';
import { SubmissionController, type SubmissionResult } from '../controllers/submission-controller.js';
import type { DraftBackend } from '../drafts/draft-backend.js';
import { uiLanguage } from '../i18n/strings.js';
import type { SummaryError } from '../error-summary/error-summary.js';
import { fire } from '../shared/events.js';
import { refusalSummary, submitFailure } from './refusal-summary.js';
import type { Refusal } from './refusals.js';
import type { ScanErrorDetail, ScanSubmitDetail, ScanSubmittedDetail } from './scan-events.js';
import { scanStrings } from './scan.strings.js';
import type { ScanContext } from './views/context.js';

/** What sending needs from the scan, and what it tells it. */
export interface SendAnswersHost {
  element: HTMLElement & ReactiveControllerHost;
  lang: string;
  /**
   * How the answers travel: a portal's backend with `send`, else `action`; neither: the host sends them itself,
   * after `poolster-submit`. Read when sending, so that a `poolster-submit` listener may still set them.
   */
  backend(): DraftBackend | undefined;
  action(): string;
  /** The server's drafts: quiet while sending, dropped once sent. */
  sync: { settle(): Promise<void>; forget(): void };
  autosave: { clear(): void };
  context(): ScanContext;
  started(): void;
  sending(on: boolean): void;
  failed(problem: string, refusals: Refusal[], summary: SummaryError[]): void;
  sent(submitted: Response): void;
}

/** Each scan's sending, made at its first (it keeps one sending per click, submission-controller.ts). */
const submissions = new WeakMap<HTMLElement, SubmissionController>();

/** How `submitted` travels, or undefined when the host sends it itself. */
function sending(host: SendAnswersHost, submitted: Response): (() => Promise<SubmissionResult>) | undefined {
  const [backend, lang] = [host.backend(), uiLanguage(host.lang)];
  if (backend?.send) return () => backend.send!(submitted, { lang });
  // Sending to `action` takes the HTTP backend, a file of its own in the drop-in: a failed load is a failed sending (answers kept, "try again").
  if (host.action()) return async () => new (await loadServerDrafts()).HttpDraftBackend({ draftUrl: '', action: host.action() }).send(submitted, { lang });
  return undefined;
}

/**
 * Sends valid answers: `poolster-submit` first (cancelable: the host may send them itself), then the
 * backend or `action`, once per click; a failure keeps every answer, says why, and lists what a server
 * refused at its fields; a success drops the drafts and fires `poolster-submitted`.
 */
export async function sendAnswers(draft: Response, host: SendAnswersHost): Promise<void> {
  const now = new Date().toISOString();
  const submitted: Response = { ...draft, status: 'submitted', submittedAt: now, updatedAt: now };
  if (!fire<ScanSubmitDetail>(host.element, 'poolster-submit', { response: submitted }, { cancelable: true })) return;
  host.started();
  let result: SubmissionResult | undefined;
  const send = sending(host, submitted);
  if (send) {
    host.sending(true);
    await host.sync.settle();
    let submission = submissions.get(host.element);
    if (!submission) submissions.set(host.element, (submission = new SubmissionController(host.element)));
    result = await submission.submitWith(send);
    host.sending(false);
    if (!result.ok) {
      const { problem, refusals } = submitFailure(scanStrings(host.lang), result);
      host.failed(problem, refusals, refusalSummary(refusals, host.context()));
      fire<ScanErrorDetail>(host.element, 'poolster-error', { kind: 'submit', message: problem, issues: [], ...(refusals.length ? { refusals } : {}) });
      return;
    }
  }
  host.sync.forget();
  host.autosave.clear();
  host.sent(submitted);
  fire<ScanSubmittedDetail>(host.element, 'poolster-submitted', { response: submitted, ...(result?.ok ? { status: result.status, body: result.body } : {}) });
}
