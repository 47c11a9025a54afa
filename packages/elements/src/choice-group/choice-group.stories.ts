import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ChoiceOption } from './choice-group.js';
import { inAForm } from '../form-control/stories.js';

const options: ChoiceOption[] = [
  { id: 'no', label: 'nee', exclusive: true },
  { id: 'teams', label: 'ja, tussen de teams' },
  { id: 'sites', label: 'ja, tussen de vestigingen' },
  { id: 'other', label: 'ja, anders:', other: true },
];
type Args = { multiple: boolean; value: string[]; otherText: string; otherMaxLength: number; error: string; otherError: string; note: string; readonly: boolean; lang: string };

const meta: Meta<Args> = {
  title: 'Parts/poolster-choice-group',
  component: 'poolster-choice-group',
  args: { multiple: true, value: [], otherText: '', otherMaxLength: 0, error: '', otherError: '', note: '', readonly: false, lang: 'nl' },
  render: (a) => html`<poolster-choice-group
    legend="Is er een verschil in huidige situering tussen de teams, werkgroepen, disciplines, vestigingen?"
    .options=${options}
    ?multiple=${a.multiple}
    .value=${a.value}
    .otherText=${a.otherText}
    .otherMaxLength=${a.otherMaxLength}
    .error=${a.error}
    .otherError=${a.otherError}
    .note=${a.note}
    ?readonly=${a.readonly}
    lang=${a.lang}
  ></poolster-choice-group>`,
};
export default meta;
export const Checkboxes: StoryObj<Args> = {};
export const Radios: StoryObj<Args> = { args: { multiple: false } };
export const OtherOpen: StoryObj<Args> = { args: { value: ['other'], otherText: 'tussen de regio’s' } };
export const WithErrors: StoryObj<Args> = { args: { value: ['other'], error: 'Kies er hoogstens 2.', otherError: 'Omschrijf wat je bedoelt.' } };
export const WithNote: StoryObj<Args> = { args: { multiple: false, value: ['teams'], note: 'De ambitie ligt niet hoger dan het huidige stadium.' } };
export const OtherNearItsLimit: StoryObj<Args> = { args: { value: ['other'], otherText: 'tussen de regio’s en de', otherMaxLength: 25 } };
export const OtherPastItsLimit: StoryObj<Args> = { args: { value: ['other'], otherText: 'tussen de regio’s en de vestigingen', otherMaxLength: 25 } };

const ambitions: ChoiceOption[] = [
  { id: 'keep', label: 'dit aanhouden' },
  { id: 'evolve-planned', label: 'evolueren naar planmatig', unavailable: 'Niet mogelijk: jullie centrum staat al op Geïntegreerd.' },
  { id: 'evolve-integrated', label: 'evolueren naar geïntegreerd', unavailable: 'Niet mogelijk: jullie centrum staat al op Geïntegreerd.' },
  { id: 'evolve-systematic', label: 'evolueren naar systematisch' },
];
/** An ambition at Integrated: the options at or below it say why they cannot be chosen. */
export const UnavailableOptions: StoryObj<Args> = {
  args: { multiple: false },
  render: (a) => html`<poolster-choice-group legend="Naar de toekomst willen we:" .options=${ambitions} .value=${a.value} lang=${a.lang}></poolster-choice-group>`,
};
/** In a plain `<form>`: each chosen id under `name`, the "other" text under `name-other`; required and empty, the form is not sent. */
export const InAForm: StoryObj<Args> = {
  render: (a) => inAForm(html`<poolster-choice-group name="subgroups" required multiple legend="Is er een verschil tussen de teams?" .options=${options} lang=${a.lang}></poolster-choice-group>`),
};
