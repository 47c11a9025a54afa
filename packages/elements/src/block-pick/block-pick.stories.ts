import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BlockOption } from './block-pick.js';
import { inAForm } from '../form-control/stories.js';

export const GO_BLOCKS: BlockOption[] = [
  ['student-advocate', '4.1 Behartiger van de leerling', 'De leerlingenbegeleiding geboden door CLB'],
  ['integrated-core-processes', '4.2 Geïntegreerde benadering van de kernprocessen', 'De leerlingenbegeleiding geboden door CLB'],
  ['prevention', '4.3 Preventie', 'De leerlingenbegeleiding geboden door CLB'],
  ['strong-teamwork', '5.1 Sterk teamwerk', 'Sterke partnerschappen binnen het ecosysteem'],
  ['internal-partnership', '5.2 Sterk partnerschap: intern binnen GO!', 'Sterke partnerschappen binnen het ecosysteem'],
  ['integral-policy', '6.1 Integraal beleid', 'Het CLB-beleid'],
].map(([id, label, group]) => ({ id: id!, label: label!, group: group! }));

/** The same blocks as the scan gives them after the team placed them: stage → ambition, and suggestions. */
export const GO_BLOCKS_WITH_CONTEXT = (kind: 'pick' | 'ranking'): BlockOption[] => {
  const details: Record<string, string> = {
    'student-advocate': 'Planmatig → Geïntegreerd',
    'integrated-core-processes': 'Fragmentair → Systematisch',
    prevention: 'Systematisch (aanhouden)',
    'strong-teamwork': 'Planmatig → Systematisch',
    'internal-partnership': 'Geïntegreerd (aanhouden)',
    'integral-policy': 'Systematisch (aanhouden)',
  };
  const suggestions: Record<string, string> =
    kind === 'pick'
      ? { prevention: 'voorstel: jullie hoogste stadium', 'integral-policy': 'voorstel: jullie hoogste stadium' }
      : { 'integrated-core-processes': 'voorstel: 3 stadia groei', 'strong-teamwork': 'voorstel: 2 stadia groei', 'student-advocate': 'voorstel: 1 stadium groei' };
  return GO_BLOCKS.map((b) => ({ ...b, detail: details[b.id]!, ...(suggestions[b.id] ? { suggestion: suggestions[b.id]! } : {}) }));
};

type Args = { value: string[]; none: boolean; error: string; readonly: boolean; lang: string; context: boolean };
const meta: Meta<Args> = {
  title: 'Parts/poolster-block-pick',
  component: 'poolster-block-pick',
  args: { value: [], none: false, error: '', readonly: false, lang: 'nl', context: false },
  render: (a) => html`<poolster-block-pick
    legend="Voor deze bouwstenen denken we dat ons centrum een inspirerende praktijk kan zijn (max. 3)"
    .blocks=${a.context ? GO_BLOCKS_WITH_CONTEXT('pick') : GO_BLOCKS}
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
/** As in the scan: each block's stage → ambition, the blocks at the highest stage suggested (nothing ticked). */
export const WithContext: StoryObj<Args> = { args: { context: true } };
/** In a plain `<form>`: each picked block id under `name`, "none" as `name-none`; required and empty, the form is not sent. */
export const InAForm: StoryObj<Args> = {
  render: (a) =>
    inAForm(html`<poolster-block-pick name="inspiring" required legend="Voor deze bouwstenen zijn we een inspirerende praktijk (max. 3)" .blocks=${GO_BLOCKS} max="3" none-label="Nog niet" lang=${a.lang}></poolster-block-pick>`),
};
