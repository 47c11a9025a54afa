import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clickText, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { $, clearDrafts, goInstrument, heading, mountScan, settle } from './scan.test-helpers.js';

/**
 * Content with a 100,000-character word (a block title without a single space): everything renders,
 * the word wraps instead of widening the page, and the navigation keeps working by mouse and keyboard.
 * Behaviour only; how long it takes is not asserted.
 */

const WORD = 'x'.repeat(100000);
const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

async function scanWithLongTitle(): Promise<{ el: PoolsterScan; blockId: string }> {
  const instrument = await goInstrument();
  const block = instrument.clusters[0]!.blocks[1]!;
  block.title = { nl: WORD, fr: WORD, en: WORD };
  const el = await mountScan(instrument);
  await nextFrame();
  return { el, blockId: block.id };
}

const navButton = (el: PoolsterScan, stepId: string): HTMLButtonElement =>
  $(el, 'poolster-progress-nav').shadowRoot!.querySelector<HTMLButtonElement>(`button[data-step-id="${stepId}"]`)!;

async function navigateByMouse(el: PoolsterScan, stepId: string): Promise<void> {
  const label = navButton(el, stepId).querySelector('.label')!;
  label.scrollIntoView({ block: 'nearest' });
  await clickText(label);
  await settle(el);
  await nextFrame();
}

/** Nothing is wider than the screen: no sideways scrolling of the page. */
const pageWidth = (): number => document.documentElement.scrollWidth;

describe('poolster-scan: a 100,000-character block title', () => {
  before(() => useLaptopViewport());
  afterEach(() => clearDrafts());

  it('renders, wraps on every step, and the navigation works by mouse', async () => {
    const { el, blockId } = await scanWithLongTitle();
    expect(pageWidth(), 'intro').to.be.at.most(window.innerWidth);
    expect(navButton(el, `block:${blockId}`).textContent).to.contain(WORD);

    await navigateByMouse(el, `block:${blockId}`);
    expect(heading(el)).to.equal(`4.2 ${WORD}`);
    expect(pageWidth(), 'the block step').to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();

    await navigateByMouse(el, 'confirm');
    expect(heading(el)).to.equal('Verzenden');
    expect(pageWidth(), 'the check of all answers').to.be.at.most(window.innerWidth);

    await navigateByMouse(el, 'final');
    expect(heading(el)).to.equal('Over alle bouwstenen heen');
    expect(pageWidth(), 'the final questions (pick and ranking list every block)').to.be.at.most(window.innerWidth);
  });

  it('the navigation works by keyboard past the long step', async () => {
    const { el, blockId } = await scanWithLongTitle();
    navButton(el, 'block:student-advocate').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal(`4.2 ${WORD}`);
    expect(el.value!.blocks[blockId], 'nothing was answered on the way').to.equal(undefined);

    navButton(el, `block:${blockId}`).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('4.3 Preventie');
  });
});
