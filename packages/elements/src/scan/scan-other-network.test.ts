import { expect, oneEvent } from '@open-wc/testing';
import { fillPlaceholders, localize, validateResponse, type Block, type Instrument, type Question, type Text } from '@poolster/schema';
import type { PoolsterScan, ScanSubmittedDetail } from './scan.js';
import { $, chooseStage, clickButton, focused, heading, mountScan, settle, tick, typeInto } from './scan.test-helpers.js';

/**
 * Another network's content in the same widget, with no code change: the made-up "Réseau Passerelles"
 * of examples/other-network (French by default, English too, three stages, five blocks in two clusters,
 * questions of its own). Elements are never compared with chai's `equal`: only strings and numbers.
 */

let cache: Instrument | undefined;
async function otherNetwork(): Promise<Instrument> {
  cache ??= (await (await fetch(new URL('../../../../examples/other-network/instrument.json', import.meta.url))).json()) as Instrument;
  return structuredClone(cache);
}

type Lang = 'fr' | 'en';

/** The interface's own words the test clicks on or reads, per language. */
const UI: Record<Lang, Record<'start' | 'next' | 'add' | 'submit' | 'final' | 'confirm' | 'sent' | 'blockOf', string>> = {
  fr: {
    start: 'Commencer',
    next: 'Enregistrer et continuer',
    add: 'Ajouter',
    submit: 'Envoyer définitivement',
    final: 'Pour tous les modules',
    confirm: 'Envoyer',
    sent: 'Scan envoyé',
    blockOf: 'Module 1 sur 5',
  },
  en: {
    start: 'Start',
    next: 'Save and continue',
    add: 'Add',
    submit: 'Send answers for good',
    final: 'Across all building blocks',
    confirm: 'Send',
    sent: 'Scan sent',
    blockOf: 'Building block 1 of 5',
  },
};

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const blocksOf = (instrument: Instrument): Block[] => instrument.clusters.flatMap((c) => c.blocks);
const question = (list: Question[], id: string): Question => list.find((q) => q.id === id)!;

/** An option's label as the team reads it (the tick helper finds options by the start of their label). */
function optionLabel(q: Question, id: string, lang: Lang): string {
  const option = 'options' in q ? (q.options as Array<{ id: string; label: Text }>).find((o) => o.id === id) : undefined;
  if (!option) throw new Error(`no option ${id} in ${q.id}`);
  return localize(option.label, lang, 'fr');
}

/** Each stage card of a stage question: its title (label and gloss) and its paragraphs. */
function stageCards(el: PoolsterScan, field: string): Array<{ title: string; paragraphs: string[] }> {
  const picker = $(el, `[data-field="${field}"]`);
  return [...picker.shadowRoot!.querySelectorAll('.card')].map((card) => ({
    title: squash(card.querySelector('.title')!.textContent),
    paragraphs: [...card.querySelectorAll('.para')].map((p) => squash(p.textContent)),
  }));
}

const legendOf = (el: PoolsterScan, field: string): string => squash($(el, `[data-field="${field}"]`).shadowRoot!.querySelector('legend')!.textContent);

/** Types the "other, please specify" text of a multiple choice question. */
async function typeOther(el: PoolsterScan, field: string, text: string): Promise<void> {
  const input = $(el, `[data-field="${field}"]`).shadowRoot!.querySelector<HTMLInputElement>('#other-text');
  if (!input) throw new Error(`no "other" text field in ${field}`);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

async function addToRanking(el: PoolsterScan, field: string, blockId: string, addLabel: string): Promise<void> {
  const ranking = $(el, `[data-field="${field}"]`);
  // One action: the block's own add button, its text in the interface language.
  const add = ranking.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="candidate"][data-id="${blockId}"] button.add-button`);
  if (!add || add.textContent!.trim() !== addLabel) throw new Error(`no button "${addLabel}" for ${blockId} in ${field}`);
  add.click();
  await settle(el);
}

/** What the team answers for each block: stage index, ambition, who drives it, needs (ticked in this order). */
const PLAN: Record<string, { stage: number; next: string; carriedBy: string; needs: string[] }> = {
  welcome: { stage: 0, next: 'to-consolidating', carriedBy: 'pioneers', needs: ['meeting-time', 'shared-tools'] },
  'student-voice': { stage: 1, next: 'to-sustaining', carriedBy: 'working-group', needs: ['training', 'other'] },
  // "nothing for now" is exclusive: ticking it clears what was ticked before.
  'career-guidance': { stage: 0, next: 'to-sustaining', carriedBy: 'management', needs: ['meeting-time', 'nothing-now'] },
  'school-partnership': { stage: 2, next: 'hold', carriedBy: 'whole-team', needs: ['school-agreements', 'network-support'] },
  'information-sharing': { stage: 1, next: 'hold', carriedBy: 'working-group', needs: ['training'] },
};

/**
 * Fills in the whole scan through its interface, in one language: the context questions, every block
 * (checking its heading, its three stage cards and its question texts on the way), the final questions.
 * Returns on the confirmation step.
 */
async function fillWholeScan(el: PoolsterScan, instrument: Instrument, lang: Lang): Promise<void> {
  const ui = UI[lang];
  const text = (t: Text | undefined) => localize(t, lang, 'fr');
  await typeInto(el, 'context/structure-name', lang === 'fr' ? 'Service Les Tilleuls' : 'Linden Tree service');
  await tick(el, 'context/region', optionLabel(question(instrument.contextQuestions, 'region'), 'south', lang));
  await clickButton(el, ui.start);

  const q = (id: string) => question(instrument.blockQuestions, id);
  for (const block of blocksOf(instrument)) {
    const key = (id: string) => `block/${block.id}/${id}`;
    const plan = PLAN[block.id]!;
    expect(heading(el)).to.equal(`${block.number} ${text(block.title)}`);

    const cards = stageCards(el, key('position'));
    expect(cards.length, `${block.id}: one card per stage`).to.equal(3);
    expect(cards.map((c) => c.title)).to.deep.equal(instrument.stages.map((s) => `${text(s.label)} (${text(s.gloss)})`));
    expect(cards.map((c) => c.paragraphs), `${block.id}: the block's own description of each stage`).to.deep.equal(
      instrument.stages.map((s) => block.stages[s.id]!.map((p) => text(p as Text))),
    );
    expect(legendOf(el, key('position'))).to.equal(fillPlaceholders(text(q('position').prompt), { block: text(block.name) }));

    await chooseStage(el, key('position'), plan.stage);
    await tick(el, key('next-step'), optionLabel(q('next-step'), plan.next, lang));
    await tick(el, key('carried-by'), optionLabel(q('carried-by'), plan.carriedBy, lang));
    for (const need of plan.needs) await tick(el, key('needs'), optionLabel(q('needs'), need, lang));
    if (plan.needs.includes('other')) await typeOther(el, key('needs'), lang === 'fr' ? 'un conseil d’élèves' : 'a student council');
    if (block.id === 'student-voice') await typeInto(el, `${key('carried-by')}/comment`, lang === 'fr' ? 'Deux collègues et la direction.' : 'Two colleagues and management.');
    if (block.id === 'school-partnership') await typeInto(el, `${key('needs')}/comment`, lang === 'fr' ? 'Surtout dans les écoles secondaires.' : 'Mostly in secondary schools.');

    await clickButton(el, ui.next);
    expect(el.shadowRoot!.querySelectorAll('poolster-error-summary').length, `no errors on ${block.id}`).to.equal(0);
  }

  expect(heading(el)).to.equal(ui.final);

  const pick = $(el, '[data-field="final/inspiring-areas"]');
  expect(squash(pick.shadowRoot!.querySelector('#none + label')!.textContent)).to.equal(
    text((question(instrument.finalQuestions, 'inspiring-areas') as Extract<Question, { type: 'block-pick' }>).none!.label),
  );
  // "Not yet" first, then two blocks: a block clears "not yet".
  pick.shadowRoot!.querySelector<HTMLInputElement>('#none')!.click();
  await settle(el);
  expect(el.value!.final['inspiring-areas']!.none).to.equal(true);
  for (const id of ['school-partnership', 'welcome']) {
    pick.shadowRoot!.querySelector<HTMLInputElement>(`input[data-id="${id}"]`)!.click();
    await settle(el);
  }
  for (const id of ['student-voice', 'career-guidance', 'information-sharing']) await addToRanking(el, 'final/focus-this-year', id, ui.add);
  await typeInto(el, 'final/focus-this-year/comment', lang === 'fr' ? 'Décidé en réunion d’équipe.' : 'Decided at a team meeting.');
  await clickButton(el, ui.next);
  expect(heading(el)).to.equal(ui.confirm);
  expect(el.shadowRoot!.querySelectorAll('.overview-card'), 'the check of all answers, on the send step').to.have.length.greaterThan(0);
  expect(squash($(el, '.content').textContent)).to.contain(text(instrument.closingNote![0] as Text));
}

describe('poolster-scan: another network’s content (examples/other-network), no code change', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('poolster:draft:')) localStorage.removeItem(key);
  });

  it('shows it in French: intro, three stages, context questions, French block texts; axe passes on the intro and a block', async () => {
    const instrument = await otherNetwork();
    const el = await mountScan(instrument, { lang: 'fr' });
    expect($(el, '.scan').getAttribute('lang')).to.equal('fr');
    expect(heading(el)).to.equal('Boussole Passerelles : auto-évaluation de l’accompagnement des élèves (exemple fictif)');
    expect(squash($(el, '.actions').textContent)).to.equal('Commencer');
    const intro = squash($(el, '.content').textContent);
    expect(intro).to.contain('Le Réseau Passerelles n’existe pas.');
    expect([...el.shadowRoot!.querySelectorAll('.continuum > li strong')].map((s) => squash(s.textContent))).to.deep.equal([
      'Exploration (on essaie)',
      'Consolidation (on s’organise ensemble)',
      'Pérennisation (on mesure et on ajuste)',
    ]);
    expect(intro, 'the generic stage text with the placeholder filled in').to.contain('Quelques personnes s’intéressent à ce domaine de travail');
    expect(squash($(el, 'label[for="f-context-structure-name"]').textContent)).to.equal('Nom de votre structure');
    expect(legendOf(el, 'context/region')).to.equal('Dans quelle zone du réseau travaillez-vous ?');
    await expect(el).to.be.accessible();

    await typeInto(el, 'context/structure-name', 'Service Les Tilleuls');
    await tick(el, 'context/region', 'Zone nord');
    await clickButton(el, 'Commencer');
    expect(focused(el)).to.equal('h2.step-heading');
    expect(heading(el)).to.equal('A1 Accueil et premier contact');
    expect(squash($(el, '.step-counter').textContent)).to.equal(UI.fr.blockOf);
    expect(squash($(el, '.cluster').textContent)).to.equal('Auprès des élèves et des familles');
    const reading = squash($(el, '.reading-material').textContent);
    expect(reading).to.contain('Source : Référentiel qualité Passerelles, chapitre 1 (document fictif)');
    expect(reading).to.contain('RQP 1.1');
    expect(reading).to.contain('ÉD-1 – Une porte d’entrée claire');
    expect(reading).to.contain('(1)');
    expect(legendOf(el, 'block/welcome/position')).to.equal('Où en est notre structure aujourd’hui pour l’accueil et le premier contact ?');
    expect(legendOf(el, 'block/welcome/next-step')).to.equal('D’ici deux ans, pour l’accueil et le premier contact, nous voulons :');
    expect(legendOf(el, 'block/welcome/needs')).to.equal('De quoi aurions-nous besoin pour progresser sur l’accueil et le premier contact ? (trois choix au maximum)');
    expect(stageCards(el, 'block/welcome/position').map((c) => c.title)).to.deep.equal([
      'Exploration (on essaie)',
      'Consolidation (on s’organise ensemble)',
      'Pérennisation (on mesure et on ajuste)',
    ]);
    await expect(el).to.be.accessible();
    expect(el.value!.context).to.deep.equal({ 'structure-name': { text: 'Service Les Tilleuls' }, region: { choice: 'north' } });
  });

  it('shows it in English, content included, and axe passes there too', async () => {
    const instrument = await otherNetwork();
    const el = await mountScan(instrument, { lang: 'en' });
    expect($(el, '.scan').getAttribute('lang')).to.equal('en');
    expect(heading(el)).to.equal('Passerelles compass: a self-assessment of student guidance (fictional example)');
    expect(squash($(el, '.actions').textContent)).to.equal('Start');
    const intro = squash($(el, '.content').textContent);
    expect(intro).to.contain('Réseau Passerelles does not exist.');
    expect(intro).to.contain('A few people take an interest in this area of work');
    expect(intro).to.not.contain('n’existe pas');
    expect(legendOf(el, 'context/region')).to.equal('In which area of the network do you work?');
    await expect(el).to.be.accessible();

    await typeInto(el, 'context/structure-name', 'Linden Tree service');
    await tick(el, 'context/region', 'Several areas');
    await clickButton(el, 'Start');
    expect(heading(el)).to.equal('A1 Welcome and first contact');
    expect(squash($(el, '.step-counter').textContent)).to.equal(UI.en.blockOf);
    const step = squash($(el, '.content').textContent);
    expect(step).to.contain('Source: Passerelles quality framework, chapter 1 (fictional document)');
    expect(step).to.contain('ÉD-1 – A clear front door');
    expect(step).to.not.contain('Accueil');
    expect(legendOf(el, 'block/welcome/position')).to.equal('Where does our service stand today on welcome and first contact?');
    expect(legendOf(el, 'block/welcome/carried-by')).to.equal('Today, who drives welcome and first contact in our service?');
    expect(stageCards(el, 'block/welcome/position').map((c) => c.title)).to.deep.equal([
      'Exploring (trying out)',
      'Consolidating (organising together)',
      'Sustaining (measuring and adjusting)',
    ]);
    await expect(el).to.be.accessible();
    expect(el.value!.context.region).to.deep.equal({ choice: 'several' });
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`is filled in completely through the interface in ${lang === 'fr' ? 'French' : 'English'} and sent; the response is valid`, async () => {
      const instrument = await otherNetwork();
      const el = await mountScan(instrument, { lang });
      expect(el.getAttribute('action') ?? '', 'no action: the host listens to the events').to.equal('');
      await fillWholeScan(el, instrument, lang);

      const submitted = oneEvent(el, 'poolster-submitted');
      await clickButton(el, UI[lang].submit);
      const { detail } = (await submitted) as CustomEvent<ScanSubmittedDetail>;
      await settle(el);
      const sent = detail.response;
      expect(heading(el)).to.equal(UI[lang].sent);
      expect(validateResponse(instrument, sent)).to.deep.equal([]);
      expect([sent.status, sent.lang, sent.instrumentId, sent.instrumentVersion]).to.deep.equal(['submitted', lang, 'passerelles-example', '1.0.0']);

      expect(sent.context).to.deep.equal({
        'structure-name': { text: lang === 'fr' ? 'Service Les Tilleuls' : 'Linden Tree service' },
        region: { choice: 'south' },
      });
      const stageIds = instrument.stages.map((s) => s.id);
      const expected = Object.fromEntries(
        Object.entries(PLAN).map(([id, p]) => [
          id,
          [stageIds[p.stage], p.next, p.carriedBy, (p.needs.includes('nothing-now') ? ['nothing-now'] : p.needs).join('+')].join(' | '),
        ]),
      );
      const got = Object.fromEntries(
        blocksOf(instrument).map((b) => {
          const a = sent.blocks[b.id]!;
          return [b.id, [a.position?.choice, a['next-step']?.choice, a['carried-by']?.choice, (a.needs?.choices ?? []).join('+')].join(' | ')];
        }),
      );
      expect(got).to.deep.equal(expected);
      expect(sent.blocks['student-voice']!.needs!.other).to.equal(lang === 'fr' ? 'un conseil d’élèves' : 'a student council');
      expect(sent.blocks['student-voice']!['carried-by']!.comment).to.equal(lang === 'fr' ? 'Deux collègues et la direction.' : 'Two colleagues and management.');
      expect(sent.blocks['school-partnership']!.needs!.comment).to.equal(lang === 'fr' ? 'Surtout dans les écoles secondaires.' : 'Mostly in secondary schools.');
      expect(sent.final['inspiring-areas'], '"not yet" was cleared by ticking a block').to.deep.equal({ blocks: ['school-partnership', 'welcome'] });
      expect(sent.final['focus-this-year']).to.deep.equal({
        blocks: ['student-voice', 'career-guidance', 'information-sharing'],
        comment: lang === 'fr' ? 'Décidé en réunion d’équipe.' : 'Decided at a team meeting.',
      });
    });
  }
});
