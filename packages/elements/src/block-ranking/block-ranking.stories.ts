import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { GO_BLOCKS } from '../block-pick/block-pick.stories.js';

type Args = { value: string[]; error: string; readonly: boolean; lang: string };
const meta: Meta<Args> = {
  title: 'Parts/poolster-block-ranking',
  component: 'poolster-block-ranking',
  args: { value: ['prevention', 'integral-policy'], error: '', readonly: false, lang: 'nl' },
  render: (a) => html`<poolster-block-ranking
    legend="Op korte termijn wensen we prioritair in te zetten op deze 3 (tot max. 5) bouwstenen"
    .blocks=${GO_BLOCKS}
    min="3"
    max="5"
    .value=${a.value}
    .error=${a.error}
    ?readonly=${a.readonly}
    lang=${a.lang}
  ></poolster-block-ranking>`,
};
export default meta;
export const PartlyFilled: StoryObj<Args> = {};
export const Empty: StoryObj<Args> = { args: { value: [] } };
export const WithError: StoryObj<Args> = { args: { error: 'Kies er minstens 3.' } };
export const ReadOnly: StoryObj<Args> = { args: { value: ['prevention', 'integral-policy', 'strong-teamwork'], readonly: true } };
