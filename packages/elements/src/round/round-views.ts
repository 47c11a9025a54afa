import { modelOf, spreadWord, voteSpread, TEAM_NOTE_MAX_LENGTH, localize, contentLanguage, type Instrument, type RoundBlockState, type Response, type RoundState, type Text, type TeamVotes } from '@poolster/schema';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { format } from '../i18n/strings.js';
import { agreedStage } from '../scan/agreed-stage.js';
import { qrCode } from './round-qr.js';
import type { roundStrings } from './round.strings.js';

export type RoundStrings = ReturnType<typeof roundStrings>;

/** Which blocks a new round asks about. */
export type RoundScope = 'block' | 'cluster' | 'all';

/** What the round's templates need: the instrument in the team's languages, and the interface words. */
export interface RoundView {
  t: RoundStrings;
  uiLang: string;
  instrument: Instrument;
  text(value: Text | undefined): string;
  blockLabel(blockId: string): string;
}

export function roundView(instrument: Instrument, uiLang: string, lang: string, t: RoundStrings): RoundView {
  const contentLang = contentLanguage(instrument, lang);
  const text = (value: Text | undefined) => localize(value, contentLang, instrument.defaultLanguage);
  return {
    t,
    uiLang,
    instrument,
    text,
    blockLabel: (blockId) => {
      const block = modelOf(instrument).blockById.get(blockId)?.block;
      return block ? `${block.number ? `${block.number} ` : ''}${text(block.title)}` : blockId;
    },
  };
}

/** The blocks a scope covers, in the instrument's order, around the block on screen. */
export function blocksOfScope(instrument: Instrument, blockId: string, scope: RoundScope): string[] {
  const model = modelOf(instrument);
  if (scope === 'block') return [blockId];
  if (scope === 'cluster') return model.blockById.get(blockId)?.cluster.blocks.map((b) => b.id) ?? [blockId];
  return model.blocks.map((entry) => entry.block.id);
}

/** The letters of a code one by one, so a screen reader spells it instead of reading it as a word. */
const spelled = (code: string) => code.split('').join(' ');

/** The join panel: the code in very large letters, the link, and a QR code of the link. */
export function joinPanel(v: RoundView, round: RoundState, onLarger: () => void): TemplateResult {
  const { t } = v;
  const shownUrl = round.joinUrl.replace(/^https?:\/\//, '');
  return html`<div class="join" role="group" aria-labelledby="join-label" tabindex="-1">
    <div class="join-text">
      <p class="join-label" id="join-label">
        ${t.joinHeading}
        <span class="visually-hidden">${spelled(round.code)}</span>
      </p>
      <p class="code" aria-hidden="true">${round.code}</p>
      <p class="join-link">${t.joinLink} <a href=${round.joinUrl} target="_blank" rel="noopener">${shownUrl}</a></p>
    </div>
    <div class="join-qr">
      ${qrCode(round.joinUrl, format(t.qrLabel, { url: shownUrl }))}
      <button type="button" part="button" class="larger" @click=${onLarger}>${t.larger}</button>
    </div>
  </div>`;
}

/** The same, as large as the screen allows, in a dialog for the room. */
export function joinDialog(v: RoundView, round: RoundState | undefined, onClose: () => void): TemplateResult {
  const shownUrl = round?.joinUrl.replace(/^https?:\/\//, '') ?? '';
  return html`<dialog class="join-dialog" aria-labelledby="join-dialog-label" @close=${onClose}>
    ${round
      ? html`<p class="join-label" id="join-dialog-label">${v.t.joinHeading} <span class="visually-hidden">${spelled(round.code)}</span></p>
          <p class="code" aria-hidden="true">${round.code}</p>
          <p class="join-link">${v.t.joinLink} <a href=${round.joinUrl} target="_blank" rel="noopener">${shownUrl}</a></p>
          ${qrCode(round.joinUrl, format(v.t.qrLabel, { url: shownUrl }))}`
      : nothing}
    <form method="dialog"><button part="button" class="close-larger">${v.t.closeLarger}</button></form>
  </dialog>`;
}

/** Per block of the round: how many placed it in this generation, or that it was revealed. Never who, never what. */
export function blockCounts(v: RoundView, round: RoundState): TemplateResult {
  const line = (b: RoundBlockState) => `${v.blockLabel(b.blockId)}: ${b.phase === 'revealed' ? v.t.revealedShort : format(v.t.placedShort, { n: b.voted })}`;
  return html`<details class="blocks">
    <summary>${v.t.blocksOfRound}</summary>
    <ul>
      ${round.blocks.map((b) => html`<li>${line(b)}</li>`)}
    </ul>
  </details>`;
}

/** The anonymous distribution of a revealed block: one bar and a count per stage, in stage order, then the spread in words. */
export function distribution(v: RoundView, votes: TeamVotes): TemplateResult {
  const { t, instrument } = v;
  const spread = voteSpread(instrument, votes);
  const top = Math.max(1, ...spread.counts);
  const most = spread.mostChosen.map((m) => v.text(instrument.stages.find((s) => s.id === m.stageId)?.label)).join(t.or);
  const ambition = votes.ambition && modelOf(instrument).ambitionQuestion;
  return html`<h4 class="distribution-heading" tabindex="-1">${t.distributionHeading}</h4>
    <ol class="distribution">
      ${instrument.stages.map((stage, i) => {
        const count = spread.counts[i] ?? 0;
        return html`<li>
          <span class="stage-label">${v.text(stage.label)}</span>
          <svg class="bar" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">${svg`<rect class="bar-track" width="100" height="10"></rect><rect class="bar-fill" width=${(100 * count) / top} height="10"></rect>`}</svg>
          <span class="count"><span aria-hidden="true">${count}</span><span class="visually-hidden">${format(t.countOf, { n: count, total: spread.participants })}</span></span>
        </li>`;
      })}
    </ol>
    <p class="spread"><strong>${spreadWord(spread.level, v.uiLang)}</strong>${most ? html` · ${format(t.mostChose, { stages: most })}` : nothing}</p>
    ${ambition
      ? html`<p class="ambition"><span class="ambition-heading">${t.ambitionHeading}:</span>
          ${ambition.options.map((o, i) => html`${i ? ' · ' : ''}${v.text(o.label)}: ${votes.ambition?.[o.id] ?? 0}`)}</p>`
      : nothing}`;
}

/** The note field and the row with "Record", its message next to it. */
export function recordForm(
  v: RoundView,
  view: { note: string; message: string; agreed: string | undefined; presenting: boolean },
  on: { note(value: string): void; record(): void; revote(): void },
): TemplateResult {
  const { t } = v;
  const how = view.presenting ? format(t.chooseByKeys, { n: v.instrument.stages.length }) : t.chooseInScan;
  return html`<p class="agreed">${view.agreed ? format(t.agreed, { stage: view.agreed }) : t.noAgreed} ${how}</p>
    <div class="note">
      <label for="note">${t.noteLabel}</label>
      <span class="hint" id="note-hint">${t.noteHint}</span>
      <textarea id="note" rows="2" maxlength=${TEAM_NOTE_MAX_LENGTH} aria-describedby="note-hint" .value=${view.note} @input=${(e: Event) => on.note((e.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    <div class="record-row">
      <button type="button" part="button primary" class="primary record" aria-describedby="record-message" @click=${on.record}>${t.record}</button>
      <p class="record-message" id="record-message" tabindex="-1">${view.message}</p>
    </div>
    <button type="button" part="button" class="revote" @click=${on.revote}>${t.revote}</button>`;
}

/** The start form: which blocks, whether to ask the ambition, and "Start a team round". */
export function startForm(
  v: RoundView,
  blockId: string,
  view: { scope: RoundScope; askAmbition: boolean; busy: boolean },
  on: { scope(scope: RoundScope): void; askAmbition(ask: boolean): void; start(): void },
): TemplateResult {
  const { t, instrument } = v;
  const option = (scope: RoundScope, label: string) => html`<label class="option">
    <input type="radio" name="scope" value=${scope} .checked=${view.scope === scope} @change=${() => on.scope(scope)} />
    ${label}
  </label>`;
  const cluster = blocksOfScope(instrument, blockId, 'cluster').length;
  const all = blocksOfScope(instrument, blockId, 'all').length;
  const hasAmbition = instrument.blockQuestions.some((q) => q.type === 'ambition');
  return html`<div class="start">
    <p class="intro">${t.startIntro}</p>
    <fieldset>
      <legend>${t.scopeLegend}</legend>
      ${option('block', `${t.scopeBlock}: ${v.blockLabel(blockId)}`)}
      ${cluster > 1 ? option('cluster', format(t.scopeCluster, { n: cluster })) : nothing}
      ${all > 1 ? option('all', format(t.scopeAll, { n: all })) : nothing}
    </fieldset>
    ${hasAmbition
      ? html`<label class="option"><input type="checkbox" .checked=${view.askAmbition} @change=${(e: Event) => on.askAmbition((e.target as HTMLInputElement).checked)} /> ${t.askAmbition}</label>`
      : nothing}
    <button type="button" part="button primary" class="primary start-button" ?disabled=${view.busy} @click=${on.start}>${t.start}</button>
  </div>`;
}

/** "Close the round", and its confirmation that says what closing deletes. */
export function closeControls(v: RoundView, view: { confirming: boolean; busy: boolean }, on: { ask(asking: boolean): void; close(): void }): TemplateResult {
  const { t } = v;
  if (!view.confirming) return html`<div class="close-row"><button type="button" part="button" class="close" @click=${() => on.ask(true)}>${t.close}</button></div>`;
  return html`<div class="close-row confirming" role="group" aria-labelledby="close-confirm">
    <p id="close-confirm" class="warning" tabindex="-1">${t.closeConfirm}</p>
    <button type="button" part="button primary" class="primary close-yes" ?disabled=${view.busy} @click=${on.close}>${t.closeYes}</button>
    <button type="button" part="button" class="close-no" @click=${() => on.ask(false)}>${t.closeNo}</button>
  </div>`;
}

/** The panel's heading and the lines above its content: the connection, a failure, a notice. */
export function roundHead(t: RoundStrings, view: { presenting: boolean; connected: boolean; problem: string; notice: string }): TemplateResult {
  // On the shared screen the bar has no room for a heading: it stays for screen readers alone.
  return html`<h3 class="round-heading ${view.presenting ? 'visually-hidden' : ''}" id="round-heading" tabindex="-1">${t.heading}</h3>
    <div class="connection" role="status">${view.connected ? nothing : html`<p class="offline">${t.offline}</p>`}</div>
    ${view.problem ? html`<p class="problem" role="alert" tabindex="-1">${view.problem}</p>` : nothing}
    ${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : nothing}`;
}

/** How many joined, and how many of them placed the block on screen while it is being voted on. */
export function joinedCounts(t: RoundStrings, round: RoundState, block: RoundBlockState | undefined): TemplateResult {
  return html`<p class="counts" tabindex="-1">
    ${format(t.joined, { n: round.participants })}${block && block.phase === 'voting' ? html` · ${format(t.placedOf, { placed: block.voted, joined: round.participants })}` : nothing}
  </p>`;
}

/**
 * A revealed block: its distribution, then the note and "Record" with what the scan holds of it (the agreed
 * stage, a note or message being written, else the one recorded; "recorded" when these votes are).
 */
export function revealedPanel(
  v: RoundView,
  blockId: string,
  votes: TeamVotes,
  view: { response: Response | undefined; presenting: boolean; note: string | undefined; message: string | undefined },
  on: { note(value: string): void; record(): void; revote(): void },
): TemplateResult {
  const { response } = view;
  const stageId = response ? agreedStage(v.instrument, response, blockId) : undefined;
  const agreed = stageId ? v.text(v.instrument.stages.find((s) => s.id === stageId)?.label) : undefined;
  const recorded = response?.team?.[blockId]?.votes;
  const same = recorded !== undefined && JSON.stringify(recorded) === JSON.stringify(votes);
  const note = view.note ?? response?.team?.[blockId]?.note ?? '';
  const message = view.message ?? (same ? v.t.recorded : '');
  return html`${distribution(v, votes)} ${recordForm(v, { note, message, agreed, presenting: view.presenting }, on)}`;
}

/** "Reveal" for a block being voted on (disabled while another action runs). */
export function revealButton(t: RoundStrings, busy: boolean, onReveal: () => void): TemplateResult {
  return html`<button type="button" part="button primary" class="primary reveal" ?disabled=${busy} @click=${onReveal}>${t.reveal}</button>`;
}
