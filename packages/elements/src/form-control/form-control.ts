import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { InheritedLang } from '../i18n/inherited-lang.js';
import { firstControl } from '../shared/focus.js';
import { formControlStrings } from './form-control.strings.js';

/** Why a control is invalid: one of the browser's validity flags and the message that goes with it. */
export interface ControlProblem {
  flag: 'valueMissing' | 'rangeUnderflow';
  message: string;
  /** The part to point at; the control's first focusable part by default. */
  anchor?: HTMLElement | null;
}

/**
 * The part every question control shares: the properties each of them has (legend, hint, error, required,
 * readonly, disabled, lang) and taking part in a `<form>` as a native control does, through
 * `ElementInternals`. A control names what it submits (`formEntries`), what its answer is for a reset or a
 * restore (`answer` / `restoreAnswer`) and when it is incomplete (`problem`); the rest is here.
 *
 * Constraint messages come from this package's own nl/fr/en words in the control's `lang`, and are anchored
 * to the control's first focusable part, so the browser's bubble points at what to change.
 */
export abstract class PoolsterFormControl extends LitElement {
  static override properties: PropertyDeclarations = {
    legend: {},
    hint: {},
    error: {},
    required: { type: Boolean },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    name: { reflect: true },
    lang: {},
    fieldsetDisabled: { state: true },
  };

  /** Lets a `<form>` see the element as one of its controls. */
  static formAssociated = true;

  /** The question, shown as the fieldset's legend. */
  legend = '';

  /** An optional hint under the legend. */
  hint = '';

  /** An already localised error message: shown inline, and the control is invalid to its form with it. */
  error = '';

  /** Whether an answer is required: the form is not sent without one. */
  required = false;

  /** Shows the answer without letting it change; a read-only control is not checked by its form. */
  readonly = false;

  /** Nothing can be chosen and the form sends nothing for this control. */
  disabled = false;

  /** The name the form submits the answer under (one entry per chosen id, as checkboxes do). */
  name = '';

  /**
   * The interface language (nl, fr, en, or one registered with `registerLanguage`). When not set, the closest
   * `lang` above the element (its ancestors, across shadow roots; the page's `<html lang>`), else English.
   */
  override lang = '';

  // Fills `lang` from the page when the host sets none; draws again when a language is registered.
  protected readonly inheritedLang = new InheritedLang(this);

  /** Set by the browser when an ancestor `<fieldset disabled>` disables the control. */
  private fieldsetDisabled = false;

  private readonly internals = this.attachInternals();

  /** The answer the control had when first drawn: what a form's reset brings back. */
  private initial: unknown;

  /** The ids the form submits under `name`, in order. */
  protected abstract formEntries(): string[];

  /** Extra entries, such as the "other" text or "none", each under `name` plus its suffix; they answer too. */
  protected extraEntries(): [suffix: string, value: string][] {
    return [];
  }

  /** The answer as plain data, for a reset or for the browser to restore (history, autofill). */
  protected abstract answer(): unknown;

  protected abstract restoreAnswer(answer: unknown): void;

  /** What keeps the answer from being complete beyond "required and empty"; undefined when nothing does. */
  protected problem(): ControlProblem | undefined {
    return undefined;
  }

  /** Whether the control is disabled, by itself or by a disabled fieldset around it. */
  protected get isDisabled(): boolean {
    return this.disabled || this.fieldsetDisabled;
  }

  /** The form this control belongs to (its ancestor, or the one its `form` attribute names). */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether the answer satisfies the control's constraints (required, the ranking's minimum, `error`). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message the browser shows when the control stops its form from being sent; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** False while disabled: a disabled control is not checked and not submitted. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the control is valid; fires `invalid` when not, as a native control does. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows the message at the control's first focusable part. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Called by the browser when a `<fieldset disabled>` around the control changes. */
  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
  }

  /** Called by the browser when the form is reset: back to the answer the control was first drawn with. */
  formResetCallback(): void {
    this.restoreAnswer(this.initial);
  }

  /** Called by the browser to bring back the answer after a page reload or a step back in history. */
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.restoreAnswer(JSON.parse(saved));
  }

  protected override firstUpdated(): void {
    this.initial = this.answer();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = new FormData();
    if (this.name) {
      for (const id of this.formEntries()) data.append(this.name, id);
      for (const [suffix, value] of this.extraEntries()) data.append(this.name + suffix, value);
    }
    this.internals.setFormValue(data, JSON.stringify(this.answer()));
    this.internals.setValidity(...this.validityArguments());
  }

  private validityArguments(): Parameters<ElementInternals['setValidity']> {
    // A read-only control is barred from constraint validation, as a read-only input is.
    if (this.readonly) return [{}];
    // The anchor (where the browser shows the message) is looked up only for an invalid control: a query of
    // the shadow root on every answer would cost each valid control its time for nothing.
    if (this.error) return [{ customError: true }, this.error, firstControl(this.renderRoot)];
    const empty = !this.formEntries().length && !this.extraEntries().length;
    const found: ControlProblem | undefined = this.required && empty ? { flag: 'valueMissing', message: formControlStrings(this.lang).missing } : this.problem();
    return found ? [{ [found.flag]: true }, found.message, found.anchor ?? firstControl(this.renderRoot)] : [{}];
  }
}
