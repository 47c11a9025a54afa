import { expect } from '@open-wc/testing';
import { createResponse, type Instrument, type Response as ScanResponse } from '@poolster/schema';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import { FakeDraftServer } from '../drafts/fake-draft-server.test-helpers.js';
import type { RemoteDraft } from '../drafts/remote-draft.js';
import { installFakeTimers, type FakeTimers } from '../shared/fake-timers.test-helpers.js';
import { sampleGoResponse } from '../shared/stories.js';
import { $, centreOf, clearDrafts, clickButton, focused, goInstrument, leavePage, mountScan, settle, storedDraft, storeDeviceDraft, stubApiFetch, syncStatus, typeInto, type ApiFetchStub } from './scan.test-helpers.js';


function draftOf(response: ScanResponse, centre: string): RemoteDraft {
  return { format: 'poolster-draft', version: 1, savedAt: '2026-12-03T14:02:00Z', response: { ...response, status: 'draft' as const, context: { ...response.context, 'centre-name': { text: centre } } } };
}

/** A complete draft (valid, so it can be sent), as the team would have it on the confirmation step. */
function completeDraft(instrument: Instrument): ScanResponse {
  const { submittedAt: _sent, ...rest } = sampleGoResponse(instrument);
  return { ...rest, status: 'draft' };
}

/** This device's draft with changes it never sent, based on a version the server no longer has. */
function storeUnsent(instrument: Instrument, key: string, response: ScanResponse): void {
  storeDeviceDraft(instrument, key, { savedAt: '2026-12-03T14:05:00Z', response, basedOn: '"v0"', unsent: true });
}

describe('poolster-scan: drafts that must not be lost or brought back', () => {
  let server: FakeDraftServer | undefined;
  let api: ApiFetchStub | undefined;
  let clock: FakeTimers | undefined;
  let instrument: Instrument;
  before(async () => {
    instrument = await goInstrument();
  });
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
    server?.restore();
    api?.restore();
    server = api = undefined;
    clearDrafts();
  });

  it('refuses to send while the choice between two devices’ versions is open, and says where to choose', async () => {
    api = stubApiFetch();
    server = new FakeDraftServer();
    server.seed(draftOf(completeDraft(instrument), 'CLB elders'));
    storeUnsent(instrument, 'guard-send', draftOf(completeDraft(instrument), 'CLB hier').response);
    const el = await mountScan(instrument, { draftUrl: server.url, draftKey: 'guard-send', action: '/api/responses' });
    await waitFor(async () => (await settle(el), el.shadowRoot!.querySelector('.sync-conflict') !== null));
    $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
    await settle(el);
    await clickButton(el, 'Antwoorden definitief verzenden');
    await settle(el);
    expect($(el, '.notice.problem').textContent).to.contain('Verzenden wacht tot je kiest welke antwoorden je houdt');
    expect(api.calls.filter((c) => c.url === '/api/responses'), 'nothing was sent').to.have.length(0);
    expect(centreOf(server.draft?.response), 'the other device’s draft is still there').to.equal('CLB elders');
    await expect(el).to.be.accessible();
  });

  it('a scan already sent on another device: stops saving it, removes the device’s copy and says so', async () => {
    server = new FakeDraftServer();
    const el = await mountScan(instrument, { draftUrl: server.url, lang: 'nl' });
    server.markSent(el.value!.id);
    await typeInto(el, 'context/centre-name', 'CLB Verzonden');
    await waitFor(async () => (await settle(el), syncStatus(el) === 'Deze scan is al verzonden, op een ander toestel. Hij wordt hier niet meer bewaard.'));
    expect(server.puts).to.have.length(1);
    expect(server.puts[0]!.status).to.equal(409);
    await typeInto(el, 'context/centre-name', 'CLB Verzonden, verder');
    leavePage();
    expect(storedDraft(el), 'the device’s copy is gone').to.equal(undefined);
    await settle(el);
    expect(server.puts, 'not tried again nor made anew').to.have.length(1);
    expect(server.draft).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a draft removed on the server is not made again for a step change alone, but is for answers it never had', async () => {
    server = new FakeDraftServer();
    server.seed(draftOf(createResponse(instrument, { lang: 'nl' }), 'CLB Gent'));
    const el = await mountScan(instrument, { draftUrl: server.url });
    await waitFor(async () => (await settle(el), syncStatus(el) === 'Opgeslagen op de server.'));
    server.remove();
    await clickButton(el, 'Beginnen');
    await waitFor(() => server!.puts.length === 1);
    await waitFor(async () => (await settle(el), syncStatus(el) === ''));
    expect(server.puts.map((p) => p.status)).to.deep.equal([412]);
    clock = installFakeTimers();
    await clickButton(el, 'Vorige');
    clock.tick(10_000);
    await settle(el);
    expect(server.puts, 'going back a step does not make it again either').to.have.length(1);
    expect(server.draft).to.equal(undefined);
    await typeInto(el, 'context/centre-name', 'CLB Gent, nieuw');
    clock.tick(10_000);
    await waitFor(() => server!.puts.length === 2);
    expect(server.puts[1]).to.include({ ifNoneMatch: '*', status: 201 });
    expect(centreOf(server.draft?.response)).to.equal('CLB Gent, nieuw');
  });

  it('a version from the server that cannot be opened here: says why, and "keep ours" stays', async () => {
    server = new FakeDraftServer();
    const foreign = draftOf(createResponse(instrument, { lang: 'nl' }), 'CLB ander');
    server.seed({ ...foreign, response: { ...foreign.response, instrumentId: 'another-scan' } });
    storeUnsent(instrument, 'guard-foreign', draftOf(createResponse(instrument, { lang: 'nl' }), 'CLB hier').response);
    const el = await mountScan(instrument, { draftUrl: server.url, draftKey: 'guard-foreign' });
    await waitFor(async () => (await settle(el), el.shadowRoot!.querySelector('.sync-conflict') !== null));
    await clickButton(el, 'De antwoorden van het andere toestel gebruiken');
    await settle(el);
    expect($(el, '.theirs-unopenable').textContent).to.contain('kan hier niet geopend worden');
    expect(focused(el)).to.equal('div.notice.warning.sync-conflict');
    expect(centreOf(el.value)).to.equal('CLB hier');
    await expect(el).to.be.accessible();
    await clickButton(el, 'De antwoorden van dit toestel houden');
    await waitFor(() => server!.puts.length === 1);
    expect(centreOf(server.draft?.response)).to.equal('CLB hier');
  });
});
