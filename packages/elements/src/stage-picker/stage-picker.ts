import { html, nothing, type PropertyDeclarations } from 'lit';
import { errorMessage } from '../shared/error-message.js';
import { fire, type AnswerChangeDetail } from '../shared/events.js';
import { PoolsterFormControl } from '../form-control/form-control.js';
import { focusFirstControl } from '../shared/focus.js';
import { chooseWithoutScrolling } from '../shared/label-click.js';
import { baseStyles } from '../shared/styles.js';
import { stagePickerStrings } from './stage-picker.strings.js';
import { styles } from './stage-picker.styles.js';

/** One stage as a card: its label, optional gloss ("plan + do") and the block's description of it. */
export interface StageCard {
  id: string;
  label: string;
  gloss?: string;
  paragraphs: string[];
}

let instances = 0;

/**
 * The choice of the current stage: one card per stage, each a real radio button in a fieldset, with
 * the whole description readable and the whole card clickable.
 *
 * In a `<form>` it submits the chosen stage id under its `name`, like a radio group.
 *
 * @summary Pick a stage of the continuum by reading its description.
 * @fires poolster-answer - The team chose a stage. Detail: `{ value: [stageId] }`.
 * @csspart card - Each stage card.
 * @csspart error - The inline error message.
 * @cssprop --poolster-stage-card-min - The narrowest a card gets before cards stack (default 16rem).
 * @cssprop --poolster-color-accent - Border of the chosen card.
 * @cssprop --poolster-color-selected - Background of the chosen card.
 */
export class PoolsterStagePicker extends PoolsterFormControl {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    stages: { attribute: false },
    value: {},
    columns: { type: Boolean, reflect: true },
  };

  /** The stages in order, with this block's description of each. */
  stages: StageCard[] = [];

  /** The chosen stage id. */
  value: string | undefined;

  /**
   * Every stage side by side as a column filling the element's height (two per row below 70rem of
   * viewport width); a description that does not fit scrolls inside its own card, never the page.
   */
  columns = false;

  private readonly group = `poolster-stage-${++instances}`;

  override render() {
    const t = stagePickerStrings(this.lang);
    const describedBy = (id: string) => [this.error ? 'error' : '', this.hint ? 'hint' : '', `desc-${id}`].filter(Boolean).join(' ');
    return html`
      <fieldset class=${this.error ? 'has-error' : ''} ?disabled=${this.isDisabled}>
        <legend>${this.legend}</legend>
        ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
        ${errorMessage('error', this.error, this.lang)}
        <div class="cards">
          ${this.stages.map((stage) => {
            const checked = stage.id === this.value;
            return html`
              <label class="card ${checked ? 'checked' : ''}" part="card" @click=${chooseWithoutScrolling}>
                <input
                  type="radio"
                  name=${this.group}
                  .value=${stage.id}
                  .checked=${checked}
                  ?disabled=${this.readonly && !checked}
                  ?required=${this.required}
                  aria-invalid=${this.error ? 'true' : nothing}
                  aria-labelledby=${`title-${stage.id}`}
                  aria-describedby=${describedBy(stage.id)}
                  @change=${this.onChange}
                  @click=${this.onClick}
                />
                <span class="title" id=${`title-${stage.id}`}
                  >${stage.label}${stage.gloss ? html` <span class="gloss">(${stage.gloss})</span>` : nothing}</span
                >
                ${checked && this.readonly ? html`<span class="chosen">${t.chosen}</span>` : nothing}
                <span class="desc" id=${`desc-${stage.id}`} tabindex=${this.columns ? '0' : nothing}>${stage.paragraphs.map((p) => html`<span class="para">${p}</span>`)}</span>
              </label>
            `;
          })}
        </div>
      </fieldset>
    `;
  }

  /** Focuses the chosen stage's radio, or the first one when none is chosen (after a pending render). */
  override focus(options?: FocusOptions): void {
    focusFirstControl(this, options);
  }

  /** Chooses the stage at this position (from 0) as a click on its card would; nothing happens when read-only or out of range. */
  chooseAt(index: number): void {
    const radio = this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=radio]')[index];
    if (!radio || this.readonly) return;
    radio.focus({ preventScroll: true });
    radio.click();
  }

  protected formEntries(): string[] {
    return this.value ? [this.value] : [];
  }

  protected answer(): unknown {
    return this.value;
  }

  protected restoreAnswer(answer: unknown): void {
    this.value = typeof answer === 'string' ? answer : undefined;
  }

  /** In read-only mode the chosen radio stays enabled (so it can be read) but must not change. */
  private onClick(event: Event): void {
    if (this.readonly) event.preventDefault();
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (this.readonly || !input.checked) return;
    this.value = input.value;
    fire<AnswerChangeDetail>(this, 'poolster-answer', { value: [input.value] });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-stage-picker': PoolsterStagePicker;
  }
}
