import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { BlockOption } from '../block-pick/block-pick.js';
import { blockTextIds, blockTexts, blockTextStyles } from '../block-pick/block-texts.js';
import { format } from '../i18n/strings.js';
import { errorMessage } from '../shared/error-message.js';
import { fire, type AnswerChangeDetail } from '../shared/events.js';
import { PoolsterFormControl, type ControlProblem } from '../form-control/form-control.js';
import { rankingFormStrings } from '../form-control/ranking-form.strings.js';
import { focusFirstControl } from '../shared/focus.js';
import { baseStyles } from '../shared/styles.js';
import { blockRankingStrings } from './block-ranking.strings.js';
import { styles } from './block-ranking.styles.js';
import { candidateGroups } from './candidates.js';

type Action = 'up' | 'down' | 'remove';

/**
 * "Our priorities": distinct building blocks in order of importance, at least `min` and at most `max`.
 *
 * The chosen blocks form an ordered list; each row has "move up", "move down" and "remove" buttons whose
 * accessible names include the block ("Omhoog: Preventie"). Alt+ArrowUp / Alt+ArrowDown anywhere in a row
 * moves it too. Buttons that cannot act are `aria-disabled` (not `disabled`), so focus stays on the
 * button that moved its block; a polite status line says where the block is now.
 *
 * Below the list, the blocks not yet chosen, each with its own "add" button: adding a block is one
 * action. Suggested blocks (those with a `suggestion`) come first in their own group, the others follow
 * by cluster. Each add button's accessible name says which block and which place ("Toevoegen als
 * Prioriteit 2: Preventie"); its description is the block's `detail` and `suggestion`. After adding,
 * focus goes to the add button now at the same place in the list (or the one before it). Once `max` is
 * reached, a sentence replaces the list and focus goes to the new block's "move up". There is no drag and
 * drop.
 *
 * An `error` is shown first in the fieldset and is its description (`aria-describedby`), read when a
 * screen reader enters the question. No control gets `aria-invalid`: the question is answered by buttons,
 * which hold no value, and ARIA 1.3 no longer allows `aria-invalid` on buttons and groups.
 *
 * In a `<form>` it submits each ranked block id under its `name`, the most important first; fewer than
 * `min` (once something is ranked, or when required) keeps the form from being sent.
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
 * @csspart button - The move, remove and add buttons.
 * @csspart add-button - An add button (also a `button`).
 * @csspart add - The group of blocks that can be added or, at the maximum, the sentence that replaces it.
 * @csspart group-title - The title of a group of blocks to add ("Voorgesteld", a cluster).
 * @csspart candidate - One block that can be added, with its texts and add button.
 * @csspart detail - A block's context text under its label (its `detail`).
 * @csspart suggestion - The reason a block is suggested (its `suggestion`).
 * @csspart status - The polite live region that reports moves, additions and removals.
 *
 * @cssprop --poolster-color-border - Border of a row (default #b1b4b6).
 * @cssprop --poolster-color-surface - Background of rows and of the blocks to add (default #ffffff).
 * @cssprop --poolster-radius - Corner radius of rows and buttons (default 4px).
 * @cssprop --poolster-color-button-background - Button background (default #f3f2f1).
 * @cssprop --poolster-color-button-hover - Button background on hover (default #dbdad9).
 * @cssprop --poolster-color-button-text - Button text (default #1b1b1b).
 * @cssprop --poolster-color-button-border - Border of buttons (default #505a5f).
 * @cssprop --poolster-color-disabled - Text of a button that cannot act (default #505a5f).
 * @cssprop --poolster-color-text - Text colour (default #1b1b1b).
 * @cssprop --poolster-color-hint - Colour of the hint, the rules, the status line and a block's detail (default #505a5f).
 * @cssprop --poolster-color-suggestion - Colour of a block's suggestion (default #00703c).
 * @cssprop --poolster-color-error - Colour of the error message and bar (default #b3261e).
 */
export class PoolsterBlockRanking extends PoolsterFormControl {
  static override styles = [baseStyles, blockTextStyles, styles];

  static override properties: PropertyDeclarations = {
    blocks: { attribute: false },
    min: { type: Number },
    max: { type: Number },
    value: { attribute: false },
    slotLabel: { attribute: 'slot-label' },
    announcement: { state: true },
    announcements: { state: true },
  };

  /**
   * The building blocks to choose from, in order; `group` is the title of their cluster, `detail` a context
   * text, and a `suggestion` lists the block among the suggested ones with that reason.
   */
  blocks: BlockOption[] = [];

  /** The fewest blocks to rank (shown in the rules line; the scan validates). 0 leaves it out. */
  min = 1;

  /** The most blocks that can be ranked. */
  max = 5;

  /** The ranked block ids, the most important first. Ids that are not among `blocks` are ignored. */
  value: string[] = [];

  /** The label of each place, `{n}` being its number; default "Prioriteit {n}" in the interface language. */
  slotLabel = '';

  /** What the live region says; the counter re-creates its text so a repeated message is announced again. */
  private announcement = '';

  private announcements = 0;

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
      <fieldset class=${classMap({ 'has-error': invalid })} aria-describedby=${ifDefined(describedBy || undefined)} ?disabled=${this.isDisabled}>
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

  /** Focuses the first control: the first row's "move up", or the first add button when nothing is ranked. */
  override focus(options?: FocusOptions): void {
    focusFirstControl(this, options);
  }

  protected formEntries(): string[] {
    return this.chosen;
  }

  protected answer(): unknown {
    return this.value;
  }

  protected restoreAnswer(answer: unknown): void {
    this.value = Array.isArray(answer) ? answer : [];
  }

  /** Some ranked, but fewer than `min`: the form waits for the rest. */
  protected override problem(): ControlProblem | undefined {
    const n = this.chosen.length;
    return n && n < this.min ? { flag: 'rangeUnderflow', message: format(rankingFormStrings(this.lang).tooFew, { min: this.min }) } : undefined;
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
    const detail = this.blocks.find((b) => b.id === id)?.detail;
    const slot = format(this.slotLabel || t.slotLabel, { n: index + 1 });
    // Up and down differ only in their direction, words and the end of the list that disables them.
    const moveButton = (direction: 'up' | 'down', name: string, text: string, atEnd: boolean) =>
      html`<button
        type="button"
        class=${direction}
        part="button"
        aria-label=${format(name, { label })}
        aria-disabled=${atEnd ? 'true' : 'false'}
        @click=${() => void this.move(index, direction === 'up' ? -1 : 1, direction)}
      >
        ${text}
      </button>`;
    return html`<li class="row" part="row" data-index=${index} data-id=${id} @keydown=${(e: KeyboardEvent) => this.onRowKeydown(e, index)}>
      <span class="slot" part="slot">${slot}</span>
      <span class="text">
        <span class="label">${label}</span>
        ${detail ? html`<span class="detail" part="detail">${detail}</span>` : nothing}
      </span>
      ${this.readonly
        ? nothing
        : html`<span class="actions">
            ${moveButton('up', t.moveUpName, t.moveUp, index === 0)} ${moveButton('down', t.moveDownName, t.moveDown, index === total - 1)}
            <button type="button" class="remove" part="button" aria-label=${format(t.removeName, { label })} @click=${() => void this.removeAt(index)}>
              ${t.remove}
            </button>
          </span>`}
    </li>`;
  }

  private renderAdd(chosen: string[]): TemplateResult | typeof nothing {
    const t = blockRankingStrings(this.lang);
    if (chosen.length >= this.max) return html`<p class="max" part="add">${format(t.maxReached, { max: this.max })}</p>`;
    const groups = candidateGroups(this.blocks, chosen, t.suggested);
    if (!groups.length) return nothing;
    const slot = format(this.slotLabel || t.slotLabel, { n: chosen.length + 1 }).replace(/[\s:]+$/, '');
    let position = 0;
    return html`<div class="add" part="add" role="group" aria-labelledby="add-title">
      <p class="add-title" id="add-title">${t.addLabel}</p>
      ${groups.map(
        (group, g) => {
          const list = html`<ul class="candidates">
            ${group.blocks.map((block) => this.renderCandidate(block, position++, slot))}
          </ul>`;
          return group.title
            ? html`<div class="add-group" role="group" aria-labelledby="add-group-${g}">
                <p class="group-title" part="group-title" id="add-group-${g}">${group.title}</p>
                ${list}
              </div>`
            : html`<div class="add-group">${list}</div>`;
        },
      )}
    </div>`;
  }

  private renderCandidate(block: BlockOption, position: number, slot: string): TemplateResult {
    const t = blockRankingStrings(this.lang);
    const prefix = `candidate-${position}`;
    return html`<li class="candidate" part="candidate" data-id=${block.id}>
      <span class="text">
        <span class="label">${block.label}</span>
        ${blockTexts(block, prefix)}
      </span>
      <button
        type="button"
        class="add-button"
        part="button add-button"
        data-position=${position}
        aria-label=${format(t.addName, { slot, label: block.label })}
        aria-describedby=${ifDefined(blockTextIds(block, prefix) || undefined)}
        @click=${() => void this.add(block.id, position)}
      >
        ${t.add}
      </button>
    </li>`;
  }

  /** The ranked ids that are known blocks, without duplicates. */
  private get chosen(): string[] {
    const known = new Set((this.blocks ?? []).map((b) => b.id));
    return (this.value ?? []).filter((id, i, all) => known.has(id) && all.indexOf(id) === i);
  }

  private labelOf(id: string): string {
    return this.blocks.find((b) => b.id === id)?.label ?? id;
  }

  /** The add buttons in the order they are shown (suggested blocks first). */
  private get addButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.add-button')];
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

  /** Removes the block at `index`; focus goes to the next row's remove button, the previous one, or the first add button. */
  private async removeAt(index: number): Promise<void> {
    if (this.readonly) return;
    const chosen = this.chosen;
    const id = chosen[index];
    if (id === undefined) return;
    const next = chosen.filter((_, i) => i !== index);
    this.commit(next, format(blockRankingStrings(this.lang).removed, { label: this.labelOf(id) }));
    await this.updateComplete;
    const target = index < next.length ? index : index - 1;
    (target >= 0 ? this.button(target, 'remove') : this.addButtons[0])?.focus();
  }

  /**
   * Adds a block at the end in one action. Focus goes to the add button now at the same position in the
   * list (the next block), or the one before it when the last was taken, so a team can add several in a
   * row; at the maximum the list is gone and the new block's "move up" is where a team goes next.
   */
  private async add(id: string, position: number): Promise<void> {
    if (this.readonly) return;
    const t = blockRankingStrings(this.lang);
    const chosen = this.chosen;
    if (chosen.includes(id) || chosen.length >= this.max) return; // the list no longer offers it
    const next = [...chosen, id];
    const full = next.length >= this.max;
    let message = format(t.added, { label: this.labelOf(id), n: next.length });
    if (full) message += ` ${format(t.maxReached, { max: this.max })}`;
    this.commit(next, message);
    await this.updateComplete;
    const buttons = this.addButtons;
    const target = full ? undefined : (buttons[position] ?? buttons[position - 1]);
    (target ?? this.button(next.length - 1, 'up'))?.focus();
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
