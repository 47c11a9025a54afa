import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { GO_BLOCKS, GO_BLOCKS_WITH_CONTEXT } from '../block-pick/block-pick.stories.js';
import { inAForm } from '../form-control/stories.js';

type Args = { value: string[]; error: string; readonly: boolean; lang: string; context: boolean };
const meta: Meta<Args> = {
  title: 'Parts/poolster-block-ranking',
  component: 'poolster-block-ranking',
  args: { value: ['prevention', 'integral-policy'], error: '', readonly: false, lang: 'nl', context: false },
  render: (a) => html`<poolster-block-ranking
    legend="Op korte termijn wensen we prioritair in te zetten op deze 3 (tot max. 5) bouwstenen"
    .blocks=${a.context ? GO_BLOCKS_WITH_CONTEXT('ranking') : GO_BLOCKS}
    slot-label="Prioriteit {n}"
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
/** As in the scan: the suggested blocks (largest growth) first, every block with its stage → ambition; one click adds. */
export const WithSuggestions: StoryObj<Args> = { args: { value: ['prevention'], context: true } };
export const AtMaximum: StoryObj<Args> = {
  args: { value: ['prevention', 'integral-policy', 'strong-teamwork', 'student-advocate', 'internal-partnership'], context: true },
};
export const French: StoryObj<Args> = { args: { lang: 'fr', context: true } };
/** In a plain `<form>`: the ranked block ids under `name`, the most important first; fewer than `min`, the form is not sent. */
export const InAForm: StoryObj<Args> = {
  render: (a) => inAForm(html`<poolster-block-ranking name="priorities" required legend="Onze prioriteiten" .blocks=${GO_BLOCKS} min="2" max="3" lang=${a.lang}></poolster-block-ranking>`),
};
