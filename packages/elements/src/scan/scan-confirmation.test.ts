import { expect, oneEvent } from '@open-wc/testing';
import { describeViolations, pageViolations } from '../shared/axe.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { $, clickButton, focused, goInstrument, heading, mountScan, readyToSend, settle, stubApiFetch, threeStageInstrument } from './scan.test-helpers.js';
import { shortReference } from './views/confirmation.js';

/**
 * The confirmation once a scan is sent (GOV.UK): a panel with a heading and a short reference, what happens
 * next in the instrument's words, and the report of this very scan when the host says where it is.
 */

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const links = (el: PoolsterScan): Array<{ text: string; href: string }> =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="report-link"]')].map((a) => ({ text: squash(a.textContent), href: a.getAttribute('href')! }));

describe('poolster-scan: confirmation after sending', () => {
  it('a short reference: the id’s first eight characters, upper case, in two groups', () => {
    expect(shortReference('3f2a9c1e-0b7d-4c51-9e0a-1d2c3b4a5f60')).to.equal('3F2A-9C1E');
    expect(shortReference('ab')).to.equal('AB');
  });

  it('nl: a panel with its heading focused and the reference, what happens next from the instrument, and the report of this scan', async () => {
    const el = await readyToSend({ reportHref: '/report/{id}', printHref: '/report/{id}?print=1' });
    const id = el.value!.id;
    const sent = oneEvent(el, 'poolster-submitted');
    await clickButton(el, 'Antwoorden definitief verzenden');
    await sent;
    await settle(el);

    expect(heading(el)).to.equal('Scan verstuurd');
    expect(focused(el), 'focus on the panel’s heading, so it is announced').to.equal('h2.step-heading');
    const panel = $(el, '[part~="confirmation"]');
    expect(squash(panel.querySelector('.reference')!.textContent)).to.equal(`Je referentie ${id.slice(0, 4).toUpperCase()}-${id.slice(4, 8).toUpperCase()}`);

    const text = squash($(el, '.scan').textContent);
    const instrument = await goInstrument();
    expect(instrument.afterSubmit, 'the GO! content says what happens next').to.have.length.greaterThan(0);
    expect(text).to.contain('Wat gebeurt er nu?');
    for (const paragraph of instrument.afterSubmit!) expect(text).to.contain(paragraph as string);
    expect(text).to.contain('De directeur van het centrum krijgt een overzicht van de antwoorden per mail.');

    expect(links(el)).to.deep.equal([
      { text: 'Het rapport bekijken', href: `/report/${id}` },
      { text: 'Het rapport afdrukken of als pdf bewaren', href: `/report/${id}?print=1` },
    ]);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => squash(b.textContent));
    expect(buttons, 'no draft to download once sent').to.not.include('Tussentijdse versie downloaden');
    expect(buttons).to.include('Een kopie van de verstuurde antwoorden downloaden (JSON)');
    await expect(el).to.be.accessible();
    expect(describeViolations(await pageViolations(el)), 'axe with its best practices').to.deep.equal([]);
  });

  it('fr: the confirmation in French; without a report from the host, no link', async () => {
    const el = await readyToSend({ lang: 'fr' });
    await clickButton(el, 'Envoyer définitivement');
    expect(heading(el)).to.equal('Scan envoyé');
    expect(squash($(el, '.reference').textContent)).to.match(/^Votre référence [0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(squash($(el, '.scan').textContent)).to.contain('Et maintenant ?');
    expect(links(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an instrument that says nothing about what comes next shows no such heading; the link follows the id sent to the server', async () => {
    const api = stubApiFetch();
    try {
      const instrument = await threeStageInstrument();
      const response = (await (await fetch(new URL('../../../schema/test/fixtures/three-stages.response.json', import.meta.url))).json()) as PoolsterScan['value'];
      const el = await mountScan(instrument, { lang: 'en', action: '/api/responses' });
      el.reportHref = 'https://portal.example/scans/{id}/report';
      el.value = { ...response!, status: 'draft', submittedAt: undefined } as PoolsterScan['value'];
      await settle(el);
      $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
      await settle(el);
      const sent = oneEvent(el, 'poolster-submitted');
      await clickButton(el, 'Send answers for good');
      await sent;
      await settle(el);
      expect(heading(el)).to.equal('Scan sent');
      expect(squash($(el, '.scan').textContent)).to.not.contain('What happens next');
      const sentId = (JSON.parse(String(api.calls[0]!.init.body)) as { id: string }).id;
      expect(links(el)).to.deep.equal([{ text: 'View the report', href: `https://portal.example/scans/${encodeURIComponent(sentId)}/report` }]);
      await expect(el).to.be.accessible();
    } finally {
      api.restore();
    }
  });
});
