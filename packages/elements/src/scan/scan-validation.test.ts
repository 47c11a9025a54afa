import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, answerGoBlock, chooseStage, clickButton, goInstrument, heading, mountScan, settle, tick, typeInto, focused } from './scan.test-helpers.js';

const k = (q: string) => `block/student-advocate/${q}`;

async function onFirstBlock() {
  const el = await mountScan(await goInstrument());
  await typeInto(el, 'context/centre-name', 'CLB Noord');
  await clickButton(el, 'Beginnen');
  return el;
}

describe('poolster-scan: validation', () => {
  it('checks a step only when the team moves on: an error summary takes focus and links to each field', async () => {
    const el = await onFirstBlock();
    expect(el.shadowRoot!.querySelector('poolster-error-summary') === null, 'no error summary before any check').to.equal(true);
    await chooseStage(el, k('current-stage'), 1);
    expect(el.shadowRoot!.querySelector('poolster-error-summary') === null, 'no check while answering').to.equal(true);
    await clickButton(el, 'Opslaan en verder');
    expect(heading(el), 'stays on the step').to.equal('4.1 Behartiger van de leerling');
    const summary = $(el, 'poolster-error-summary');
    expect(focused(el)).to.equal('poolster-error-summary.summary');
    const links = [...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.have.length(5);
    expect(links[0]).to.equal('Kies of jullie het huidige stadium van ‘Behartiger van de leerling’ aanhouden of naar een later stadium willen evolueren.');
    const ambition = $(el, `[data-field="${k('ambition')}"]`);
    const radios = [...ambition.shadowRoot!.querySelectorAll('input')];
    expect(radios.every((r) => r.getAttribute('aria-invalid') === 'true')).to.equal(true);
    expect(ambition.shadowRoot!.querySelector('#error')!.textContent).to.contain('Fout:');

    summary.shadowRoot!.querySelectorAll('a')[2]!.click();
    await settle(el);
    expect(focused(el)).to.equal(`poolster-choice-group[${k('levers')}]`);
  });

  it('removes an error as soon as it is fixed, without adding new ones while typing', async () => {
    const el = await onFirstBlock();
    await clickButton(el, 'Opslaan en verder');
    expect([...$(el, 'poolster-error-summary').shadowRoot!.querySelectorAll('a')]).to.have.length(6);
    await chooseStage(el, k('current-stage'), 0);
    expect([...$(el, 'poolster-error-summary').shadowRoot!.querySelectorAll('a')]).to.have.length(5);
    expect(($(el, `[data-field="${k('current-stage')}"]`) as unknown as { error: string }).error).to.equal('');
    expect(($(el, `[data-field="${k('ambition')}"]`) as unknown as { error: string }).error).to.equal('Kies of jullie het huidige stadium van ‘Behartiger van de leerling’ aanhouden of naar een later stadium willen evolueren.');
  });

  it('"none" clears the other levers and another lever clears "none"; nothing else is dropped', async () => {
    const el = await onFirstBlock();
    await tick(el, k('levers'), 'gelinkt aan mensen');
    await tick(el, k('levers'), 'gelinkt aan systemen');
    expect(el.value!.blocks['student-advocate']!.levers!.choices).to.deep.equal(['people-culture', 'systems-structure']);
    await tick(el, k('levers'), 'neen');
    expect(el.value!.blocks['student-advocate']!.levers!.choices).to.deep.equal(['none']);
    await tick(el, k('levers'), 'gelinkt aan missie');
    expect(el.value!.blocks['student-advocate']!.levers!.choices).to.deep.equal(['mission-vision-strategy']);
  });

  it('"other" reveals its text field, which is then required', async () => {
    const el = await onFirstBlock();
    await answerGoBlock(el, 'student-advocate');
    await tick(el, k('subgroups'), 'ja, anders');
    const group = $(el, `[data-field="${k('subgroups')}"]`);
    expect(group.shadowRoot!.querySelector('#other-text')).to.not.equal(null);
    expect(el.value!.blocks['student-advocate']!.subgroups!.choices).to.deep.equal(['other']);
    await clickButton(el, 'Opslaan en verder');
    expect(group.shadowRoot!.querySelector('#other-error')!.textContent).to.contain('Omschrijf wat je bedoelt met "ja, anders:"');
    const field = group.shadowRoot!.querySelector<HTMLInputElement>('#other-text')!;
    field.focus();
    await sendKeys({ type: 'tussen de regio’s' });
    await settle(el);
    expect(el.value!.blocks['student-advocate']!.subgroups!.other).to.equal('tussen de regio’s');
    await clickButton(el, 'Opslaan en verder');
    expect(heading(el)).to.equal('4.2 Geïntegreerde benadering van de kernprocessen');
  });

  it('offers no ambition at or below the current stage, says why, and never drops one chosen earlier', async () => {
    const el = await onFirstBlock();
    const ambition = $(el, `[data-field="${k('ambition')}"]`);
    const option = (label: string) =>
      [...ambition.shadowRoot!.querySelectorAll<HTMLElement>('.option')].find((o) => o.querySelector('label')!.textContent!.trim() === label)!;
    const input = (label: string) => option(label).querySelector('input')!;
    await chooseStage(el, k('current-stage'), 0);
    await tick(el, k('ambition'), 'evolueren naar planmatig');
    expect(ambition.shadowRoot!.querySelector('[part=note]') === null, 'no note on the ambition').to.equal(true);

    // The team changes its mind about the current stage: the ambition chosen earlier stays, and the note says what to do.
    await chooseStage(el, k('current-stage'), 2);
    expect(el.value!.blocks['student-advocate']).to.deep.include({ ambition: { choice: 'evolve-planned' }, 'current-stage': { choice: 'integrated' } });
    expect(ambition.shadowRoot!.querySelector('[part=note]')!.textContent).to.equal(
      'De ambitie "Planmatig" ligt niet hoger dan het huidige stadium "Geïntegreerd": kies de ambitie opnieuw.',
    );
    expect(input('evolueren naar planmatig').disabled, 'the chosen option stays where the team can see and change it').to.equal(false);
    expect(input('evolueren naar geïntegreerd').disabled).to.equal(true);
    expect(option('evolueren naar geïntegreerd').querySelector('[part=reason]')!.textContent).to.equal('Niet mogelijk: jullie centrum staat al op Geïntegreerd.');
    expect(input('evolueren naar geïntegreerd').getAttribute('aria-describedby')).to.contain('r-evolve-integrated');
    input('evolueren naar geïntegreerd').click();
    await settle(el);
    expect(el.value!.blocks['student-advocate']!.ambition).to.deep.equal({ choice: 'evolve-planned' }, 'a disabled option cannot be chosen');

    await tick(el, k('ambition'), 'evolueren naar systematisch');
    expect(ambition.shadowRoot!.querySelector('[part=note]') === null, 'no note on the ambition').to.equal(true);
    expect(input('evolueren naar planmatig').disabled, 'once another is chosen, the earlier one is no longer offered').to.equal(true);

    // At the last stage only keeping it remains, and the ambition to reach that stage is flagged too.
    await chooseStage(el, k('current-stage'), 3);
    expect(ambition.shadowRoot!.querySelector('[part=note]')!.textContent).to.contain('"Systematisch"');
    expect(input('dit aanhouden').disabled).to.equal(false);
    expect(input('evolueren naar geïntegreerd').disabled).to.equal(true);
    expect(el.value!.blocks['student-advocate']!.ambition).to.deep.equal({ choice: 'evolve-systematic' });

    await chooseStage(el, k('current-stage'), 0);
    expect(ambition.shadowRoot!.querySelector('[part=note]') === null, 'no note on the ambition').to.equal(true);
    expect(ambition.shadowRoot!.querySelectorAll('[part=reason]')).to.have.length(0);
  });

  it('lets the team move between blocks with incomplete ones, shown as incomplete', async () => {
    const el = await onFirstBlock();
    await chooseStage(el, k('current-stage'), 1);
    const nav = $(el, 'poolster-progress-nav');
    nav.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'block:prevention' } }));
    await settle(el);
    expect(heading(el)).to.equal('4.3 Preventie');
    const states = (nav as unknown as { steps: Array<{ id: string; state?: string }> }).steps;
    expect(states.find((s) => s.id === 'block:student-advocate')!.state).to.equal('incomplete');
    expect(states.find((s) => s.id === 'block:prevention')!.state).to.equal('not-started');
  });

  it('enforces the priorities: at least three, distinct', async () => {
    const el = await onFirstBlock();
    $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'final' } }));
    await settle(el);
    const ranking = $(el, '[data-field="final/priorities"]');
    for (const block of ['prevention', 'strong-teamwork']) {
      ranking.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="candidate"][data-id="${block}"] button.add-button`)!.click();
      await settle(el);
    }
    expect(el.value!.final.priorities!.blocks).to.deep.equal(['prevention', 'strong-teamwork']);
    await clickButton(el, 'Opslaan en verder');
    expect(ranking.shadowRoot!.querySelector('#error')!.textContent).to.contain('Kies minstens 3 prioriteiten, de belangrijkste eerst.');
  });
});
