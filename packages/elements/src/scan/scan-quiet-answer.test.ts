import { expect } from '@open-wc/testing';
import type { PoolsterScan } from './scan.js';
import { chooseStage, clearDrafts, clickButton, deepElements, goInstrument, mountScan, recordDrawing, settle, tick, typeInto } from './scan.test-helpers.js';

/**
 * An answer its own control has drawn leaves the scan's step undrawn (quiet-answer.ts). Each test checks both
 * halves: whether the scan drew, and that what is on screen is exactly what drawing the step afresh gives.
 */
describe('poolster-scan: answers its control draws alone', () => {
  let drawing: ReturnType<typeof recordDrawing>;
  beforeEach(() => (drawing = recordDrawing()));
  afterEach(() => {
    drawing.restore();
    clearDrafts();
  });

  /** Everything on screen, through every shadow root: elements, attributes, texts, what is ticked and typed. */
  function screen(el: PoolsterScan): string {
    return deepElements(el.shadowRoot!)
      .map((e) => {
        const attributes = [...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
        const own = [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join('');
        const state = e instanceof HTMLInputElement ? ` checked=${e.checked} value=${e.value}` : e instanceof HTMLTextAreaElement ? ` value=${e.value}` : '';
        return `<${e.localName} ${attributes}${state}>${own}`;
      })
      .join('\n');
  }

  /** Whether the scan drew its step during `action`; then checks the screen against the step drawn afresh. */
  async function scanDrewDuring(el: PoolsterScan, action: () => Promise<void>): Promise<boolean> {
    await settle(el);
    drawing.clear();
    await action();
    await settle(el);
    const drew = drawing.drawn.includes(el);
    const before = screen(el);
    drawing.clear();
    el.requestUpdate();
    await settle(el);
    expect(drawing.drawn.includes(el), 'the step was drawn afresh').to.equal(true);
    // The lines that differ, not the whole screen: a failure names what the skipped drawing left wrong.
    const [was, afresh] = [before.split('\n'), screen(el).split('\n')];
    const differing = afresh.map((line, i) => [was[i], line]).filter(([a, b]) => a !== b);
    expect(differing, 'the screen against the step drawn afresh').to.deep.equal([]);
    expect(afresh.length).to.equal(was.length);
    return drew;
  }

  async function onFirstBlock(): Promise<PoolsterScan> {
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB Noord');
    await clickButton(el, 'Beginnen');
    return el;
  }

  async function typeInGroup(el: PoolsterScan, field: string, text: string): Promise<void> {
    const input = el.shadowRoot!.querySelector(`[data-field="${field}"]`)!.shadowRoot!.querySelector<HTMLInputElement>('.other input')!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
  }

  const key = (question: string) => `block/student-advocate/${question}`;
  const navState = (el: PoolsterScan) =>
    el.shadowRoot!.querySelector('poolster-progress-nav')!.shadowRoot!.querySelector('[aria-current="step"] .icon')!.className;

  it('leaves the step as it is for a choice nothing else reads, and shows what drawing it afresh would', async () => {
    const el = await onFirstBlock();
    expect(await scanDrewDuring(el, () => chooseStage(el, key('current-stage'), 1)), 'a stage: the ambition follows it').to.equal(true);
    expect(await scanDrewDuring(el, () => tick(el, key('ambition'), 'evolueren naar geïntegreerd')), 'an ambition, no note').to.equal(false);
    expect(await scanDrewDuring(el, () => tick(el, key('deliberate-choice'), 'is een welbewuste keuze'))).to.equal(false);
    expect(await scanDrewDuring(el, () => tick(el, key('levers'), 'gelinkt aan mensen en cultuur'))).to.equal(false);
    expect(await scanDrewDuring(el, () => tick(el, key('levers'), 'gelinkt aan systemen'))).to.equal(false);
    expect(await scanDrewDuring(el, () => tick(el, key('levers'), 'gelinkt aan mensen en cultuur'))).to.equal(false);
    // An exclusive option unticks the others in the group: still the group's own drawing.
    expect(await scanDrewDuring(el, () => tick(el, key('levers'), 'neen'))).to.equal(false);
    // The "other" text is typed in the group's own field, which counts its characters itself.
    expect(await scanDrewDuring(el, () => tick(el, key('subgroups'), 'ja, anders'))).to.equal(false);
    expect(await scanDrewDuring(el, () => typeInGroup(el, key('subgroups'), 'per vestiging'))).to.equal(false);
    // A comment is a text field the scan draws, with its count: the step is drawn.
    expect(await scanDrewDuring(el, () => typeInto(el, `${key('levers')}/comment`, 'Zo besproken'))).to.equal(true);
    expect(navState(el)).to.include('incomplete');
  });

  it("draws the step when an ambition's note comes or goes", async () => {
    const el = await onFirstBlock();
    const note = () => (el.shadowRoot!.querySelector(`[data-field="${key('ambition')}"]`) as HTMLElement & { note: string }).note;
    await chooseStage(el, key('current-stage'), 1);
    await tick(el, key('ambition'), 'evolueren naar geïntegreerd');
    // The stage moves up to the ambition: the ambition has a note, drawn with the stage.
    await chooseStage(el, key('current-stage'), 2);
    expect(note()).to.not.equal('');
    expect(await scanDrewDuring(el, () => tick(el, key('ambition'), 'evolueren naar systematisch')), 'the note goes').to.equal(true);
    expect(note()).to.equal('');
    expect(await scanDrewDuring(el, () => tick(el, key('ambition'), 'dit aanhouden')), 'no note either way').to.equal(false);
  });

  it('draws the step when the block changes state in the navigation', async () => {
    const el = await onFirstBlock();
    await chooseStage(el, key('current-stage'), 1);
    await tick(el, key('ambition'), 'evolueren naar geïntegreerd');
    await tick(el, key('deliberate-choice'), 'is een welbewuste keuze');
    await tick(el, key('levers'), 'neen');
    await tick(el, key('obstacles'), 'neen');
    expect(navState(el)).to.include('incomplete');
    expect(await scanDrewDuring(el, () => tick(el, key('subgroups'), 'nee')), 'the last answer completes the block').to.equal(true);
    expect(navState(el)).to.include('complete');
    expect(navState(el)).to.not.include('incomplete');
    expect(await scanDrewDuring(el, () => tick(el, key('subgroups'), 'nee')), 'unticked: incomplete again').to.equal(true);
    expect(navState(el)).to.include('incomplete');
  });

  it('draws the step when an answer fixes an error shown', async () => {
    const el = await onFirstBlock();
    await chooseStage(el, key('current-stage'), 1);
    await clickButton(el, 'Opslaan en verder');
    const error = (question: string) => (el.shadowRoot!.querySelector(`[data-field="${key(question)}"]`) as HTMLElement & { error: string }).error;
    expect(error('levers')).to.not.equal('');
    expect(await scanDrewDuring(el, () => tick(el, key('levers'), 'neen')), 'its error goes').to.equal(true);
    expect(error('levers')).to.equal('');
  });
});
