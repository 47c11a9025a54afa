import type { Response as ScanResponse } from '@poolster/schema';
import type { SubmissionResult } from './submission-controller.js';

type FetchResponse = Awaited<ReturnType<typeof fetch>>;

const TIMEOUT = Symbol('timeout');

/** Reads a body as JSON; undefined when there is none or it is not JSON. */
export async function readJson(res: FetchResponse): Promise<unknown> {
  try {
    const text = await res.text();
    if (text.trim() === '') return undefined;
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POSTs a finished response as JSON, its id as the `Idempotency-Key` (a re-sent response is answered
 * with a 2xx, not stored twice). Never throws; gives up after `timeoutMs` (reason 'timeout').
 */
export async function postResponse(
  fetchFn: typeof fetch,
  url: string,
  response: ScanResponse,
  options: { timeoutMs: number; lang?: string },
): Promise<SubmissionResult> {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Resolves (never rejects) when time is up, so a fetch that ignores the abort cannot hang the submission.
  const timeUp = new Promise<typeof TIMEOUT>((resolve) => {
    if (Number.isFinite(options.timeoutMs) && options.timeoutMs >= 0) {
      timer = setTimeout(() => {
        abort.abort();
        resolve(TIMEOUT);
      }, options.timeoutMs);
    }
  });
  try {
    const res = await Promise.race([
      fetchFn(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': response.id,
          ...(options.lang ? { 'Accept-Language': options.lang } : {}),
        },
        body: JSON.stringify(response),
        credentials: 'same-origin',
        mode: 'cors',
        signal: abort.signal,
      }),
      timeUp,
    ]);
    if (res === TIMEOUT) return { ok: false, reason: 'timeout' };
    // The status is known: a body that does not arrive in time cannot undo a success.
    const read = await Promise.race([readJson(res), timeUp]);
    const body = read === TIMEOUT ? undefined : read;
    const withBody = body === undefined ? {} : { body };
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, ...withBody };
    return { ok: false, reason: 'http', status: res.status, ...withBody };
  } catch {
    return { ok: false, reason: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
