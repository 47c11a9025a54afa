import { DEFAULT_TEXT_MAX_LENGTH, OTHER_TEXT_MAX_LENGTH, fillPlaceholders, getAnswer, textMaxLength, type AnswerLocation, type Block, type Question } from '@poolster/schema';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { tag } from '../../shared/tags.js';
import type { ChoiceOption } from '../../choice-group/choice-group.js';
import type { AnswerChangeDetail } from '../../shared/events.js';
import type { StageCard } from '../../stage-picker/stage-picker.js';
import { format } from '../../i18n/strings.js';
import { fieldKey } from '../fields.js';
import { ambitionOptions } from './ambition-options.js';
import { blockOptionsWithContext } from './block-options.js';
import type { ScanContext } from './context.js';
import { fromContent } from './from-content.js';
import { textField } from './text-field.js';

export function stageCards(ctx: ScanContext, block: Block | undefined): StageCard[] {
  return ctx.instrument.stages.map((stage) => ({
    id: stage.id,
    label: ctx.text(stage.label),
    ...(stage.gloss !== undefined ? { gloss: ctx.text(stage.gloss) } : {}),
    paragraphs: block
      ? ctx.rich(block.stages[stage.id])
      : ctx.rich(stage.description).map((p) => fillPlaceholders(p, { block: ctx.blockName(undefined) })),
  }));
}

/** One question, rendered with the control its type calls for, followed by its comment field if it has one. */
export function question(ctx: ScanContext, q: Question, at: AnswerLocation, block?: Block): TemplateResult {
  const key = fieldKey(at);
  const answer = getAnswer(ctx.response, at);
  const errors = ctx.fieldErrors.get(key) ?? {};
  const fill = (s: string) => fillPlaceholders(s, { block: ctx.blockName(block) });
  const legend = fill(ctx.text(q.prompt));
  const hint = q.help === undefined ? '' : fill(ctx.text(q.help));
  const onAnswer = (e: CustomEvent<AnswerChangeDetail>) => {
    e.stopPropagation();
    ctx.onAnswer(at, e.detail);
  };
  let control: TemplateResult;
  switch (q.type) {
    case 'text':
      control = textField(ctx, {
        key,
        label: legend,
        hint,
        value: answer?.text ?? '',
        error: errors.error,
        multiline: q.multiline ?? false,
        required: q.required,
        maxLength: textMaxLength(q),
        onInput: (v) => ctx.onText(at, 'text', v),
      });
      break;
    case 'stage':
      control = html`<${tag('stage-picker')}
        data-field=${key}
        .legend=${legend}
        .hint=${hint}
        .stages=${fromContent(q, block ?? ctx.instrument, ctx.contentLang, () => stageCards(ctx, block))}
        .value=${answer?.choice}
        .error=${errors.error ?? ''}
        .lang=${ctx.uiLang}
        ?required=${q.required}
        ?readonly=${ctx.readonly}
        @poolster-answer=${onAnswer}
      ></${tag('stage-picker')}>`;
      break;
    case 'ambition':
    case 'single-choice':
    case 'multiple-choice': {
      // An ambition's options depend on the stage chosen (stable compares them); the others only on the content.
      const options: ChoiceOption[] =
        q.type === 'ambition'
          ? ctx.stable(`${key}/options`, ambitionOptions(ctx, q, at, fill))
          : fromContent(q, block ?? ctx.instrument, ctx.contentLang, () =>
              q.options.map((o) => ({
                id: o.id,
                label: fill(ctx.text(o.label)),
                ...('exclusive' in o && o.exclusive ? { exclusive: true } : {}),
                ...('other' in o && o.other ? { other: true } : {}),
              })),
            );
      const multiple = q.type === 'multiple-choice';
      control = html`<${tag('choice-group')}
        data-field=${key}
        .legend=${legend}
        .hint=${hint}
        .options=${options}
        ?multiple=${multiple}
        .value=${ctx.stable(`${key}/value`, multiple ? (answer?.choices ?? []) : answer?.choice ? [answer.choice] : [])}
        .otherText=${answer?.other ?? ''}
        .otherMaxLength=${OTHER_TEXT_MAX_LENGTH}
        .error=${errors.error ?? ''}
        .otherError=${errors.otherError ?? ''}
        .note=${ctx.notes.get(key) ?? ''}
        .lang=${ctx.uiLang}
        ?required=${q.required}
        ?readonly=${ctx.readonly}
        @poolster-answer=${onAnswer}
      ></${tag('choice-group')}>`;
      break;
    }
    case 'block-pick':
      control = html`<${tag('block-pick')}
        data-field=${key}
        .legend=${legend}
        .hint=${hint}
        .blocks=${ctx.stable(`${key}/blocks`, blockOptionsWithContext(ctx, q))}
        .max=${q.max}
        .value=${ctx.stable(`${key}/value`, answer?.blocks ?? [])}
        .noneLabel=${q.none ? ctx.text(q.none.label) : ''}
        ?none=${answer?.none === true}
        .error=${errors.error ?? ''}
        .lang=${ctx.uiLang}
        ?required=${q.required}
        ?readonly=${ctx.readonly}
        @poolster-answer=${onAnswer}
      ></${tag('block-pick')}>`;
      break;
    case 'block-ranking':
      control = html`<${tag('block-ranking')}
        data-field=${key}
        .legend=${legend}
        .hint=${hint}
        .blocks=${ctx.stable(`${key}/blocks`, blockOptionsWithContext(ctx, q))}
        .min=${q.min}
        .max=${q.max}
        .value=${ctx.stable(`${key}/value`, answer?.blocks ?? [])}
        .slotLabel=${q.slotLabel ? ctx.text(q.slotLabel) : ''}
        .error=${errors.error ?? ''}
        .lang=${ctx.uiLang}
        ?required=${q.required}
        ?readonly=${ctx.readonly}
        @poolster-answer=${onAnswer}
      ></${tag('block-ranking')}>`;
      break;
  }
  const comment =
    'comment' in q && q.comment
      ? textField(ctx, {
          key: `${key}/comment`,
          label: fill(ctx.text(q.comment.label)),
          // Every block question has its "Toelichting": the question's short label tells them apart.
          labelSuffix: format(ctx.t.commentOf, { question: fill(ctx.text(q.label ?? q.prompt)) }),
          value: answer?.comment ?? '',
          error: ctx.fieldErrors.get(`${key}/comment`)?.error,
          multiline: true,
          required: false,
          maxLength: DEFAULT_TEXT_MAX_LENGTH,
          onInput: (v) => ctx.onText(at, 'comment', v),
        })
      : nothing;
  return html`<div class="question" part="question">${control}${comment}</div>`;
}
