import type { Instrument } from '@poolster/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define-rounds.js';
import type { PoolsterScan } from '../scan/scan.js';
import { loadGo } from '../shared/stories.js';
import { FakeRoundBackend } from './fake-round-backend.test-helpers.js';
import type { PoolsterRound } from './round.js';

type Args = { lang: string; presentation: boolean };
type Loaded = { instrument: Instrument; backend: FakeRoundBackend };

/** The round panel's scan, on a block step, once both have rendered. */
async function onBlock(canvas: HTMLElement, blockId = 'prevention'): Promise<{ scan: PoolsterScan; round: PoolsterRound }> {
  const scan = canvas.querySelector('poolster-scan')!;
  await scan.updateComplete;
  scan.shadowRoot!.querySelector('poolster-progress-nav')?.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: `block:${blockId}` } }));
  await scan.updateComplete;
  const round = scan.querySelector('poolster-round')!;
  await round.updateComplete;
  return { scan, round };
}

/** A round open on the block, with seven people who joined and placed it as a team might. */
async function openWithPlacements(backend: FakeRoundBackend, instrument: Instrument, blockId = 'prevention'): Promise<string> {
  const { id } = await backend.open({ instrumentId: instrument.id, blocks: [blockId], askAmbition: true });
  for (const stage of ['planned', 'integrated', 'integrated', 'integrated', 'integrated', 'integrated', 'systematic']) {
    backend.place(id, backend.join(id), blockId, stage, 'evolve-systematic');
  }
  return id;
}

const meta: Meta<Args> = {
  title: 'Team round/poolster-round',
  component: 'poolster-round',
  args: { lang: 'nl', presentation: false },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'fr', 'en'] } },
  loaders: [async () => ({ instrument: await loadGo(), backend: new FakeRoundBackend() })],
  render: (args, { loaded }) => {
    const { instrument, backend } = loaded as Loaded;
    return html`<poolster-scan .instrument=${instrument} lang=${args.lang} draft-key="storybook-round" ?presentation=${args.presentation}>
      <poolster-round slot="round" .backend=${backend}></poolster-round>
    </poolster-scan>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const NoRound: Story = { play: async ({ canvasElement }) => void (await onBlock(canvasElement)) };

export const Open: Story = {
  loaders: [
    async () => {
      const instrument = await loadGo();
      const backend = new FakeRoundBackend();
      await openWithPlacements(backend, instrument);
      return { instrument, backend };
    },
  ],
  play: async ({ canvasElement }) => void (await onBlock(canvasElement)),
};

export const Revealed: Story = {
  ...Open,
  play: async ({ canvasElement, loaded }) => {
    const { backend } = loaded as Loaded;
    const { round } = await onBlock(canvasElement);
    await backend.reveal(backend.current.id, 'prevention');
    backend.setConnected(true);
    await round.updateComplete;
  },
};

export const Presentation: Story = { ...Open, args: { presentation: true } };

export const ConnectionLost: Story = {
  ...Open,
  play: async ({ canvasElement, loaded }) => {
    const { round } = await onBlock(canvasElement);
    (loaded as Loaded).backend.setConnected(false);
    await round.updateComplete;
  },
};
