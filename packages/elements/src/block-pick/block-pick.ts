import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { format } from '../i18n/strings.js';
import { errorMessage } from '../shared/error-message.js';
import { fire, type AnswerChangeDetail } from '../shared/events.js';
import { PoolsterFormControl } from '../form-control/form-control.js';
import { focusFirstControl } from '../shared/focus.js';
import { chooseWithoutScrolling } from '../shared/label-click.js';
import { baseStyles } from '../shared/styles.js';
import { blockPickStrings } from './block-pick.strings.js';
import { blockTextIds, blockTexts, blockTextStyles } from './block-texts.js';
import { styles } from './block-pick.styles.js';

/** A building block as the pick and the ranking offer it. */
export interface BlockOption {
  id: string;
  label: string;
  /** The title of the block's cluster; blocks with the same group are shown together under it. */
  group?: string;
  /**
   * A short context text shown under the label and given to the block's control as its description,
   * e.g. the block's current stage and ambition as the team chose them: "Planmatig → Geïntegreerd".
   */
  detail?: string;
  /**
   * Set when the block is suggested: a short reason shown under the label (and in the control's
   * description), e.g. "voorstel: grootste groei". A suggestion never chooses anything by itself.
   */
  suggestion?: string;
}

/**
 * Checkboxes for "the building blocks where we can be an inspiring practice (at most `max`)", grouped by
 * cluster, with an optional exclusive "none / not yet" answer.
 *
 * Ticking "none" clears every block and ticking a block clears "none". When `max` blocks are picked,
 * ticking another one is refused (it stays unticked) and the status line says why; nothing is ever
 * dropped except what the user unticks. The status line always shows how many are picked. A block's
 * `detail` (its stage and ambition) and `suggestion` (why it is suggested) are shown under its label and
 * read as the checkbox's description; a suggested block is not ticked for the team.
 *
 * In a `<form>` it submits each picked block id under its `name` (like checkboxes), and `on` under
 * `name` + `-none` when "none" is chosen.
 *
 * @summary Pick up to `max` building blocks, or "none yet".
 *
 * @fires poolster-answer - The user ticked or unticked something. Detail `{ value: string[], none: boolean }`:
 *   the picked block ids in the order they were picked, and whether "none" is chosen. Not fired for
 *   programmatic changes.
 *
 * @csspart legend - The question.
 * @csspart hint - The hint under the question.
 * @csspart error - The inline error message.
 * @csspart group-title - The title of a cluster of blocks.
 * @csspart option - One checkbox with its label (blocks and "none").
 * @csspart status - The polite live region: "{n} of {max} chosen" and the limit message.
 * @csspart none - The box that holds the exclusive "none" checkbox.
 * @csspart detail - A block's context text under its label (its `detail`).
 * @csspart suggestion - The reason a block is suggested (its `suggestion`).
 *
 * @cssprop --poolster-color-accent - Colour of the ticked checkboxes (default #1d70b8).
 * @cssprop --poolster-color-border - The line above the "none" answer (default #b1b4b6).
 * @cssprop --poolster-color-group-title - Colour of the cluster titles (default: the text colour).
 * @cssprop --poolster-group-title-size - Font size of the cluster titles (default 1rem).
 * @cssprop --poolster-space-group - Space between clusters (default 1rem).
 * @cssprop --poolster-color-text - Text colour (default #1b1b1b).
 * @cssprop --poolster-color-hint - Colour of the hint, the status line and a block's detail (default #505a5f).
 * @cssprop --poolster-color-suggestion - Colour of a block's suggestion (default #00703c).
 * @cssprop --poolster-color-error - Colour of the error message and bar (default #b3261e).
 */
export class PoolsterBlockPick extends PoolsterFormControl {
  static override styles = [baseStyles, blockTextStyles, styles];

  static override properties: PropertyDeclarations = {
    blocks: { attribute: false },
    max: { type: Number },
    value: { attribute: false },
    noneLabel: { attribute: 'none-label' },
    none: { type: Boolean, reflect: true },
    refusals: { state: true },
    limitShown: { state: true },
  };

  /** The building blocks to choose from, in order; `group` is the title of their cluster. */
  blocks: BlockOption[] = [];

  /** The most blocks that can be picked. */
  max = 3;

  /** The picked block ids, in the order they were picked. Ids that are not among `blocks` are ignored. */
  value: string[] = [];

  /** The label of the exclusive "none / not yet" answer; without it that answer is not offered. */
  noneLabel = '';

  /** Whether the exclusive "none / not yet" answer is chosen. */
  none = false;

  /** Set when a tick was refused because `max` was reached; the key makes a repeated refusal be announced again. */
  private refusals = 0;

  private limitShown = false;

  override render(): TemplateResult {
    const t = blockPickStrings(this.lang);
    const picked = this.picked;
    const invalid = Boolean(this.error);
    const describedBy = [this.hint ? 'hint' : '', invalid ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <fieldset class=${classMap({ 'has-error': invalid })} aria-describedby=${ifDefined(describedBy || undefined)} ?disabled=${this.isDisabled}>
        <legend part="legend">${this.legend}</legend>
        ${this.hint ? html`<p id="hint" class="hint" part="hint">${this.hint}</p>` : nothing}
        ${errorMessage('error', this.error, this.lang)}
        <div class="groups">${this.groups.map((group, g) => this.renderGroup(group, g, picked))}</div>
        <p class="status" part="status" role="status" aria-live="polite">
          <span class="count">${format(t.count, { n: picked.length, max: this.max })}</span>
          ${this.limitShown ? keyed(this.refusals, html`<span class="limit">${format(t.limit, { max: this.max })}</span>`) : nothing}
        </p>
        ${this.noneLabel
          ? html`<div class="none" part="none">
              <div class="option" part="option">
                <input
                  type="checkbox"
                  id="none"
                  .checked=${live(this.none)}
                  ?disabled=${this.readonly}
                  aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
                  aria-describedby=${ifDefined(invalid ? 'error' : undefined)}
                  @change=${this.onNoneChange}
                />
                <label for="none" @click=${chooseWithoutScrolling}>${this.noneLabel}</label>
              </div>
            </div>`
          : nothing}
      </fieldset>
    `;
  }

  /** Focuses the first checkbox that can change (after a pending render). */
  override focus(options?: FocusOptions): void {
    focusFirstControl(this, options);
  }

  protected formEntries(): string[] {
    return this.picked;
  }

  protected override extraEntries(): [string, string][] {
    return this.none ? [['-none', 'on']] : [];
  }

  protected answer(): unknown {
    return [this.value, this.none];
  }

  protected restoreAnswer(answer: unknown): void {
    const [value, none] = Array.isArray(answer) ? answer : [];
    this.value = Array.isArray(value) ? value : [];
    this.none = none === true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new answer (from the user or the host) makes an old "at most" message stale.
    if (changed.has('value') || changed.has('none') || changed.has('max')) this.limitShown = false;
  }

  private renderGroup(group: { title: string | undefined; blocks: { block: BlockOption; index: number }[] }, g: number, picked: string[]): TemplateResult {
    const options = group.blocks.map(({ block, index }) => this.renderOption(block, index, picked));
    if (!group.title) return html`<div class="group">${options}</div>`;
    return html`<div class="group" role="group" aria-labelledby="group-${g}">
      <p class="group-title" id="group-${g}" part="group-title">${group.title}</p>
      ${options}
    </div>`;
  }

  private renderOption(block: BlockOption, index: number, picked: string[]): TemplateResult {
    const invalid = Boolean(this.error);
    const describedBy = [invalid ? 'error' : '', blockTextIds(block, `block-${index}`)].filter(Boolean).join(' ');
    return html`<div class="option" part="option">
      <input
        type="checkbox"
        id="block-${index}"
        data-id=${block.id}
        .checked=${live(picked.includes(block.id))}
        ?disabled=${this.readonly}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @click=${(e: MouseEvent) => this.onBlockClick(e, block.id)}
        @change=${(e: Event) => this.onBlockChange(e, block.id)}
      />
      <span class="text">
        <label for="block-${index}" @click=${chooseWithoutScrolling}>${block.label}</label>
        ${blockTexts(block, `block-${index}`)}
      </span>
    </div>`;
  }

  /** The picked ids that are known blocks, without duplicates, in pick order. */
  private get picked(): string[] {
    const known = new Set(this.blocks.map((b) => b.id));
    return (this.value ?? []).filter((id, i, all) => known.has(id) && all.indexOf(id) === i);
  }

  /** The blocks by cluster, clusters in the order their first block appears. */
  private get groups(): { title: string | undefined; blocks: { block: BlockOption; index: number }[] }[] {
    const groups: { title: string | undefined; blocks: { block: BlockOption; index: number }[] }[] = [];
    (this.blocks ?? []).forEach((block, index) => {
      const title = block.group || undefined;
      let group = groups.find((g) => g.title === title);
      if (!group) groups.push((group = { title, blocks: [] }));
      group.blocks.push({ block, index });
    });
    return groups;
  }

  /** Refuses a tick beyond `max` before the checkbox changes: cancelling the click keeps it unticked. */
  private onBlockClick(e: MouseEvent, id: string): void {
    if (this.readonly) {
      e.preventDefault();
      return;
    }
    const picked = this.picked;
    if (!picked.includes(id) && picked.length >= this.max) {
      e.preventDefault();
      this.refusals += 1;
      this.limitShown = true;
    }
  }

  private onBlockChange(e: Event, id: string): void {
    const checked = (e.target as HTMLInputElement).checked;
    const rest = this.picked.filter((x) => x !== id);
    this.commit(checked ? [...rest, id] : rest, false);
  }

  private onNoneChange(e: Event): void {
    const checked = (e.target as HTMLInputElement).checked;
    this.commit(checked ? [] : this.picked, checked);
  }

  private commit(value: string[], none: boolean): void {
    this.value = value;
    this.none = none;
    fire<AnswerChangeDetail>(this, 'poolster-answer', { value: [...value], none });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-block-pick': PoolsterBlockPick;
  }
}
