import { expect } from '@open-wc/testing';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { $, clearDrafts, goInstrument, heading, mountScan, settle } from './scan.test-helpers.js';

/**
 * The GO! scan on a laptop (1280 × 700), answered with a real mouse: a press and release on the text
 * of a card or a label, while the group's first option is scrolled above the viewport. Each click
 * must set the answer and leave the page where it was. Elements are never compared with chai's
 * `equal` (a failed comparison of elements freezes the browser): only strings and numbers.
 */

const BLOCK = 'student-advocate';

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Goes to a step by clicking its name in the progress navigation. */
async function navigateByMouse(el: PoolsterScan, stepId: string): Promise<void> {
  const nav = $(el, 'poolster-progress-nav');
  const label = nav.shadowRoot!.querySelector<HTMLElement>(`button[data-step-id="${stepId}"] .label`)!;
  await nextFrame(); // what a team sees: the navigation has scrolled its list to the current step
  label.scrollIntoView({ block: 'center' });
  await clickText(label);
  await settle(el);
}

const control = (el: PoolsterScan, field: string): HTMLElement => $(el, `[data-field="${field}"]`);
const inside = <T extends Element = HTMLElement>(host: HTMLElement, selector: string): T[] => [...host.shadowRoot!.querySelectorAll<T>(selector)];

/** Scrolls the group's first control above the viewport, clicks `text`, and returns how far the page moved. */
async function clickWithFirstOutOfView(el: PoolsterScan, first: Element, text: Element): Promise<number> {
  scrollFirstOutOfView(first, text);
  const { scrolled } = await clickText(text);
  await settle(el);
  return scrolled;
}

/** The scan in a portal page with more content below it, so its last questions can be scrolled up too. */
async function mountInPage(): Promise<PoolsterScan> {
  const el = await mountScan(await goInstrument());
  const footer = document.createElement('div');
  footer.style.height = '1400px';
  el.after(footer);
  return el;
}

describe('poolster-scan: answered with a real mouse on a laptop screen', () => {
  before(() => useLaptopViewport());
  afterEach(() => clearDrafts());

  it('block 1: the text of the 4th stage card and the labels of levers and obstacles set the answers; the page stays put', async () => {
    const el = await mountInPage();
    await navigateByMouse(el, `block:${BLOCK}`);
    expect(heading(el)).to.equal('4.1 Behartiger van de leerling');

    const picker = control(el, `block/${BLOCK}/current-stage`);
    const fourth = inside(picker, '[part=card]')[3]!;
    const radios = inside(picker, 'input[type=radio]');
    expect(await clickWithFirstOutOfView(el, radios[0]!, [...fourth.querySelectorAll('.para')].at(-1)!), 'page moved (stage card text)').to.equal(0);
    expect(el.value!.blocks[BLOCK]!['current-stage']).to.deep.equal({ choice: 'systematic' });
    expect(await clickWithFirstOutOfView(el, radios[0]!, fourth.querySelector('.title')!), 'page moved (stage card title)').to.equal(0);
    expect(el.value!.blocks[BLOCK]!['current-stage']).to.deep.equal({ choice: 'systematic' });

    const levers = control(el, `block/${BLOCK}/levers`);
    const leverBoxes = inside(levers, '.option input');
    const leverLabels = inside(levers, '.option label');
    expect(await clickWithFirstOutOfView(el, leverBoxes[0]!, leverLabels[2]!), 'page moved (levers)').to.equal(0);
    expect(await clickWithFirstOutOfView(el, leverBoxes[0]!, leverLabels[1]!), 'page moved (levers)').to.equal(0);
    expect(el.value!.blocks[BLOCK]!.levers!.choices).to.deep.equal(['people-culture', 'systems-structure']);

    const obstacles = control(el, `block/${BLOCK}/obstacles`);
    const obstacleBoxes = inside(obstacles, '.option input');
    const obstacleLabels = inside(obstacles, '.option label');
    expect(await clickWithFirstOutOfView(el, obstacleBoxes[0]!, obstacleLabels[1]!), 'page moved (obstacles)').to.equal(0);
    expect(el.value!.blocks[BLOCK]!.obstacles!.choices).to.deep.equal(['people-culture']);
    expect(await clickWithFirstOutOfView(el, obstacleBoxes[0]!, obstacleLabels[3]!), 'page moved (obstacles, "none")').to.equal(0);
    expect(el.value!.blocks[BLOCK]!.obstacles!.choices, 'the exclusive answer clears the others').to.deep.equal(['none']);
    await expect(el).to.be.accessible();
  });

  it('the final questions: block pick labels and the ranking (one click per block, move down) set the answers; the page stays put', async () => {
    const el = await mountInPage();
    await navigateByMouse(el, 'final');
    expect(heading(el)).to.equal('Over alle bouwstenen heen');

    const pick = control(el, 'final/inspiring-practices');
    const boxes = inside<HTMLInputElement>(pick, '.groups input');
    const labels = inside(pick, '.groups label');
    expect(await clickWithFirstOutOfView(el, boxes[0]!, labels[9]!), 'page moved (block pick)').to.equal(0);
    expect(await clickWithFirstOutOfView(el, boxes[0]!, labels[4]!), 'page moved (block pick)').to.equal(0);
    const picked = [boxes[9]!.dataset.id, boxes[4]!.dataset.id];
    expect(el.value!.final['inspiring-practices']!.blocks).to.deep.equal(picked);

    const ranking = control(el, 'final/priorities');
    const firstUp = (): HTMLElement | undefined => inside(ranking, 'li button.up')[0];
    /** Clicks the text with the first row out of view; before there is a row, with the text in the middle of the screen. */
    const clickInRanking = async (text: Element): Promise<number> => {
      const first = firstUp();
      if (first) return clickWithFirstOutOfView(el, first, text);
      text.scrollIntoView({ block: 'center' });
      const { scrolled } = await clickText(text);
      await settle(el);
      return scrolled;
    };
    for (let i = 0; i < 4; i += 1) {
      expect(await clickInRanking(inside(ranking, 'button.add-button')[0]!), `page moved (add, block ${i + 1})`).to.equal(0);
      expect(el.value!.final.priorities!.blocks, `one click adds block ${i + 1}`).to.have.length(i + 1);
    }
    const ranked = el.value!.final.priorities!.blocks!;
    expect(ranked).to.have.length(4);

    const down = inside(ranking, 'li button.down')[1]!;
    expect(await clickWithFirstOutOfView(el, inside(ranking, 'li button.up')[0]!, down), 'page moved (move down)').to.equal(0);
    expect(el.value!.final.priorities!.blocks).to.deep.equal([ranked[0], ranked[2], ranked[1], ranked[3]]);
    await expect(el).to.be.accessible();
  });
});
