import { expect } from '@open-wc/testing';
import type { Instrument, Question } from '@poolster/schema';
import { describeViolations, pageViolations } from '../shared/axe.test-helpers.js';
import type { PoolsterScan } from './scan.js';
import { $, clickButton, goInstrument, mountScan, settle, threeStageInstrument, typeInto } from './scan.test-helpers.js';

/**
 * Messages that say what to do, GOV.UK style: one per question type, naming the field by its own label,
 * or the instrument's own words for a question left open; the error summary reads as the messages beside
 * the fields. The team sends nothing, then moves on step by step, as a team in a hurry would.
 */

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const summaryLinks = (el: PoolsterScan): string[] =>
  [...$(el, 'poolster-error-summary').shadowRoot!.querySelectorAll('a')].map((a) => squash(a.textContent));

/** The message beside a field: a control's `error`, or a text field's error text without its "Fout:" prefix. */
function inlineMessage(el: PoolsterScan, field: string): string {
  const control = $(el, `[data-field="${field}"]`);
  if ('error' in control) return (control as unknown as { error: string }).error;
  const id = control.getAttribute('aria-describedby')!.split(' ').find((part) => part.endsWith('-error'))!;
  return squash(el.shadowRoot!.getElementById(id)!.lastChild?.textContent);
}

const goTo = async (el: PoolsterScan, stepId: string): Promise<void> => {
  $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId } }));
  await settle(el);
};

const question = (list: Question[], id: string): Question => list.find((q) => q.id === id)!;

const BLOCK_FIELDS = ['current-stage', 'ambition', 'deliberate-choice', 'levers', 'obstacles', 'subgroups'].map((q) => `block/student-advocate/${q}`);

describe('poolster-scan: messages that say what to do', () => {
  it('nl: names the centre’s field by its own label ("Naam van het centrum"), in the summary and beside the field', async () => {
    const el = await mountScan(await goInstrument());
    await clickButton(el, 'Beginnen');
    expect(summaryLinks(el)).to.deep.equal(['Vul ‘Naam van het centrum’ in.']);
    expect(inlineMessage(el, 'context/centre-name')).to.equal('Vul ‘Naam van het centrum’ in.');
    await expect(el).to.be.accessible();
  });

  it('nl: a block left open: the defaults for a stage and an ambition, the GO! instrument’s own words for the others', async () => {
    const el = await mountScan(await goInstrument());
    await typeInto(el, 'context/centre-name', 'CLB Noord');
    await clickButton(el, 'Beginnen');
    await clickButton(el, 'Opslaan en verder');
    const expected = [
      'Kies het stadium waarin jullie centrum zich vandaag bevindt voor ‘Behartiger van de leerling’.',
      'Kies of jullie het huidige stadium van ‘Behartiger van de leerling’ aanhouden of naar een later stadium willen evolueren.',
      'Kies of de manier waarop jullie centrum vandaag met ‘Behartiger van de leerling’ bezig is een welbewuste keuze is, vooral ingegeven door de organisatiecontext, of een combinatie van beide.',
      'Kies de hefbomen die jullie centrum ervaart voor ‘Behartiger van de leerling’, of ‘neen’ als jullie er geen ondervinden.',
      'Kies de knelpunten die jullie centrum ervaart voor ‘Behartiger van de leerling’, of ‘neen’ als jullie er geen ondervinden.',
      'Kies of de huidige situering van ‘Behartiger van de leerling’ verschilt tussen deelgroepen van jullie centrum: ‘nee’, of tussen welke deelgroepen.',
    ];
    expect(summaryLinks(el)).to.deep.equal(expected);
    expect(BLOCK_FIELDS.map((field) => inlineMessage(el, field)), 'beside each field, the same words').to.deep.equal(expected);
    await expect(el).to.be.accessible();
    expect(describeViolations(await pageViolations(el)), 'axe with its best practices').to.deep.equal([]);
  });

  it('nl: the final questions in the instrument’s words, also when too few priorities are chosen; a default where the instrument has none', async () => {
    const instrument = await goInstrument();
    delete question(instrument.finalQuestions, 'inspiring-practices').requiredMessage;
    const el = await mountScan(instrument);
    await goTo(el, 'final');
    const ranking = $(el, '[data-field="final/priorities"]');
    ranking.shadowRoot!.querySelector<HTMLButtonElement>('[part~="candidate"][data-id="prevention"] button.add-button')!.click();
    await settle(el);
    await clickButton(el, 'Opslaan en verder');
    const pick = 'Kies minstens één bouwsteen voor ‘Voor deze bouwstenen denken we dat ons centrum een inspirerende praktijk kan zijn voor andere centra (max. 3)’, of zeg dat er nog geen is.';
    expect(summaryLinks(el)).to.deep.equal([pick, 'Kies minstens 3 prioriteiten, de belangrijkste eerst.']);
    expect(inlineMessage(el, 'final/inspiring-practices')).to.equal(pick);
    expect(inlineMessage(el, 'final/priorities')).to.equal('Kies minstens 3 prioriteiten, de belangrijkste eerst.');
    await expect(el).to.be.accessible();
  });

  it('fr: the interface’s words around the content’s own labels; the instrument’s words as it wrote them', async () => {
    const el = await mountScan(await goInstrument(), { lang: 'fr' });
    await clickButton(el, 'Commencer');
    expect(summaryLinks(el)).to.deep.equal(['Indiquez « Naam van het centrum ».']);
    await typeInto(el, 'context/centre-name', 'CLB Noord');
    await clickButton(el, 'Commencer');
    await clickButton(el, 'Enregistrer et continuer');
    const links = summaryLinks(el);
    expect(links.slice(0, 2)).to.deep.equal([
      'Choisissez le stade où se trouve votre centre aujourd’hui pour ‘Behartiger van de leerling’.',
      'Indiquez si vous maintenez le stade actuel de ‘Behartiger van de leerling’ ou si vous voulez évoluer vers un stade ultérieur.',
    ]);
    expect(links[3]).to.equal('Kies de hefbomen die jullie centrum ervaart voor ‘Behartiger van de leerling’, of ‘neen’ als jullie er geen ondervinden.');
    expect(BLOCK_FIELDS.map((field) => inlineMessage(el, field))).to.deep.equal(links);
    await expect(el).to.be.accessible();
  });

  describe('an instrument with no messages of its own (three stages, English and French)', () => {
    it('fr: one default per type, with the plural the number asks for', async () => {
      const instrument = await threeStageInstrument();
      const focus = question(instrument.finalQuestions, 'focus');
      const el = await mountScan(instrument, { lang: 'fr' });
      await clickButton(el, 'Commencer');
      expect(summaryLinks(el)).to.deep.equal(['Indiquez « Organisation ».']);
      await typeInto(el, 'context/organisation', 'Lumen');
      await clickButton(el, 'Commencer');
      await clickButton(el, 'Enregistrer et continuer');
      expect(summaryLinks(el)).to.deep.equal([
        'Choisissez le stade où se trouve votre centre aujourd’hui pour Écoute.',
        'Indiquez si vous maintenez le stade actuel de Écoute ou si vous voulez évoluer vers un stade ultérieur.',
        'Choisissez au moins 1 réponse à « Qu’est-ce qui aide pour Écoute ? ».',
      ]);
      await goTo(el, 'final');
      await clickButton(el, 'Enregistrer et continuer');
      expect(summaryLinks(el)).to.deep.equal(['Choisissez au moins 1 module pour « Vos priorités, la plus importante d’abord ».']);
      expect(inlineMessage(el, 'final/focus')).to.equal('Choisissez au moins 1 module pour « Vos priorités, la plus importante d’abord ».');
      await expect(el).to.be.accessible();

      if (focus.type !== 'block-ranking') throw new Error('fixture changed');
      focus.min = 2;
      const two = await mountScan(instrument, { lang: 'fr' });
      await goTo(two, 'final');
      await clickButton(two, 'Enregistrer et continuer');
      expect(summaryLinks(two)).to.deep.equal(['Choisissez au moins 2 modules pour « Vos priorités, la plus importante d’abord ».']);
    });

    it('nl: the interface speaks Dutch around the content’s English', async () => {
      const el = await mountScan(await threeStageInstrument(), { lang: 'nl' });
      await goTo(el, 'final');
      await clickButton(el, 'Opslaan en verder');
      expect(summaryLinks(el)).to.deep.equal(['Kies minstens 1 bouwsteen voor ‘Your priorities, most important first’.']);
    });

    it('the instrument’s own message replaces the default, in the content’s language, in the summary and beside the field', async () => {
      const instrument: Instrument = await threeStageInstrument();
      question(instrument.blockQuestions, 'now').requiredMessage = { en: 'Place {block} on the continuum.', fr: 'Situez {block} sur le continuum.' };
      for (const lang of ['fr', 'nl']) {
        const el = await mountScan(instrument, { lang });
        await typeInto(el, 'context/organisation', 'Lumen');
        await goTo(el, 'block:listening');
        await clickButton(el, lang === 'fr' ? 'Enregistrer et continuer' : 'Opslaan en verder');
        const expected = lang === 'fr' ? 'Situez Écoute sur le continuum.' : 'Place Listening on the continuum.';
        expect(summaryLinks(el)[0], lang).to.equal(expected);
        expect(inlineMessage(el, 'block/listening/now'), lang).to.equal(expected);
        await expect(el).to.be.accessible();
      }
    });
  });
});
