import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Instrument, Response as ScanResponse } from '@poolster/schema';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import type { DraftBackend } from '../drafts/draft-backend.js';
import { FakeDraftServer } from '../drafts/fake-draft-server.test-helpers.js';
import type { RemoteDraft } from '../drafts/remote-draft.js';
import { installFakeTimers, type FakeTimers } from '../shared/fake-timers.test-helpers.js';
import { sampleGoResponse } from '../shared/stories.js';
import type { PoolsterScan } from './scan.js';
import { $, centreOf, clearDrafts, clickButton, focused, goInstrument, heading, leavePage, mountScan, remoteDraftOf, settle, storedDraft, storeDeviceDraft, stubApiFetch, syncStatus, typeInto } from './scan.test-helpers.js';


describe('poolster-scan: drafts that follow the team', () => {
  let server: FakeDraftServer | undefined;
  let clock: FakeTimers | undefined;
  let instrument: Instrument;
  before(async () => {
    instrument = await goInstrument();
  });
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
    // Every write the scan made carried a version condition (a write without one is answered 428).
    expect(server?.requests.filter((r) => r.status === 428) ?? []).to.have.length(0);
    server?.restore();
    server = undefined;
    clearDrafts();
  });

  it('on another laptop, opens the newer draft from the server on the step where it stopped, with a notice the team can dismiss', async () => {
    server = new FakeDraftServer();
    server.seed(remoteDraftOf(instrument, 'CLB Gent', { step: 'block:integral-policy' }));
    const el = await mountScan(instrument, { draftUrl: server.url });
    await waitFor(async () => (await settle(el), heading(el) === '6.1 Integraal beleid'));
    expect(centreOf(el.value)).to.equal('CLB Gent');
    expect($(el, '.continue-at').textContent).to.contain('Ga verder bij 6.1 Integraal beleid');
    expect(focused(el)).to.equal('div.notice.continue-at');
    await expect(el).to.be.accessible();
    expect(syncStatus(el)).to.equal('Opgeslagen op de server.');
    expect(server.puts, 'taking the server’s draft writes nothing back').to.have.length(0);

    leavePage();
    expect(storedDraft(el)).to.deep.include({ step: 'block:integral-policy', basedOn: server.etag, unsent: false });
    await clickButton(el, 'Melding sluiten');
    expect(el.shadowRoot!.querySelector('.continue-at') === null, 'the notice is closed').to.equal(true);
    expect(focused(el)).to.equal('h2.step-heading');
  });

  it('saves each change on the server, each write based on the version it replaces, with the step the team is on', async () => {
    server = new FakeDraftServer();
    const el = await mountScan(instrument, { draftUrl: server.url });
    await waitFor(() => server!.requests.length === 1);
    expect(server.requests[0]).to.include({ method: 'GET', status: 404 });
    clock = installFakeTimers();
    await typeInto(el, 'context/centre-name', 'CLB Oost');
    clock.tick(399);
    expect(server.puts).to.have.length(0);
    clock.tick(1);
    await waitFor(() => server!.puts.length === 1);
    expect(server.puts[0]).to.include({ ifNoneMatch: '*', ifMatch: null, status: 201 });
    expect(server.puts[0]!.body).to.include({ step: 'intro', format: 'poolster-draft', version: 1 });
    await clickButton(el, 'Beginnen');
    clock.tick(1000);
    await waitFor(() => server!.puts.length === 2);
    expect(server.puts[1]).to.include({ ifMatch: '"v1"', status: 200 });
    expect(server.puts[1]!.body!.step).to.equal('block:student-advocate');
    expect(centreOf(server.draft?.response)).to.equal('CLB Oost');
    await waitFor(async () => (await settle(el), syncStatus(el) === 'Opgeslagen op de server.'));
    expect($(el, '.sync-status').getAttribute('role')).to.equal('status');
  });

  it('the status line is a polite live region whose words change with the state, not with each keystroke', async () => {
    server = new FakeDraftServer();
    const el = await mountScan(instrument, { draftUrl: server.url });
    await typeInto(el, 'context/centre-name', 'C');
    await waitFor(async () => (await settle(el), syncStatus(el) === 'Opgeslagen op de server.'));
    const line = $(el, '.sync-status');
    expect(line.getAttribute('aria-live')).to.equal('polite');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(line.textContent ?? ''));
    observer.observe(line, { childList: true, characterData: true, subtree: true });
    for (const text of ['CL', 'CLB', 'CLB ', 'CLB G']) await typeInto(el, 'context/centre-name', text);
    await waitFor(() => centreOf(server!.draft?.response) === 'CLB G');
    await settle(el);
    observer.disconnect();
    expect(changes, 'nothing new to announce').to.deep.equal([]);
    expect($(el, '.sync-status') === line, 'the same status line, not a new one').to.equal(true);
  });

  it('a draft the server refuses (4xx) stays on the device, is said so, and is not sent again until the next change', async () => {
    const saves: Array<string | undefined> = [];
    const backend: DraftBackend = {
      load: async () => ({ ok: true }),
      save: async (_draft, basedOn) => (saves.push(basedOn), { ok: false, reason: 'http', status: 400 }),
      discard: async () => ({ ok: true }),
    };
    const el = await fixture<PoolsterScan>(html`<poolster-scan .backend=${backend} .instrument=${instrument} lang="nl" draft-key="refused"></poolster-scan>`);
    await settle(el);
    clock = installFakeTimers();
    await typeInto(el, 'context/centre-name', 'CLB Geweigerd');
    clock.tick(1000);
    await waitFor(async () => (await settle(el), syncStatus(el).startsWith('De server aanvaardde dit ontwerp niet')));
    clock.tick(10 * 60_000);
    expect(saves).to.have.length(1);
    leavePage();
    expect(storedDraft(el)).to.deep.include({ unsent: true });
    clock.uninstall();
    clock = undefined;
    await expect(el).to.be.accessible();
  });

  it('offline: keeps the change on the device only, says so, and sends it when the browser is back online', async () => {
    server = new FakeDraftServer();
    const el = await mountScan(instrument, { draftUrl: server.url });
    await waitFor(() => server!.requests.length === 1);
    server.down = true;
    clock = installFakeTimers();
    await typeInto(el, 'context/centre-name', 'CLB Zuid');
    clock.tick(1000);
    await waitFor(async () => (await settle(el), syncStatus(el).startsWith('Alleen op dit toestel bewaard')));
    expect(storedDraft(el)).to.deep.include({ unsent: true });
    expect(centreOf(storedDraft(el)?.response)).to.equal('CLB Zuid');
    clock.uninstall();
    clock = undefined;
    await expect(el).to.be.accessible();

    server.down = false;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => server!.puts.length === 1);
    expect(centreOf(server.draft?.response)).to.equal('CLB Zuid');
    await waitFor(async () => (await settle(el), syncStatus(el) === 'Opgeslagen op de server.'));
    expect(storedDraft(el)).to.deep.include({ unsent: false, basedOn: server.etag });
  });

  it('tries a failed save again after a growing wait', async () => {
    server = new FakeDraftServer();
    const el = await mountScan(instrument, { draftUrl: server.url });
    await waitFor(() => server!.requests.length === 1);
    server.down = true;
    clock = installFakeTimers();
    await typeInto(el, 'context/centre-name', 'CLB Noord');
    clock.tick(1000);
    await waitFor(async () => (await settle(el), syncStatus(el).startsWith('Alleen op dit toestel bewaard')));
    clock.tick(1999);
    await settle(el);
    expect(server.puts, 'still waiting').to.have.length(0);
    server.down = false;
    clock.tick(1);
    await waitFor(() => server!.puts.length === 1);
    expect(centreOf(server.draft?.response)).to.equal('CLB Noord');
  });

  it('sends at the next start the changes a laptop kept while it was offline, based on the version it knew', async () => {
    server = new FakeDraftServer();
    const first = await mountScan(instrument, { draftUrl: server.url, draftKey: 'closed-offline' });
    await waitFor(() => server!.requests.length === 1);
    await typeInto(first, 'context/centre-name', 'CLB Een');
    await waitFor(() => server!.puts.length === 1 && server!.puts[0]!.status === 201);
    await waitFor(async () => (await settle(first), syncStatus(first) === 'Opgeslagen op de server.'));
    server.down = true;
    await typeInto(first, 'context/centre-name', 'CLB Twee');
    first.remove(); // the laptop closes: the device keeps the change, marked unsent
    server.down = false;

    const second = await mountScan(instrument, { draftUrl: server.url, draftKey: 'closed-offline' });
    await waitFor(() => server!.puts.length === 2);
    expect(server.puts[1]).to.include({ ifMatch: '"v1"', status: 200 });
    expect(centreOf(server.draft?.response)).to.equal('CLB Twee');
    expect(centreOf(second.value)).to.equal('CLB Twee');
  });

  /** Two devices on one draft: A saves first, then B (which saw no draft yet) tries to save its own. */
  async function twoDevices(): Promise<{ a: PoolsterScan; b: PoolsterScan; server: FakeDraftServer }> {
    const s = (server = new FakeDraftServer());
    const a = await mountScan(instrument, { draftUrl: s.url, draftKey: 'device-a' });
    const b = await mountScan(instrument, { draftUrl: s.url, draftKey: 'device-b' });
    await waitFor(() => s.requests.length === 2);
    await typeInto(a, 'context/centre-name', 'CLB A');
    await waitFor(() => s.puts.length === 1);
    s.savedBy = 'Team CLB Mechelen';
    await typeInto(b, 'context/centre-name', 'CLB B');
    await waitFor(() => s.puts.length === 2);
    await waitFor(async () => (await settle(b), b.shadowRoot!.querySelector('.sync-conflict') !== null));
    return { a, b, server: s };
  }

  it('two devices: the conflict is shown with both versions, and the server’s draft is never overwritten by the refused write', async () => {
    const { a, b, server: s } = await twoDevices();
    a.remove(); // one scan on the page, as on a device
    expect(s.puts[1]).to.include({ ifNoneMatch: '*', status: 412 });
    expect(centreOf(s.draft?.response)).to.equal('CLB A');
    const panel = $(b, '.sync-conflict').textContent!.replace(/\s+/g, ' ');
    expect(panel).to.match(/Bewaard door Team CLB Gent om .+ op een ander toestel\./);
    expect(panel).to.match(/Dit toestel: gewijzigd om .+, nog niet op de server\./);
    expect(syncStatus(b)).to.equal('Deze scan werd intussen op een ander toestel bewaard: kies welke antwoorden je houdt.');
    await expect(b).to.be.accessible();

    // More typing during the conflict still writes nothing to the server.
    await typeInto(b, 'context/centre-name', 'CLB B, verder');
    leavePage();
    expect(storedDraft(b)).to.deep.include({ unsent: true });
    expect(s.puts).to.have.length(2);
    expect(centreOf(b.value)).to.equal('CLB B, verder');
  });

  it('two devices: "keep ours" is reached and chosen with the keyboard, and replaces exactly the version shown', async () => {
    const { b, server: s } = await twoDevices();
    $(b, '.step-heading').focus();
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(b)).to.equal('button.take-theirs');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(b)).to.equal('button.keep-ours');
    await sendKeys({ press: 'Enter' });
    await settle(b);
    expect(focused(b), 'focus does not get lost with the panel').to.equal('h2.step-heading');
    await waitFor(() => s.puts.length === 3);
    expect(s.puts[2]).to.include({ ifMatch: '"v1"', status: 200 });
    expect(centreOf(s.draft?.response)).to.equal('CLB B');
    await waitFor(async () => (await settle(b), b.shadowRoot!.querySelector('.sync-conflict') === null));
    expect(syncStatus(b)).to.equal('Opgeslagen op de server.');
  });

  it('two devices: "take theirs" opens the other device’s answers, and later changes build on that version', async () => {
    const { b, server: s } = await twoDevices();
    await clickButton(b, 'De antwoorden van het andere toestel gebruiken');
    expect(centreOf(b.value)).to.equal('CLB A');
    expect(b.shadowRoot!.querySelector('.sync-conflict') === null, 'no conflict notice').to.equal(true);
    expect(s.puts).to.have.length(2);
    await typeInto(b, 'context/centre-name', 'CLB A en B');
    await waitFor(() => s.puts.length === 3);
    expect(s.puts[2]).to.include({ ifMatch: '"v1"', status: 200 });
    expect(centreOf(s.draft?.response)).to.equal('CLB A en B');
  });

  it('at the start, changes this device has not sent conflict with a version saved elsewhere since: the team chooses', async () => {
    server = new FakeDraftServer();
    server.seed(remoteDraftOf(instrument, 'CLB v1'));
    const v2 = server.seed(remoteDraftOf(instrument, 'CLB v2', { step: 'block:prevention' }), 'Team CLB Leuven');
    const mine = remoteDraftOf(instrument, 'CLB hier, offline gewijzigd');
    storeDeviceDraft(instrument, 'unsent-here', { savedAt: '2026-12-03T14:05:00Z', response: mine.response, basedOn: '"v1"', unsent: true });
    const el = await mountScan(instrument, { draftUrl: server.url, draftKey: 'unsent-here' });
    await waitFor(async () => (await settle(el), el.shadowRoot!.querySelector('.sync-conflict') !== null));
    expect(centreOf(el.value), 'our answers stay on screen until the team chooses').to.equal('CLB hier, offline gewijzigd');
    expect($(el, '.sync-conflict').textContent).to.contain('Bewaard door Team CLB Leuven om');
    expect(server.puts).to.have.length(0);
    await clickButton(el, 'De antwoorden van het andere toestel gebruiken');
    expect(centreOf(el.value)).to.equal('CLB v2');
    expect(heading(el)).to.equal('4.3 Preventie');
    expect(focused(el)).to.equal('div.notice.continue-at');
    expect(server.etag).to.equal(v2);
  });

  it('"start again" removes the server’s draft, only the version this device knows', async () => {
    server = new FakeDraftServer();
    const el = await mountScan(instrument, { draftUrl: server.url });
    await typeInto(el, 'context/centre-name', 'CLB Weg');
    await waitFor(() => server!.puts.length === 1);
    await waitFor(async () => (await settle(el), syncStatus(el) === 'Opgeslagen op de server.'));
    await clickButton(el, 'Opnieuw beginnen');
    await clickButton(el, 'Ja, alles wissen');
    await waitFor(() => server!.requests.some((r) => r.method === 'DELETE'));
    expect(server.requests.find((r) => r.method === 'DELETE')).to.include({ ifMatch: '"v1"', status: 204 });
    expect(server.draft).to.equal(undefined);
  });

  it('a draft the host gives (value) is this device’s unsent change: it is saved on the server', async () => {
    server = new FakeDraftServer();
    const given = remoteDraftOf(instrument, 'CLB van de portaalsite').response;
    const el = await fixture<PoolsterScan>(
      html`<poolster-scan .value=${given} .instrument=${instrument} lang="nl" draft-key="given" draft-url=${server.url}></poolster-scan>`,
    );
    await waitFor(() => server!.puts.length === 1);
    expect(server.puts[0]).to.include({ ifNoneMatch: '*', status: 201 });
    expect(centreOf(server.draft?.response)).to.equal('CLB van de portaalsite');
    expect(centreOf(el.value)).to.equal('CLB van de portaalsite');
  });

  it('on the same device, a reopened draft lands on the step it was saved on', async () => {
    const first = await mountScan(instrument, { draftKey: 'same-device' });
    await typeInto(first, 'context/centre-name', 'CLB Hier');
    await clickButton(first, 'Beginnen');
    first.remove();
    const second = await mountScan(instrument, { draftKey: 'same-device' });
    expect(heading(second)).to.equal('4.1 Behartiger van de leerling');
    expect($(second, '.continue-at').textContent).to.contain('Ga verder bij 4.1 Behartiger van de leerling');
  });

  it('says "continue at" in French and English too', async () => {
    for (const [lang, words] of [
      ['fr', 'Reprendre à'],
      ['en', 'Continue at'],
    ] as const) {
      server = new FakeDraftServer();
      server.seed(remoteDraftOf(instrument, 'CLB Gent', { step: 'block:prevention' }));
      const el = await mountScan(instrument, { draftUrl: server.url, lang });
      await waitFor(async () => (await settle(el), el.shadowRoot!.querySelector('.continue-at') !== null));
      expect($(el, '.continue-at').textContent).to.contain(`${words} 4.3`);
      server.restore();
    }
  });

  it('uses a portal’s own backend object instead of fetch, for drafts and for sending; after sending the device’s draft is gone', async () => {
    const api = stubApiFetch();
    const calls: string[] = [];
    let stored: RemoteDraft = { ...remoteDraftOf(instrument, 'CLB Brugge', { step: 'block:prevention' }), response: { ...sampleGoResponse(instrument), status: 'draft' } };
    delete (stored.response as Partial<ScanResponse>).submittedAt;
    const backend: DraftBackend = {
      load: async () => (calls.push('load'), { ok: true, draft: stored, etag: 'portal-1' }),
      save: async (draft, basedOn) => (calls.push(`save ${basedOn}`), (stored = draft), { ok: true, etag: 'portal-2' }),
      discard: async (basedOn) => (calls.push(`discard ${basedOn}`), { ok: true }),
      send: async (response) => (calls.push(`send ${response.status}`), { ok: true, status: 201 }),
    };
    const el = await fixture<PoolsterScan>(
      html`<poolster-scan .backend=${backend} .instrument=${instrument} lang="nl" draft-key="portal" action="/api/responses"></poolster-scan>`,
    );
    await waitFor(async () => (await settle(el), heading(el) === '4.3 Preventie'));
    expect(centreOf(el.value)).to.equal('CLB Brugge');
    $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
    await waitFor(() => calls.includes('save portal-1'));
    expect(stored.step).to.equal('confirm');
    await waitFor(async () => (await settle(el), syncStatus(el) === 'Opgeslagen op de server.'));
    const sent = oneEvent(el, 'poolster-submitted');
    await clickButton(el, 'Antwoorden definitief verzenden');
    await sent;
    expect(calls).to.include('send submitted');
    expect(api.calls, 'nothing went through fetch').to.have.length(0);
    api.restore();
    leavePage();
    expect(storedDraft(el)).to.equal(undefined);
  });
});
