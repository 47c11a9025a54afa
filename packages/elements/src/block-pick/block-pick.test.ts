import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { defineOnce } from '../shared/define-once.js';
import { PoolsterBlockPick } from './block-pick.js';
import { C1, C2, C3, NONE, boxes, checked, clickBox, eleven, focused, noneBox, pick, record, root, status, three } from './block-pick.test-helpers.js';

defineOnce('poolster-block-pick', PoolsterBlockPick);

describe('poolster-block-pick', () => {
  afterEach(() => resetMouse());

  describe('accessibility', () => {
    it('is accessible empty, partly filled, full with the limit message, with "none" chosen', async () => {
      await expect(await pick()).to.be.accessible();
      await expect(await pick(eleven, { value: ['prevention'], noneLabel: NONE })).to.be.accessible();
      const full = await pick(eleven, { value: ['prevention', 'integral-policy', 'strong-teamwork'], noneLabel: NONE });
      await clickBox(full, boxes(full)[0]!);
      expect(status(full)).to.contain('Je kan er hoogstens 3 kiezen.');
      await expect(full).to.be.accessible();
      await expect(await pick(eleven, { none: true, noneLabel: NONE })).to.be.accessible();
    });

    it('is accessible with an error, read-only, with a hint, and with three blocks without clusters', async () => {
      await expect(await pick(eleven, { error: 'Kies minstens één bouwsteen.', noneLabel: NONE })).to.be.accessible();
      await expect(await pick(eleven, { value: ['prevention'], readonly: true, noneLabel: NONE })).to.be.accessible();
      await expect(await pick(eleven, { readonly: true, none: true, noneLabel: NONE, error: 'Fout.' })).to.be.accessible();
      await expect(await pick(three, { hint: 'Hoogstens drie.', value: ['b'] })).to.be.accessible();
    });
  });

  describe('defaults and attributes', () => {
    it('has documented defaults', async () => {
      const el = await fixture<PoolsterBlockPick>(html`<poolster-block-pick></poolster-block-pick>`);
      expect(el.legend).to.equal('');
      expect(el.hint).to.equal('');
      expect(el.blocks).to.deep.equal([]);
      expect(el.max).to.equal(3);
      expect(el.value).to.deep.equal([]);
      expect(el.noneLabel).to.equal('');
      expect(el.none).to.equal(false);
      expect(el.required).to.equal(false);
      expect(el.error).to.equal('');
      expect(el.readonly).to.equal(false);
      expect(el.lang).to.equal('nl');
      expect(status(el)).to.equal('0 van 3 gekozen');
      expect(noneBox(el) === null, 'no "none" box by default').to.equal(true);
      expect(el.hasAttribute('lang')).to.equal(false);
    });

    it('reads its attributes into properties', async () => {
      const el = await fixture<PoolsterBlockPick>(
        html`<poolster-block-pick legend="L" hint="H" max="2" none-label="Nog niet" none required error="E" readonly lang="fr"></poolster-block-pick>`,
      );
      expect([el.legend, el.hint, el.max, el.noneLabel, el.none, el.required, el.error, el.readonly, el.lang]).to.deep.equal([
        'L',
        'H',
        2,
        'Nog niet',
        true,
        true,
        'E',
        true,
        'fr',
      ]);
    });

    it('reflects none and readonly, but not lang', async () => {
      const el = await pick(three);
      el.none = true;
      el.readonly = true;
      el.lang = 'en';
      await el.updateComplete;
      expect(el.getAttribute('none')).to.equal('');
      expect(el.hasAttribute('readonly')).to.equal(true);
      expect(el.hasAttribute('lang')).to.equal(false);
      el.none = false;
      el.readonly = false;
      await el.updateComplete;
      expect(el.hasAttribute('none')).to.equal(false);
      expect(el.hasAttribute('readonly')).to.equal(false);
    });
  });

  describe('rendering', () => {
    it('renders the legend, the hint and one checkbox per block under its cluster title', async () => {
      const el = await pick(eleven, { hint: 'Hoogstens drie.', noneLabel: NONE });
      expect(root(el).querySelector('legend')!.textContent).to.equal('Voor welke bouwstenen zijn we een inspirerende praktijk?');
      expect(root(el).querySelector('#hint')!.textContent).to.equal('Hoogstens drie.');
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint');
      const groups = [...root(el).querySelectorAll('.group[role="group"]')];
      expect(groups.map((g) => root(el).getElementById(g.getAttribute('aria-labelledby')!)!.textContent)).to.deep.equal([C1, C2, C3]);
      expect(groups.map((g) => g.querySelectorAll('input').length)).to.deep.equal([3, 3, 5]);
      expect(root(el).querySelectorAll('fieldset fieldset').length).to.equal(0);
      expect(boxes(el).map((b) => root(el).querySelector(`label[for="${b.id}"]`)!.textContent)).to.deep.equal(eleven.map((b) => b.label));
      // "none" comes last, in its own separated box
      const none = noneBox(el)!;
      expect(none.closest('[part="none"]')).to.not.equal(null);
      expect(root(el).querySelector('label[for="none"]')!.textContent).to.equal(NONE);
      const all = [...root(el).querySelectorAll('input')];
      expect(all.indexOf(none)).to.equal(11);
    });

    it('renders blocks without a cluster without a group title', async () => {
      const el = await pick(three);
      expect(root(el).querySelectorAll('[role="group"]').length).to.equal(0);
      expect(root(el).querySelectorAll('.group-title').length).to.equal(0);
      expect(boxes(el).length).to.equal(3);
    });

    it('shows the picked blocks, and ignores unknown and duplicate ids in the count', async () => {
      const el = await pick(eleven, { value: ['prevention', 'gone', 'prevention', 'student-advocate'] });
      expect(checked(el)).to.deep.equal(['student-advocate', 'prevention']);
      expect(status(el)).to.equal('2 van 3 gekozen');
    });

    it('has a polite status region that always shows the count', async () => {
      const el = await pick();
      const region = root(el).querySelector('[part="status"]')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(status(el)).to.equal('0 van 3 gekozen');
      el.max = 2;
      el.value = ['prevention'];
      await el.updateComplete;
      expect(status(el)).to.equal('1 van 2 gekozen');
    });

    it('focus() reaches the first checkbox', async () => {
      const el = await pick();
      el.focus();
      expect(focused(el) === boxes(el)[0], 'focus on the first checkbox').to.equal(true);
    });
  });

  describe('keyboard and mouse', () => {
    it('ticks and unticks with Space, in pick order', async () => {
      const el = await pick(three);
      const details = record(el);
      boxes(el)[0]!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(details).to.deep.equal([
        { value: ['b'], none: false },
        { value: ['b', 'c'], none: false },
        { value: ['b', 'c', 'a'], none: false },
        { value: ['c', 'a'], none: false },
      ]);
      expect(el.value).to.deep.equal(['c', 'a']);
      expect(checked(el)).to.deep.equal(['a', 'c']);
      expect(status(el)).to.equal('2 van 3 gekozen');
    });

    it('ticks with a real mouse click on the label', async () => {
      const el = await pick(eleven);
      const label = root(el).querySelector<HTMLElement>('label[for="block-2"]')!;
      const r = label.getBoundingClientRect();
      const done = oneEvent(el, 'poolster-answer');
      await sendMouse({ type: 'click', position: [Math.round(r.left + 5), Math.round(r.top + r.height / 2)] });
      expect((await done).detail).to.deep.equal({ value: ['prevention'], none: false });
      expect(checked(el)).to.deep.equal(['prevention']);
    });
  });

  describe('the maximum', () => {
    it('refuses a tick beyond max: the box stays unticked, no event, and the status says why', async () => {
      const el = await pick(eleven, { value: ['informed-practice', 'prevention', 'strong-teamwork'] });
      const details = record(el);
      await clickBox(el, boxes(el)[0]!);
      expect(boxes(el)[0]!.checked).to.equal(false);
      expect(details).to.deep.equal([]);
      expect(el.value).to.deep.equal(['informed-practice', 'prevention', 'strong-teamwork']);
      expect(status(el)).to.equal('3 van 3 gekozen Je kan er hoogstens 3 kiezen.');
    });

    it('refuses by keyboard too, and announces a repeated refusal again with a new node', async () => {
      const el = await pick(three, { max: 2, value: ['a', 'b'] });
      const details = record(el);
      boxes(el)[2]!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const first = root(el).querySelector('.limit');
      expect(first!.textContent).to.equal('Je kan er hoogstens 2 kiezen.');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const second = root(el).querySelector('.limit');
      expect(second!.textContent).to.equal('Je kan er hoogstens 2 kiezen.');
      expect(second !== first, 'the repeated refusal is a new node').to.equal(true);
      expect(boxes(el)[2]!.checked).to.equal(false);
      expect(details).to.deep.equal([]);
      expect(focused(el) === boxes(el)[2], 'focus stays on the third checkbox').to.equal(true);
    });

    it('unticking removes only that block and clears the limit message', async () => {
      const el = await pick(eleven, { value: ['informed-practice', 'prevention', 'strong-teamwork'] });
      const details = record(el);
      await clickBox(el, boxes(el)[0]!);
      await clickBox(el, boxes(el)[2]!); // prevention
      expect(details).to.deep.equal([{ value: ['informed-practice', 'strong-teamwork'], none: false }]);
      expect(status(el)).to.equal('2 van 3 gekozen');
      await clickBox(el, boxes(el)[0]!);
      expect(details[1]).to.deep.equal({ value: ['informed-practice', 'strong-teamwork', 'student-advocate'], none: false });
      expect(status(el)).to.equal('3 van 3 gekozen');
    });

    it('follows max: with max 1 the second tick is refused', async () => {
      const el = await pick(three, { max: 1 });
      const details = record(el);
      await clickBox(el, boxes(el)[1]!);
      await clickBox(el, boxes(el)[2]!);
      expect(details).to.deep.equal([{ value: ['b'], none: false }]);
      expect(status(el)).to.equal('1 van 1 gekozen Je kan er hoogstens 1 kiezen.');
    });
  });

  describe('"none"', () => {
    it('ticking "none" clears the blocks; ticking a block clears "none"', async () => {
      const el = await pick(eleven, { value: ['prevention', 'integral-policy'], noneLabel: NONE });
      const details = record(el);
      await clickBox(el, noneBox(el)!);
      expect(details).to.deep.equal([{ value: [], none: true }]);
      expect(checked(el)).to.deep.equal([]);
      expect(noneBox(el)!.checked).to.equal(true);
      expect(el.none).to.equal(true);
      expect(el.hasAttribute('none')).to.equal(true);
      expect(status(el)).to.equal('0 van 3 gekozen');
      await clickBox(el, boxes(el)[3]!);
      expect(details[1]).to.deep.equal({ value: ['strong-teamwork'], none: false });
      expect(noneBox(el)!.checked).to.equal(false);
      expect(el.none).to.equal(false);
    });

    it('unticking "none" by keyboard reports no blocks and no "none"', async () => {
      const el = await pick(three, { none: true, noneLabel: 'Nog niet' });
      const details = record(el);
      noneBox(el)!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(details).to.deep.equal([{ value: [], none: false }]);
      expect(noneBox(el)!.checked).to.equal(false);
    });

    it('ticking "none" at the maximum is allowed', async () => {
      const el = await pick(three, { max: 2, value: ['a', 'c'], noneLabel: 'Nog niet' });
      const details = record(el);
      await clickBox(el, noneBox(el)!);
      expect(details).to.deep.equal([{ value: [], none: true }]);
    });
  });

  describe('events and programmatic changes', () => {
    it('fires a bubbling poolster-answer that stays in its tree (not composed)', async () => {
      const el = await pick(three);
      const done = oneEvent(el, 'poolster-answer');
      boxes(el)[0]!.click();
      const event = await done;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(false);
    });

    it('fires nothing on programmatic changes, but renders them', async () => {
      const el = await pick(eleven, { noneLabel: NONE });
      const details = record(el);
      el.value = ['prevention', 'strong-teamwork'];
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['prevention', 'strong-teamwork']);
      el.value = [];
      el.none = true;
      await el.updateComplete;
      expect(noneBox(el)!.checked).to.equal(true);
      el.max = 5;
      el.blocks = three;
      await el.updateComplete;
      expect(details).to.deep.equal([]);
    });

    it('stays consistent when the host sets value back after the event', async () => {
      const el = await pick(three);
      el.addEventListener('poolster-answer', (e) => {
        el.value = [...(e as CustomEvent).detail.value];
      });
      await clickBox(el, boxes(el)[2]!);
      await clickBox(el, boxes(el)[0]!);
      expect(el.value).to.deep.equal(['c', 'a']);
      expect(checked(el)).to.deep.equal(['a', 'c']);
    });
  });

  describe('validation display', () => {
    it('shows the error and marks every checkbox invalid', async () => {
      const el = await pick(eleven, { error: 'Kies minstens één bouwsteen.', noneLabel: NONE, hint: 'H' });
      const message = root(el).querySelector('#error')!;
      expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fout: Kies minstens één bouwsteen.');
      expect(root(el).querySelector('fieldset')!.classList.contains('has-error')).to.equal(true);
      expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint error');
      const all = [...root(el).querySelectorAll('input')];
      expect(all.length).to.equal(12);
      expect(all.every((i) => i.getAttribute('aria-invalid') === 'true')).to.equal(true);
      expect(all.every((i) => i.getAttribute('aria-describedby')!.split(' ').includes('error'))).to.equal(true);
      // the message comes before the controls
      expect(message.compareDocumentPosition(all[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('has no aria-invalid without an error', async () => {
      const el = await pick(eleven, { noneLabel: NONE, error: 'x' });
      el.error = '';
      await el.updateComplete;
      expect(root(el).querySelector('#error') === null, 'no error message').to.equal(true);
      expect(root(el).querySelector('fieldset')!.classList.contains('has-error')).to.equal(false);
      expect([...root(el).querySelectorAll('input')].some((i) => i.hasAttribute('aria-invalid') || i.hasAttribute('aria-describedby'))).to.equal(false);
    });
  });

  describe('readonly', () => {
    it('shows the answer with no enabled control and fires nothing', async () => {
      const el = await pick(eleven, { value: ['prevention'], noneLabel: NONE, readonly: true });
      const details = record(el);
      const all = [...root(el).querySelectorAll('input, button, select, textarea')] as HTMLInputElement[];
      expect(all.length).to.equal(12);
      expect(all.every((i) => i.disabled)).to.equal(true);
      expect(checked(el)).to.deep.equal(['prevention']);
      await clickBox(el, boxes(el)[0]!);
      await clickBox(el, noneBox(el)!);
      expect(details).to.deep.equal([]);
      expect(checked(el)).to.deep.equal(['prevention']);
    });
  });

  describe('languages', () => {
    it('speaks French and English', async () => {
      const el = await pick(three, { max: 1, value: ['a'], lang: 'fr' });
      await clickBox(el, boxes(el)[1]!);
      expect(status(el)).to.equal('1 sur 1 choisis Vous pouvez en choisir au plus 1.');
      el.lang = 'en';
      await el.updateComplete;
      expect(status(el)).to.equal('1 of 1 chosen You can choose at most 1.');
      el.error = 'Choose one.';
      await el.updateComplete;
      expect(root(el).querySelector('#error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Choose one.');
    });

    it('falls back from a regional code to its language', async () => {
      const el = await pick(three, { lang: 'fr-BE', value: ['a', 'b'] });
      expect(status(el)).to.equal('2 sur 3 choisis');
    });
  });
});
