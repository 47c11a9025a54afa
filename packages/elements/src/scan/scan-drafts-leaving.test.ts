import { expect } from '@open-wc/testing';
import type { Instrument, Response as ScanResponse } from '@poolster/schema';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import { FakeDraftServer } from '../drafts/fake-draft-server.test-helpers.js';
import { installFakeTimers, type FakeTimers } from '../shared/fake-timers.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { centreOf, clearDrafts, goInstrument, heading, leavePage, mountScan, remoteDraftOf, settle, storedDraft, storeDeviceDraft, syncStatus, typeInto } from './scan.test-helpers.js';


/** The device's draft as a laptop leaves it when it closed before the server's answer came back. */
function closedLaptop(instrument: Instrument, draftKey: string, response: ScanResponse, notes: { basedOn: string; sending: string; step?: string }): void {
  storeDeviceDraft(instrument, draftKey, { savedAt: '2026-12-05T10:00:05Z', response, unsent: true, ...notes });
}

/**
 * A team that leaves the scan (closes the laptop, switches to another window, or a portal shows another view)
 * right after a change: the change reaches the server at once, not after the sync's pause, and the laptop's
 * next start treats the draft it sent as its own.
 */
describe('poolster-scan: drafts when the team leaves', () => {
  let server: FakeDraftServer | undefined;
  let clock: FakeTimers | undefined;
  let instrument: Instrument;
  before(async () => {
    instrument = await goInstrument();
  });
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
    server?.restore();
    server = undefined;
    clearDrafts();
  });

  /** A scan that opened the server's draft (so its sync has started) and then got a change. */
  async function changed(): Promise<PoolsterScan> {
    server = new FakeDraftServer();
    server.seed(remoteDraftOf(instrument, 'CLB West', { savedAt: '2026-12-05T09:00:00Z' }));
    const el = await mountScan(instrument, { draftUrl: server.url });
    await waitFor(async () => (await settle(el), syncStatus(el) === 'Opgeslagen op de server.'));
    // The sync's pause never ends: whatever reaches the server was sent because the team left.
    clock = installFakeTimers();
    await typeInto(el, 'context/centre-name', 'CLB Oost');
    expect(server.puts, 'nothing sent during the pause').to.have.length(0);
    return el;
  }

  it('closing the page sends the change at once, in a request that outlives the page', async () => {
    const el = await changed();
    leavePage();
    await waitFor(() => server!.puts.length === 1);
    expect(server!.puts[0]).to.include({ ifMatch: '"v1"', status: 200, keepalive: true });
    expect(centreOf(server!.draft?.response)).to.equal('CLB Oost');
    // The answer came back (the page stayed): the device's draft knows the version and has nothing unsent.
    await waitFor(() => storedDraft(el)?.basedOn === server!.etag);
    expect(storedDraft(el)).to.deep.include({ unsent: false });
    expect(storedDraft(el)).not.to.have.property('sending');
  });

  it('taking the scan out of the page sends the change at once', async () => {
    const el = await changed();
    el.remove();
    await waitFor(() => server!.puts.length === 1);
    expect(centreOf(server!.draft?.response)).to.equal('CLB Oost');
  });

  it('every save is made to outlive the page, so one in flight when the laptop closes still arrives', async () => {
    await changed();
    clock!.tick(400);
    await waitFor(() => server!.puts.length === 1);
    expect(server!.puts[0]).to.include({ ifMatch: '"v1"', status: 200, keepalive: true });
  });

  it('a save that gets no answer leaves the device’s draft noting what it sent, and the change as unsent', async () => {
    const el = await changed();
    server!.down = true;
    leavePage();
    await waitFor(async () => (await settle(el), storedDraft(el)?.sending !== undefined));
    const stored = storedDraft(el)!;
    expect(stored.unsent).to.equal(true);
    expect(Number.isNaN(Date.parse(stored.sending!)), 'the sent draft’s savedAt').to.equal(false);
    expect(centreOf(stored.response)).to.equal('CLB Oost');
    el.remove(); // while the network is still gone: its last try fails too, and nothing is sent after the test
  });

  it('at the next start, the draft the laptop sent before it closed is its own: the changes after it go on top, no conflict', async () => {
    server = new FakeDraftServer();
    server.seed(remoteDraftOf(instrument, 'CLB v1', { savedAt: '2026-12-05T09:00:00Z' }));
    // The laptop's last save reached the server (now "v2"), but the laptop closed before the answer came.
    const sentAt = '2026-12-05T10:00:00.000Z';
    server.seed(remoteDraftOf(instrument, 'CLB verstuurd', { savedAt: sentAt, step: 'block:prevention' }));
    const later = { ...remoteDraftOf(instrument, 'CLB verstuurd, daarna nog gewijzigd', { savedAt: sentAt }).response };
    closedLaptop(instrument, 'closed-early', later, { basedOn: '"v1"', sending: sentAt, step: 'block:prevention' });
    const el = await mountScan(instrument, { draftUrl: server.url, draftKey: 'closed-early' });
    await waitFor(() => server!.puts.length === 1);
    expect(server.puts[0]).to.include({ ifMatch: '"v2"', status: 200 });
    expect(centreOf(server.draft?.response)).to.equal('CLB verstuurd, daarna nog gewijzigd');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.sync-conflict'), 'no conflict').to.equal(null);
    expect(centreOf(el.value)).to.equal('CLB verstuurd, daarna nog gewijzigd');
  });

  it('at the next start, a server draft with the very answers the laptop kept unsent opens as usual, with nothing to send', async () => {
    server = new FakeDraftServer();
    server.seed(remoteDraftOf(instrument, 'CLB v1', { savedAt: '2026-12-05T09:00:00Z' }));
    const arrived = remoteDraftOf(instrument, 'CLB aangekomen', { savedAt: '2026-12-05T10:00:00.000Z', step: 'block:prevention' });
    server.seed(arrived);
    // A copy with its keys in another order, as a database that stores JSON its own way gives it back.
    const reordered = Object.fromEntries(Object.entries(arrived.response).reverse()) as unknown as ScanResponse;
    closedLaptop(instrument, 'same-answers', reordered, { basedOn: '"v1"', sending: 'a save the server never got' });
    const el = await mountScan(instrument, { draftUrl: server.url, draftKey: 'same-answers' });
    await waitFor(async () => (await settle(el), heading(el) === '4.3 Preventie'));
    expect(el.shadowRoot!.querySelector('.sync-conflict'), 'no conflict').to.equal(null);
    expect(server.puts, 'nothing to send').to.have.length(0);
    expect(centreOf(el.value)).to.equal('CLB aangekomen');
  });

  it('another device’s draft since the laptop’s last save is still a conflict the team settles', async () => {
    server = new FakeDraftServer();
    server.seed(remoteDraftOf(instrument, 'CLB v1', { savedAt: '2026-12-05T09:00:00Z' }));
    server.seed(remoteDraftOf(instrument, 'CLB van het andere toestel', { savedAt: '2026-12-05T10:30:00.000Z' }));
    const mine = remoteDraftOf(instrument, 'CLB van deze laptop', { savedAt: '2026-12-05T10:00:00.000Z' }).response;
    closedLaptop(instrument, 'other-device', mine, { basedOn: '"v1"', sending: '2026-12-05T10:00:00.000Z' });
    const el = await mountScan(instrument, { draftUrl: server.url, draftKey: 'other-device' });
    await waitFor(async () => (await settle(el), el.shadowRoot!.querySelector('.sync-conflict') !== null));
    expect(server.puts).to.have.length(0);
    expect(centreOf(server.draft?.response)).to.equal('CLB van het andere toestel');
  });
});
