import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../define.js';
import type { PoolsterErrorSummary } from '../error-summary/error-summary.js';
import { closestLang } from './inherited-lang.js';

const errors = [{ target: 'x', message: 'm' }];
const heading = (el: PoolsterErrorSummary): string => el.shadowRoot!.querySelector('h2')!.textContent!.trim();

/** A host with its own shadow root and a `lang` of its own, to show the language crossing into it. */
class LangTestHost extends LitElement {
  override render() {
    return html`<div><poolster-error-summary .errors=${errors}></poolster-error-summary></div>`;
  }
}
customElements.define('lang-test-host', LangTestHost);

describe('an element without lang speaks the language of the page around it', () => {
  let pageLang = '';
  beforeEach(() => {
    pageLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it("takes the page's <html lang> by default", async () => {
    document.documentElement.lang = 'fr-BE';
    const el = await fixture<PoolsterErrorSummary>(html`<poolster-error-summary .errors=${errors}></poolster-error-summary>`);
    expect(el.lang).to.equal('fr-BE');
    expect(heading(el)).to.equal('Il y a un problème');
  });

  it('takes the closest ancestor with lang over the page', async () => {
    document.documentElement.lang = 'nl';
    const wrapper = await fixture(html`<section lang="en"><div><poolster-error-summary .errors=${errors}></poolster-error-summary></div></section>`);
    const el = wrapper.querySelector('poolster-error-summary')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('There is a problem');
  });

  it("crosses a shadow root to its host's lang", async () => {
    document.documentElement.lang = 'nl';
    const host = await fixture<LangTestHost>(html`<lang-test-host lang="fr"></lang-test-host>`);
    const el = host.shadowRoot!.querySelector('poolster-error-summary')!;
    await el.updateComplete;
    expect(closestLang(el)).to.equal('fr');
    expect(heading(el)).to.equal('Il y a un problème');
  });

  it('keeps its own lang attribute as an override', async () => {
    document.documentElement.lang = 'nl';
    const wrapper = await fixture(html`<div lang="fr"><poolster-error-summary lang="en" .errors=${errors}></poolster-error-summary></div>`);
    const el = wrapper.querySelector('poolster-error-summary')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('There is a problem');
  });

  it('keeps a lang property set by the host before connecting', async () => {
    document.documentElement.lang = 'nl';
    const el = document.createElement('poolster-error-summary');
    el.errors = errors;
    el.lang = 'fr';
    document.body.append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal('Il y a un problème');
    el.remove();
  });

  it('reads nothing as English, and inherits again when moved to another language', async () => {
    document.documentElement.lang = '';
    const el = await fixture<PoolsterErrorSummary>(html`<poolster-error-summary .errors=${errors}></poolster-error-summary>`);
    expect(heading(el)).to.equal('There is a problem');
    const dutch = document.createElement('div');
    dutch.lang = 'nl';
    document.body.append(dutch);
    dutch.append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal('Er is een probleem');
    dutch.remove();
  });
});
