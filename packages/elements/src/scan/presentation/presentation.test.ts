import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { sampleGoResponse } from '../../shared/stories.js';
import type { PoolsterScan } from '../scan.js';
import { $, clearDrafts, goInstrument, heading, mountScan, settle } from '../scan.test-helpers.js';
import { until } from '../../shared/wait.test-helpers.js';

/**
 * The presentation mode as a presenter uses it: entered with the button or the shortcut, keys 1…N and
 * the clicker's keys, the reading panel, full screen, a real mouse on a column, axe in every state.
 * Elements are never compared with chai's `equal` (a failed comparison of elements freezes the browser).
 */

const STAGE = 'block/student-advocate/current-stage';

const buttons = (el: PoolsterScan) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
const button = (el: PoolsterScan, text: string) => {
  const found = buttons(el).find((b) => b.textContent!.replace(/\s+/g, ' ').includes(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
/** The focused element, through the shadow roots, described by tag and class (never compared as an element). */
function focused(el: PoolsterScan): string {
  let active: Element | null = el.shadowRoot!.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ? `${active.localName}.${[...active.classList].join('.')}` : 'nothing';
}
const choice = (el: PoolsterScan, blockId = 'student-advocate') => el.value!.blocks[blockId]?.['current-stage']?.choice;

/** Goes to the first block as the progress navigation would. */
async function toFirstBlock(el: PoolsterScan): Promise<void> {
  $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'block:student-advocate' } }));
  await settle(el);
}

/** Presses a key as the keyboard would and waits for the scan to render what it did. */
async function press(el: PoolsterScan, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** The GO! scan on its first block, in presentation mode, entered with the button (a real click). */
async function presenting(lang = 'nl'): Promise<PoolsterScan> {
  const el = await mountScan(await goInstrument(), { lang });
  await toFirstBlock(el);
  const present = $(el, '.present-button');
  const box = present.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await resetMouse();
  await settle(el);
  return el;
}

describe('poolster-scan presentation: keys, panel, full screen and axe', () => {
  before(() => setViewport({ width: 1920, height: 1080 }));
  afterEach(async () => {
    clearDrafts();
    await emulateMedia({ forcedColors: 'none' });
    if (document.fullscreenElement) await document.exitFullscreen();
  });

  it('is accessible on a block step with its button, and the button (a real click) starts the presentation with focus on the block', async () => {
    const el = await mountScan(await goInstrument());
    await toFirstBlock(el);
    expect($(el, '.present-button').getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+P');
    await expect(el).to.be.accessible();
    el.remove();

    const shown = await presenting();
    expect(shown.presentation).to.equal(true);
    expect(shown.hasAttribute('presentation'), 'reflected').to.equal(true);
    expect(heading(shown)).to.equal('4.1 Behartiger van de leerling');
    expect(focused(shown)).to.equal('h2.step-heading');
    expect(shown.shadowRoot!.querySelector('poolster-progress-nav') === null, 'no navigation column').to.equal(true);
    await expect(shown).to.be.accessible();
  });

  it('the attribute opens the presentation on the first block from the introduction, and leaving returns to the scan on that block', async () => {
    const el = await mountScan(await goInstrument());
    el.setAttribute('presentation', '');
    await settle(el);
    expect(heading(el)).to.equal('4.1 Behartiger van de leerling');
    button(el, 'Presentatie verlaten').click();
    await settle(el);
    expect(el.hasAttribute('presentation')).to.equal(false);
    expect(heading(el)).to.equal('4.1 Behartiger van de leerling');
    expect(focused(el), 'back on the button that starts it').to.equal('button.present-button');
  });

  it('with an instrument loaded from src, the presentation opens on the first block once it is there', async () => {
    const src = new URL('../../../../../content/go-clb/instrument.json', import.meta.url).href;
    const el = await fixture<PoolsterScan>(html`<poolster-scan presentation src=${src} lang="nl" draft-key=${`presentation-src-${Date.now()}`}></poolster-scan>`);
    await until(() => el.shadowRoot!.querySelector('.presentation .step-heading') !== null, 'the presentation shows the first block');
    await settle(el);
    expect(heading(el)).to.equal('4.1 Behartiger van de leerling');
  });

  it('a sent scan stays shown as sent when the attribute is set (it is never reopened for changes)', async () => {
    const instrument = await goInstrument();
    const el = await mountScan(instrument);
    el.value = sampleGoResponse(instrument);
    await settle(el);
    el.presentation = true;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.presentation') === null, 'no presentation view').to.equal(true);
    expect(heading(el)).to.equal('Scan verstuurd');
  });

  it('keys 1…4 choose a stage, ← → and Page Up / Page Down move between blocks (the arrows do not move the radios)', async () => {
    const el = await presenting();
    await press(el, '3');
    expect(choice(el)).to.equal('integrated');
    expect(focused(el), 'the chosen radio has focus').to.equal('input.');
    await press(el, '1');
    expect(choice(el)).to.equal('fragmentary');
    await press(el, '9');
    expect(choice(el), 'a digit past the last stage does nothing').to.equal('fragmentary');

    await press(el, 'ArrowRight'); // focus is on a radio: the block changes, not the choice
    expect(heading(el)).to.match(/^4\.2 /);
    expect(choice(el), 'the first block kept its choice').to.equal('fragmentary');
    await press(el, 'PageDown');
    expect(heading(el)).to.match(/^4\.3 /);
    await press(el, 'PageUp');
    expect(heading(el)).to.match(/^4\.2 /);
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(heading(el), 'nothing before the first block').to.equal('4.1 Behartiger van de leerling');
    await press(el, '4');
    expect(choice(el)).to.equal('systematic');
    await expect(el).to.be.accessible();
  });

  it('the clicker keys also work when nothing on the page has focus', async () => {
    const el = await presenting();
    (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement?.localName ?? 'none').to.equal('body');
    await press(el, 'PageDown');
    expect(heading(el)).to.match(/^4\.2 /);
  });

  it('Alt+Shift+P starts and ends the presentation, but not while typing in a text field', async () => {
    const el = await mountScan(await goInstrument());
    await toFirstBlock(el);
    const comment = $<HTMLTextAreaElement>(el, '[data-field="block/student-advocate/deliberate-choice/comment"]');
    comment.focus();
    await press(el, '3');
    await press(el, 'Alt+Shift+KeyP');
    expect(el.presentation, 'typing stays typing').to.equal(false);
    expect(comment.value).to.equal('3');
    $(el, '.step-heading').focus();
    await press(el, 'Alt+Shift+KeyP');
    expect(el.presentation).to.equal(true);
    await press(el, 'Alt+Shift+KeyP');
    expect(el.presentation).to.equal(false);
  });

  it('the reading panel opens over the cards with focus on its title, is accessible, and Escape closes it with focus back on its button', async () => {
    const el = await presenting();
    const toggle = $(el, '.reading-button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#reading-panel').hidden).to.equal(true);
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = $(el, '#reading-panel');
    expect(panel.hidden).to.equal(false);
    expect(panel.textContent, 'the definition is in it').to.contain('Definitie');
    expect(focused(el)).to.equal('h3.reading-panel-title');
    const cards = $(el, '.presentation-picker').getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect(box.top, 'over the cards, not above them').to.be.at.least(cards.top - 1);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    expect(document.documentElement.scrollHeight, 'no page scroll').to.be.at.most(window.innerHeight);
    await executeServerCommand('save-screenshot', { name: 'presentation-1920x1080-reading-panel' });
    await expect(el).to.be.accessible();
    await press(el, 'Escape');
    expect(panel.hidden).to.equal(true);
    expect(focused(el)).to.equal('button.reading-button');
    await expect(el).to.be.accessible();
  });

  it('a real click on the text of a stage column chooses it', async () => {
    const el = await presenting();
    const picker = $(el, '.presentation-picker');
    const second = [...picker.shadowRoot!.querySelectorAll('.card')][1]!.querySelector('.para')!;
    const box = second.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + 10)] });
    await resetMouse();
    await settle(el);
    expect(choice(el)).to.equal('planned');
    expect(picker.getAttribute('data-field')).to.equal(STAGE);
    await expect(el).to.be.accessible();
  });

  it('full screen: a real click asks the Fullscreen API for the scan; a request the browser refuses is said politely', async () => {
    const el = await presenting();
    // A request with no user gesture is refused: wait until the real clicks above no longer count as one.
    await until(() => !navigator.userActivation.isActive, 'the clicks above no longer count as a user gesture');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.fullscreen-button')!.click();
    await new Promise<void>((resolve) => {
      const check = () => (el.shadowRoot!.querySelector('.presentation-message')!.textContent!.trim() || document.fullscreenElement ? resolve() : requestAnimationFrame(check));
      check();
    });
    expect(document.fullscreenElement?.localName ?? 'none', 'refused without a gesture').to.equal('none');
    expect($(el, '.presentation-message').textContent).to.contain('Deze browser liet volledig scherm hier niet toe');
    expect($(el, '.presentation-message').getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    const box = $(el, '.fullscreen-button').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await resetMouse();
    await new Promise<void>((resolve) => {
      const check = () => (document.fullscreenElement || $(el, '.presentation-message').textContent!.trim() === '' ? resolve() : requestAnimationFrame(check));
      check();
    });
    expect(document.fullscreenElement?.localName ?? 'none', 'the scan is full screen').to.equal('poolster-scan');
    await settle(el);
    expect($(el, '.fullscreen-button').textContent!.trim()).to.equal('Volledig scherm verlaten');
    button(el, 'Presentatie verlaten').click();
    await settle(el);
    await new Promise<void>((resolve) => {
      const check = () => (document.fullscreenElement ? requestAnimationFrame(check) : resolve());
      check();
    });
    expect(document.fullscreenElement?.localName ?? 'none', 'leaving the presentation leaves full screen').to.equal('none');
  });

  it('in forced colours: still no page scroll, the chosen card marked, and accessible with the panel open and closed', async () => {
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    const el = await presenting();
    await press(el, '2');
    expect(choice(el)).to.equal('planned');
    const chosen = $(el, '.presentation-picker').shadowRoot!.querySelector('.card.checked')!;
    expect(getComputedStyle(chosen).borderTopWidth, 'the chosen card has its thick border').to.equal('4px');
    expect(document.documentElement.scrollHeight).to.be.at.most(window.innerHeight);
    await expect(el).to.be.accessible();
    $(el, '.reading-button').click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  for (const [lang, leave, keys] of [
    ['fr', 'Quitter la présentation', 'Touches : 1 à 4'],
    ['en', 'Leave the presentation', 'Keys: 1 to 4'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await presenting(lang);
      expect(buttons(el).some((b) => b.textContent!.trim() === leave)).to.equal(true);
      expect($(el, '.presentation-keys').textContent).to.contain(keys);
      await expect(el).to.be.accessible();
    });
  }
});
