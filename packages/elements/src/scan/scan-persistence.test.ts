import { expect, fixture, html } from '@open-wc/testing';
import { installFakeTimers, type FakeTimers } from '../shared/fake-timers.test-helpers.js';
import { waitFor } from '../../../../scripts/test/wait-for.js';
import type { PoolsterScan } from './scan.js';
import { $, answerGoBlock, chooseStage, clickButton, goInstrument, heading, mountScan, settle, storedDraft, typeInto, clearDrafts } from './scan.test-helpers.js';

const noticeText = (el: PoolsterScan) => el.shadowRoot!.querySelector('.notice')?.textContent ?? '';

describe('poolster-scan: never losing an answer', () => {
  /** The autosave's timers, moved by the test: "within a second" is then exact, however busy the machine. */
  let clock: FakeTimers | undefined;
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
    clearDrafts();
  });

  it('saves every change on the device within a second', async () => {
    const el = await mountScan(await goInstrument());
    clock = installFakeTimers();
    await typeInto(el, 'context/centre-name', 'CLB Oost');
    clock.tick(1000);
    await settle(el);
    expect(storedDraft(el)?.response.context['centre-name']).to.deep.equal({ text: 'CLB Oost' });
    expect($(el, '.saved').textContent).to.match(/^Bewaard op dit toestel om /);
  });

  it('brings every answer back after a reload half-way, with a notice and the time it was saved', async () => {
    const instrument = await goInstrument();
    const first = await mountScan(instrument, { draftKey: 'reload' });
    await typeInto(first, 'context/centre-name', 'CLB West');
    await clickButton(first, 'Beginnen');
    await answerGoBlock(first, 'student-advocate', 2);
    await typeInto(first, 'block/student-advocate/deliberate-choice/comment', 'Besproken op 12 november.');
    const before = first.value!;
    first.remove(); // leaving the page flushes what is pending

    const second = await mountScan(instrument, { draftKey: 'reload' });
    expect(second.value!.id).to.equal(before.id);
    expect(second.value!.blocks).to.deep.equal(before.blocks);
    expect(second.value!.context).to.deep.equal(before.context);
    const notice = $(second, '.notice');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.match(/^Je antwoorden, bewaard op dit toestel om .+, zijn teruggezet\.$/);
  });

  it('keeps drafts of different draft keys apart', async () => {
    const instrument = await goInstrument();
    const a = await mountScan(instrument, { draftKey: 'team-a' });
    await typeInto(a, 'context/centre-name', 'A');
    a.remove();
    const b = await mountScan(instrument, { draftKey: 'team-b' });
    expect(b.value!.context).to.deep.equal({});
  });

  it('"Start again" asks first, and only then erases', async () => {
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB Noord');
    await clickButton(el, 'Opnieuw beginnen');
    expect($(el, '#restart-question').textContent).to.contain('Alle antwoorden wissen');
    await clickButton(el, 'Nee, antwoorden houden');
    expect(el.value!.context['centre-name']).to.deep.equal({ text: 'CLB Noord' });
    await clickButton(el, 'Opnieuw beginnen');
    await clickButton(el, 'Ja, alles wissen');
    expect(el.value!.context).to.deep.equal({});
    expect(storedDraft(el)).to.equal(undefined);
  });

  it('warns visibly when storage is unavailable or full, and keeps working in memory', async () => {
    const original = Storage.prototype.setItem;
    try {
      Storage.prototype.setItem = function () {
        throw new DOMException('denied', 'SecurityError');
      };
      const el = await mountScan(await goInstrument());
      clock = installFakeTimers();
      await typeInto(el, 'context/centre-name', 'CLB Zuid');
      clock.tick(1000);
      await settle(el);
      expect($(el, '.notice.warning').textContent).to.contain('kunnen niet op dit toestel bewaard worden');
      await clickButton(el, 'Beginnen');
      await chooseStage(el, 'block/student-advocate/current-stage', 3);
      expect(el.value!.blocks['student-advocate']!['current-stage']).to.deep.equal({ choice: 'systematic' });

      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
      await chooseStage(el, 'block/student-advocate/current-stage', 2);
      clock.tick(1000);
      await settle(el);
      expect($(el, '.notice.warning').textContent).to.contain('De opslag van dit toestel is vol');
      expect(el.value!.blocks['student-advocate']!['current-stage']).to.deep.equal({ choice: 'integrated' });
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it("lays out the hidden file input's own words in the scan's font, not in the browser's font for controls (one font more to look up on the first draw)", async () => {
    const el = await mountScan(await goInstrument());
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    const label = getComputedStyle(input.closest('label')!);
    const own = getComputedStyle(input);
    expect([own.fontFamily, own.fontSize]).to.deep.equal([label.fontFamily, label.fontSize]);
  });

  it('moves a draft between machines: download, then open it elsewhere', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    await typeInto(el, 'context/centre-name', 'CLB Mobiel');
    let downloaded: Blob | undefined;
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      downloaded = blob;
      return create.call(URL, blob);
    };
    try {
      await clickButton(el, 'Tussentijdse versie downloaden');
    } finally {
      URL.createObjectURL = create;
    }
    const text = await downloaded!.text();
    expect(JSON.parse(text).context['centre-name']).to.deep.equal({ text: 'CLB Mobiel' });

    const other = await mountScan(instrument);
    const input = other.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'draft.json', { type: 'application/json' }));
    input.files = transfer.files;
    const before = noticeText(other);
    input.dispatchEvent(new Event('change'));
    await waitFor(() => noticeText(other) !== before); // the file is read asynchronously
    await settle(other);
    expect(other.value!.context['centre-name']).to.deep.equal({ text: 'CLB Mobiel' });
    expect($(other, '.notice').textContent).to.match(/^De tussentijdse versie van .+ is geopend\.$/);

    const bad = new DataTransfer();
    bad.items.add(new File(['{"not":"a draft"}'], 'x.json'));
    input.files = bad.files;
    const opened = noticeText(other);
    input.dispatchEvent(new Event('change'));
    await waitFor(() => noticeText(other) !== opened);
    await settle(other);
    expect($(other, '.notice').textContent).to.contain('Dit bestand kan niet geopend worden');
    expect(other.value!.context['centre-name']).to.deep.equal({ text: 'CLB Mobiel' });
  });

  it('restores a draft made against 1.0.0 on a page serving 1.1.0: unchanged answers kept, the rest set aside and shown', async () => {
    const v1 = await goInstrument();
    const first = await mountScan(v1, { draftKey: 'skew' });
    await typeInto(first, 'context/centre-name', 'CLB Versie');
    await clickButton(first, 'Beginnen');
    await answerGoBlock(first, 'student-advocate', 1);
    first.remove();

    // 1.1.0: "Behartiger van de leerling" renamed an aspect id, and a block was added.
    const v11 = structuredClone(v1);
    v11.version = '1.1.0';
    for (const id of ['levers', 'obstacles']) {
      const q = v11.blockQuestions.find((x) => x.id === id)!;
      if (q.type === 'multiple-choice') q.options.find((o) => o.id === 'people-culture')!.id = 'people-and-culture';
    }
    v11.clusters[0]!.blocks.push({ ...structuredClone(v11.clusters[0]!.blocks[2]!), id: 'wellbeing', number: '4.4', title: 'Welbevinden' });
    const second = await mountScan(v11, { draftKey: 'skew' });
    const value = second.value!;
    expect(value.instrumentVersion).to.equal('1.1.0');
    expect(value.context['centre-name']).to.deep.equal({ text: 'CLB Versie' });
    expect(value.blocks['student-advocate']!['current-stage']).to.deep.equal({ choice: 'planned' });
    expect(value.blocks['student-advocate']!.levers).to.equal(undefined);
    expect(value.setAside!.map((a) => [a.path.join('/'), a.fromVersion, JSON.stringify(a.answer)])).to.deep.equal([
      ['blocks/student-advocate/levers', '1.0.0', '{"choices":["people-culture"]}'],
    ]);
    const notice = [...second.shadowRoot!.querySelectorAll('.notice')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');
    expect(notice).to.contain('Sommige antwoorden (1) werden gegeven voor een eerdere versie');
    expect(notice).to.contain('blocks › student-advocate › levers');
    await expect(second).to.be.accessible();
  });

  it('restores nothing from a draft of another instrument version major', async () => {
    const instrument = await goInstrument();
    const el = await fixture<PoolsterScan>(html`<poolster-scan draft-key="major" .instrument=${instrument}></poolster-scan>`);
    await settle(el);
    await typeInto(el, 'context/centre-name', 'Oud');
    el.remove();
    const next = await fixture<PoolsterScan>(html`<poolster-scan draft-key="major" .instrument=${{ ...instrument, version: '2.0.0' }}></poolster-scan>`);
    await settle(next);
    expect(next.value!.context).to.deep.equal({});
    expect(heading(next)).to.equal('GO! poolster-CLB in beeld');
  });
});
