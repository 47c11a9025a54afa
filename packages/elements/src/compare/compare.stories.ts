import type { Instrument } from '@poolster/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loadGo } from '../shared/stories.js';
import { syntheticEntries } from './synthetic-entries.test-helpers.js';

type Args = { lang: string; view: string; anonymous: boolean; count: number };

const meta: Meta<Args> = {
  title: 'Results/poolster-compare',
  component: 'poolster-compare',
  args: { lang: 'nl', view: 'matrix', anonymous: false, count: 19 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'fr', 'en'] },
    view: { control: 'select', options: ['matrix', 'distribution', 'challenges', 'comments', 'priorities', 'inspire', 'cycles', 'teams'] },
  },
  loaders: [async () => ({ instrument: await loadGo() })],
  render: (args, { loaded }) => {
    const instrument = (loaded as { instrument: Instrument }).instrument;
    return html`<poolster-compare
      .instrument=${instrument}
      .entries=${syntheticEntries(instrument, args.count)}
      view=${args.view}
      lang=${args.lang}
      ?anonymous=${args.anonymous}
    ></poolster-compare>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const NineteenCentres: Story = {};
export const CommonChallenges: Story = { args: { view: 'challenges' } };
export const WhoInspiresWhom: Story = { args: { view: 'inspire' } };
export const Priorities: Story = { args: { view: 'priorities' } };
export const Cycles: Story = { args: { view: 'cycles' } };
export const TeamRounds: Story = { args: { view: 'teams' } };
export const Anonymous: Story = { args: { anonymous: true } };
export const ThousandResponses: Story = { args: { count: 1000, view: 'distribution' } };
