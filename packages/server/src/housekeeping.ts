import type { ResponseStore } from './store/store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface HousekeepingOptions {
  store: ResponseStore;
  /** The clock (tests move it instead of waiting). */
  now: () => Date;
  /** Audit entries older than this many days are removed. */
  auditRetentionDays: number;
  /** Drafts not saved for this many days are removed (once the store keeps drafts). */
  draftRetentionDays: number;
  /** How often the job runs after its first run at start. */
  intervalMs: number;
  log: { info(details: object, message: string): void; error(details: object, message: string): void };
}

export interface Housekeeping {
  /** Runs the job now (after a run in progress, if any): how many entries it removed. */
  runNow(): Promise<{ auditEntries: number; drafts: number }>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Removes what the network keeps no longer than it must (GDPR storage limitation): audit entries past
 * their retention, and drafts past theirs. Runs once at start, then every `intervalMs`; one run at a
 * time; a failing run (the database down) is logged and the next one tries again.
 */
export function startHousekeeping(options: HousekeepingOptions): Housekeeping {
  const { store, now, log } = options;
  let running: Promise<{ auditEntries: number; drafts: number }> = Promise.resolve({ auditEntries: 0, drafts: 0 });
  let stopped = false;

  const once = async () => {
    const at = now().getTime();
    const auditEntries = await store.audit.deleteBefore(new Date(at - options.auditRetentionDays * DAY_MS));
    // Drafts: when the store keeps drafts, remove those last saved before the draft retention here,
    // with `store.drafts.deleteDraftsSavedBefore(new Date(at - options.draftRetentionDays * DAY_MS))`.
    const drafts = 0;
    if (auditEntries > 0 || drafts > 0) log.info({ auditEntries, drafts }, 'housekeeping: expired entries removed');
    return { auditEntries, drafts };
  };
  const runNow = () => {
    running = running.catch(() => ({ auditEntries: 0, drafts: 0 })).then(once);
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
