import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ProgressStep } from './progress-nav.js';

const steps: ProgressStep[] = [
  { id: 'intro', label: 'Inleiding' },
  { id: 'b1', label: '4.1 Behartiger van de leerling', group: 'De leerlingenbegeleiding geboden door CLB', state: 'complete' },
  { id: 'b2', label: '4.2 Geïntegreerde benadering van de kernprocessen', group: 'De leerlingenbegeleiding geboden door CLB', state: 'incomplete' },
  { id: 'b3', label: '4.3 Preventie', group: 'De leerlingenbegeleiding geboden door CLB', state: 'not-started' },
  { id: 'overview', label: 'Controleer je antwoorden' },
];
type Args = { current: string; lang: string };
const meta: Meta<Args> = {
  title: 'Parts/poolster-progress-nav',
  component: 'poolster-progress-nav',
  args: { current: 'b2', lang: 'nl' },
  render: (a) => html`<poolster-progress-nav .steps=${steps} current=${a.current} lang=${a.lang}></poolster-progress-nav>`,
};
export default meta;
export const Default: StoryObj<Args> = {};
export const English: StoryObj<Args> = { args: { lang: 'en', current: 'b3' } };
