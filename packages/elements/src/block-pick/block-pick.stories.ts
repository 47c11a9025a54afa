import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BlockOption } from './block-pick.js';

export const GO_BLOCKS: BlockOption[] = [
  ['student-advocate', '4.1 Behartiger van de leerling', 'De leerlingenbegeleiding geboden door CLB'],
  ['integrated-core-processes', '4.2 Geïntegreerde benadering van de kernprocessen', 'De leerlingenbegeleiding geboden door CLB'],
  ['prevention', '4.3 Preventie', 'De leerlingenbegeleiding geboden door CLB'],
  ['strong-teamwork', '5.1 Sterk teamwerk', 'Sterke partnerschappen binnen het ecosysteem'],
  ['internal-partnership', '5.2 Sterk partnerschap: intern binnen GO!', 'Sterke partnerschappen binnen het ecosysteem'],
  ['integral-policy', '6.1 Integraal beleid', 'Het CLB-beleid'],
].map(([id, label, group]) => ({ id: id!, label: label!, group: group! }));

type Args = { value: string[]; none: boolean; error: string; readonly: boolean; lang: string };
const meta: Meta<Args> = {
  title: 'Parts/poolster-block-pick',
  component: 'poolster-block-pick',
  args: { value: [], none: false, error: '', readonly: false, lang: 'nl' },
  render: (a) => html`<poolster-block-pick
    legend="Voor deze bouwstenen denken we dat ons centrum een inspirerende praktijk kan zijn (max. 3)"
    .blocks=${GO_BLOCKS}
    max="3"
    none-label="Wij zitten momenteel nog niet op het punt dat we een inspirerende praktijk kunnen bieden."
    .value=${a.value}
    ?none=${a.none}
    .error=${a.error}
    ?readonly=${a.readonly}
    lang=${a.lang}
  ></poolster-block-pick>`,
};
export default meta;
export const Empty: StoryObj<Args> = {};
export const Full: StoryObj<Args> = { args: { value: ['prevention', 'strong-teamwork', 'integral-policy'] } };
export const NotYet: StoryObj<Args> = { args: { none: true } };
export const ReadOnly: StoryObj<Args> = { args: { value: ['prevention'], readonly: true } };
