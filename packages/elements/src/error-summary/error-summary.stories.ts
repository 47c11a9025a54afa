import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Args = { lang: string };
const meta: Meta<Args> = {
  title: 'Parts/poolster-error-summary',
  component: 'poolster-error-summary',
  args: { lang: 'nl' },
  render: (a) => html`<poolster-error-summary
    lang=${a.lang}
    .errors=${[
      { target: 'current-stage', message: 'Kies het stadium waarin jullie centrum zich vandaag bevindt voor ‘Preventie’.' },
      { target: 'centre-name', message: 'Vul ‘Naam van het centrum’ in.' },
    ]}
  ></poolster-error-summary>`,
};
export default meta;
export const TwoErrors: StoryObj<Args> = {};
