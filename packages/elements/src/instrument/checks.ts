import {
  checkWellFormedInstrumentErrors,
  validateWellFormedResponse,
  type Instrument,
  type InstrumentValidation,
  type Issue,
  type ResponseValidationOptions,
} from '@poolster/schema';
import { loadOnce } from '../shared/load-once.js';

/**
 * How the scan checks its instrument and its responses without zod on the way to the first block.
 *
 * Instruments are checked in full ahead of time (`poolster validate`, and the server at start-up). In the
 * browser, the schema's quick checks (`checkWellFormedInstrumentErrors`, `validateWellFormedResponse`: a zod-free
 * structure check, then the checks of meaning) give exactly the errors the full checks give whenever they
 * answer (tests hold them to that). Only when they cannot answer (a broken instrument, a draft with a text over the
 * schema's limit, an explicit `undefined` from a host) is zod needed, to say what is wrong: then the full
 * checks are loaded, once, from a file of their own (full-checks.ts). Loading them at every start would cost
 * every scan page zod's bytes for answers the quick checks already give.
 */
type FullChecks = typeof import('./full-checks.js');

/** The full checks; a failed load (a network error) is tried again at the next need. */
export const loadFullChecks = loadOnce<FullChecks>(() => import('./full-checks.js'));

/**
 * An instrument's check: at once when the quick check answers, else once the full checks are loaded. The scan
 * keeps only the errors (what keeps it from drawing the instrument), so the quick check leaves out the checks
 * that only warn about languages; `poolster validate` and the server's start say those to the author.
 */
export function checkInstrumentData(data: unknown): InstrumentValidation | Promise<InstrumentValidation> {
  const quick = checkWellFormedInstrumentErrors(data);
  if (quick) return quick;
  const full = loadFullChecks.loaded();
  if (full) return full.checkInstrument(data);
  return loadFullChecks().then((checks) => checks.checkInstrument(data));
}

/** A response's issues now, or undefined when only the full checks, not loaded yet, can say. */
export function responseIssuesNow(instrument: Instrument, data: unknown, options: ResponseValidationOptions = {}): Issue[] | undefined {
  return validateWellFormedResponse(instrument, data, options) ?? loadFullChecks.loaded()?.validateResponse(instrument, data, options);
}

/** A response's issues: at once when possible, else once the full checks are loaded. */
export function responseIssues(instrument: Instrument, data: unknown, options: ResponseValidationOptions = {}): Issue[] | Promise<Issue[]> {
  return responseIssuesNow(instrument, data, options) ?? loadFullChecks().then((checks) => checks.validateResponse(instrument, data, options));
}

/** Calls `then` with a value that may still be coming: at once when it is there, so nothing waits a turn. */
export function whenReady<T, R>(value: T | Promise<T>, then: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(then) : then(value);
}
