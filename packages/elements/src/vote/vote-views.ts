import type { BallotPlacement } from '@poolster/schema';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { ChoiceOption } from '../choice-group/choice-group.js';
import { format } from '../i18n/strings.js';
import { errorMessage } from '../shared/error-message.js';
import type { AnswerChangeDetail } from '../shared/events.js';
import { tag } from '../shared/tags.js';
import type { VoteBlock } from './vote-content.js';
import type { voteStrings } from './vote.strings.js';

export type VoteView = 'loading' | 'join' | 'joined' | 'closed' | 'ended' | 'broken';
export type BlockStatus = 'not-placed' | 'sending' | 'sent' | 'waiting' | 'revealed' | 'refused';

/** Everything the participant's screen shows, worked out by the element. */
export interface VoteViewModel {
  t: ReturnType<typeof voteStrings>;
  lang: string;
  view: VoteView;
  typed: string;
  joinError: string;
  joining: boolean;
  problem: string;
  connected: boolean;
  index: number;
  total: number;
  placed: number;
  block: VoteBlock | undefined;
  placement: BallotPlacement | undefined;
  askAmbition: boolean;
  ambitionOptions: ChoiceOption[];
  locked: boolean;
  revoted: boolean;
  status: BlockStatus;
  refusal: string;
  onCodeInput(value: string): void;
  onJoin(): void;
  onStage(event: CustomEvent<AnswerChangeDetail>): void;
  onAmbition(event: CustomEvent<AnswerChangeDetail>): void;
  onMove(step: number): void;
}

export function renderVote(m: VoteViewModel): TemplateResult {
  switch (m.view) {
    case 'loading':
      return html`<p class="quiet" role="status">${m.t.loading}</p>`;
    case 'broken':
      return html`<p class="problem" part="error" role="alert">${m.problem}</p>`;
    case 'join':
      return joinForm(m);
    case 'closed':
    case 'ended':
      return html`<section class="done" aria-labelledby="done-title">
        <h2 id="done-title" tabindex="-1">${m.t.closedTitle}</h2>
        <p>${m.view === 'closed' ? m.t.closed : m.t.ended}</p>
      </section>`;
    case 'joined':
      return joined(m);
  }
}

function joinForm(m: VoteViewModel): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    if (!m.joining) m.onJoin();
  };
  return html`<form class="join" part="join" novalidate @submit=${submit}>
    <h2>${m.t.title}</h2>
    <p>${m.t.joinIntro}</p>
    <label for="code">${m.t.codeLabel}</label>
    <p id="code-hint" class="hint">${m.t.codeHint}</p>
    ${errorMessage('code-error', m.joinError, m.lang)}
    <div class="join-row">
      <input
        id="code"
        name="code"
        class=${m.joinError ? 'invalid' : ''}
        .value=${m.typed}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        enterkeyhint="go"
        maxlength="16"
        aria-describedby=${m.joinError ? 'code-error code-hint' : 'code-hint'}
        aria-invalid=${m.joinError ? 'true' : nothing}
        @input=${(e: Event) => m.onCodeInput((e.target as HTMLInputElement).value)}
      />
      <button type="submit" class="primary" ?disabled=${m.joining}>${m.joining ? m.t.joining : m.t.join}</button>
    </div>
  </form>`;
}

function joined(m: VoteViewModel): TemplateResult {
  const block = m.block;
  if (!block) return html`<p class="quiet" role="status">${m.t.loading}</p>`;
  return html`
    ${m.connected ? nothing : html`<p class="notice offline" part="notice">${m.t.offline}</p>`}
    <section class="block" part="block" aria-labelledby="block-title">
      <p class="position">${format(m.t.blockOf, { n: m.index + 1, total: m.total })}</p>
      <h2 id="block-title" tabindex="-1"><span class="number">${format(m.t.blockNumber, { n: block.number })}</span> ${block.title}</h2>
      ${m.revoted ? html`<p class="notice revote" part="notice">${m.t.revoteNotice}</p>` : nothing}
      <${tag('stage-picker')}
        .legend=${block.stagePrompt}
        .stages=${block.stages}
        .value=${m.placement?.current}
        .lang=${m.lang}
        ?readonly=${m.locked}
        @poolster-answer=${m.onStage}
      ></${tag('stage-picker')}>
      ${m.askAmbition ? ambition(m, block) : nothing}
    </section>
    <div class="bar">
      <p class="status ${m.status}" part="status" role="status">${statusText(m)}</p>
      <nav class="moves" aria-label=${format(m.t.blockOf, { n: m.index + 1, total: m.total })}>
        <button type="button" class="secondary" ?hidden=${m.index === 0} @click=${() => m.onMove(-1)}>${m.t.previous}</button>
        <button type="button" class="primary" ?hidden=${m.index >= m.total - 1} @click=${() => m.onMove(1)}>${m.t.next}</button>
      </nav>
    </div>
    <p class="quiet">${format(m.t.placedCount, { placed: m.placed, total: m.total })}</p>
  `;
}

function ambition(m: VoteViewModel, block: VoteBlock): TemplateResult {
  if (m.placement?.current === undefined) return html`<p class="hint ambition-later">${m.t.ambitionAfterCurrent}</p>`;
  return html`<${tag('choice-group')}
    class="ambition"
    .legend=${block.ambitionPrompt}
    .options=${m.ambitionOptions}
    .value=${m.placement.ambition ? [m.placement.ambition] : []}
    .lang=${m.lang}
    ?readonly=${m.locked}
    @poolster-answer=${m.onAmbition}
  ></${tag('choice-group')}>`;
}

function statusText(m: VoteViewModel): string {
  switch (m.status) {
    case 'revealed':
      return m.t.statusRevealed;
    case 'sent':
      return m.t.statusSent;
    case 'sending':
      return m.t.statusSending;
    case 'waiting':
      return m.t.statusWaiting;
    case 'refused':
      return format(m.t.statusRefused, { message: m.refusal });
    case 'not-placed':
      return m.t.statusNotPlaced;
  }
}
