import { expect, fixture, html } from '@open-wc/testing';
import type { Response } from '@poolster/schema';
import '../define.js';
import type { PoolsterProgressNav } from '../progress-nav/progress-nav.js';
import type { PoolsterReport } from '../report/report.js';
import { $, chooseStage, clearDrafts, clickButton, completeGoResponse, goInstrument, heading, mountScan, settle, typeInto } from '../scan/scan.test-helpers.js';
import { PUBLIC_EVENTS } from './events.js';

/**
 * The event contract (events.ts) as a host page sees it: real clicks inside the elements, listeners on the
 * document in both phases. The scan's inner controls, navigation and error summary fire events too; the
 * page must hear only the scan's own.
 */

interface Heard {
  type: string;
  phase: 'capture' | 'bubble';
  target: string;
  detail: unknown;
}

function listenOnDocument(): { heard: Heard[]; stop: () => void } {
  const heard: Heard[] = [];
  const record = (phase: Heard['phase']) => (event: Event) =>
    heard.push({ type: event.type, phase, target: (event.target as Element).localName, detail: (event as CustomEvent).detail });
  const capture = record('capture');
  const bubble = record('bubble');
  for (const type of PUBLIC_EVENTS) {
    document.addEventListener(type, capture, true);
    document.addEventListener(type, bubble);
  }
  return {
    heard,
    stop: () => {
      for (const type of PUBLIC_EVENTS) {
        document.removeEventListener(type, capture, true);
        document.removeEventListener(type, bubble);
      }
    },
  };
}

const types = (heard: Heard[]) => [...new Set(heard.map((h) => h.type))].sort();

describe('the event contract, heard by the host page', () => {
  let listening: ReturnType<typeof listenOnDocument>;
  beforeEach(() => (listening = listenOnDocument()));
  afterEach(() => {
    listening.stop();
    clearDrafts();
  });

  it('hears the scan’s own events with their details, never the events of the controls, the navigation or the error summary inside it', async () => {
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB Genest');
    await clickButton(el, 'Beginnen');
    await chooseStage(el, 'block/student-advocate/current-stage', 1); // a click on the stage picker's radio
    $(el, 'poolster-progress-nav').shadowRoot!.querySelector<HTMLButtonElement>('button[data-step-id="confirm"]')!.click();
    await settle(el);
    expect(heading(el), 'the scan itself heard its navigation').to.equal('Verzenden');
    await clickButton(el, 'Antwoorden definitief verzenden');
    const link = $(el, 'poolster-error-summary').shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    link.click();
    await settle(el);
    expect(heading(el), 'the scan itself heard its error summary: it went to the first incomplete block').to.match(/^\d+\.\d+ /);

    const { heard } = listening;
    expect(heard.every((h) => h.target === 'poolster-scan'), JSON.stringify(heard.map((h) => h.target))).to.equal(true);
    expect(types(heard)).to.deep.equal(['poolster-change', 'poolster-step']);
    const change = heard.filter((h) => h.type === 'poolster-change' && h.phase === 'bubble').at(-1)!.detail as { response: Response; location: unknown };
    expect(change.response.blocks['student-advocate']!['current-stage']).to.deep.equal({ choice: 'planned' });
    const steps = heard.filter((h) => h.type === 'poolster-step' && h.phase === 'bubble').map((h) => (h.detail as { step: string }).step);
    expect(steps).to.include('confirm');
    expect(heard.filter((h) => h.phase === 'capture').length, 'capture sees the same events as bubble').to.equal(heard.length / 2);
  });

  it('hears poolster-submitted when the team sends, with the response', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    el.value = completeGoResponse(instrument);
    await settle(el);
    $(el, 'poolster-progress-nav').shadowRoot!.querySelector<HTMLButtonElement>('button[data-step-id="confirm"]')!.click();
    await settle(el);
    await clickButton(el, 'Antwoorden definitief verzenden');
    const names = listening.heard.filter((h) => h.phase === 'bubble').map((h) => h.type);
    expect(names).to.include.members(['poolster-submit', 'poolster-submitted']);
    expect(names).to.not.include('poolster-answer');
    const submitted = listening.heard.find((h) => h.type === 'poolster-submitted')!.detail as { response: Response };
    expect(submitted.response.status).to.equal('submitted');
  });

  it('hears a control’s poolster-answer and the navigation’s poolster-navigate when the page placed them itself', async () => {
    const nav = await fixture<PoolsterProgressNav>(
      html`<poolster-progress-nav lang="en" .steps=${[{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]} current="a"></poolster-progress-nav>`,
    );
    nav.shadowRoot!.querySelector<HTMLButtonElement>('button[data-step-id="b"]')!.click();
    const picker = await fixture(
      html`<poolster-stage-picker lang="en" legend="Stage" .stages=${[{ id: 'one', label: 'One', paragraphs: [] }, { id: 'two', label: 'Two', paragraphs: [] }]}></poolster-stage-picker>`,
    );
    await (picker as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
    const bubbled = listening.heard.filter((h) => h.phase === 'bubble');
    expect(bubbled.map((h) => [h.type, h.target, h.detail])).to.deep.equal([
      ['poolster-navigate', 'poolster-progress-nav', { stepId: 'b' }],
      ['poolster-answer', 'poolster-stage-picker', { value: ['two'] }],
    ]);
  });

  it('hears the report’s poolster-error after the report shows the error, not while it updates', async () => {
    const instrument = await goInstrument();
    const response = completeGoResponse(instrument);
    const el = document.createElement('poolster-report') as PoolsterReport;
    let shownWhenHeard: string | undefined;
    let updatingWhenHeard: boolean | undefined;
    el.addEventListener('poolster-error', (e) => {
      expect(e.detail.kind).to.equal('response');
      shownWhenHeard = el.shadowRoot!.querySelector('.message')?.textContent ?? '';
      updatingWhenHeard = el.isUpdatePending;
    });
    el.lang = 'en';
    el.instrument = instrument;
    el.response = { ...response, instrumentId: 'another-scan' };
    document.body.append(el);
    await el.updateComplete;
    expect(shownWhenHeard).to.contain('another-scan');
    expect(updatingWhenHeard).to.equal(false);
    const heard = listening.heard.filter((h) => h.phase === 'bubble');
    expect(heard.map((h) => [h.type, h.target, (h.detail as { kind: string }).kind])).to.deep.equal([['poolster-error', 'poolster-report', 'response']]);
    el.remove();
  });
});
