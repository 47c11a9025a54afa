import { expect } from '@open-wc/testing';
import { createResponse, type Instrument } from '@poolster/schema';
import { setViewport } from '@web/test-runner-commands';
import { waitFor } from '../../../../../scripts/test/wait-for.js';
import { FakeDraftServer } from '../../drafts/fake-draft-server.test-helpers.js';
import type { RemoteDraft } from '../../drafts/remote-draft.js';
import { $, clearDrafts, clickButton, goInstrument, heading, mountScan, settle } from '../scan.test-helpers.js';

function draftOf(instrument: Instrument, centre: string, step: string): RemoteDraft {
  const response = createResponse(instrument, { lang: 'nl' });
  return { format: 'poolster-draft', version: 1, savedAt: '2026-12-03T14:02:00Z', step, response: { ...response, status: 'draft' as const, context: { 'centre-name': { text: centre } } } };
}

const pageScrolls = () => document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth;

describe('poolster-scan presentation: the draft notices on the shared screen', () => {
  let server: FakeDraftServer | undefined;
  let instrument: Instrument;
  before(async () => {
    instrument = await goInstrument();
  });
  afterEach(() => {
    server?.restore();
    server = undefined;
    clearDrafts();
  });

  it('shows another device’s version and where the draft is kept in a bar above the columns, without the page scrolling', async () => {
    await setViewport({ width: 1920, height: 1080 });
    server = new FakeDraftServer();
    server.seed(draftOf(instrument, 'CLB elders', 'block:prevention'), 'Team CLB Leuven');
    const mine = draftOf(instrument, 'CLB hier', 'block:prevention');
    const key = 'presenting-conflict';
    localStorage.setItem(`poolster:draft:${instrument.id}:1:${key}`, JSON.stringify({ ...mine, basedOn: '"v0"', unsent: true }));
    const el = await mountScan(instrument, { draftUrl: server.url, draftKey: key });
    el.presentation = true;
    await waitFor(async () => (await settle(el), el.shadowRoot!.querySelector('.presentation .sync-conflict') !== null));
    expect(heading(el)).to.equal('4.3 Preventie');
    const bar = $(el, '.presentation-drafts');
    expect(bar.textContent).to.contain('Bewaard door Team CLB Leuven om');
    expect($(el, '.presentation .sync-status').textContent!.trim()).to.equal('Deze scan werd intussen op een ander toestel bewaard: kies welke antwoorden je houdt.');
    const stage = $(el, '.presentation-stage').getBoundingClientRect();
    expect(bar.getBoundingClientRect().bottom, 'the bar does not cover the columns').to.be.at.most(stage.top + 0.5);
    expect(pageScrolls(), 'the page does not scroll').to.equal(false);
    await expect(el).to.be.accessible();

    await clickButton(el, 'De antwoorden van dit toestel houden');
    await waitFor(async () => (await settle(el), $(el, '.presentation .sync-status').textContent!.trim() === 'Opgeslagen op de server.'));
    expect(el.shadowRoot!.querySelector('.presentation .sync-conflict')).to.equal(null);
  });
});
