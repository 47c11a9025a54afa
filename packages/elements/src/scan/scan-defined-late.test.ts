import { expect } from '@open-wc/testing';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import { PoolsterScan } from './scan.js';
import { clearDrafts, completeGoResponse, goInstrument, settle } from './scan.test-helpers.js';

/**
 * The drop-in defines its elements once its core has run, which may be after the page's own scripts: what the
 * page set on a `<poolster-scan>` before then must not be lost.
 */
describe('poolster-scan: set up by the page before the element is defined', () => {
  afterEach(() => clearDrafts());

  it('takes a value and an instrument set before the definition, as if they were set after it', async () => {
    const instrument = await goInstrument();
    const response = completeGoResponse(instrument);
    const tag = 'poolster-scan-defined-late';
    const el = document.createElement(tag) as unknown as PoolsterScan;
    el.setAttribute('lang', 'nl');
    el.setAttribute('draft-key', `defined-late-${Date.now()}`);
    el.instrument = instrument;
    el.value = response;
    document.body.append(el);
    expect(el.shadowRoot, 'not yet defined').to.equal(null);

    customElements.define(tag, class extends PoolsterScan {});
    await waitFor(() => el.value?.id === response.id);
    await settle(el);
    const centre = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-field="context/centre-name"]');
    expect(centre?.value).to.equal(response.context['centre-name']?.text);
    el.remove();
  });
});
