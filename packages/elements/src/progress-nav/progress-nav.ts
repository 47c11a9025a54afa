import { html, LitElement, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { InheritedLang } from '../i18n/inherited-lang.js';
import { format } from '../i18n/strings.js';
import { fire } from '../shared/events.js';
import { focusFirstControl } from '../shared/focus.js';
import { baseStyles } from '../shared/styles.js';
import { progressNavStrings } from './progress-nav.strings.js';
import { styles } from './progress-nav.styles.js';

/** One step of the scan as the navigation shows it. */
export interface ProgressStep {
  /** The key the scan uses for the step; reported back in `poolster-navigate`. */
  id: string;
  /** The visible name of the step (already in the content language). */
  label: string;
  /** A cluster title: consecutive steps with the same group are listed under one group heading. */
  group?: string;
  /** How far the team got; absent for steps without answers (intro, confirmation): no state is shown. */
  state?: 'not-started' | 'incomplete' | 'complete';
  /** The step cannot be chosen (yet). */
  disabled?: boolean;
}

/** Detail of `poolster-navigate`. */
export interface NavigateDetail {
  stepId: string;
}

type StepState = NonNullable<ProgressStep['state']>;

/** A run of consecutive steps: either one ungrouped step or all consecutive steps of one group. */
interface StepRun {
  group: string | undefined;
  steps: ProgressStep[];
}

const STATE_KEYS = { 'not-started': 'notStarted', incomplete: 'incomplete', complete: 'complete' } as const;

/**
 * Every state word is in the step at once, stacked in one cell, and only the step's own is visible: a
 * block whose state changes (on its first and on its last answer) then only repaints its step. Swapping
 * the text laid the whole page out again on each of those answers.
 */
const STATES = Object.keys(STATE_KEYS) as StepState[];

/**
 * @summary The scan's step navigation: every step with its state, a "Stap 3 van 14" counter, and a
 * button per step to jump to it.
 *
 * The element never changes `current` itself: it asks with `poolster-navigate` and the scan decides.
 * `el.focus()` reaches the first enabled step; `focusCurrent()` focuses the current step. A click on
 * text that is not a step (a group title) moves focus nowhere, so the page never jumps.
 *
 * @fires poolster-navigate - The team chose a step (click, Enter or Space). Detail `{ stepId: string }`;
 *   bubbles, not composed (see shared/events.ts). Also fired for the current step; never for disabled steps.
 *
 * @csspart base - The `<nav>` landmark.
 * @csspart counter - The "Stap n van total" line (only when `current` is one of the steps).
 * @csspart list - The outer ordered list (the part that scrolls after `--poolster-nav-max-height`).
 * @csspart group-label - The title of a group (cluster) of steps.
 * @csspart step - Each step's button.
 *
 * @cssprop --poolster-nav-max-height - Height after which the list scrolls vertically (default none).
 * @cssprop --poolster-color-primary - Marker of the current step (default #1d70b8).
 * @cssprop --poolster-color-current - Background of the current step (default #e8f1f8).
 * @cssprop --poolster-color-hover - Background of a hovered step (default #f3f2f1).
 * @cssprop --poolster-color-hint - State text and the "not started" icon (default #505a5f).
 * @cssprop --poolster-color-warning - The "incomplete" icon (default #8a4b00).
 * @cssprop --poolster-color-success - The "complete" icon (default #00703c).
 * @cssprop --poolster-color-disabled - Text of disabled steps (default #6f777b).
 */
export class PoolsterProgressNav extends LitElement {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    steps: { attribute: false },
    current: {},
    lang: {},
    label: {},
  };

  /** Every step in order: intro, building blocks (grouped by cluster), final questions, sending (which holds the check of all answers). */
  steps: ProgressStep[] = [];

  /** The id of the current step (gets `aria-current="step"` and sets the counter). */
  current = '';

  /**
   * The interface language (nl, fr, en, or one registered with `registerLanguage`). When not set, the closest
   * `lang` above the element (its ancestors, across shadow roots; the page's `<html lang>`), else English.
   */
  override lang = '';

  // Fills `lang` from the page when the host sets none; draws again when a language is registered.
  protected readonly inheritedLang = new InheritedLang(this);

  /** Accessible name of the navigation; empty means the default ("Voortgang" / "Progress" / "Progression"). */
  label = '';

  /** The current step and step ids the list was last scrolled for. */
  private revealedFor: string | undefined;

  private revealFrame: number | undefined;

  override render(): TemplateResult {
    const t = progressNavStrings(this.lang);
    const steps = this.steps ?? [];
    const index = steps.findIndex((step) => step.id === this.current);
    return html`<nav part="base" aria-label=${this.label || t.label}>
      ${index >= 0 ? html`<p class="counter" part="counter">${format(t.counter, { n: index + 1, total: steps.length })}</p>` : nothing}
      ${steps.length > 0
        ? html`<ol class="list" part="list">
            ${this.runs(steps).map((run, i) =>
              run.group === undefined
                ? run.steps.map((step) => html`<li>${this.renderStep(step)}</li>`)
                : html`<li class="group">
                    <span class="group-label" part="group-label" id=${`group-${i}`}>${run.group}</span>
                    <ol aria-labelledby=${`group-${i}`}>
                      ${run.steps.map((step) => html`<li>${this.renderStep(step)}</li>`)}
                    </ol>
                  </li>`,
            )}
          </ol>`
        : nothing}
    </nav>`;
  }

  /** Focuses the first enabled step (after a pending render). */
  override focus(options?: FocusOptions): void {
    focusFirstControl(this, options);
  }

  /**
   * Focuses the current step's button (after a pending render). Does nothing when `current` is not one
   * of the steps or its step is disabled. The returned promise settles once focus has moved.
   */
  focusCurrent(options?: FocusOptions): Promise<void> {
    const run = (): void => this.currentButton()?.focus(options);
    if (!this.isUpdatePending) {
      run();
      return Promise.resolve();
    }
    return this.updateComplete.then(run);
  }

  protected override updated(): void {
    // The scan hands over a new `steps` array on every answer (a state may have changed). Measuring
    // then would force a layout of the whole page per keystroke, and a layout of a very long title is
    // slow; so the list is only scrolled when the current step or the list of steps really changed.
    const key = `${this.current}\n${(this.steps ?? []).map((step) => step.id).join('\n')}`;
    if (key === this.revealedFor) return;
    this.revealedFor = key;
    if (this.revealFrame !== undefined) cancelAnimationFrame(this.revealFrame);
    // Measured in the next frame, where the browser lays the page out anyway, not forced in between.
    this.revealFrame = requestAnimationFrame(() => {
      this.revealFrame = undefined;
      this.revealCurrent();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.revealFrame !== undefined) cancelAnimationFrame(this.revealFrame);
    this.revealFrame = undefined;
    this.revealedFor = undefined;
  }

  private renderStep(step: ProgressStep): TemplateResult {
    const t = progressNavStrings(this.lang);
    const state: StepState | undefined = step.state && step.state in STATE_KEYS ? step.state : undefined;
    return html`<button
      type="button"
      class="step"
      part="step"
      data-step-id=${step.id}
      aria-current=${step.id === this.current ? 'step' : nothing}
      ?disabled=${step.disabled === true}
      @click=${() => this.onStepClick(step)}
    >
      <span class=${`icon icon-${state ?? 'none'}`} aria-hidden="true"></span>
      <span class="text"
        ><span class="label">${step.label}${state ? html`<span class="separator">, </span>` : nothing}</span>${state
          ? html`<span class="state" data-state=${state}
                >${STATES.map((word) => html`<span class="state-word" data-word=${word}>${t[STATE_KEYS[word]]}</span>`)}</span
              >`
          : nothing}</span
      >
    </button>`;
  }

  /** Splits the steps into runs: consecutive steps with the same group share one sub-list. */
  private runs(steps: readonly ProgressStep[]): StepRun[] {
    const runs: StepRun[] = [];
    for (const step of steps) {
      const last = runs[runs.length - 1];
      if (step.group !== undefined && last !== undefined && last.group === step.group) last.steps.push(step);
      else runs.push({ group: step.group, steps: [step] });
    }
    return runs;
  }

  private currentButton(): HTMLButtonElement | undefined {
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('button.step');
    return Array.from(buttons).find((button) => button.dataset['stepId'] === this.current);
  }

  /** Scrolls the list (never the page) so the current step is visible when the list scrolls. */
  private revealCurrent(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    const button = this.currentButton();
    if (!list || !button || list.scrollHeight <= list.clientHeight) return;
    const listBox = list.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    if (box.top < listBox.top) list.scrollTop -= listBox.top - box.top;
    else if (box.bottom > listBox.bottom) list.scrollTop += box.bottom - listBox.bottom;
  }

  private onStepClick(step: ProgressStep): void {
    if (step.disabled) return;
    fire(this, 'poolster-navigate', { stepId: step.id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poolster-progress-nav': PoolsterProgressNav;
  }
}
