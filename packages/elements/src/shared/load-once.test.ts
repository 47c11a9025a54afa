import { expect } from '@open-wc/testing';
import { loadOnce } from './load-once.js';

/** A load that the test settles by hand, counting how often it was started. */
function controlledLoad() {
  const settle: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<string>((resolve, reject) => settle.push({ resolve, reject }));
  return { load, settle };
}

describe('loadOnce', () => {
  it('starts one load for every need while it loads, and none after', async () => {
    const { load, settle } = controlledLoad();
    const part = loadOnce(load);
    expect(part.loaded()).to.equal(undefined);
    const first = part();
    const second = part();
    expect(settle).to.have.length(1);
    settle[0]!.resolve('module');
    expect(await first).to.equal('module');
    expect(await second).to.equal('module');
    expect(part.loaded()).to.equal('module');
    expect(await part()).to.equal('module');
    expect(settle).to.have.length(1);
  });

  it('forgets a failed load: its waiters see the error, the next need loads again', async () => {
    const { load, settle } = controlledLoad();
    const part = loadOnce(load);
    const failing = part();
    settle[0]!.reject(new Error('offline'));
    let said = '';
    await failing.catch((error: Error) => (said = error.message));
    expect(said).to.equal('offline');
    expect(part.loaded()).to.equal(undefined);
    const again = part();
    expect(settle).to.have.length(2);
    settle[1]!.resolve('module');
    expect(await again).to.equal('module');
    expect(part.loaded()).to.equal('module');
  });
});
