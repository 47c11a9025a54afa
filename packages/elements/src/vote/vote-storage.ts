import type { BallotPlacement, ParticipantRound } from '@poolster/schema';
import { asParticipantRound, asPlacements } from '../rounds/participant-round-check.js';

/** What this device keeps of one round: the token, the participant's own placements, the round as last seen. */
export interface StoredVote {
  token: string;
  placements: Record<string, BallotPlacement>;
  /** So a reload without a connection can still show the blocks and keep the choices. */
  round?: ParticipantRound;
}

const PREFIX = 'poolster-vote:';
/** The code of the round joined last, so a reload of a page without a code finds its round again. */
const LAST = 'poolster-vote';

/** "k7p3-qx " → "K7P3QX": codes are typed in any case, with spaces or dashes. */
export const normaliseCode = (code: string): string => code.replace(/[\s-]+/g, '').toUpperCase();

/**
 * The device's copy of a participant's ballot, per round code, in localStorage. Storage that is not
 * there or refuses (private modes, full quota, a sandboxed frame) is not an error: the round then works
 * as long as the page is open.
 */
export const voteStorage = {
  read(code: string): StoredVote | undefined {
    const value = parse(safely(() => localStorage.getItem(PREFIX + normaliseCode(code))));
    if (!isRecord(value) || typeof value['token'] !== 'string' || value['token'] === '') return undefined;
    const placements = asPlacements(value['placements']) ?? {};
    const round = asParticipantRound(value['round']);
    return { token: value['token'], placements, ...(round ? { round } : {}) };
  },

  write(code: string, vote: StoredVote): void {
    safely(() => {
      localStorage.setItem(PREFIX + normaliseCode(code), JSON.stringify(vote));
      localStorage.setItem(LAST, normaliseCode(code));
    });
  },

  /** Forgets a round (it was closed: its ballots are gone on the server too). */
  remove(code: string): void {
    safely(() => {
      localStorage.removeItem(PREFIX + normaliseCode(code));
      if (localStorage.getItem(LAST) === normaliseCode(code)) localStorage.removeItem(LAST);
    });
  },

  /** The code of the round this device joined last, if it still keeps it. */
  lastCode(): string | undefined {
    const code = safely(() => localStorage.getItem(LAST));
    return code && this.read(code) ? code : undefined;
  },
};

function safely<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

function parse(text: string | null | undefined): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
