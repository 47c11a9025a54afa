import { html, nothing, type TemplateResult } from 'lit';
import { charCount, countDescribedBy, countState } from '../../shared/char-count.js';
import { errorMessage } from '../../shared/error-message.js';
import type { ScanContext } from './context.js';

/** DOM ids may not contain "/"; keys may. */
const domId = (key: string): string => `f-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export interface TextFieldOptions {
  /** The field key (see fieldKey); also its `data-field`, which the error summary links to. */
  key: string;
  label: string;
  /** Read after the label by screen readers only, so that fields with one visible label ("Toelichting") keep names of their own. */
  labelSuffix?: string;
  hint?: string;
  value: string;
  /** The localised error shown after the team tried to move on or send. */
  error?: string | undefined;
  multiline: boolean;
  required: boolean;
  /** The most characters the schema accepts; the counter appears near it. Never enforced by cutting. */
  maxLength: number;
  onInput(value: string): void;
}

/**
 * A labelled text field (a text answer or a comment) with its hint, inline error and character count.
 * There is deliberately no `maxlength`: the browser would silently cut a long paste. Past the limit the
 * field is marked invalid at once and the validation keeps it from being sent; the text stays whole.
 */
export function textField(ctx: ScanContext, options: TextFieldOptions): TemplateResult {
  const { key, label, labelSuffix, hint, value, error, multiline, required, maxLength } = options;
  const id = domId(key);
  const countId = `${id}-count`;
  const over = countState(value.length, maxLength) === 'over';
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', ctx.readonly ? '' : countDescribedBy(countId, value.length, maxLength)].filter(Boolean).join(' ') ||
    nothing;
  const invalid = error || (over && !ctx.readonly) ? 'true' : nothing;
  const input = (e: Event) => options.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="text-field ${error ? 'has-error' : ''}">
    <label for=${id}>${label}${labelSuffix ? html`<span class="visually-hidden"> ${labelSuffix}</span>` : nothing}</label>
    ${hint ? html`<p id=${`${id}-hint`} class="hint">${hint}</p>` : nothing} ${errorMessage(`${id}-error`, error, ctx.uiLang)}
    ${multiline
      ? html`<textarea
          id=${id}
          data-field=${key}
          rows="3"
          .value=${value}
          ?readonly=${ctx.readonly}
          ?required=${required}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @input=${input}
        ></textarea>`
      : html`<input
          id=${id}
          data-field=${key}
          type="text"
          .value=${value}
          ?readonly=${ctx.readonly}
          ?required=${required}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @input=${input}
        />`}
    ${ctx.readonly ? nothing : charCount(countId, value.length, maxLength, ctx.uiLang)}
  </div>`;
}
