import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { registerLanguage } from '../index.js';
import type { PoolsterReport } from '../report/report.js';
import { FIXTURE, mount, three } from '../compare/compare.test-helpers.js';
import type { PoolsterScan } from '../scan/scan.js';
import { settle } from '../scan/scan.test-helpers.js';
import { errorSummaryStrings } from '../error-summary/error-summary.strings.js';

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

describe('a language a host registers (German)', () => {
  let pageLang = '';
  before(() => {
    pageLang = document.documentElement.lang;
    // Partial on purpose: what German lacks reads in English (the fallback rule), never as a key or blank.
    registerLanguage('de', {
      scan: { start: 'Los geht’s' },
      report: { invalidResponse: 'Diese Antworten sind nicht lesbar: {reason}' },
      compare: { headingMatrix: 'Stufe je Baustein und Zentrum' },
      validation: { 'structure.invalid-value': '{value} ist kein erlaubter Wert; erwartet: {expected}.' },
      'error-summary': { heading: 'Es gibt ein Problem' },
    });
  });
  after(() => {
    document.documentElement.lang = pageLang;
  });

  it('is spoken by the scan, taken from the page', async () => {
    document.documentElement.lang = 'de-CH';
    const instrument = await three();
    const el = await fixture<PoolsterScan>(html`<poolster-scan .instrument=${instrument} draft-key=${`german-${Date.now()}`}></poolster-scan>`);
    await settle(el);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => squash(b.textContent));
    expect(buttons).to.include('Los geht’s');
  });

  it('is spoken by the report and by the validation message it shows', async () => {
    const instrument = await three();
    const response = { ...(FIXTURE[0]!.response as object), status: 'halb' };
    const el = await fixture<PoolsterReport>(html`<poolster-report .instrument=${instrument} .response=${response} lang="de"></poolster-report>`);
    await el.updateComplete;
    const shown = squash(el.shadowRoot!.textContent);
    expect(shown).to.contain('Diese Antworten sind nicht lesbar:');
    expect(shown).to.contain('"halb" ist kein erlaubter Wert; erwartet:');
  });

  it('is spoken by the comparison', async () => {
    const el = await mount(FIXTURE, { lang: 'de' });
    expect(squash(el.shadowRoot!.querySelector('h2, h3')?.textContent)).to.equal('Stufe je Baustein und Zentrum');
  });

  it('reads what German lacks in English, and a later registration redraws the elements', async () => {
    expect(errorSummaryStrings('de').heading).to.equal('Es gibt ein Problem');
    const summary = await fixture(html`<poolster-error-summary lang="de" .errors=${[{ target: 'x', message: 'm' }]}></poolster-error-summary>`);
    expect(squash(summary.shadowRoot!.querySelector('h2')!.textContent)).to.equal('Es gibt ein Problem');
    registerLanguage('de', { 'error-summary': { heading: 'Da stimmt etwas nicht' } });
    await (summary as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(squash(summary.shadowRoot!.querySelector('h2')!.textContent)).to.equal('Da stimmt etwas nicht');
  });
});
