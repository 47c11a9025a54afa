import type { Instrument, Response } from '@poolster/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loadGo, loadJson, sampleGoResponse } from '../shared/stories.js';

type Args = { lang: string; theme: string };

const meta: Meta<Args> = {
  title: 'Results/poolster-report',
  component: 'poolster-report',
  args: { lang: 'nl', theme: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'fr', 'en'] }, theme: { control: 'inline-radio', options: ['', 'theme-portal', 'theme-dark'] } },
  loaders: [async () => ({ instrument: await loadGo() })],
  render: (args, { loaded }) => {
    const instrument = (loaded as { instrument: Instrument }).instrument;
    return html`<div class=${args.theme}><poolster-report .instrument=${instrument} .response=${sampleGoResponse(instrument)} lang=${args.lang}></poolster-report></div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Report: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const AnotherInstrument: Story = {
  render: (args, { loaded }) => {
    const instrument = (loaded as { instrument: Instrument }).instrument;
    return html`<poolster-report .instrument=${instrument} .response=${{ ...sampleGoResponse(instrument), instrumentId: 'vrij-clb' }} lang=${args.lang}></poolster-report>`;
  },
};

/** The GO! example: priorities, inspiring practices and a team round on four blocks, so the summary shows every part. */
export const GoExampleWithTeamRound: Story = {
  loaders: [async () => ({ instrument: await loadGo(), example: await loadJson<Response>('content/go-clb/examples/response.json') })],
  render: (args, { loaded }) => {
    const { instrument, example } = loaded as { instrument: Instrument; example: Response };
    return html`<div class=${args.theme}><poolster-report .instrument=${instrument} .response=${example} lang=${args.lang}></poolster-report></div>`;
  },
};
