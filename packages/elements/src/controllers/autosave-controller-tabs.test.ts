import { expect } from '@open-wc/testing';
import { installFakeTimers, type FakeTimers } from '../shared/fake-timers.test-helpers.js';
import { AutosaveController } from './autosave-controller.js';
import { Host, KEY, response, stored } from './autosave-controller.test-helpers.js';

/**
 * The same draft open in two tabs: a newer draft written by the other tab (a `storage` event) must never
 * be overwritten silently; the team chooses which one to keep.
 */
describe('AutosaveController: another tab', () => {
  const area = window.sessionStorage;
  const draft = (savedAt: string, text = 'theirs') =>
    JSON.stringify({ format: 'poolster-draft', version: 1, savedAt, response: response(text) });
  const storageEvent = (key: string, newValue: string | null, storageArea: Storage = area) =>
    window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea }));
  let host: Host;
  /** Time moves only when a test says so. */
  let clock: FakeTimers;
  let c: AutosaveController;

  beforeEach(() => {
    host = new Host();
    clock = installFakeTimers();
    c = new AutosaveController(host, { storage: () => area, delay: 20, now: () => new Date('2025-02-02T10:00:00.000Z') });
    host.connect();
    c.key = KEY;
    c.schedule(response('ours'));
    c.flush();
  });
  afterEach(() => {
    area.removeItem(KEY);
    host.disconnect();
    clock.uninstall();
  });

  it('a newer draft for our key sets conflict and requests an update', () => {
    const before = host.updates;
    storageEvent(KEY, draft('2025-02-02T10:05:00.000Z'));
    expect(c.conflict).to.deep.equal({ savedAt: '2025-02-02T10:05:00.000Z' });
    expect(host.updates).to.equal(before + 1);
  });

  it('ignores older or equal drafts, other keys, other storage areas, removals and junk', () => {
    storageEvent(KEY, draft('2025-02-02T09:59:00.000Z'));
    storageEvent(KEY, draft('2025-02-02T10:00:00.000Z'));
    storageEvent('poolster:draft:test-instrument:1:team-b', draft('2025-02-02T11:00:00.000Z'));
    storageEvent(KEY, draft('2025-02-02T11:00:00.000Z'), window.localStorage);
    storageEvent(KEY, null);
    storageEvent(KEY, '{oops');
    expect(c.conflict).to.equal(undefined);
  });

  it('during a conflict it does not overwrite the other tab’s draft', () => {
    area.setItem(KEY, draft('2025-02-02T10:05:00.000Z')); // what the other tab wrote
    storageEvent(KEY, draft('2025-02-02T10:05:00.000Z'));
    c.schedule(response('ours, later'));
    clock.runAll();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(area.getItem(KEY)).to.equal(draft('2025-02-02T10:05:00.000Z'));
    expect(c.hasPending).to.equal(true);
  });

  it('resolveConflict(ours) writes ours; resolveConflict() keeps theirs and resumes saving', () => {
    storageEvent(KEY, draft('2025-02-02T10:05:00.000Z'));
    c.resolveConflict(response('keep ours'));
    expect(c.conflict).to.equal(undefined);
    expect(stored(area).response.blocks['listening']?.['now']?.comment).to.equal('keep ours');

    area.setItem(KEY, draft('2025-02-02T10:10:00.000Z'));
    storageEvent(KEY, draft('2025-02-02T10:10:00.000Z'));
    c.schedule(response('stale'));
    c.resolveConflict();
    clock.runAll();
    expect(stored(area).response.blocks['listening']?.['now']?.comment).to.equal('theirs');
    c.schedule(response('new change'));
    clock.tick(20);
    expect(stored(area).response.blocks['listening']?.['now']?.comment).to.equal('new change');
  });
});
