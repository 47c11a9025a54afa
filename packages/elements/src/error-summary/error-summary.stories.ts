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
      { target: 'ambition', message: 'Naar de toekomst willen we – Beantwoord deze vraag.' },
      { target: 'levers', message: 'Hefbomen – "neen" kan niet samen met andere antwoorden gekozen worden.' },
    ]}
  ></poolster-error-summary>`,
};
export default meta;
export const TwoErrors: StoryObj<Args> = {};
