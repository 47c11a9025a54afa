import { isListItem, type RichText } from '@poolster/schema';
import { html, type TemplateResult } from 'lit';
import type { ScanContext } from './context.js';

/** Paragraphs and bulleted lists, always as text: content is never parsed as markup. */
export function richText(ctx: ScanContext, value: RichText | undefined): TemplateResult[] {
  return (value ?? []).map((part) =>
    isListItem(part) ? html`<ul>${part.list.map((item) => html`<li>${ctx.text(item)}</li>`)}</ul>` : html`<p>${ctx.text(part)}</p>`,
  );
}
