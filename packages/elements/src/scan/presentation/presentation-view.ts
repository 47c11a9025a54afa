import { fillPlaceholders, getAnswer, modelOf, type AnswerLocation } from '@poolster/schema';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { format } from '../../i18n/strings.js';
import type { AnswerChangeDetail } from '../../shared/events.js';
import { tag } from '../../shared/tags.js';
import { fieldKey } from '../fields.js';
import type { ScanContext } from '../views/context.js';
import { stageCards } from '../views/question.js';
import { readingMaterial } from '../views/reading-material.js';
import { teamSummary } from '../team-summary.js';
import type { PresentationController } from './presentation-controller.js';
import { PRESENTATION_SHORTCUT } from './present-button.js';
import { presentationStrings } from './presentation.strings.js';

/**
 * One block on a shared screen: a bar with the block's name and the presenter's buttons, the stages as
 * columns across the whole width, and the reading material in a panel over the cards, opened on demand.
 * The block's other questions are answered in the scan itself, where there is room for them. `drafts`
 * are the draft notices (another device's version, where the draft is kept), in a bar above the columns:
 * a meeting must see when saving stops. With a team round's panel (`round`: an element in the `round`
 * slot), the panel takes the place of the keys line in the bar, so the columns keep their room; what a
 * round left on the block is said under its title.
 */
export function presentationView(ctx: ScanContext, blockId: string, presenter: PresentationController, drafts: TemplateResult, round = false): TemplateResult {
  const p = presentationStrings(ctx.uiLang);
  const model = modelOf(ctx.instrument);
  const entry = model.blockById.get(blockId)!;
  const { block } = entry;
  const stageQuestion = ctx.instrument.blockQuestions.find((q) => q.type === 'stage');
  const position = model.blocks.indexOf(entry);
  let picker: TemplateResult;
  if (stageQuestion) {
    const at: AnswerLocation = {
      scope: 'block',
      blockId,
      questionId: stageQuestion.id,
    };
    const key = fieldKey(at);
    picker = html`<${tag('stage-picker')}
      class="presentation-picker"
      columns
      data-field=${key}
      .legend=${fillPlaceholders(ctx.text(stageQuestion.prompt), { block: ctx.blockName(block) })}
      .stages=${stageCards(ctx, block)}
      .value=${getAnswer(ctx.response, at)?.choice}
      .error=${ctx.fieldErrors.get(key)?.error ?? ''}
      .lang=${ctx.uiLang}
      ?required=${stageQuestion.required}
      ?readonly=${ctx.readonly}
      @poolster-answer=${(e: CustomEvent<AnswerChangeDetail>) => {
        e.stopPropagation();
        ctx.onAnswer(at, e.detail);
      }}
    ></${tag('stage-picker')}>`;
  } else picker = html`<p>${p.noStageQuestion}</p>`;
  const fullScreenLabel = presenter.isFullScreen ? p.leaveFullScreen : p.fullScreen;
  return html`<div class="presentation" part="base" lang=${ctx.contentLang} tabindex="-1">
    <header class="presentation-bar">
      <div class="presentation-title">
        <p class="step-counter">${format(ctx.t.blockOf, { n: position + 1, total: model.blocks.length })} · ${ctx.text(entry.cluster.title)}</p>
        <h2 class="step-heading" tabindex="-1">${block.number ? `${block.number} ` : ''}${ctx.text(block.title)}</h2>
        ${teamSummary(ctx, blockId)}
      </div>
      <div class="presentation-side">
        <div class="presentation-tools" role="toolbar" aria-label=${p.toolbar} lang=${ctx.uiLang}>
          <button
            type="button"
            part="button"
            class="reading-button"
            aria-expanded=${presenter.readingOpen ? 'true' : 'false'}
            aria-controls="reading-panel"
            @click=${() => presenter.setReading(!presenter.readingOpen)}
          >
            ${p.reading}
          </button>
          <button type="button" part="button" aria-keyshortcuts="ArrowLeft PageUp" ?disabled=${position === 0} @click=${() => presenter.move(-1)}>
            <span aria-hidden="true">←</span>
            <span class="long">${p.previousBlock}</span>
          </button>
          <button type="button" part="button" aria-keyshortcuts="ArrowRight PageDown" ?disabled=${position === model.blocks.length - 1} @click=${() => presenter.move(1)}>
            <span class="long">${p.nextBlock}</span>
            <span aria-hidden="true">→</span>
          </button>
          <button type="button" part="button" class="fullscreen-button" @click=${() => void presenter.toggleFullScreen()}>${fullScreenLabel}</button>
          <button type="button" part="button" class="present-button" aria-keyshortcuts=${PRESENTATION_SHORTCUT} @click=${() => presenter.toggle()}>${p.leave}</button>
        </div>
        ${round && !ctx.readonly
          ? html`<div class="presentation-round"><slot name="round"></slot></div>`
          : html`<p class="presentation-keys" lang=${ctx.uiLang}>${format(p.keys, { n: ctx.instrument.stages.length })}</p>`}
      </div>
    </header>
    <p class="presentation-message" role="status">${presenter.message}</p>
    <div class="presentation-drafts" lang=${ctx.uiLang}>${drafts}</div>
    <div class="presentation-stage">
      ${picker}
      <div id="reading-panel" class="reading-panel" role="dialog" aria-labelledby="reading-panel-title" ?hidden=${!presenter.readingOpen}>
        <div class="reading-panel-head">
          <h3 id="reading-panel-title" class="reading-panel-title" tabindex="-1">${ctx.t.readingMaterial}</h3>
          <button type="button" part="button" lang=${ctx.uiLang} @click=${() => presenter.setReading(false)}>${p.closeReading}</button>
        </div>
        ${presenter.readingOpen ? readingMaterial(ctx, block) : nothing}
      </div>
    </div>
  </div>`;
}
