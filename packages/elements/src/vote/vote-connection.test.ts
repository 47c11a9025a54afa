import { expect, fixture, html } from '@open-wc/testing';
import { RoundBackendError, type BallotBackend } from '../rounds/round-backend.js';
import { chooseStage, clearVotes, clickButton, fakeRound, goInstrument, mountVote, settle, stageRadios, status, text, until, $ } from './vote.test-helpers.js';
import type { PoolsterVote } from './vote.js';

const stored = (code: string) => JSON.parse(localStorage.getItem(`poolster-vote:${code}`) ?? 'null') as { token: string; placements: Record<string, unknown> } | null;

describe('poolster-vote: nothing is lost', () => {
  beforeEach(clearVotes);

  it('a reload finds the same ballot again: the token and the placements, without joining twice', async () => {
    const round = await fakeRound();
    const first = await mountVote(round, { code: round.code });
    await until(() => $(first, '#block-title') !== null);
    await chooseStage(first, 1);
    await clickButton(first, 'Volgende bouwsteen');
    await chooseStage(first, 2);
    await until(() => status(first).startsWith('Verstuurd'));
    const token = round.tokensIssued[0]!;
    expect(stored(round.code)).to.deep.include({ token });
    first.remove();

    const again = await mountVote(round, { code: round.code });
    await until(() => $(again, '#block-title') !== null);
    await settle(again);
    expect(round.joins).to.have.length(1);
    expect(stageRadios(again).find((r) => r.checked)?.value).to.equal('planned');
    await clickButton(again, 'Volgende bouwsteen');
    expect(stageRadios(again).find((r) => r.checked)?.value).to.equal('integrated');
    expect(status(again)).to.match(/^Verstuurd/);
  });

  it('a reload of the page without a code finds the round this device joined last', async () => {
    const round = await fakeRound();
    const first = await mountVote(round, { code: round.code });
    await until(() => $(first, '#block-title') !== null);
    first.remove();
    const again = await mountVote(round);
    await until(() => $(again, '#block-title') !== null);
    expect(round.joins).to.have.length(1);
  });

  it('typing the code of a round this device joined picks up its ballot instead of starting an empty one', async () => {
    const round = await fakeRound();
    const first = await mountVote(round, { code: round.code });
    await until(() => $(first, '#block-title') !== null);
    await chooseStage(first, 3);
    await until(() => status(first).startsWith('Verstuurd'));
    first.remove();
    localStorage.removeItem('poolster-vote');
    const again = await mountVote(round);
    const input = $<HTMLInputElement>(again, '#code')!;
    input.value = round.code.toLowerCase();
    input.dispatchEvent(new Event('input'));
    await clickButton(again, 'Deelnemen');
    await until(() => $(again, '#block-title') !== null);
    await settle(again);
    expect(round.joins).to.have.length(1);
    expect(stageRadios(again).find((r) => r.checked)?.value).to.equal('systematic');
  });

  it('a dropped connection keeps the choice, says so, and sends it again when the connection is back', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    const token = round.tokensIssued[0]!;
    round.down = true;
    await until(() => $(el, '.offline') !== null);
    await chooseStage(el, 2);
    await until(() => status(el) === 'Wachten op de verbinding: je keuze is bewaard en wordt verstuurd.');
    expect(round.ballotOf(token)).to.deep.equal({});
    expect(stored(round.code)!.placements).to.deep.equal({ 'student-advocate': { generation: 0, current: 'integrated' } });
    await expect(el).to.be.accessible();

    round.down = false;
    await until(() => status(el).startsWith('Verstuurd'));
    expect(round.ballotOf(token)).to.deep.equal({ 'student-advocate': { generation: 0, current: 'integrated' } });
    expect($(el, '.offline')).to.equal(null);
  });

  it('a choice made offline survives a reload and is sent once the server answers again', async () => {
    const round = await fakeRound();
    const first = await mountVote(round, { code: round.code });
    await until(() => $(first, '#block-title') !== null);
    round.down = true;
    await chooseStage(first, 0);
    await until(() => status(first).startsWith('Wachten'));
    first.remove();

    const again = await mountVote(round, { code: round.code });
    await until(() => $(again, '#block-title') !== null);
    await settle(again);
    expect(stageRadios(again).find((r) => r.checked)?.value).to.equal('fragmentary');
    expect(status(again)).to.match(/^Wachten/);
    round.down = false;
    await until(() => status(again).startsWith('Verstuurd'));
    expect(round.ballotOf(round.tokensIssued[0]!)['student-advocate']).to.deep.equal({ generation: 0, current: 'fragmentary' });
  });

  it('the browser coming back online sends what is left, even when the event stream did not notice', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    // Only the requests fail: the stream stays as it is (down without telling watchers).
    const vote = round.vote.bind(round);
    let failing = true;
    round.vote = (token, ballot) => (failing ? Promise.reject(new RoundBackendError(0, 'network', 'offline')) : vote(token, ballot));
    await chooseStage(el, 1);
    await until(() => status(el).startsWith('Wachten'));
    failing = false;
    window.dispatchEvent(new Event('online'));
    await until(() => status(el).startsWith('Verstuurd'));
  });

  it('a stored ballot of a round that was closed meanwhile ends in a thank-you, not an error', async () => {
    const round = await fakeRound();
    const first = await mountVote(round, { code: round.code });
    await until(() => $(first, '#block-title') !== null);
    first.remove();
    round.close();
    const again = await mountVote(round, { code: round.code });
    await until(() => $(again, '#done-title') !== null);
    expect(text(again, '.done p')).to.contain('De ronde is gesloten');
    await expect(again).to.be.accessible();
  });

  it('a token the server no longer knows is forgotten; a closed code then says the round has ended', async () => {
    const round = await fakeRound();
    localStorage.setItem(`poolster-vote:${round.code}`, JSON.stringify({ token: 'gone', placements: {} }));
    round.status = 'closed';
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#done-title') !== null);
    expect(text(el, '.done p')).to.equal('Deze ronde is afgelopen. Bedankt om deel te nemen.');
    expect(localStorage.getItem(`poolster-vote:${round.code}`)).to.equal(null);
  });

  it('never breaks the host page: a backend that throws, an instrument that cannot load, another scan', async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const broken: BallotBackend = {
        join: () => {
          throw new TypeError('backend exploded');
        },
        load: () => Promise.reject(new Error('no')),
        vote: () => Promise.reject(new Error('no')),
        watch: () => {
          throw new Error('no');
        },
      };
      const instrument = await goInstrument();
      const el = await fixture<PoolsterVote>(html`<poolster-vote .backend=${broken} .instrument=${instrument} code="ABCDEF"></poolster-vote>`);
      await until(() => text(el, '.error-message') !== '');
      expect(text(el, '.error-message')).to.contain('backend exploded');

      const missing = await mountVote(await fakeRound(), { src: '/no/such/instrument.json', code: 'ABCDEF' });
      await until(() => $(missing, '.problem') !== null);
      expect(text(missing, '.problem')).to.contain('De scan kon niet geladen worden');
      await expect(missing).to.be.accessible();

      const round = await fakeRound();
      const other = await mountVote(round, { code: round.code, instrument: { ...instrument, id: 'another-scan' } });
      await until(() => $(other, '.problem') !== null);
      expect(text(other, '.problem')).to.contain('andere scan');
      await settle(other);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(thrown).to.deep.equal([]);
  });

  it('loads the instrument from src', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code, src: new URL('../../../../content/go-clb/instrument.json', import.meta.url).href });
    await until(() => $(el, '#block-title') !== null);
    expect(text(el, '#block-title')).to.contain('Behartiger van de leerling');
  });
});
