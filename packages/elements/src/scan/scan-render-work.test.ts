import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { PoolsterScan } from './scan.js';
import { chooseStage, clearDrafts, clickButton, goInstrument, mountScan, recordDrawing, settle, tick, typeInto } from './scan.test-helpers.js';

/**
 * What one answer costs: the scan draws its step again at most (not even that when the answered control drew
 * all there is to draw: scan-quiet-answer.test.ts), and of the controls on it only the one answered (and those
 * whose content really changed) may draw themselves again. Counted on the real elements (recordDrawing).
 */
describe('poolster-scan: the work of one answer', () => {
  let drawing: ReturnType<typeof recordDrawing>;
  beforeEach(() => (drawing = recordDrawing()));
  afterEach(() => {
    drawing.restore();
    clearDrafts();
  });

  /** The field keys (or tag names) of the elements that drew themselves during `action`. */
  async function drawnDuring(el: PoolsterScan, action: () => Promise<void>): Promise<string[]> {
    await settle(el);
    drawing.clear();
    await action();
    await settle(el);
    return drawing.drawn.filter((u) => u !== el).map((u) => u.getAttribute('data-field') ?? u.localName);
  }

  async function onFirstBlock(): Promise<PoolsterScan> {
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB Noord');
    await clickButton(el, 'Beginnen');
    return el;
  }

  it('draws only the answered question again, once, when a block is half answered', async () => {
    const el = await onFirstBlock();
    await chooseStage(el, 'block/student-advocate/current-stage', 1);
    // The block is now "incomplete" in the navigation: another answer changes nothing there.
    const drawn = await drawnDuring(el, () => tick(el, 'block/student-advocate/levers', 'gelinkt aan mensen en cultuur'));
    expect(drawn).to.deep.equal(['block/student-advocate/levers']);
    // Once, a radio too: the group draws its own tick, and the same choice handed back by the scan is no change.
    const radio = await drawnDuring(el, () => tick(el, 'block/student-advocate/deliberate-choice', 'is een welbewuste keuze'));
    expect(radio).to.deep.equal(['block/student-advocate/deliberate-choice']);
  });

  it('draws the navigation again only when a block changes state', async () => {
    const el = await onFirstBlock();
    const drawn = await drawnDuring(el, () => chooseStage(el, 'block/student-advocate/current-stage', 1));
    // The stage picker, the ambition (whose options depend on the stage) and the navigation ("incomplete").
    expect(drawn.sort()).to.deep.equal(['block/student-advocate/ambition', 'block/student-advocate/current-stage', 'poolster-progress-nav']);
  });

  /** A choice group of the first block, as the scan hands it its values. */
  const group = (el: PoolsterScan, question: string) =>
    el.shadowRoot!.querySelector(`[data-field="block/student-advocate/${question}"]`) as HTMLElement & { options: Array<{ id: string; unavailable?: string }>; note: string; error: string };

  it('draws a question again when what it is drawn from changes elsewhere: the stage for the ambition, errors, words', async () => {
    const el = await onFirstBlock();
    const ambition = () => group(el, 'ambition');
    const unavailable = () => ambition().options.filter((o) => o.unavailable).map((o) => o.id);
    expect(unavailable()).to.deep.equal([]);
    // The ambition's options follow the stage chosen in another question.
    await chooseStage(el, 'block/student-advocate/current-stage', 1);
    expect(unavailable()).to.deep.equal(['evolve-planned']);
    await tick(el, 'block/student-advocate/ambition', 'evolueren naar geïntegreerd');
    expect(ambition().note).to.equal('');
    // A stage at the ambition: the ambition's note comes from the response's issues, not from its own answer.
    await chooseStage(el, 'block/student-advocate/current-stage', 2);
    expect(unavailable()).to.deep.equal(['evolve-planned', 'evolve-integrated']);
    expect(ambition().note).to.not.equal('');
    // Moving on with questions unanswered: each of them shows its error, though none of their answers changed.
    await clickButton(el, 'Opslaan en verder');
    expect(group(el, 'deliberate-choice').error).to.not.equal('');
    expect(group(el, 'levers').error).to.not.equal('');
    await tick(el, 'block/student-advocate/deliberate-choice', 'is een welbewuste keuze');
    expect(group(el, 'deliberate-choice').error).to.equal('');
    expect(group(el, 'levers').error).to.not.equal('');
    // Answered, then unanswered again: no error until the next try, which shows it with nothing else changed.
    await tick(el, 'block/student-advocate/levers', 'neen');
    await tick(el, 'block/student-advocate/levers', 'neen');
    expect(group(el, 'levers').error).to.equal('');
    await clickButton(el, 'Opslaan en verder');
    expect(group(el, 'levers').error).to.not.equal('');
    // Another interface language: every question's words change while no answer does.
    el.lang = 'fr';
    await settle(el);
    expect(unavailable()).to.deep.equal(['evolve-planned', 'evolve-integrated']);
    expect(ambition().options.find((o) => o.unavailable)!.unavailable).to.match(/^Impossible/);
  });

  it('moves focus to the heading of another step once the step\'s elements have drawn: the page is laid out once, not twice', async () => {
    const el = await onFirstBlock();
    const root = el.shadowRoot!;
    const pendingAtFocus: string[][] = [];
    root.addEventListener('focusin', () => pendingAtFocus.push([...root.querySelectorAll('*')].filter((e) => (e as Partial<LitElement>).isUpdatePending).map((e) => e.localName)));
    await clickButton(el, 'Vorige');
    expect(root.activeElement?.classList.contains('step-heading'), 'the intro\'s heading has focus').to.equal(true);
    // Focusing and scrolling lay the page out: before the navigation (its current step changed) has drawn, the layout is done again after it.
    expect(pendingAtFocus).to.deep.equal([[]]);
  });

  it('still shows every answer in its control after the step is drawn again', async () => {
    const el = await onFirstBlock();
    await chooseStage(el, 'block/student-advocate/current-stage', 1);
    await tick(el, 'block/student-advocate/deliberate-choice', 'is een welbewuste keuze');
    await tick(el, 'block/student-advocate/levers', 'neen');
    const checked = (field: string) =>
      [...el.shadowRoot!.querySelector(`[data-field="${field}"]`)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    expect(checked('block/student-advocate/current-stage')).to.deep.equal(['planned']);
    expect(checked('block/student-advocate/deliberate-choice')).to.deep.equal(['deliberate']);
    expect(checked('block/student-advocate/levers')).to.deep.equal(['none']);
  });
});
