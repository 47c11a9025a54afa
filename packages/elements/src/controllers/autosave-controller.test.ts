import { expect } from '@open-wc/testing';
import { installFakeTimers, type FakeTimers } from '../shared/fake-timers.test-helpers.js';
import { AutosaveController, CORRUPT_SUFFIX, type AutosaveOptions } from './autosave-controller.js';
import { FakeStorage, Host, KEY, response, stored } from './autosave-controller.test-helpers.js';

describe('AutosaveController', () => {
  let host: Host;
  let storage: FakeStorage;
  /** Time moves only when a test says so: the debounce (20 ms here) and the max-wait are exact. */
  let clock: FakeTimers;
  const make = (options: AutosaveOptions = {}) => {
    const c = new AutosaveController(host, { storage: () => storage, delay: 20, ...options });
    host.connect();
    return c;
  };

  beforeEach(() => {
    host = new Host();
    storage = new FakeStorage();
    clock = installFakeTimers();
  });
  afterEach(() => {
    host.disconnect();
    clock.uninstall();
  });

  it('registers with its host and starts idle', () => {
    const c = make();
    expect(host.controllers).to.deep.equal([c]);
    expect(c.status).to.equal('idle');
    expect(c.lastSavedAt).to.equal(undefined);
    expect(c.conflict).to.equal(undefined);
    expect(c.key).to.equal(undefined);
  });

  it('debounces: five changes 10 ms apart give one write of the last one, 20 ms after it', () => {
    const c = make();
    c.key = KEY;
    for (let i = 1; i <= 5; i++) {
      if (i > 1) clock.tick(10);
      c.schedule(response(`v${i}`));
    }
    clock.tick(19);
    expect(storage.writes).to.have.length(0);
    clock.tick(1);
    expect(storage.writes).to.have.length(1);
    expect(stored(storage).response.blocks['listening']?.['now']?.comment).to.equal('v5');
    expect(c.status).to.equal('saved');
    expect(c.hasPending).to.equal(false);
  });

  it('max-wait: with a change every 100 ms, each first unsaved change is written 1000 ms later', () => {
    const c = make({ delay: 400 });
    c.key = KEY;
    const comment = () => stored(storage).response.blocks['listening']?.['now']?.comment;
    c.schedule(response('v1')); // t = 0: the first unsaved change
    for (let i = 2; i <= 10; i++) {
      clock.tick(100);
      c.schedule(response(`v${i}`)); // the debounce (400 ms) keeps being postponed
    }
    clock.tick(99); // t = 999
    expect(storage.writes).to.have.length(0);
    clock.tick(1); // t = 1000
    expect(storage.writes).to.have.length(1);
    expect(comment()).to.equal('v10');

    c.schedule(response('v11')); // t = 1000: the next first unsaved change
    for (let i = 12; i <= 20; i++) {
      clock.tick(100);
      c.schedule(response(`v${i}`));
    }
    clock.tick(99); // t = 1999
    expect(storage.writes).to.have.length(1);
    clock.tick(1); // t = 2000
    expect(storage.writes).to.have.length(2);
    expect(comment()).to.equal('v20');
    clock.runAll();
    expect(storage.writes).to.have.length(2);
    expect(c.hasPending).to.equal(false);
  });

  it('stores the documented envelope with savedAt from the clock', async () => {
    const c = make({ now: () => new Date('2025-03-04T10:20:30.000Z') });
    c.key = KEY;
    c.schedule(response('a'));
    expect(c.flush()).to.equal(true);
    expect(stored(storage)).to.deep.equal({
      format: 'poolster-draft',
      version: 1,
      savedAt: '2025-03-04T10:20:30.000Z',
      response: response('a'),
    });
    expect(c.lastSavedAt?.toISOString()).to.equal('2025-03-04T10:20:30.000Z');
  });

  it('flush() writes at once, and does nothing when nothing is pending', () => {
    const c = make({ delay: 10000 });
    c.key = KEY;
    expect(c.flush()).to.equal(false);
    c.schedule(response('a'));
    expect(c.hasPending).to.equal(true);
    expect(c.flush()).to.equal(true);
    expect(c.flush()).to.equal(false);
    expect(storage.writes).to.have.length(1);
  });

  it('flushes on pagehide', () => {
    const c = make({ delay: 10000 });
    c.key = KEY;
    c.schedule(response('before leaving'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(storage.writes).to.have.length(1);
    expect(stored(storage).response.blocks['listening']?.['now']?.comment).to.equal('before leaving');
  });

  it('flushes when the page becomes hidden', () => {
    const c = make({ delay: 10000 });
    c.key = KEY;
    c.schedule(response('tab switch'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(storage.writes).to.have.length(1);
  });

  it('flushes when the host disconnects and then stops listening', () => {
    const c = make({ delay: 10000 });
    c.key = KEY;
    c.schedule(response('a'));
    host.disconnect();
    expect(storage.writes).to.have.length(1);
    c.schedule(response('b'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(storage.writes).to.have.length(1);
    c.flush();
    expect(storage.writes).to.have.length(2);
  });

  it('load() round-trips the response and its savedAt', () => {
    const c = make({ now: () => new Date('2025-05-06T07:08:09.000Z') });
    c.key = KEY;
    c.schedule(response('round trip'));
    c.flush();
    const other = new AutosaveController(new Host(), { storage: () => storage });
    other.key = KEY;
    expect(other.load()).to.deep.equal({ response: response('round trip'), savedAt: '2025-05-06T07:08:09.000Z' });
  });

  it('load() returns undefined when there is no draft or no key', () => {
    const c = make();
    expect(c.load()).to.equal(undefined);
    c.key = KEY;
    expect(c.load()).to.equal(undefined);
    expect(c.status).to.equal('idle');
  });

  it('a corrupt entry loads as undefined, sets status corrupt and stays in storage', () => {
    const c = make();
    for (const bad of ['{"format":"poolster-draft","version":1,"savedAt":"2025', '{"format":"other","version":1}', '[]']) {
      storage.map.set(KEY, bad);
      c.key = undefined;
      c.key = KEY;
      const before = host.updates;
      expect(c.load()).to.equal(undefined);
      expect(c.status).to.equal('corrupt');
      expect(host.updates).to.be.above(before);
      expect(storage.getItem(KEY)).to.equal(bad);
      expect(c.readRaw()).to.equal(bad);
    }
  });

  it('keeps a corrupt entry under <key>:corrupt before a new draft replaces it', () => {
    const c = make();
    storage.map.set(KEY, 'not json');
    c.key = KEY;
    c.load();
    c.schedule(response('fresh'));
    c.flush();
    expect(storage.getItem(KEY + CORRUPT_SUFFIX)).to.equal('not json');
    expect(stored(storage).response.blocks['listening']?.['now']?.comment).to.equal('fresh');
    expect(c.status).to.equal('saved');
  });

  it('storage() that throws or returns undefined → unavailable, no throw, response untouched', () => {
    for (const storageOption of [
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      () => undefined,
    ]) {
      const h = new Host();
      const c = new AutosaveController(h, { storage: storageOption, delay: 20 });
      c.key = KEY;
      const r = response('kept in memory');
      const copy = structuredClone(r);
      expect(() => c.schedule(r)).not.to.throw();
      expect(c.flush()).to.equal(false);
      expect(c.status).to.equal('unavailable');
      expect(c.load()).to.equal(undefined);
      expect(c.status).to.equal('unavailable');
      expect(r).to.deep.equal(copy);
      expect(c.hasPending).to.equal(true);
      expect(h.updates).to.be.above(0);
    }
  });

  it('setItem throwing a SecurityError → unavailable', () => {
    const c = make();
    c.key = KEY;
    storage.fail = new DOMException('denied', 'SecurityError');
    c.schedule(response('a'));
    expect(c.flush()).to.equal(false);
    expect(c.status).to.equal('unavailable');
  });

  it('quota exceeded → full; later schedules keep trying and recover to saved', () => {
    const c = make();
    c.key = KEY;
    storage.fail = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    c.schedule(response('a'));
    clock.tick(20);
    expect(c.status).to.equal('full');
    expect(c.lastSavedAt).to.equal(undefined);
    expect(c.hasPending).to.equal(true);
    c.schedule(response('b'));
    clock.tick(20);
    expect(c.status).to.equal('full');
    storage.fail = undefined;
    c.schedule(response('c'));
    clock.tick(20);
    expect(c.status).to.equal('saved');
    expect(c.lastSavedAt).to.be.instanceOf(Date);
    expect(stored(storage).response.blocks['listening']?.['now']?.comment).to.equal('c');
  });

  it('recognises the Firefox quota error by its code', () => {
    const c = make();
    c.key = KEY;
    storage.fail = new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED');
    c.schedule(response('a'));
    c.flush();
    expect(c.status).to.equal('full');
  });

  it('clear() removes the entry, drops pending work and returns to idle', () => {
    const c = make();
    c.key = KEY;
    c.schedule(response('a'));
    c.flush();
    storage.map.set('another-key', 'x');
    c.schedule(response('b'));
    expect(c.clear()).to.equal(true);
    expect(storage.getItem(KEY)).to.equal(null);
    expect(storage.getItem('another-key')).to.equal('x');
    expect(c.status).to.equal('idle');
    expect(c.lastSavedAt).to.equal(undefined);
    clock.runAll();
    expect(storage.getItem(KEY)).to.equal(null);
  });

  it('no key → no write', () => {
    const c = make();
    c.schedule(response('a'));
    expect(c.flush()).to.equal(false);
    clock.runAll();
    expect(storage.writes).to.have.length(0);
    expect(c.status).to.equal('idle');
  });

  it('changing the key writes what is pending under the old key first', () => {
    const c = make({ delay: 10000 });
    c.key = KEY;
    c.schedule(response('team a'));
    c.key = 'poolster:draft:test-instrument:1:team-b';
    expect(stored(storage).response.blocks['listening']?.['now']?.comment).to.equal('team a');
    expect(storage.getItem('poolster:draft:test-instrument:1:team-b')).to.equal(null);
    expect(c.status).to.equal('idle');
  });

  it('calls requestUpdate when status or lastSavedAt changes', () => {
    let t = Date.parse('2025-01-01T10:00:00.000Z');
    const c = make({ now: () => new Date((t += 1000)) });
    c.key = KEY;
    const before = host.updates;
    c.schedule(response('a'));
    c.flush();
    expect(host.updates).to.equal(before + 1);
    c.schedule(response('b'));
    c.flush();
    expect(host.updates).to.equal(before + 2);
  });

  it('uses window.localStorage by default', () => {
    const key = `poolster:test:${crypto.randomUUID()}`;
    const c = new AutosaveController(new Host());
    c.key = key;
    try {
      c.schedule(response('default storage'));
      c.flush();
      expect(c.status).to.equal('saved');
      expect(stored(window.localStorage, key).format).to.equal('poolster-draft');
    } finally {
      window.localStorage.removeItem(key);
    }
  });
});
