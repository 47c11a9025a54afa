/** The housekeeping job on its own: the draft cut-off it passes on, one run at a time, and stopping. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startHousekeeping } from '../src/housekeeping.js';
import { openStore } from '../src/store/open-store.js';
import { tempDir } from './helpers.js';

const quiet = { info: () => undefined, error: () => undefined };

describe('housekeeping job', () => {
  it('asks the drafts part to remove what was last saved before the draft retention, by the injected clock', async (t) => {
    const store = await openStore({ dataDir: await tempDir() });
    t.after(() => store.close());
    const asked: string[] = [];
    const drafts = { deleteDraftsSavedBefore: async (date: Date) => (asked.push(date.toISOString()), 3) };
    let clock = new Date('2026-07-01T00:00:00.000Z');
    const job = startHousekeeping({ store, now: () => clock, auditRetentionDays: 365, draftRetentionDays: 180, intervalMs: 3_600_000, log: quiet, drafts });
    clock = new Date('2026-08-01T00:00:00.000Z');
    assert.deepEqual(await job.runNow(), { auditEntries: 0, drafts: 3, rounds: 0 });
    await job.stop();
    assert.deepEqual(asked, ['2026-01-02T00:00:00.000Z', '2026-02-02T00:00:00.000Z'], 'the run at start, then the one asked for');
  });

  it('keeps running after a failed run, and stop waits for the run in progress', async (t) => {
    const store = await openStore({ dataDir: await tempDir() });
    t.after(() => store.close());
    const errors: unknown[] = [];
    let fail = true;
    const drafts = {
      deleteDraftsSavedBefore: async () => {
        if (fail) throw new Error('drafts unavailable');
        return 0;
      },
    };
    const job = startHousekeeping({ store, now: () => new Date(), auditRetentionDays: 1, draftRetentionDays: 1, intervalMs: 3_600_000, log: { info: () => undefined, error: (e: unknown) => errors.push(e) }, drafts });
    await assert.rejects(job.runNow(), /drafts unavailable/);
    fail = false;
    assert.deepEqual(await job.runNow(), { auditEntries: 0, drafts: 0, rounds: 0 });
    await job.stop();
    assert.equal(errors.length, 1, 'the failed run at start was logged');
  });
});
