import { html, nothing, type PropertyDeclarations } from 'lit';
import { charCount, countDescribedBy, countState } from '../shared/char-count.js';
import { errorMessage } from '../shared/error-message.js';
import { fire, type AnswerChangeDetail } from '../shared/events.js';
import { PoolsterFormControl, type ControlProblem } from '../form-control/form-control.js';
import { formControlStrings } from '../form-control/form-control.strings.js';
import { focusFirstControl } from '../shared/focus.js';
import { chooseWithoutScrolling } from '../shared/label-click.js';
import { baseStyles } from '../shared/styles.js';
import { choiceGroupStrings } from './choice-group.strings.js';
import { styles } from './choice-group.styles.js';

export interface ChoiceOption {
  id: string;
  label: string;
  /** Chosen alone: ticking it clears the others, ticking another clears it ("none"). */
  exclusive?: boolean;
  /** "Other, please specify": choosing it reveals a text field that must be filled in. */
  other?: boolean;
  /**
   * Why the option cannot be chosen now (an ambition at or below the current stage). It is shown beside
   * the option, which is disabled unless it is already chosen: a choice made earlier is never dropped,
   * the note says what to do instead.
   */
  unavailable?: string;
}

let instances = 0;

/** Whether two lists of option ids are the same, in the same order. */
const sameIds = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((id, i) => id === b[i]));

/**
 * A single or multiple choice question: radios or checkboxes in a fieldset, with exclusive options and
 * an "other, please specify" text.
 *
 * In a `<form>` it submits each chosen option id under its `name` (like checkboxes), and the "other"
 * text, when that option is chosen, under `name` + `-other`.
 *
 * @summary One question with options.
 * @fires poolster-answer - The team changed the choice or the "other" text. Detail: `{ value: string[], otherText: string }`.
 * @csspart option - Each option row.
 * @csspart other - The "other" text field's wrapper.
 * @csspart count - The character count under the "other" text field, shown near its limit.
 * @csspart reason - Why an option cannot be chosen now, beside that option.
 * @csspart note - A non-blocking note (for example "the ambition is not above the current stage").
 * @csspart error - The inline error message.
 * @cssprop --poolster-color-warning - The note's border.
 */
export class PoolsterChoiceGroup extends PoolsterFormControl {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    options: { attribute: false },
    multiple: { type: Boolean },
    // After a tick the scan hands back the list the group already shows: drawing it again cost every answer a second render.
    value: { attribute: false, hasChanged: (next: string[], previous: string[] | undefined) => !sameIds(next, previous) },
    otherText: { attribute: 'other-text' },
    otherLabel: { attribute: 'other-label' },
    otherMaxLength: { type: Number, attribute: 'other-max-length' },
    otherError: { attribute: 'other-error' },
    note: {},
  };

  /** The options, in order. */
  options: ChoiceOption[] = [];

  /** Checkboxes (several answers) instead of radios (one answer). */
  multiple = false;

  /** The chosen option ids. The same ids in a new array are no change (the group is not drawn again). */
  value: string[] = [];

  /** The text of the "other" option. Kept when "other" is unticked, so nothing typed is lost. */
  otherText = '';

  /** The label of the "other" text field. */
  otherLabel = '';

  /**
   * The most characters of the "other" text (0: no limit). A counter appears near it; past it the field
   * is invalid, but what was typed or pasted is never cut off.
   */
  otherMaxLength = 0;

  /** A localised error message for the "other" text field. */
  otherError = '';

  /** A non-blocking note shown under the options (a warning, not an error). */
  note = '';

  private readonly group = `poolster-choice-${++instances}`;

  override render() {
    const t = choiceGroupStrings(this.lang);
    const describedBy = [this.error ? 'error' : '', this.hint ? 'hint' : '', this.note ? 'note' : ''].filter(Boolean).join(' ');
    return html`
      <fieldset class=${this.error ? 'has-error' : ''} ?disabled=${this.isDisabled}>
        <legend>${this.legend}</legend>
        ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
        ${errorMessage('error', this.error, this.lang)}
        <div class="options">
          ${this.options.map((option) => {
            const checked = this.value.includes(option.id);
            const reasonId = option.unavailable ? `r-${option.id}` : '';
            const optionDescribedBy = [describedBy, reasonId].filter(Boolean).join(' ');
            return html`
              <div class="option ${option.exclusive && this.multiple ? 'exclusive' : ''} ${option.unavailable ? 'unavailable' : ''}" part="option">
                <input
                  id=${`o-${option.id}`}
                  type=${this.multiple ? 'checkbox' : 'radio'}
                  name=${this.group}
                  .value=${option.id}
                  .checked=${checked}
                  ?disabled=${(this.readonly || option.unavailable !== undefined) && !checked}
                  ?required=${this.required && !this.multiple}
                  aria-invalid=${this.error ? 'true' : nothing}
                  aria-describedby=${optionDescribedBy || nothing}
                  @click=${this.onClick}
                  @change=${this.onToggle}
                />
                <label for=${`o-${option.id}`} @click=${chooseWithoutScrolling}>${option.label}</label>
                ${option.unavailable ? html`<span id=${reasonId} class="reason" part="reason">${option.unavailable}</span>` : nothing}
              </div>
              ${option.other && checked ? this.renderOther(t.otherLabel) : nothing}
            `;
          })}
        </div>
        ${this.note ? html`<p id="note" class="note" part="note" role="status">${this.note}</p>` : nothing}
      </fieldset>
    `;
  }

  /** Focuses the chosen radio (or the first option) like Tab would, after a pending render. */
  override focus(options?: FocusOptions): void {
    focusFirstControl(this, options);
  }

  protected formEntries(): string[] {
    return this.value;
  }

  protected override extraEntries(): [string, string][] {
    return this.otherChosen && this.otherText ? [['-other', this.otherText]] : [];
  }

  protected answer(): unknown {
    return [this.value, this.otherText];
  }

  protected restoreAnswer(answer: unknown): void {
    const [value, otherText] = Array.isArray(answer) ? answer : [];
    this.value = Array.isArray(value) ? value : [];
    this.otherText = typeof otherText === 'string' ? otherText : '';
  }

  /** "Other" chosen without saying what: the text field is what to fill in. */
  protected override problem(): ControlProblem | undefined {
    if (!this.otherChosen || this.otherText.trim()) return undefined;
    return { flag: 'valueMissing', message: formControlStrings(this.lang).other, anchor: this.renderRoot.querySelector<HTMLElement>('#other-text') };
  }

  private get otherChosen(): boolean {
    return this.options.some((o) => o.other && this.value.includes(o.id));
  }

  private renderOther(defaultLabel: string) {
    const length = this.otherText.length;
    const counted = !this.readonly && this.otherMaxLength > 0;
    const over = counted && countState(length, this.otherMaxLength) === 'over';
    const describedBy = [this.otherError ? 'other-error' : '', counted ? countDescribedBy('other-count', length, this.otherMaxLength) : ''].filter(Boolean).join(' ');
    return html`
      <div class="other" part="other">
        <label for="other-text">${this.otherLabel || defaultLabel}</label>
        ${errorMessage('other-error', this.otherError, this.lang)}
        <input
          id="other-text"
          type="text"
          .value=${this.otherText}
          ?readonly=${this.readonly}
          required
          aria-invalid=${this.otherError || over ? 'true' : nothing}
          aria-describedby=${describedBy || nothing}
          @input=${this.onOtherInput}
        />
        ${counted ? charCount('other-count', length, this.otherMaxLength, this.lang) : nothing}
      </div>
    `;
  }

  private onClick(event: Event): void {
    if (this.readonly) event.preventDefault();
  }

  private onToggle(event: Event): void {
    if (this.readonly) return;
    const input = event.target as HTMLInputElement;
    const option = this.options.find((o) => o.id === input.value);
    if (!option) return;
    let next: string[];
    if (!this.multiple) next = [option.id];
    else if (!input.checked) next = this.value.filter((id) => id !== option.id);
    else if (option.exclusive) next = [option.id];
    else {
      const exclusive = new Set(this.options.filter((o) => o.exclusive).map((o) => o.id));
      next = [...this.value.filter((id) => !exclusive.has(id)), option.id];
    }
    // Keep the options' order, whatever the order of ticking.
    this.value = this.options.map((o) => o.id).filter((id) => next.includes(id));
    fire<AnswerChangeDetail>(this, 'poolster-answer', { value: this.value, otherText: this.otherText });
  }

  private onOtherInput(event: Event): void {
    this.otherText = (event.target as HTMLInputElement).value;
    fire<AnswerChangeDetail>(this, 'poolster-answer', { value: this.value, otherText: this.otherText });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-choice-group': PoolsterChoiceGroup;
  }
}
