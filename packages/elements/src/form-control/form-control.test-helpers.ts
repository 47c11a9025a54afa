import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PoolsterFormControl } from './form-control.js';

/**
 * One suite every form control passes (the pattern of Web Awesome's form-control base tests): each control
 * sits in a plain `<form>` and must behave there as a native control does.
 */
export interface FormControlSpec<E extends PoolsterFormControl> {
  tag: string;
  /** Gives the control what it needs to draw (options, stages, blocks). */
  setup(el: E): void;
  /** Sets an answer as a host would. */
  answer(el: E): void;
  /** What the form submits for that answer, the control's `name` being "answer". */
  submitted: [string, string][];
  /** The state the control keeps with its form value for that answer (what the browser hands back on restore). */
  saved: string;
  /** Keys that change the control once Tab has reached it, and what the form then submits. */
  keys: string[];
  submittedAfterKeys: [string, string][];
}

let forms = 0;

/** A plain form with a text field before the control and a submit button after it. */
async function mount<E extends PoolsterFormControl>(spec: FormControlSpec<E>, options: { answered?: boolean; outside?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const form = document.createElement('form');
  form.id = `form-${++forms}`;
  form.action = 'javascript:void 0';
  const before = document.createElement('input');
  before.setAttribute('aria-label', 'Naam');
  const el = document.createElement(spec.tag) as E;
  spec.setup(el);
  el.name = 'answer';
  if (options.answered) spec.answer(el);
  const send = document.createElement('button');
  send.textContent = 'Versturen';
  form.append(before, send);
  if (options.outside) {
    // Associated by id from elsewhere in the page, as `<input form="…">` is.
    el.setAttribute('form', form.id);
    wrapper.append(form, el);
  } else {
    form.insertBefore(el, send);
    wrapper.append(form);
  }
  await el.updateComplete;
  return { form, el, before, send };
}

const entries = (form: HTMLFormElement) => [...new FormData(form)].map(([key, value]) => [key, String(value)]);

/** Clicks the submit button and tells whether the form was sent, with what, and whether the control was found invalid. */
function submit(form: HTMLFormElement, el: HTMLElement, send: HTMLButtonElement) {
  let sent: string[][] | undefined;
  let invalid = false;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    sent = [...new FormData(form, event.submitter)].map(([key, value]) => [key, String(value)]);
  };
  const onInvalid = () => (invalid = true);
  form.addEventListener('submit', onSubmit);
  el.addEventListener('invalid', onInvalid);
  // A click on a submit button validates and fires `submit` (or `invalid`) before it returns.
  send.click();
  form.removeEventListener('submit', onSubmit);
  el.removeEventListener('invalid', onInvalid);
  return { sent, invalid };
}

export function runFormControlTests<E extends PoolsterFormControl>(spec: FormControlSpec<E>): void {
  describe(`${spec.tag} in a form`, () => {
    it('is a form-associated control of its form', async () => {
      const { form, el } = await mount(spec);
      expect((el.constructor as typeof PoolsterFormControl).formAssociated).to.equal(true);
      expect(el.form === form, 'el.form is its form').to.equal(true);
      expect([...form.elements].includes(el), 'form.elements lists it').to.equal(true);
      expect(el.willValidate).to.equal(true);
    });

    it('submits its answer under its name, in FormData and in a real submit', async () => {
      const { form, el, send } = await mount(spec, { answered: true });
      expect(entries(form)).to.deep.equal(spec.submitted);
      expect(submit(form, el, send)).to.deep.equal({ sent: spec.submitted, invalid: false });
    });

    it('submits nothing when empty or without a name', async () => {
      const empty = await mount(spec);
      expect(entries(empty.form)).to.deep.equal([]);
      const unnamed = await mount(spec, { answered: true });
      unnamed.el.name = '';
      await unnamed.el.updateComplete;
      expect(entries(unnamed.form)).to.deep.equal([]);
    });

    it('keeps a form from being sent while it is required and empty, with a message in its language', async () => {
      const { form, el, send } = await mount(spec);
      el.required = true;
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Kies een antwoord.');
      expect(form.checkValidity()).to.equal(false);
      expect(submit(form, el, send)).to.deep.equal({ sent: undefined, invalid: true });
      el.lang = 'fr';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Choisissez une réponse.');
      spec.answer(el);
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(submit(form, el, send)).to.deep.equal({ sent: spec.submitted, invalid: false });
    });

    it('is invalid with its error message while one is set, and not checked when read-only', async () => {
      const { form, el } = await mount(spec, { answered: true });
      el.error = 'Beantwoord deze vraag.';
      await el.updateComplete;
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Beantwoord deze vraag.');
      expect(form.checkValidity()).to.equal(false);
      el.readonly = true;
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
    });

    it('goes back to the answer it was drawn with when the form is reset', async () => {
      const { form, el } = await mount(spec, { answered: true });
      el.required = true;
      form.reset();
      await el.updateComplete;
      expect(entries(form)).to.deep.equal(spec.submitted);
      const fresh = await mount(spec);
      spec.answer(fresh.el);
      await fresh.el.updateComplete;
      expect(entries(fresh.form)).to.deep.equal(spec.submitted);
      fresh.form.reset();
      await fresh.el.updateComplete;
      expect(entries(fresh.form)).to.deep.equal([]);
    });

    it('restores the answer the browser kept for it', async () => {
      const { el } = await mount(spec);
      el.formStateRestoreCallback(spec.saved);
      await el.updateComplete;
      expect(entries(el.form!)).to.deep.equal(spec.submitted);
    });

    it('submits nothing when disabled, by itself or by a disabled fieldset, and cannot be changed then', async () => {
      const { form, el } = await mount(spec, { answered: true });
      el.disabled = true;
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('fieldset')!.disabled).to.equal(true);
      el.disabled = false;
      await el.updateComplete;
      expect(entries(form)).to.deep.equal(spec.submitted);
      const fieldset = document.createElement('fieldset');
      form.insertBefore(fieldset, el);
      fieldset.append(el);
      fieldset.disabled = true;
      await el.updateComplete;
      expect(entries(form)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('fieldset')!.disabled).to.equal(true);
      el.required = true;
      await el.updateComplete;
      expect(el.willValidate).to.equal(false);
    });

    it('belongs to the form its form attribute names', async () => {
      const { form, el, send } = await mount(spec, { answered: true, outside: true });
      expect(el.form === form, 'el.form is the form its form attribute names').to.equal(true);
      expect(form.contains(el)).to.equal(false);
      expect(submit(form, el, send)).to.deep.equal({ sent: spec.submitted, invalid: false });
    });

    it('is reached with Tab and answered with the keyboard', async () => {
      const { form, el, before } = await mount(spec);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === el, 'Tab reaches the control').to.equal(true);
      for (const key of spec.keys) await sendKeys({ press: key });
      await el.updateComplete;
      expect(entries(form)).to.deep.equal(spec.submittedAfterKeys);
    });

    it('is accessible in a form: empty, answered, required and invalid, disabled and read-only', async () => {
      const empty = await mount(spec);
      await expect(empty.form).to.be.accessible();
      const answered = await mount(spec, { answered: true });
      await expect(answered.form).to.be.accessible();
      empty.el.required = true;
      empty.el.error = 'Beantwoord deze vraag.';
      await empty.el.updateComplete;
      await expect(empty.form).to.be.accessible();
      answered.el.disabled = true;
      await answered.el.updateComplete;
      await expect(answered.form).to.be.accessible();
      answered.el.disabled = false;
      answered.el.readonly = true;
      await answered.el.updateComplete;
      await expect(answered.form).to.be.accessible();
    });
  });
}
