import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StageCard } from './stage-picker.js';
import { inAForm } from '../form-control/stories.js';

const stages: StageCard[] = [
  { id: 'fragmentary', label: 'Fragmentair', paragraphs: ['Er zijn in het centrum een beperkt aantal initiatieven, maar dit gebeurt nog ad hoc.'] },
  { id: 'planned', label: 'Planmatig', gloss: 'plan', paragraphs: ['Het CLB erkent de rol en stelt hiervoor een plan van aanpak op.'] },
  { id: 'integrated', label: 'Geïntegreerd', gloss: 'plan + do', paragraphs: ['Leerlingen worden systematisch betrokken in alle fasen.'] },
  { id: 'systematic', label: 'Systematisch', gloss: 'plan + do + check + act', paragraphs: ['De werking is verankerd, gemonitord en wordt voortdurend bijgestuurd.'] },
];
type Args = { value: string; error: string; readonly: boolean; columns: boolean; lang: string };

const meta: Meta<Args> = {
  title: 'Parts/poolster-stage-picker',
  component: 'poolster-stage-picker',
  args: { value: '', error: '', readonly: false, columns: false, lang: 'nl' },
  render: (a) =>
    html`<poolster-stage-picker legend="Op welke wijze is ons centrum vandaag bezig met ‘Preventie’?" .stages=${stages} .value=${a.value || undefined} .error=${a.error} ?readonly=${a.readonly} ?columns=${a.columns} lang=${a.lang}></poolster-stage-picker>`,
};
export default meta;
export const Empty: StoryObj<Args> = {};
export const Chosen: StoryObj<Args> = { args: { value: 'integrated' } };
export const WithError: StoryObj<Args> = { args: { error: 'Beantwoord deze vraag.' } };
export const ReadOnly: StoryObj<Args> = { args: { value: 'planned', readonly: true } };
/** As the scan's presentation mode shows it: the stages side by side as columns (give the element a height). */
export const Columns: StoryObj<Args> = { args: { value: 'planned', columns: true } };
/** In a plain `<form>`: the chosen stage is submitted under `name`; required and empty, the form is not sent. */
export const InAForm: StoryObj<Args> = {
  render: (a) => inAForm(html`<poolster-stage-picker name="stage" required legend="Op welke wijze is ons centrum vandaag bezig met ‘Preventie’?" .stages=${stages} lang=${a.lang}></poolster-stage-picker>`),
};
