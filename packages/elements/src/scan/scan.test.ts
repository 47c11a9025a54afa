import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createResponse, withAnswer } from '@poolster/schema';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import type { PoolsterScan } from './scan.js';
import { $, answerGoBlock, clickButton, goInstrument, heading, mountScan, settle, threeStageInstrument, typeInto, focused } from './scan.test-helpers.js';

describe('poolster-scan: states and accessibility', () => {
  it('is accessible on the intro, a block, a block with errors, the final questions and the send step with the check of all answers', async () => {
    const el = await mountScan(await goInstrument());
    expect(heading(el)).to.equal('GO! poolster-CLB in beeld');
    await expect(el).to.be.accessible();

    await typeInto(el, 'context/centre-name', 'CLB Noord');
    await clickButton(el, 'Beginnen');
    expect(heading(el)).to.equal('4.1 Behartiger van de leerling');
    await expect(el).to.be.accessible();

    await clickButton(el, 'Opslaan en verder');
    expect(el.shadowRoot!.querySelector('poolster-error-summary')).to.not.equal(null);
    await expect(el).to.be.accessible();

    for (const step of ['final', 'confirm'] as const) {
      el.shadowRoot!.querySelector('poolster-progress-nav')!.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: step } }));
      await settle(el);
      await expect(el, step).to.be.accessible();
    }
  });

  it('is accessible when submitted and when read-only', async () => {
    const instrument = await threeStageInstrument();
    const response = await (await fetch(new URL('../../../schema/test/fixtures/three-stages.response.json', import.meta.url))).json();
    const submitted = await mountScan(instrument, { lang: 'en' });
    submitted.value = response;
    await settle(submitted);
    expect(heading(submitted)).to.equal('Scan sent');
    await expect(submitted).to.be.accessible();

    const readonly = await fixture<PoolsterScan>(html`<poolster-scan readonly lang="fr" .instrument=${instrument} .value=${response}></poolster-scan>`);
    await settle(readonly);
    expect(heading(readonly)).to.equal('Réponses');
    expect(readonly.shadowRoot!.querySelectorAll('input, textarea, select').length).to.equal(0);
    expect(readonly.shadowRoot!.textContent).to.contain('Centre Nord');
    await expect(readonly).to.be.accessible();
  });

  it('shows an author-facing error panel for an invalid instrument, fires poolster-error and never throws', async () => {
    const broken = { ...(await threeStageInstrument()), stages: [] as unknown[], version: 'x' };
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const el = document.createElement('poolster-scan');
    const event = oneEvent(el, 'poolster-error');
    el.instrument = broken;
    document.body.append(el);
    const { detail } = await event;
    await settle(el);
    window.removeEventListener('error', onError);
    expect(detail.kind).to.equal('instrument');
    expect(detail.issues.map((i: { path: unknown[] }) => i.path.join('/'))).to.include.members(['version', 'stages']);
    const panel = $(el, '.error-panel');
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('version');
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('loads the instrument from src, and explains a failed load', async () => {
    const ok = await fixture<PoolsterScan>(html`<poolster-scan src="/content/go-clb/instrument.json" draft-key="src-test"></poolster-scan>`);
    await waitFor(() => ok.shadowRoot!.querySelector('.step-heading, .error-panel') !== null); // loaded, or an error shown
    await settle(ok);
    expect(heading(ok)).to.equal('GO! poolster-CLB in beeld');

    const el = document.createElement('poolster-scan');
    const event = oneEvent(el, 'poolster-error');
    el.src = '/does-not-exist.json';
    document.body.append(el);
    const { detail } = await event;
    await settle(el);
    expect(detail.kind).to.equal('load');
    expect($(el, '.error-panel').textContent).to.contain('HTTP 404');
    el.remove();
  });

  it('speaks French and English: interface in the chosen language, content in its own when it has no other', async () => {
    const en = await mountScan(await threeStageInstrument(), { lang: 'en' });
    expect($(en, '.actions').textContent).to.contain('Start');
    expect(heading(en)).to.equal('Lumen network self-check (test fixture)');
    const fr = await mountScan(await threeStageInstrument(), { lang: 'fr' });
    expect(heading(fr)).to.equal('Auto-évaluation du réseau Lumen (fixture de test)');
    expect($(fr, '.actions').textContent).to.contain('Commencer');
    const goInFrench = await mountScan(await goInstrument(), { lang: 'fr' });
    expect($(goInFrench, '.actions').textContent).to.contain('Commencer');
    expect(heading(goInFrench)).to.equal('GO! poolster-CLB in beeld');
    expect($(goInFrench, '.scan').getAttribute('lang')).to.equal('nl');
  });

  it('reflects its attributes into properties', async () => {
    const el = await fixture<PoolsterScan>(html`<poolster-scan lang="en" draft-key="team-a" action="/api/scans" readonly></poolster-scan>`);
    expect([el.lang, el.draftKey, el.action, el.readonly]).to.deep.equal(['en', 'team-a', '/api/scans', true]);
  });

  it('value reads the response and sets a prefill from a server; a foreign response is refused with an event', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    const prefill = withAnswer(createResponse(instrument), { scope: 'context', questionId: 'centre-name' }, { text: 'CLB Zuid' });
    el.value = prefill;
    await settle(el);
    expect(el.value?.id).to.equal(prefill.id);
    expect($<HTMLInputElement>(el, '[data-field="context/centre-name"]').value).to.equal('CLB Zuid');

    const refused = oneEvent(el, 'poolster-error');
    el.value = { ...prefill, instrumentId: 'another' };
    expect((await refused).detail.kind).to.equal('value');
    expect(el.value?.instrumentId).to.equal(instrument.id);
  });

  it('fires poolster-change when the team changes an answer, with where; never for a programmatic value', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    const changes: Array<{ location: unknown; name: unknown }> = [];
    el.addEventListener('poolster-change', (e) => changes.push({ location: e.detail.location, name: e.detail.response.context['centre-name'] }));
    el.value = withAnswer(createResponse(instrument), { scope: 'context', questionId: 'centre-name' }, { text: 'Van de server' });
    await settle(el);
    expect(changes).to.deep.equal([]);
    await typeInto(el, 'context/centre-name', 'CLB Oost');
    expect(changes).to.deep.equal([{ location: { scope: 'context', questionId: 'centre-name' }, name: { text: 'CLB Oost' } }]);
  });

  it('moves focus to each step heading, and announces the step', async () => {
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB Noord');
    const step = oneEvent(el, 'poolster-step');
    await clickButton(el, 'Beginnen');
    expect((await step).detail).to.deep.equal({ step: 'block:student-advocate', index: 1, total: 14 });
    expect(focused(el)).to.equal('h2.step-heading');
    await answerGoBlock(el, 'student-advocate');
    await clickButton(el, 'Opslaan en verder');
    expect(heading(el)).to.equal('4.2 Geïntegreerde benadering van de kernprocessen');
    expect(focused(el)).to.equal('h2.step-heading');
  });
});
