import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { BlockOption } from '../block-pick/block-pick.js';
import { format } from '../i18n/strings.js';
import { errorMessage } from '../shared/error-message.js';
import { fire, type AnswerChangeDetail } from '../shared/events.js';
import { focusFirstControl } from '../shared/focus.js';
import { baseStyles } from '../shared/styles.js';
import { blockRankingStrings } from './block-ranking.strings.js';
import { styles } from './block-ranking.styles.js';

type Action = 'up' | 'down' | 'remove';

/**
 * "Our priorities": distinct building blocks in order of importance, at least `min` and at most `max`.
 *
 * The chosen blocks form an ordered list; each row has "move up", "move down" and "remove" buttons whose
 * accessible names include the block ("Omhoog: Preventie"). Alt+ArrowUp / Alt+ArrowDown anywhere in a row
 * moves it too. Buttons that cannot act are `aria-disabled` (not `disabled`), so focus stays on the
 * button that moved its block; a polite status line says where the block is now. Below the list a select
 * with the blocks not yet chosen (grouped by cluster) and an "add" button; once `max` is reached, a
 * sentence replaces them. There is no drag and drop.
 *
 * @summary Rank up to `max` building blocks, the most important first.
 *
 * @fires poolster-answer - The user added, removed or moved a block. Detail `{ value: string[] }`: the
 *   ranked block ids, the most important first. Not fired for programmatic changes.
 *
 * @csspart legend - The question.
 * @csspart hint - The hint under the question.
 * @csspart error - The inline error message.
 * @csspart rules - The line "choose at least {min} and at most {max}".
 * @csspart list - The ordered list of chosen blocks.
 * @csspart row - One chosen block.
 * @csspart slot - The place label of a row ("Prioriteit 1").
 * @csspart button - The move and remove buttons and the add button.
 * @csspart add - The add control (label, select and button) or, at the maximum, the sentence that replaces it.
 * @csspart status - The polite live region that reports moves, additions and removals.
 *
 * @cssprop --poolster-color-border - Border of a row (default #b1b4b6).
 * @cssprop --poolster-color-surface - Background of rows and the select (default #ffffff).
 * @cssprop --poolster-radius - Corner radius of rows, buttons and the select (default 4px).
 * @cssprop --poolster-color-button-background - Button background (default #f3f2f1).
 * @cssprop --poolster-color-button-hover - Button background on hover (default #dbdad9).
 * @cssprop --poolster-color-button-text - Button text (default #1b1b1b).
 * @cssprop --poolster-color-button-border - Border of buttons and the select (default #505a5f).
 * @cssprop --poolster-color-disabled - Text of a button that cannot act (default #505a5f).
 * @cssprop --poolster-color-text - Text colour (default #1b1b1b).
 * @cssprop --poolster-color-hint - Colour of the hint, the rules and the status line (default #505a5f).
 * @cssprop --poolster-color-error - Colour of the error message and bar (default #b3261e).
 */
export class PoolsterBlockRanking extends LitElement {
  static override styles = [baseStyles, styles];

  /** The question, shown as the legend of the fieldset. */
  @property() legend = '';

  /** An optional hint under the question. */
  @property() hint = '';

  /** The building blocks to choose from, in order; `group` is the title of their cluster. */
  @property({ attribute: false }) blocks: BlockOption[] = [];

  /** The fewest blocks to rank (shown in the rules line; the scan validates). 0 leaves it out. */
  @property({ type: Number }) min = 1;

  /** The most blocks that can be ranked. */
  @property({ type: Number }) max = 5;

  /** The ranked block ids, the most important first. Ids that are not among `blocks` are ignored. */
  @property({ attribute: false }) value: string[] = [];

  /** The label of each place, `{n}` being its number; default "Prioriteit {n}" in the interface language. */
  @property({ attribute: 'slot-label' }) slotLabel = '';

  /** Whether the question must be answered. The scan validates; this element shows no marker. */
  @property({ type: Boolean }) required = false;

  /** An already localised error message; when set, the question is shown as invalid. */
  @property() error = '';

  /** Shows the ranking without letting anyone change it. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The interface language: nl (default), fr or en. */
  @property() override lang = 'nl';

  /** What the live region says; the counter re-creates its text so a repeated message is announced again. */
  @state() private announcement = '';

  @state() private announcements = 0;

  /** The last order this element reported, to tell the host echoing it back from a new answer. */
  private reported: string[] | undefined;

  override render(): TemplateResult {
    const t = blockRankingStrings(this.lang);
    const chosen = this.chosen;
    const invalid = Boolean(this.error);
    const showRules = !this.readonly;
    const describedBy = [this.hint ? 'hint' : '', showRules ? 'rules' : '', invalid ? 'error' : ''].filter(Boolean).join(' ');
    const rules = this.min > 0 ? format(t.rules, { min: this.min, max: this.max }) : format(t.rulesNoMin, { max: this.max });
    return html`
      <fieldset class=${classMap({ 'has-error': invalid })} aria-describedby=${ifDefined(describedBy || undefined)}>
        <legend part="legend">${this.legend}</legend>
        ${this.hint ? html`<p id="hint" class="hint" part="hint">${this.hint}</p>` : nothing}
        ${showRules ? html`<p id="rules" class="hint" part="rules">${rules}</p>` : nothing}
        ${errorMessage('error', this.error, this.lang)}
        ${chosen.length
          ? html`<ol class="list" part="list">
              ${chosen.map((id, i) => this.renderRow(id, i, chosen.length))}
            </ol>`
          : html`<p class="empty">${t.empty}</p>`}
        ${this.readonly ? nothing : this.renderAdd(chosen)}
        <p class="status" part="status" role="status" aria-live="polite">${this.announcement
          ? keyed(this.announcements, html`<span>${this.announcement}</span>`)
          : nothing}</p>
      </fieldset>
    `;
  }

  /** Focuses the first control: the first row's "move up", or the add select when nothing is ranked. */
  override focus(options?: FocusOptions): void {
    focusFirstControl(this, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different answer from the host (another sitting, another team) makes the last message stale.
    if (changed.has('value') && this.reported?.join('\n') !== this.chosen.join('\n')) {
      this.announcement = '';
      this.reported = undefined;
    }
  }

  private renderRow(id: string, index: number, total: number): TemplateResult {
    const t = blockRankingStrings(this.lang);
    const label = this.labelOf(id);
    const slot = format(this.slotLabel || t.slotLabel, { n: index + 1 });
    const first = index === 0;
    const last = index === total - 1;
    return html`<li class="row" part="row" data-index=${index} data-id=${id} @keydown=${(e: KeyboardEvent) => this.onRowKeydown(e, index)}>
      <span class="slot" part="slot">${slot}</span>
      <span class="label">${label}</span>
      ${this.readonly
        ? nothing
        : html`<span class="actions">
            <button
              type="button"
              class="up"
              part="button"
              aria-label=${format(t.moveUpName, { label })}
              aria-disabled=${first ? 'true' : 'false'}
              @click=${() => void this.move(index, -1, 'up')}
            >
              ${t.moveUp}
            </button>
            <button
              type="button"
              class="down"
              part="button"
              aria-label=${format(t.moveDownName, { label })}
              aria-disabled=${last ? 'true' : 'false'}
              @click=${() => void this.move(index, 1, 'down')}
            >
              ${t.moveDown}
            </button>
            <button type="button" class="remove" part="button" aria-label=${format(t.removeName, { label })} @click=${() => void this.removeAt(index)}>
              ${t.remove}
            </button>
          </span>`}
    </li>`;
  }

  private renderAdd(chosen: string[]): TemplateResult {
    const t = blockRankingStrings(this.lang);
    if (chosen.length >= this.max) return html`<p class="max" part="add">${format(t.maxReached, { max: this.max })}</p>`;
    const invalid = Boolean(this.error);
    const available = this.blocks.filter((b) => !chosen.includes(b.id));
    const groups: { title: string | undefined; blocks: BlockOption[] }[] = [];
    for (const block of available) {
      const title = block.group || undefined;
      let group = groups.find((g) => g.title === title);
      if (!group) groups.push((group = { title, blocks: [] }));
      group.blocks.push(block);
    }
    const option = (b: BlockOption) => html`<option value=${b.id}>${b.label}</option>`;
    return html`<div class="add" part="add">
      <label for="add-select">${t.addLabel}</label>
      <select
        id="add-select"
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        aria-describedby=${ifDefined(invalid ? 'error' : undefined)}
      >
        <option value="">${t.addPlaceholder}</option>
        ${groups.map((g) => (g.title ? html`<optgroup label=${g.title}>${g.blocks.map(option)}</optgroup>` : g.blocks.map(option)))}
      </select>
      <button type="button" class="add-button" part="button" @click=${this.onAdd}>${t.add}</button>
    </div>`;
  }

  /** The ranked ids that are known blocks, without duplicates. */
  private get chosen(): string[] {
    const known = new Set((this.blocks ?? []).map((b) => b.id));
    return (this.value ?? []).filter((id, i, all) => known.has(id) && all.indexOf(id) === i);
  }

  private labelOf(id: string): string {
    return this.blocks.find((b) => b.id === id)?.label ?? id;
  }

  private get select(): HTMLSelectElement | null {
    return this.renderRoot.querySelector<HTMLSelectElement>('#add-select');
  }

  private button(index: number, action: Action): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`li[data-index="${index}"] button.${action}`);
  }

  private onRowKeydown(e: KeyboardEvent, index: number): void {
    if (this.readonly || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const focused = (e.target as Element | null)?.closest('button');
    const action: Action = focused?.classList.contains('down') ? 'down' : focused?.classList.contains('remove') ? 'remove' : 'up';
    void this.move(index, e.key === 'ArrowUp' ? -1 : 1, action);
  }

  /** Moves the block at `index` one place; focus goes to the `action` button of its new row. */
  private async move(index: number, delta: -1 | 1, action: Action): Promise<void> {
    if (this.readonly) return;
    const chosen = this.chosen;
    const target = index + delta;
    const id = chosen[index];
    const other = chosen[target];
    if (id === undefined || other === undefined) return; // at the edge: the button is aria-disabled
    const next = [...chosen];
    next[target] = id;
    next[index] = other;
    this.commit(next, format(blockRankingStrings(this.lang).moved, { label: this.labelOf(id), n: target + 1, total: next.length }));
    await this.updateComplete;
    this.button(target, action)?.focus();
  }

  /** Removes the block at `index`; focus goes to the next row's remove button, the previous one, or the select. */
  private async removeAt(index: number): Promise<void> {
    if (this.readonly) return;
    const chosen = this.chosen;
    const id = chosen[index];
    if (id === undefined) return;
    const next = chosen.filter((_, i) => i !== index);
    this.commit(next, format(blockRankingStrings(this.lang).removed, { label: this.labelOf(id) }));
    await this.updateComplete;
    const target = index < next.length ? index : index - 1;
    (target >= 0 ? this.button(target, 'remove') : this.select)?.focus();
  }

  private async onAdd(): Promise<void> {
    if (this.readonly) return;
    const t = blockRankingStrings(this.lang);
    const select = this.select;
    const id = select?.value ?? '';
    const chosen = this.chosen;
    if (!id || chosen.includes(id) || chosen.length >= this.max) {
      this.announce(t.chooseFirst);
      select?.focus();
      return;
    }
    const next = [...chosen, id];
    const full = next.length >= this.max;
    let message = format(t.added, { label: this.labelOf(id), n: next.length });
    if (full) message += ` ${format(t.maxReached, { max: this.max })}`;
    this.commit(next, message);
    await this.updateComplete;
    if (full) {
      // The add button is gone; the new block's "move up" is where a team goes next.
      this.button(next.length - 1, 'up')?.focus();
    } else if (this.select) {
      this.select.value = '';
    }
  }

  private commit(next: string[], message: string): void {
    this.reported = next;
    this.value = next;
    this.announce(message);
    fire<AnswerChangeDetail>(this, 'poolster-answer', { value: [...next] });
  }

  private announce(message: string): void {
    this.announcement = message;
    this.announcements += 1;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-block-ranking': PoolsterBlockRanking;
  }
}
