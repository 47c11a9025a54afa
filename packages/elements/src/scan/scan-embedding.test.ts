import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../define.js';
import { defineElements } from '../define.js';
import { installFakeTimers } from '../shared/fake-timers.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { $, chooseStage, clickButton, goInstrument, heading, mountScan, settle, storedDraft, typeInto, focused, deepElements, clearDrafts } from './scan.test-helpers.js';

class HostCard extends LitElement {
  instrument: unknown;
  override render() {
    return html`<poolster-scan .instrument=${this.instrument} draft-key="nested"></poolster-scan>`;
  }
}
customElements.define('test-host-card', HostCard);

describe('poolster-scan: embedding', () => {
  afterEach(() => {
    clearDrafts();
  });

  it('registers once: a second registration (a second copy of the bundle) does not throw', () => {
    expect(() => defineElements()).to.not.throw();
    expect(customElements.get('poolster-scan')).to.not.equal(undefined);
  });

  it('runs several instances on one page, each with its own answers and draft', async () => {
    const instrument = await goInstrument();
    const a = await mountScan(instrument, { draftKey: 'one' });
    const b = await mountScan(instrument, { draftKey: 'two' });
    await typeInto(a, 'context/centre-name', 'A');
    await typeInto(b, 'context/centre-name', 'B');
    await clickButton(a, 'Beginnen');
    expect(heading(a)).to.equal('4.1 Behartiger van de leerling');
    expect(heading(b)).to.equal('GO! poolster-CLB in beeld');
    expect([a.value!.context['centre-name'], b.value!.context['centre-name']]).to.deep.equal([{ text: 'A' }, { text: 'B' }]);
    expect(a.value!.id).to.not.equal(b.value!.id);
  });

  it('works inside another element’s shadow root', async () => {
    const card = await fixture<HostCard>(html`<test-host-card .instrument=${await goInstrument()}></test-host-card>`);
    await card.updateComplete;
    const scan = card.shadowRoot!.querySelector('poolster-scan') as PoolsterScan;
    await settle(scan);
    await typeInto(scan, 'context/centre-name', 'Genest');
    await clickButton(scan, 'Beginnen');
    expect(focused(scan), 'focus management works inside a shadow root too').to.equal('h2.step-heading');
    await chooseStage(scan, 'block/student-advocate/current-stage', 1);
    expect(scan.value!.blocks['student-advocate']!['current-stage']).to.deep.equal({ choice: 'planned' });
    expect(deepElements(card.shadowRoot!).some((e) => e.matches('poolster-stage-picker'))).to.equal(true);
  });

  it('renders no inline style attribute anywhere (strict CSP pages forbid them)', async () => {
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB');
    await clickButton(el, 'Beginnen');
    await chooseStage(el, 'block/student-advocate/current-stage', 1);
    await clickButton(el, 'Opslaan en verder');
    const styled = deepElements(el.shadowRoot!).filter((e) => e.hasAttribute('style'));
    expect(styled.map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
  });

  it('fits a 320 px wide column without scrolling sideways (also at 200% zoom on a 640 px screen)', async () => {
    const narrow = await fixture<HTMLDivElement>(html`<div class="narrow"></div>`);
    narrow.style.width = '320px';
    const el = document.createElement('poolster-scan');
    el.instrument = await goInstrument();
    el.draftKey = 'narrow';
    narrow.append(el);
    await settle(el);
    await typeInto(el, 'context/centre-name', 'CLB');
    for (const step of ['intro', 'block:professional-learning-community', 'final', 'confirm']) {
      $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: step } }));
      await settle(el);
      const wide = deepElements(el.shadowRoot!).filter((e) => e.getBoundingClientRect().right > narrow.getBoundingClientRect().right + 1);
      expect(wide.map((e) => e.localName + (e.className ? `.${e.className}` : '')), step).to.deep.equal([]);
    }
  });

  it('asks nothing of any host but its own (no telemetry, no fonts, no CDN)', async () => {
    performance.clearResourceTimings();
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB');
    await clickButton(el, 'Beginnen');
    const foreign = performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name))
      .filter((u) => u.origin !== location.origin);
    expect(foreign.map(String)).to.deep.equal([]);
  });

  it('tells the team when another window changed the same draft, and keeps this window’s answers on request', async () => {
    const el = await mountScan(await goInstrument(), { draftKey: 'two-tabs' });
    const clock = installFakeTimers();
    try {
      await typeInto(el, 'context/centre-name', 'Dit venster');
      clock.tick(1000); // the autosave writes this window's draft
    } finally {
      clock.uninstall();
    }
    const key = Object.keys(localStorage).find((k) => k.endsWith(':two-tabs'))!;
    const other = { ...storedDraft(el)!, savedAt: new Date(Date.now() + 60000).toISOString() };
    other.response = { ...other.response, context: { 'centre-name': { text: 'Ander venster' } } };
    localStorage.setItem(key, JSON.stringify(other));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(other), storageArea: localStorage }));
    await settle(el);
    expect($(el, '.notice.warning').textContent).to.contain('in een ander venster gewijzigd');
    await clickButton(el, 'De antwoorden in dit venster houden');
    expect(el.value!.context['centre-name']).to.deep.equal({ text: 'Dit venster' });
    expect(storedDraft(el)!.response.context['centre-name']).to.deep.equal({ text: 'Dit venster' });
    expect(el.shadowRoot!.querySelector('.notice.warning')).to.equal(null);
  });
});
