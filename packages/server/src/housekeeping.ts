import type { ResponseStore } from './store/store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the job needs of team rounds: closing those left open (their ballots deleted) and telling their live streams. */
export interface RoundExpiry {
  /** Closes the rounds opened before `date`; how many. */
  closeRoundsOpenedBefore(date: Date): Promise<number>;
}

/** What the job needs of a store part that keeps drafts. */
export interface DraftExpiry {
  /** Removes the drafts last saved before `date`; how many. */
  deleteDraftsSavedBefore(date: Date): Promise<number>;
}

export interface HousekeepingOptions {
  store: ResponseStore;
  /** The clock (tests move it instead of waiting). */
  now: () => Date;
  /** Audit entries older than this many days are removed. */
  auditRetentionDays: number;
  /** Drafts not saved for this many days are removed. */
  draftRetentionDays: number;
  /** The store's drafts, once it keeps them (server.ts passes `store.drafts` then); without it, no drafts are removed. */
  drafts?: DraftExpiry;
  /** Team rounds open for this many days are closed (their ballots deleted). */
  roundMaxDays?: number;
  /** Team rounds (server.ts passes the store's, with the live streams told); without it, no round is closed. */
  rounds?: RoundExpiry;
  /** How often the job runs after its first run at start. */
  intervalMs: number;
  log: { info(details: object, message: string): void; error(details: object, message: string): void };
}

/** What one run removed: audit entries and drafts past their retention, rounds closed. */
export interface HousekeepingRun {
  auditEntries: number;
  drafts: number;
  rounds: number;
}

export interface Housekeeping {
  /** Runs the job now (after a run in progress, if any): how many entries it removed. */
  runNow(): Promise<HousekeepingRun>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Removes what the network keeps no longer than it must (GDPR storage limitation): audit entries past
 * their retention, drafts past theirs, and the ballots of team rounds left open (the rounds are closed). Runs once at start, then every `intervalMs`; one run at a
 * time; a failing run (the database down) is logged and the next one tries again.
 */
export function startHousekeeping(options: HousekeepingOptions): Housekeeping {
  const { store, now, log } = options;
  const nothing: HousekeepingRun = { auditEntries: 0, drafts: 0, rounds: 0 };
  let running: Promise<HousekeepingRun> = Promise.resolve(nothing);
  let stopped = false;

  const once = async (at: number) => {
    const auditEntries = await store.audit.deleteBefore(new Date(at - options.auditRetentionDays * DAY_MS));
    const drafts = options.drafts ? await options.drafts.deleteDraftsSavedBefore(new Date(at - options.draftRetentionDays * DAY_MS)) : 0;
    const rounds = options.rounds ? await options.rounds.closeRoundsOpenedBefore(new Date(at - (options.roundMaxDays ?? 14) * DAY_MS)) : 0;
    if (auditEntries > 0 || drafts > 0 || rounds > 0) log.info({ auditEntries, drafts, rounds }, 'housekeeping: expired entries removed');
    return { auditEntries, drafts, rounds };
  };
  const runNow = () => {
    // The clock is read when the run is asked for, not when the previous run lets it start.
    const at = now().getTime();
    running = running.catch(() => nothing).then(() => once(at));
    return running;
  };
  const scheduled = () => {
    if (stopped) return;
    runNow().catch((error: unknown) => log.error({ err: error }, 'housekeeping failed; it runs again later'));
  };

  scheduled();
  const timer = setInterval(scheduled, options.intervalMs);
  // The job never keeps the process alive by itself.
  timer.unref();
  return {
    runNow,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
