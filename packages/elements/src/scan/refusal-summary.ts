import { parseIssuePath, type IssuePath } from '@poolster/schema';
import type { SubmissionResult } from '../controllers/submission-controller.js';
import type { SummaryError } from '../error-summary/error-summary.js';
import { format } from '../i18n/strings.js';
import { fieldKeyOfIssue, summaryLinks } from './fields.js';
import { fieldRefusals, type Refusal } from './refusals.js';
import type { ScanStrings } from './scan.strings.js';
import type { ScanContext } from './views/context.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The refusals in a 400 body; none when the body has another shape. `fallback` words an issue the server left without a message. */
export function refusalsOf(body: unknown, fallback: string): Refusal[] {
  if (!isRecord(body) || !Array.isArray(body['issues'])) return [];
  return body['issues'].filter(isRecord).map((item) => {
    const raw = item['path'];
    const path =
      typeof raw === 'string'
        ? (parseIssuePath(raw) ?? [])
        : Array.isArray(raw) && raw.every((k) => typeof k === 'string' || typeof k === 'number')
          ? (raw as IssuePath)
          : [];
    const message = typeof item['message'] === 'string' && item['message'].trim() !== '' ? item['message'] : fallback;
    return { code: typeof item['code'] === 'string' ? item['code'] : '', path, message };
  });
}

/** The error summary's links for the refused fields, each with its block and question. */
export function refusalSummary(refusals: readonly Refusal[], ctx: ScanContext): SummaryError[] {
  return summaryLinks(
    fieldRefusals(refusals).map((refusal) => ({ located: refusal, code: refusal.code, message: refusal.message })),
    ctx,
    true,
  );
}

/**
 * What the team reads when sending failed, and the answers the server refused. When the server named
 * fields, the message points at the error summary; messages about the response as a whole are added.
 */
export function submitFailure(t: ScanStrings, result: Extract<SubmissionResult, { ok: false }>): { problem: string; refusals: Refusal[] } {
  const refusals = result.status === 400 ? refusalsOf(result.body, t.refusedAnswer) : [];
  const general = refusals.filter((r) => fieldKeyOfIssue(r) === undefined).map((r) => r.message);
  if (fieldRefusals(refusals).length > 0) return { problem: [t.submitRefused, ...general].join(' '), refusals };
  const http =
    result.status === 409
      ? t.reasonConflict
      : general.length > 0
        ? format(t.reasonServerSaid, { message: general.join(' ').replace(/[\s.!?]+$/u, '') })
        : format(t.reasonHttp, { status: result.status ?? '' });
  const reason = { offline: t.reasonOffline, timeout: t.reasonTimeout, network: t.reasonNetwork, http }[result.reason];
  return { problem: format(t.submitFailed, { reason }), refusals };
}
