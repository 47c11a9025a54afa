import { expect } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { BlockOption } from './block-pick.js';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterBlockPick } from './block-pick.js';
import { NONE, boxes, checked, clickBox, eleven, pick, record, root } from './block-pick.test-helpers.js';
import { clickText, scrollFirstOutOfView, useLaptopViewport } from '../shared/pointer.test-helpers.js';

defineOnce('poolster-block-pick', PoolsterBlockPick);

/** The eleven blocks with a scan's context: every block its stage and ambition, two at the highest stage suggested. */
const withContext: BlockOption[] = eleven.map((b) => ({
  ...b,
  detail: b.id === 'prevention' || b.id === 'integral-policy' ? 'Systematisch (aanhouden)' : 'Planmatig → Geïntegreerd',
  ...(b.id === 'prevention' || b.id === 'integral-policy' ? { suggestion: 'voorstel: jullie hoogste stadium' } : {}),
}));

const description = (el: PoolsterBlockPick, input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root(el).getElementById(id)!.textContent!.trim());

/** A block's detail and suggestion: shown under its label, read as its checkbox's description, nothing chosen by them. */
describe('poolster-block-pick', () => {
  afterEach(() => resetMouse());

  it('shows each block\'s detail, and the suggestion where there is one, as the checkbox\'s description', async () => {
    const el = await pick(withContext, { noneLabel: NONE });
    const prevention = boxes(el).find((b) => b.dataset.id === 'prevention')!;
    const teamwork = boxes(el).find((b) => b.dataset.id === 'strong-teamwork')!;
    expect(description(el, prevention)).to.deep.equal(['Systematisch (aanhouden)', 'voorstel: jullie hoogste stadium']);
    expect(description(el, teamwork)).to.deep.equal(['Planmatig → Geïntegreerd']);
    expect(root(el).querySelectorAll('[part="suggestion"]').length).to.equal(2);
    expect(root(el).querySelectorAll('[part="detail"]').length).to.equal(11);
    const ids = [...root(el).querySelectorAll('[id]')].map((n) => n.id);
    expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
  });

  it('keeps the error first in the description, and leaves out aria-describedby without texts', async () => {
    const el = await pick(withContext, { error: 'Kies minstens één bouwsteen.' });
    expect(boxes(el)[0]!.getAttribute('aria-describedby')).to.equal('error block-0-detail');
    const plain = await pick(eleven);
    expect(boxes(plain).some((b) => b.hasAttribute('aria-describedby'))).to.equal(false);
    expect(root(plain).querySelector('.block-texts')).to.equal(null);
  });

  it('picks nothing by itself and behaves as before: a suggested block is ticked by the team', async () => {
    const el = await pick(withContext, { noneLabel: NONE });
    expect(checked(el)).to.deep.equal([]);
    const details = record(el);
    await clickBox(el, boxes(el).find((b) => b.dataset.id === 'integral-policy')!);
    expect(details).to.deep.equal([{ value: ['integral-policy'], none: false }]);
  });

  it('a real click on a block\'s detail text focuses nothing, ticks nothing and does not move the page', async () => {
    await useLaptopViewport();
    const el = await pick(withContext, { noneLabel: NONE });
    el.style.display = 'block';
    el.insertAdjacentHTML('beforebegin', '<div style="height: 1400px"></div>');
    el.insertAdjacentHTML('afterend', '<div style="height: 1400px"></div>');
    const detail = root(el).querySelector('#block-9-detail')!;
    scrollFirstOutOfView(boxes(el)[0]!, detail);
    expect((await clickText(detail)).scrolled).to.equal(0);
    expect(checked(el)).to.deep.equal([]);
  });

  it('is accessible with details and suggestions: empty, with an error, read-only and in French', async () => {
    await expect(await pick(withContext, { noneLabel: NONE })).to.be.accessible();
    await expect(await pick(withContext, { noneLabel: NONE, error: 'Kies minstens één bouwsteen.' })).to.be.accessible();
    await expect(await pick(withContext, { value: ['prevention'], readonly: true })).to.be.accessible();
    await expect(await pick(withContext, { value: ['prevention'], lang: 'fr' })).to.be.accessible();
  });
});
