import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { createResponse, withAnswer, type Instrument, type Response } from '@poolster/schema';
import type { BlockOption } from '../block-pick/block-pick.js';
import type { PoolsterScan } from './scan.js';
import { $, clearDrafts, goInstrument, heading, mountScan, settle } from './scan.test-helpers.js';

/** Where each GO! block stands and where the team wants it: [current stage, ambition option]. */
const PLACED: Record<string, [string, string]> = {
  'student-advocate': ['planned', 'evolve-integrated'], // gap 1
  'integrated-core-processes': ['fragmentary', 'evolve-systematic'], // gap 3
  prevention: ['systematic', 'keep'], // the highest stage
  'strong-teamwork': ['planned', 'evolve-systematic'], // gap 2
  'internal-partnership': ['integrated', 'keep'],
  'external-network': ['fragmentary', 'evolve-integrated'], // gap 2
  'integral-policy': ['systematic', 'keep'], // the highest stage
  'professional-learning-community': ['integrated', 'evolve-systematic'], // gap 1
  'shared-leadership': ['planned', 'keep'],
  'inquiring-attitude': ['systematic', 'keep'], // the highest stage
  // informed-practice: only its current stage
};

function answered(instrument: Instrument): Response {
  let response = createResponse(instrument);
  for (const [blockId, [stage, ambition]] of Object.entries(PLACED)) {
    response = withAnswer(response, { scope: 'block', blockId, questionId: 'current-stage' }, { choice: stage });
    response = withAnswer(response, { scope: 'block', blockId, questionId: 'ambition' }, { choice: ambition });
  }
  return withAnswer(response, { scope: 'block', blockId: 'informed-practice', questionId: 'current-stage' }, { choice: 'integrated' });
}

async function finalStep(lang = 'nl', answers: (i: Instrument) => Response = answered): Promise<PoolsterScan> {
  const instrument = await goInstrument();
  const el = await mountScan(instrument, { lang });
  el.value = answers(instrument);
  await settle(el);
  $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'final' } }));
  await settle(el);
  return el;
}

const blocksOf = (el: PoolsterScan, field: string): BlockOption[] => ($(el, `[data-field="${field}"]`) as unknown as { blocks: BlockOption[] }).blocks;
const suggested = (blocks: BlockOption[]) => blocks.filter((b) => b.suggestion).map((b) => [b.id, b.suggestion]);
const detailOf = (blocks: BlockOption[], id: string) => blocks.find((b) => b.id === id)?.detail;

/** The final questions show each block's stage → ambition and suggest blocks from the team's own answers. */
describe('poolster-scan: the final questions with context', () => {
  afterEach(async () => {
    clearDrafts();
    await resetMouse();
  });

  it('answers the final page with one mouse click per block and one to go on to the last check before sending: 5 clicks for one practice and three priorities', async () => {
    const el = await finalStep();
    let clicks = 0;
    const click = async (target: Element) => {
      target.scrollIntoView({ block: 'center' });
      const r = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + Math.min(r.width / 2, 40)), Math.round(r.top + r.height / 2)] });
      clicks += 1;
      await settle(el);
    };
    const pick = $(el, '[data-field="final/inspiring-practices"]');
    await click(pick.shadowRoot!.querySelector('label[for="block-2"]')!); // prevention, a suggested practice
    const ranking = $(el, '[data-field="final/priorities"]');
    for (let i = 0; i < 3; i += 1) await click(ranking.shadowRoot!.querySelector('button.add-button')!); // the first suggestion each time
    expect(el.value!.final['inspiring-practices']!.blocks).to.deep.equal(['prevention']);
    expect(el.value!.final.priorities!.blocks).to.deep.equal(['student-advocate', 'integrated-core-processes', 'strong-teamwork']);
    await click([...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Opslaan en verder')!);
    // The check of every answer, the final questions' included, is on the send step that comes next.
    expect(heading(el)).to.equal('Verzenden');
    expect(clicks).to.equal(5);
  });

  it('gives every answered block its current stage → ambition, in the content\'s stage labels', async () => {
    const el = await finalStep();
    for (const field of ['final/inspiring-practices', 'final/priorities']) {
      const blocks = blocksOf(el, field);
      expect(detailOf(blocks, 'student-advocate')).to.equal('Planmatig → Geïntegreerd');
      expect(detailOf(blocks, 'prevention')).to.equal('Systematisch (aanhouden)');
      expect(detailOf(blocks, 'informed-practice'), 'only the current stage').to.equal('Geïntegreerd');
    }
  });

  it('suggests as priorities the blocks the team wants to grow most, at most the maximum of 5, in the instrument\'s order', async () => {
    const instrument = await goInstrument();
    instrument.finalQuestions = instrument.finalQuestions.map((q) => (q.type === 'block-ranking' ? { ...q, max: 4 } : q));
    const four = await mountScan(instrument);
    four.value = answered(instrument);
    await settle(four);
    $(four, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'final' } }));
    await settle(four);
    expect(suggested(blocksOf(four, 'final/priorities')).map(([id]) => id), 'with a maximum of 4, the first block of gap 1 in order').to.deep.equal([
      'student-advocate',
      'integrated-core-processes',
      'strong-teamwork',
      'external-network',
    ]);

    const el = await finalStep();
    expect(suggested(blocksOf(el, 'final/priorities'))).to.deep.equal([
      ['student-advocate', 'voorstel: 1 stadium groei'],
      ['integrated-core-processes', 'voorstel: 3 stadia groei'],
      ['strong-teamwork', 'voorstel: 2 stadia groei'],
      ['external-network', 'voorstel: 2 stadia groei'],
      ['professional-learning-community', 'voorstel: 1 stadium groei'],
    ]);
    const ranking = $(el, '[data-field="final/priorities"]');
    const titles = [...ranking.shadowRoot!.querySelectorAll('.add [part="group-title"]')].map((t) => t.textContent!.trim());
    expect(titles[0]).to.equal('Voorgesteld');
    expect(el.value!.final.priorities, 'nothing is chosen for the team').to.equal(undefined);
  });

  it('suggests as inspiring practices the blocks at the highest stage chosen, at most the maximum of 3', async () => {
    const el = await finalStep();
    expect(suggested(blocksOf(el, 'final/inspiring-practices'))).to.deep.equal([
      ['prevention', 'voorstel: jullie hoogste stadium'],
      ['integral-policy', 'voorstel: jullie hoogste stadium'],
      ['inquiring-attitude', 'voorstel: jullie hoogste stadium'],
    ]);
    expect(el.value!.final['inspiring-practices'], 'nothing is chosen for the team').to.equal(undefined);
    const pick = $(el, '[data-field="final/inspiring-practices"]');
    const box = pick.shadowRoot!.querySelector('input[data-id="prevention"]')!;
    expect(box.getAttribute('aria-describedby')!.split(' ').map((id) => pick.shadowRoot!.getElementById(id)!.textContent!.trim())).to.deep.equal([
      'Systematisch (aanhouden)',
      'voorstel: jullie hoogste stadium',
    ]);
  });

  it('suggests nothing when no block is answered, nor inspiring practices when every block is at the first stage', async () => {
    const empty = await finalStep('nl', (i) => createResponse(i));
    expect(suggested(blocksOf(empty, 'final/priorities'))).to.deep.equal([]);
    expect(blocksOf(empty, 'final/priorities').some((b) => b.detail)).to.equal(false);
    const first = await finalStep('nl', (i) => {
      let r = createResponse(i);
      for (const blockId of Object.keys(PLACED)) r = withAnswer(r, { scope: 'block', blockId, questionId: 'current-stage' }, { choice: 'fragmentary' });
      return r;
    });
    expect(suggested(blocksOf(first, 'final/inspiring-practices'))).to.deep.equal([]);
  });

  it('speaks French and English in its own words', async () => {
    const fr = await finalStep('fr');
    expect(detailOf(blocksOf(fr, 'final/priorities'), 'prevention')).to.equal('Systematisch (maintenir)');
    expect(suggested(blocksOf(fr, 'final/priorities'))[1]).to.deep.equal(['integrated-core-processes', 'suggestion : progression de 3 stades']);
    expect(suggested(blocksOf(fr, 'final/priorities'))[0]).to.deep.equal(['student-advocate', 'suggestion : progression d’un stade']);
    expect(suggested(blocksOf(fr, 'final/inspiring-practices'))[0]![1]).to.equal('suggestion : votre stade le plus élevé');
    await expect(fr).to.be.accessible();
    const en = await finalStep('en');
    expect(detailOf(blocksOf(en, 'final/priorities'), 'prevention')).to.equal('Systematisch (keep)');
    expect(suggested(blocksOf(en, 'final/priorities'))[1]![1]).to.equal('suggested: grows 3 stages');
  });

  it('is accessible with the suggestions shown', async () => {
    await expect(await finalStep()).to.be.accessible();
  });
});
