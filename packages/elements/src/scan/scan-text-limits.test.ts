import { expect } from '@open-wc/testing';
import { DEFAULT_TEXT_MAX_LENGTH, OTHER_TEXT_MAX_LENGTH } from '@poolster/schema';
import { sendKeys } from '@web/test-runner-commands';
import type { PoolsterScan } from './scan.js';
import { $, clearDrafts, clickButton, focused, goInstrument, heading, mountScan, settle, storedDraft, stubApiFetch, tick } from './scan.test-helpers.js';
import { until } from '../shared/wait.test-helpers.js';

/**
 * Text answers and comments have a limit (the schema's `textMaxLength`, 10,000 characters unless the
 * question says otherwise). The scan counts near it, marks the field invalid past it, refuses to move
 * on or send, and never cuts off what the team typed or pasted.
 */

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Inserts text where the caret is, as typing or pasting does (the browser applies `maxlength` here). */
async function insertText(el: PoolsterScan, field: string, text: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `[data-field="${field}"]`);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  document.execCommand('insertText', false, text);
  await settle(el);
}

/** The counter under a field, its live region, and the field's state, as a team and a screen reader get them. */
function counter(el: PoolsterScan, field: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `[data-field="${field}"]`);
  const wrapper = input.closest('.text-field')!;
  const count = wrapper.querySelector('.char-count');
  return {
    shown: squash(count?.textContent),
    over: count?.classList.contains('over') ?? false,
    described: (input.getAttribute('aria-describedby') ?? '').split(' ').includes(count?.id ?? '-'),
    live: squash(wrapper.querySelector('[aria-live="polite"]')?.textContent),
    invalid: input.getAttribute('aria-invalid') === 'true',
    inlineError: squash(wrapper.querySelector('.error-message')?.textContent),
    length: input.value.length,
  };
}

const COMMENT = 'block/student-advocate/deliberate-choice/comment';

describe('poolster-scan: limits of text answers and comments', () => {
  afterEach(() => clearDrafts());

  it('counts near the limit, marks the field invalid past it, keeps every character pasted, and will not move on', async () => {
    const el = await mountScan(await goInstrument());
    const field = 'context/centre-name';
    expect($(el, `[data-field="${field}"]`).hasAttribute('maxlength'), 'no maxlength that would cut a paste').to.equal(false);
    expect(counter(el, field)).to.include({ shown: '', live: '', invalid: false });

    await insertText(el, field, 'a'.repeat(7999));
    expect(counter(el, field).shown, 'quiet below 80 %').to.equal('');
    await sendKeys({ type: 'b' });
    await settle(el);
    expect(counter(el, field)).to.include({ shown: 'Nog 2.000 tekens', over: false, described: true, live: 'Je nadert de limiet van 10.000 tekens.', invalid: false });
    await expect(el).to.be.accessible();

    await insertText(el, field, 'c'.repeat(2050));
    expect(counter(el, field)).to.include({ length: 10050, shown: '50 tekens te veel', over: true, described: true, invalid: true });
    expect(counter(el, field).live).to.equal('Te lang: hoogstens 10.000 tekens. Je tekst blijft bewaard; maak hem korter voor je verzendt.');
    expect(el.value!.context['centre-name']!.text, 'the whole paste is kept').to.have.length(10050);

    await clickButton(el, 'Beginnen');
    expect(heading(el), 'a text past its limit blocks moving on').to.equal('GO! poolster-CLB in beeld');
    const summary = squash($(el, 'poolster-error-summary').shadowRoot!.textContent);
    expect(summary).to.contain('‘Naam van het centrum’ mag hoogstens 10.000 tekens hebben; er staan er nu 10.050.');
    expect(focused(el)).to.equal('poolster-error-summary.summary');
    expect(counter(el, field).inlineError).to.contain('‘Naam van het centrum’ mag hoogstens 10.000 tekens hebben');
    await expect(el).to.be.accessible();

    const input = $<HTMLInputElement>(el, `[data-field="${field}"]`);
    input.focus();
    input.setSelectionRange(input.value.length - 60, input.value.length);
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(counter(el, field)).to.include({ length: 9990, shown: 'Nog 10 tekens', over: false, invalid: false, inlineError: '' });
    expect(el.shadowRoot!.querySelector('poolster-error-summary') === null, 'the fixed error leaves the summary').to.equal(true);
    await clickButton(el, 'Beginnen');
    expect(heading(el)).to.equal('4.1 Behartiger van de leerling');
  });

  it('a comment past its limit is shown at the comment (not at the question), linked from the summary, and the text stays', async () => {
    const el = await mountScan(await goInstrument());
    $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'block:student-advocate' } }));
    await settle(el);
    await insertText(el, COMMENT, 'x'.repeat(DEFAULT_TEXT_MAX_LENGTH + 1));
    expect(counter(el, COMMENT)).to.include({ shown: '1 teken te veel', over: true, invalid: true });

    await clickButton(el, 'Opslaan en verder');
    const links = [...$(el, 'poolster-error-summary').shadowRoot!.querySelectorAll('a')];
    const link = links.find((a) => a.textContent!.includes('tekens hebben'))!;
    expect(squash(link.textContent)).to.equal('Toelichting bij ‘Welbewuste keuze’ mag hoogstens 10.000 tekens hebben; er staan er nu 10.001.');
    expect(counter(el, COMMENT).inlineError).to.contain('Toelichting bij ‘Welbewuste keuze’ mag hoogstens 10.000 tekens hebben');
    const choice = $(el, '[data-field="block/student-advocate/deliberate-choice"]');
    expect(squash(choice.shadowRoot!.querySelector('.error-message')?.textContent), 'the choice itself shows only its own error').to.not.contain('tekens hebben');
    link.click();
    await settle(el);
    expect(focused(el)).to.equal(`textarea[${COMMENT}]`);
    expect(el.value!.blocks['student-advocate']!['deliberate-choice']!.comment).to.have.length(DEFAULT_TEXT_MAX_LENGTH + 1);
    await expect(el).to.be.accessible();
  });

  it('uses the question\'s own maxLength, speaks French and English, and the keyboard still types', async () => {
    const instrument = await goInstrument();
    const question = instrument.contextQuestions[0]!;
    if (question.type !== 'text') throw new Error('the GO! scan starts with a text question');
    question.maxLength = 20;
    for (const [lang, near, over] of [
      ['fr', 'Encore 3 caractères', '1 caractère de trop'],
      ['en', '3 characters left', '1 character too many'],
    ] as const) {
      const el = await mountScan(instrument, { lang });
      $(el, '[data-field="context/centre-name"]').focus();
      await sendKeys({ type: 'CLB Gent en Aalst' }); // 17 characters, 85 % of 20
      await settle(el);
      expect(counter(el, 'context/centre-name')).to.include({ shown: near, over: false });
      await sendKeys({ type: 'Oost' });
      await settle(el);
      expect(counter(el, 'context/centre-name')).to.include({ shown: over, over: true, invalid: true, length: 21 });
      await expect(el).to.be.accessible();
      el.remove(); // one scan (one main landmark) on the page at a time
    }
  });

  it('will not send a comment past its limit: the confirmation lists it and nothing leaves the device', async () => {
    const api = stubApiFetch();
    try {
      const el = await mountScan(await goInstrument(), { action: '/api/responses' });
      $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'block:student-advocate' } }));
      await settle(el);
      await insertText(el, COMMENT, 'x'.repeat(DEFAULT_TEXT_MAX_LENGTH + 5));
      $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
      await settle(el);
      await clickButton(el, 'Antwoorden definitief verzenden');
      const summary = squash($(el, 'poolster-error-summary').shadowRoot!.textContent);
      expect(summary).to.contain('4.1 Behartiger van de leerling – nog te beantwoorden: Huidig stadium, Ambitie, Welbewuste keuze, Hefbomen, Knelpunten en Verschil tussen deelgroepen; te verbeteren: Welbewuste keuze – Toelichting – Te lang');
      expect(api.calls).to.deep.equal([]);
      expect(heading(el)).to.equal('Verzenden');
    } finally {
      api.restore();
    }
  });

  it('keeps texts past their limit in the draft on the device, and a reload brings them back whole', async () => {
    const instrument = await goInstrument();
    const first = await mountScan(instrument, { draftKey: 'too-long' });
    $(first, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'block:student-advocate' } }));
    await settle(first);
    await insertText(first, COMMENT, 'x'.repeat(DEFAULT_TEXT_MAX_LENGTH + 10));
    await tick(first, 'block/student-advocate/subgroups', 'ja, anders:');
    const group = $(first, '[data-field="block/student-advocate/subgroups"]');
    const other = group.shadowRoot!.querySelector<HTMLInputElement>('#other-text')!;
    other.focus();
    document.execCommand('insertText', false, 'o'.repeat(OTHER_TEXT_MAX_LENGTH + 3));
    await settle(first);
    expect(squash(group.shadowRoot!.querySelector('.char-count')!.textContent)).to.equal('3 tekens te veel');
    expect(other.getAttribute('aria-invalid')).to.equal('true');
    await until(() => storedDraft(first)?.response.blocks['student-advocate']?.subgroups?.other?.length === OTHER_TEXT_MAX_LENGTH + 3, 'the draft is saved');
    first.remove();

    const again = await mountScan(instrument, { draftKey: 'too-long' });
    const answers = again.value!.blocks['student-advocate']!;
    expect(answers['deliberate-choice']!.comment, 'the comment is back, whole').to.have.length(DEFAULT_TEXT_MAX_LENGTH + 10);
    expect(answers.subgroups!.other, 'the "other" text is back, whole').to.have.length(OTHER_TEXT_MAX_LENGTH + 3);
    expect(squash($(again, '.notice').textContent)).to.contain('teruggezet');
  });
});
