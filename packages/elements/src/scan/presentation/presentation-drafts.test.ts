import { expect } from '@open-wc/testing';
import type { Instrument } from '@poolster/schema';
import { setViewport } from '@web/test-runner-commands';
import { waitFor } from '../../../../../scripts/test/wait-for.js';
import { FakeDraftServer } from '../../drafts/fake-draft-server.test-helpers.js';
import { $, clearDrafts, clickButton, goInstrument, heading, mountScan, remoteDraftOf, settle, storeDeviceDraft } from '../scan.test-helpers.js';


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
    server.seed(remoteDraftOf(instrument, 'CLB elders', { step: 'block:prevention' }), 'Team CLB Leuven');
    const mine = remoteDraftOf(instrument, 'CLB hier', { step: 'block:prevention' });
    const key = 'presenting-conflict';
    storeDeviceDraft(instrument, key, { ...mine, basedOn: '"v0"', unsent: true });
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
