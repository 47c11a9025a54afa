import { expect, fixture, html } from '@open-wc/testing';
import { describeViolations, pageViolations } from '../shared/axe.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import type { StepId } from './steps.js';
import { clearDrafts, clickButton, completeGoResponse, deepElements, goInstrument, heading, settle, typeInto } from './scan.test-helpers.js';

/**
 * The scan on a portal page that has its own header, `main` and footer, as every host page does: axe with
 * its best-practice rules must find nothing on the whole page (no second `main`, no duplicate landmark), in
 * every state a team reaches, and no two buttons or links of a step may share their accessible name.
 */

async function hostPage(): Promise<PoolsterScan> {
  document.documentElement.lang = 'nl';
  document.title = 'Portaal – zelfscan';
  const page = await fixture<HTMLElement>(html`<div>
    <header><p>Portaal van het centrum</p></header>
    <main>
      <h1>Zelfscan</h1>
      <poolster-scan .instrument=${await goInstrument()} lang="nl" draft-key=${`landmarks-${Date.now()}`}></poolster-scan>
    </main>
    <footer><p>Contact</p></footer>
  </div>`);
  const el = page.querySelector('poolster-scan')!;
  await settle(el);
  return el;
}

async function goTo(el: PoolsterScan, step: StepId): Promise<void> {
  el.shadowRoot!.querySelector('poolster-progress-nav')!.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: step } }));
  await settle(el);
}

/** A control's accessible name as far as the scan gives one: aria-label, else its labelling element, else its text. */
function nameOf(control: Element): string {
  const label = control.getAttribute('aria-label');
  if (label) return label.trim();
  const by = control.getAttribute('aria-labelledby');
  const root = control.getRootNode() as ShadowRoot | Document;
  if (by) return by.split(/\s+/).map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
  const labels = (control as HTMLTextAreaElement).labels;
  if (labels?.length) return [...labels].map((l) => l.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
  return (control.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Buttons, links and text fields of the current step (the progress navigation's own entries apart) that
 * share a name. Options of two choice questions may share theirs ("gelinkt aan mensen en cultuur" as a
 * lever and as an obstacle): each sits in its own named group, which a screen reader announces.
 */
function sharedNames(el: PoolsterScan): string[] {
  const step = el.shadowRoot!.querySelector('.content') ?? el.shadowRoot!;
  const controls = deepElements(step).filter((e) => e.matches('button, a[href], textarea, input[type=text]') && !e.closest('[hidden]'));
  const counts = new Map<string, number>();
  for (const c of controls) counts.set(nameOf(c), (counts.get(nameOf(c)) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([name, n]) => `${name} ×${n}`);
}

async function expectClean(el: PoolsterScan, state: string): Promise<void> {
  expect(el.shadowRoot!.querySelectorAll('main').length, `${state}: the scan adds no main`).to.equal(0);
  expect(describeViolations(await pageViolations()), state).to.deep.equal([]);
  expect(sharedNames(el), `${state}: names shared within the step`).to.deep.equal([]);
}

describe('poolster-scan: landmarks and names on a host page with its own main', () => {
  afterEach(() => clearDrafts());

  it('axe (best practices included) finds nothing in any state, and no two controls of a step share a name', async () => {
    const el = await hostPage();
    expect(heading(el)).to.equal('GO! poolster-CLB in beeld');
    await expectClean(el, 'intro');

    await typeInto(el, 'context/centre-name', 'CLB Noord');
    await clickButton(el, 'Beginnen');
    expect(heading(el)).to.equal('4.1 Behartiger van de leerling');
    await expectClean(el, 'block step');

    await clickButton(el, 'Opslaan en verder');
    expect(el.shadowRoot!.querySelector('poolster-error-summary')).to.not.equal(null);
    await expectClean(el, 'block step with its error summary');

    for (const step of ['final', 'confirm'] as const) {
      await goTo(el, step);
      await expectClean(el, step);
    }

    await clickButton(el, 'Antwoorden definitief verzenden');
    expect(el.shadowRoot!.querySelector('poolster-error-summary')).to.not.equal(null);
    await expectClean(el, 'send step with the error summary');

    el.value = completeGoResponse(await goInstrument());
    await settle(el);
    for (const step of ['block:prevention', 'final'] as const) {
      await goTo(el, step);
      await expectClean(el, `${step}, all answered`);
    }
    await goTo(el, 'confirm');
    await clickButton(el, 'Antwoorden definitief verzenden');
    expect(heading(el)).to.equal('Scan verstuurd');
    await expectClean(el, 'confirmation');
  });
});
