import type { Instrument } from '@poolster/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loadGo, loadJson, OTHER_NETWORK_SRC, sampleGoResponse } from '../shared/stories.js';
import type { DraftBackend } from '../drafts/draft-backend.js';
import type { RemoteDraft } from '../drafts/remote-draft.js';
import type { PoolsterScan } from './scan.js';

type Args = { lang: string; readonly: boolean; draftKey: string; theme: string };
type Loaded = { instrument: Instrument };

/** Waits for the scan to render, then moves it to a step, as the progress navigation would. */
async function goToStep(canvas: HTMLElement, step: string): Promise<PoolsterScan> {
  const scan = canvas.querySelector('poolster-scan')!;
  await scan.updateComplete;
  scan.shadowRoot!.querySelector('poolster-progress-nav')!.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: step } }));
  await scan.updateComplete;
  return scan;
}

const meta: Meta<Args> = {
  title: 'Scan/poolster-scan',
  component: 'poolster-scan',
  args: { lang: 'nl', readonly: false, draftKey: 'storybook', theme: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'fr', 'en'] }, theme: { control: 'inline-radio', options: ['', 'theme-portal', 'theme-dark'] } },
  loaders: [async () => ({ instrument: await loadGo() })],
  render: (args, { loaded }) =>
    html`<div class=${args.theme}>
      <poolster-scan .instrument=${(loaded as Loaded).instrument} lang=${args.lang} draft-key=${args.draftKey} ?readonly=${args.readonly}></poolster-scan>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Intro: Story = {};
export const BlockStep: Story = { play: async ({ canvasElement }) => void (await goToStep(canvasElement, 'block:prevention')) };
export const BlockWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const scan = await goToStep(canvasElement, 'block:student-advocate');
    scan.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
  },
};
export const FinalQuestions: Story = { play: async ({ canvasElement }) => void (await goToStep(canvasElement, 'final')) };
export const Confirmation: Story = { play: async ({ canvasElement }) => void (await goToStep(canvasElement, 'confirm')) };
export const Submitted: Story = {
  render: (args, { loaded }) => {
    const instrument = (loaded as Loaded).instrument;
    return html`<poolster-scan .instrument=${instrument} .value=${sampleGoResponse(instrument)} lang=${args.lang} draft-key="storybook-submitted"></poolster-scan>`;
  },
};
export const RestoredDraft: Story = {
  args: { draftKey: 'storybook-restored' },
  loaders: [
    async () => {
      const instrument = await loadGo();
      const response = { ...sampleGoResponse(instrument, 'CLB Gent'), status: 'draft' as const, submittedAt: undefined };
      const key = `poolster:draft:${instrument.id}:1:storybook-restored`;
      localStorage.setItem(key, JSON.stringify({ format: 'poolster-draft', version: 1, savedAt: '2026-11-21T15:42:00Z', response }));
      return { instrument };
    },
  ],
};
export const ReadOnly: Story = {
  render: (args, { loaded }) => {
    const instrument = (loaded as Loaded).instrument;
    return html`<poolster-scan readonly .instrument=${instrument} .value=${sampleGoResponse(instrument)} lang=${args.lang}></poolster-scan>`;
  },
};
export const French: Story = { args: { lang: 'fr' }, play: async ({ canvasElement }) => void (await goToStep(canvasElement, 'block:prevention')) };
export const English: Story = { args: { lang: 'en' }, play: async ({ canvasElement }) => void (await goToStep(canvasElement, 'block:prevention')) };
export const PortalTheme: Story = { args: { theme: 'theme-portal' }, play: async ({ canvasElement }) => void (await goToStep(canvasElement, 'block:prevention')) };
export const DarkTheme: Story = { args: { theme: 'theme-dark' }, play: async ({ canvasElement }) => void (await goToStep(canvasElement, 'block:prevention')) };
export const OtherNetwork: Story = {
  args: { lang: 'fr' },
  loaders: [async () => ({ instrument: await loadJson<Instrument>(OTHER_NETWORK_SRC) })],
};
export const BrokenInstrument: Story = {
  render: (args) => html`<poolster-scan .instrument=${{ schemaVersion: 1, id: 'broken', version: 'one', stages: [], clusters: [] }} lang=${args.lang}></poolster-scan>`,
};
/** A comment past its limit: the counter says by how much, the text stays whole, and moving on is refused. */
export const CommentPastItsLimit: Story = {
  play: async ({ canvasElement }) => {
    const scan = await goToStep(canvasElement, 'block:student-advocate');
    await scan.updateComplete;
    const comment = scan.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-field="block/student-advocate/deliberate-choice/comment"]')!;
    comment.value = 'Besproken op de teamdag. '.repeat(401);
    comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};
/**
 * Presentation mode for a projector: one block per screen, the stages as columns, the reading material in
 * a panel over the cards. Keys 1–4 choose a stage, ← → and Page Up / Page Down move between blocks,
 * Alt+Shift+P enters and leaves it (also from the button on every block step).
 */
export const Presentation: Story = {
  render: (args, { loaded }) =>
    html`<poolster-scan presentation .instrument=${(loaded as Loaded).instrument} lang=${args.lang} draft-key="storybook-presentation"></poolster-scan>`,
};

/** A portal's backend kept in memory, holding one draft saved by another device. */
function portalBackend(draft: RemoteDraft, version: string): DraftBackend {
  let stored = { draft, version };
  return {
    load: async () => ({ ok: true, draft: stored.draft, etag: stored.version }),
    save: async (next, basedOn) => {
      if (basedOn !== stored.version) return { ok: false, reason: 'conflict', current: stored.draft, etag: stored.version };
      stored = { draft: next, version: `${stored.version}+` };
      return { ok: true, etag: stored.version };
    },
    discard: async () => ({ ok: true }),
  };
}

function savedElsewhere(instrument: Instrument, centre: string, step: string): RemoteDraft {
  const response = { ...sampleGoResponse(instrument, centre), status: 'draft' as const, submittedAt: undefined };
  return { format: 'poolster-draft', version: 1, savedAt: '2026-12-03T14:02:00Z', step, savedBy: 'Team CLB Gent', response };
}

/** Another laptop opens the draft: the scan lands on the step where the team stopped, with a notice it can dismiss. */
export const ContinueAt: Story = {
  render: (args, { loaded }) => {
    const instrument = (loaded as Loaded).instrument;
    const backend = portalBackend(savedElsewhere(instrument, 'CLB Gent', 'block:integral-policy'), 'v1');
    return html`<poolster-scan .backend=${backend} .instrument=${instrument} lang=${args.lang} draft-key="storybook-continue-at"></poolster-scan>`;
  },
};

/**
 * This device has changes the server has not got (based on version v1), and another device saved v2
 * meanwhile: both versions are shown and the team chooses.
 */
export const DraftConflict: Story = {
  loaders: [
    async () => {
      const instrument = await loadGo();
      const key = `poolster:draft:${instrument.id}:1:storybook-conflict`;
      const mine = { ...sampleGoResponse(instrument, 'CLB Gent (dit toestel)'), status: 'draft' as const, submittedAt: undefined };
      localStorage.setItem(key, JSON.stringify({ format: 'poolster-draft', version: 1, savedAt: '2026-12-03T14:05:00Z', response: mine, basedOn: 'v1', unsent: true }));
      return { instrument };
    },
  ],
  render: (args, { loaded }) => {
    const instrument = (loaded as Loaded).instrument;
    const backend = portalBackend(savedElsewhere(instrument, 'CLB Gent', 'block:prevention'), 'v2');
    return html`<poolster-scan .backend=${backend} .instrument=${instrument} lang=${args.lang} draft-key="storybook-conflict"></poolster-scan>`;
  },
};
