import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Instrument } from '@poolster/schema';
import { html } from 'lit';
import '../define-rounds.js';
import { loadGo } from '../shared/stories.js';
import { FakeBallotBackend } from './fake-ballot-backend.test-helpers.js';

/**
 * A participant's phone in a team round. The stories speak to an in-memory round (the test double of the
 * protocol), join code K7P3QX; each story gets a fresh round and forgets what an earlier one stored.
 */
type Args = { lang: string; askAmbition: boolean };
type Setup = (round: FakeBallotBackend) => void;

const BLOCKS = ['student-advocate', 'prevention', 'strong-teamwork'];

function fresh(instrument: Instrument, askAmbition: boolean, setup: Setup | undefined): FakeBallotBackend {
  for (const key of Object.keys(localStorage)) if (key.startsWith('poolster-vote')) localStorage.removeItem(key);
  const round = new FakeBallotBackend({ id: instrument.id, version: instrument.version }, BLOCKS, askAmbition);
  setup?.(round);
  return round;
}

const meta: Meta<Args> = {
  title: 'Rounds/poolster-vote',
  component: 'poolster-vote',
  args: { lang: 'nl', askAmbition: true },
  // Made for phones first: Storybook's viewport menu shows it at 320–430 px.
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'fr', 'en'] } },
  loaders: [async () => ({ instrument: await loadGo() })],
  render: (a, { loaded, parameters }) => {
    const instrument = loaded['instrument'] as Instrument;
    const round = fresh(instrument, a.askAmbition, parameters['setup'] as Setup | undefined);
    const code = parameters['join'] === false ? '' : round.code;
    return html`<poolster-vote .backend=${round} .instrument=${instrument} code=${code} lang=${a.lang}></poolster-vote>`;
  },
};
export default meta;

/** Opened without a code: the form asks for the one on the shared screen. */
export const Join: StoryObj<Args> = { parameters: { join: false } };
/** Opened from the link with the code: joined at once, the first block to place. */
export const FirstBlock: StoryObj<Args> = {};
/** A round that does not ask the ambition. */
export const WithoutAmbition: StoryObj<Args> = { args: { askAmbition: false } };
/** The first block is being discussed: its choices are locked. */
export const Revealed: StoryObj<Args> = { parameters: { setup: (round: FakeBallotBackend) => round.reveal('student-advocate') } };
/** In French. */
export const French: StoryObj<Args> = { args: { lang: 'fr' } };
/** A closed round: joining says no round has the code. */
export const ClosedCode: StoryObj<Args> = { parameters: { setup: (round: FakeBallotBackend) => (round.status = 'closed') } };
