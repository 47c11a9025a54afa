import { format } from '../i18n/strings.js';
import { RoundBackendError } from '../rounds/round-backend.js';
import { voteStrings } from './vote.strings.js';

/** No answer from the server at all (as opposed to an answer that says no). */
export function isConnectionLoss(error: unknown): boolean {
  return !(error instanceof RoundBackendError) || error.status === 0;
}

/** What the join form says when joining did not work: the protocol's refusals in plain words. */
export function joinMessage(error: unknown, lang: string): string {
  const t = voteStrings(lang);
  if (error instanceof RoundBackendError) {
    if (error.status === 404) return t.roundNotFound;
    if (error.status === 429) return t.tooManyTries;
    if (isConnectionLoss(error)) return t.unreachable;
    return format(t.failed, { message: error.message });
  }
  return format(t.failed, { message: error instanceof Error ? error.message : String(error) });
}
