import { localize, modelOf, type Instrument, type Text } from '@poolster/schema';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickText, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { $, clearDrafts, deepElements, describeElement, focused, goInstrument, heading, mountScan, settle, typeInto } from './scan.test-helpers.js';

/**
 * The first block drawn ahead on the intro (views/scan-view.ts, issue 18): once the intro is on screen and the
 * browser has an idle moment, block 1 is in the scan, laid out but hidden, so that "Beginnen" only has to show
 * it. Hidden means no box to see or click, nothing axe or the keyboard reaches; pressing the start shows those
 * very elements. Elements are compared as booleans or strings, never with chai's `equal` (a failed comparison
 * of elements freezes the browser).
 */

const STAGE = 'block/student-advocate/current-stage';

/**
 * Resolves in the browser's next idle moment, after the scan's own idle work, asked for earlier. A page kept
 * busy (on a busy machine) or hidden may get no idle moment at all, so this too has a deadline, later than the
 * scan's (shared/when-idle.ts): the browser runs the two in order.
 */
const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 4000 }));

const dutch = (text: Text): string => localize(text, 'nl', 'nl');

/** A block's heading as the scan writes it: its number, then its title. */
const blockHeading = (instrument: Instrument, index: number): string => {
  const { block } = modelOf(instrument).blocks[index]!;
  return `${block.number} ${dutch(block.title)}`;
};

const aheadBox = (el: PoolsterScan): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('.ahead');
const stageControl = (el: PoolsterScan): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(`[data-field="${STAGE}"]`);

/** The intro with block 1 drawn ahead, the centre's name typed (the start asks for it). */
async function introWithBlockAhead(instrument: Instrument): Promise<PoolsterScan> {
  const el = await mountScan(instrument);
  await typeInto(el, 'context/centre-name', 'CLB Noord');
  await idle();
  await settle(el);
  return el;
}

describe('poolster-scan: the first block drawn ahead on the intro', () => {
  afterEach(clearDrafts);

  it('draws the intro first and the first block only after it, in the idle moment that follows', async () => {
    const instrument = await goInstrument();
    const el = document.createElement('poolster-scan') as PoolsterScan;
    el.setAttribute('draft-key', `ahead-${Date.now()}`);
    el.lang = 'nl';
    el.instrument = instrument;
    // Noted in the microtask after each drawing: whether the block was there when the intro first showed.
    let blockWithIntro: boolean | undefined;
    const observer = new MutationObserver(() => {
      if (blockWithIntro === undefined && el.shadowRoot?.querySelector('.step-heading')) blockWithIntro = stageControl(el) !== null;
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await settle(el);
      expect(blockWithIntro, 'block 1 drawn with the intro').to.equal(false);
      await idle();
      await settle(el);
      expect(stageControl(el) !== null, 'block 1 drawn ahead').to.equal(true);
      expect(heading(el)).to.equal(dutch(instrument.title));
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('moves nothing on the intro when it draws the block', async () => {
    // The browser's idle moments held until the intro is measured, so that it is measured before the block.
    const held: Array<() => void> = [];
    const realIdle = window.requestIdleCallback;
    window.requestIdleCallback = ((run: IdleRequestCallback) => held.push(() => run({ didTimeout: false, timeRemaining: () => 50 }))) as typeof requestIdleCallback;
    try {
      const el = await mountScan(await goInstrument());
      const actionsTop = () => $(el, '.actions').getBoundingClientRect().top;
      const [before, pageHeight] = [actionsTop(), document.documentElement.scrollHeight];
      expect(stageControl(el) !== null, 'block 1 drawn before the idle moment').to.equal(false);
      // The box, still empty, takes no room either: the buttons sit where they would without it.
      aheadBox(el)!.style.display = 'none';
      expect(actionsTop(), 'the buttons without the box').to.equal(before);
      aheadBox(el)!.style.removeProperty('display');
      for (const run of held.splice(0)) run();
      await settle(el);
      expect(stageControl(el) !== null, 'block 1 drawn ahead').to.equal(true);
      expect(actionsTop(), 'the buttons with the block drawn').to.equal(before);
      // Nothing of the block reaches out of its box: the page scrolls no further than before.
      expect(document.documentElement.scrollHeight).to.equal(pageHeight);
    } finally {
      window.requestIdleCallback = realIdle;
    }
  });

  it('keeps the block out of sight, of axe and of the keyboard while the intro shows', async () => {
    const el = await introWithBlockAhead(await goInstrument());
    const box = aheadBox(el)!;
    expect(box.getBoundingClientRect().height).to.equal(0);
    expect(box.firstElementChild!.getBoundingClientRect().height).to.equal(0);
    // The heading drawn ahead is not yet the step's: focus and a host's tests find the intro's.
    expect(el.shadowRoot!.querySelectorAll('.step-heading').length).to.equal(1);
    const hiddenHeading = box.querySelector<HTMLElement>('h2')!;
    expect(hiddenHeading.checkVisibility({ visibilityProperty: true }), 'the hidden heading is visible').to.equal(false);
    expect(stageControl(el)!.checkVisibility({ visibilityProperty: true }), 'the hidden stage question is visible').to.equal(false);
    await expect(el).to.be.accessible();
    // Tab from the centre's name through the rest of the intro to the page's end: never into the hidden block.
    const hiddenElements = new Set(deepElements(box));
    const [reached, visited] = [[] as string[], new Set<string>()];
    $(el, 'input[data-field="context/centre-name"]').focus();
    for (let i = 0; i < 40 && document.activeElement === el; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      if (active) visited.add(describeElement(active));
      if (active && hiddenElements.has(active)) reached.push(describeElement(active));
    }
    expect(reached).to.deep.equal([]);
    expect([...visited], 'the controls reached after the centre name').to.include('button.primary');
  });

  it('shows those very elements when the start is pressed with the mouse, the block heading focused', async () => {
    await useLaptopViewport();
    const instrument = await goInstrument();
    const el = await introWithBlockAhead(instrument);
    const drawnAhead = stageControl(el)!;
    const start = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Beginnen')!;
    start.scrollIntoView({ block: 'center' });
    await clickText(start);
    await settle(el);
    expect(aheadBox(el) !== null, 'a hidden box after the start').to.equal(false);
    expect(stageControl(el) === drawnAhead, 'the stage question drawn ahead is the one shown').to.equal(true);
    expect(drawnAhead.checkVisibility({ visibilityProperty: true })).to.equal(true);
    expect(heading(el)).to.equal(blockHeading(instrument, 0));
    expect(focused(el)).to.equal('h2.step-heading');
    await expect(el).to.be.accessible();
  });

  it('holds block 1 again when the team comes back to the intro from another block', async () => {
    const instrument = await goInstrument();
    const el = await introWithBlockAhead(instrument);
    const nav = $(el, 'poolster-progress-nav');
    const goTo = async (stepId: string) => {
      nav.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-step-id="${stepId}"]`)!.click();
      await settle(el);
    };
    await goTo(`block:${modelOf(instrument).blocks[1]!.block.id}`);
    expect(heading(el)).to.equal(blockHeading(instrument, 1));
    expect(aheadBox(el) !== null, 'a hidden box on block 2').to.equal(false);
    await goTo('intro');
    expect(heading(el)).to.equal(dutch(instrument.title));
    expect(aheadBox(el)!.querySelector('h2')!.textContent!.trim()).to.equal(blockHeading(instrument, 0));
    const start = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Beginnen')!;
    start.click();
    await settle(el);
    expect(heading(el)).to.equal(blockHeading(instrument, 0));
  });
});
