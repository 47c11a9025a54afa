import { expect } from '@open-wc/testing';
import { ambition, ambitionIds, chooseAmbition, chooseStage, clearVotes, clickButton, fakeRound, mountVote, settle, stageRadios, status, text, until, $ } from './vote.test-helpers.js';

describe('poolster-vote: joining and placing', () => {
  beforeEach(clearVotes);

  it('shows the join form, accessible, with the code field labelled and described', async () => {
    const el = await mountVote(await fakeRound());
    await expect(el).to.be.accessible();
    const input = $<HTMLInputElement>(el, '#code')!;
    expect(text(el, 'label[for=code]')).to.equal('Deelnamecode');
    expect(input.getAttribute('aria-describedby')).to.equal('code-hint');
    expect(input.value).to.equal('');
  });

  it('joins at once with the code of the link (spaces, dashes and lower case allowed)', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: `${round.code.slice(0, 3).toLowerCase()}-${round.code.slice(3)}` });
    await until(() => $(el, '#block-title') !== null);
    expect(round.joins).to.deep.equal([round.code]);
    expect(text(el, '.position')).to.equal('Bouwsteen 1 van 3');
    expect(text(el, '#block-title')).to.equal('Bouwsteen 4.1 Behartiger van de leerling');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('says plainly that a code is wrong or closed, and that too many tries must wait; the field keeps what was typed', async () => {
    const round = await fakeRound();
    const el = await mountVote(round);
    const input = $<HTMLInputElement>(el, '#code')!;
    input.value = 'WRONG1';
    input.dispatchEvent(new Event('input'));
    await clickButton(el, 'Deelnemen');
    await until(() => text(el, '.error-message') !== '');
    expect(text(el, '.error-message')).to.contain('Er is geen open ronde met deze code');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('code-error code-hint');
    expect($<HTMLInputElement>(el, '#code')!.value).to.equal('WRONG1');
    await expect(el).to.be.accessible();

    round.rateLimited = true;
    input.value = round.code;
    input.dispatchEvent(new Event('input'));
    await clickButton(el, 'Deelnemen');
    await until(() => text(el, '.error-message').includes('Te veel pogingen'));
    await expect(el).to.be.accessible();

    round.rateLimited = false;
    await clickButton(el, 'Deelnemen');
    await until(() => $(el, '#block-title') !== null);
  });

  it('asks for a code when none was typed, in the page language', async () => {
    const el = await mountVote(await fakeRound(), { lang: 'fr' });
    await clickButton(el, 'Participer');
    expect(text(el, '.error-message')).to.contain('Tapez le code');
  });

  it('shows the blocks one at a time with their stage descriptions; back and next move between them, each accessible', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    const seen: string[] = [];
    for (let n = 1; n <= 3; n++) {
      await settle(el);
      expect(text(el, '.position')).to.equal(`Bouwsteen ${n} van 3`);
      seen.push(text(el, '#block-title'));
      expect(stageRadios(el)).to.have.length(4);
      expect(text(el, 'poolster-stage-picker')).to.equal('');
      const description = stageRadios(el)[0]!.getAttribute('aria-describedby')!.split(' ').at(-1)!;
      expect($(el, 'poolster-stage-picker')!.shadowRoot!.getElementById(description)!.textContent!.length).to.be.greaterThan(20);
      await expect(el).to.be.accessible();
      if (n < 3) await clickButton(el, 'Volgende bouwsteen');
    }
    expect(new Set(seen).size).to.equal(3);
    expect([...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.hidden).map((b) => b.textContent!.trim())).to.deep.equal(['Vorige bouwsteen']);
    await clickButton(el, 'Vorige bouwsteen');
    expect(text(el, '.position')).to.equal('Bouwsteen 2 van 3');
  });

  it('sends every choice at once with the whole ballot, and says it was sent', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    expect(status(el)).to.equal('Nog niet geplaatst.');
    await chooseStage(el, 1);
    await until(() => status(el).startsWith('Verstuurd'));
    const token = round.tokensIssued[0]!;
    expect(round.ballotOf(token)).to.deep.equal({ 'student-advocate': { generation: 0, current: 'planned' } });
    await expect(el).to.be.accessible();

    await clickButton(el, 'Volgende bouwsteen');
    await chooseStage(el, 2);
    await until(() => status(el).startsWith('Verstuurd'));
    const last = round.votes.at(-1)!;
    expect(last.ballot).to.deep.equal({
      format: 'poolster-ballot',
      version: 1,
      placements: { 'student-advocate': { generation: 0, current: 'planned' }, prevention: { generation: 0, current: 'integrated' } },
    });
    expect(text(el, '.quiet')).to.equal('Je plaatste 2 van de 3 bouwstenen.');
  });

  it('offers only "keep" and the later stages as the ambition, after the current stage, and drops an ambition the new stage passed', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    expect(ambition(el)).to.equal(null);
    expect(text(el, '.ambition-later')).to.contain('Kies eerst het huidige stadium');
    await chooseStage(el, 1);
    expect(ambitionIds(el)).to.deep.equal(['keep', 'evolve-integrated', 'evolve-systematic']);
    await chooseAmbition(el, 'evolve-integrated');
    await until(() => round.ballotOf(round.tokensIssued[0]!)['student-advocate']?.ambition === 'evolve-integrated');
    await expect(el).to.be.accessible();
    await chooseStage(el, 2);
    expect(ambitionIds(el)).to.deep.equal(['keep', 'evolve-systematic']);
    await until(() => status(el).startsWith('Verstuurd'));
    expect(round.ballotOf(round.tokensIssued[0]!)['student-advocate']).to.deep.equal({ generation: 0, current: 'integrated' });
  });

  it('asks no ambition when the round does not', async () => {
    const round = await fakeRound({ askAmbition: false });
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    await chooseStage(el, 0);
    expect(ambition(el)).to.equal(null);
    expect($(el, '.ambition-later')).to.equal(null);
  });

  it('locks the choices of a revealed block and says the team discusses it', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    await chooseStage(el, 1);
    await until(() => status(el).startsWith('Verstuurd'));
    round.reveal('student-advocate');
    await until(() => status(el) === 'Het team bespreekt deze bouwsteen nu: de keuzes liggen vast.');
    await settle(el);
    expect($(el, 'poolster-stage-picker')!.hasAttribute('readonly')).to.equal(true);
    expect(stageRadios(el).filter((r) => !r.disabled).map((r) => r.value)).to.deep.equal(['planned']);
    const before = round.votes.length;
    stageRadios(el)[2]!.click();
    await settle(el);
    expect(round.votes.length).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('opens a block again after a re-vote: the choice cleared, with a notice until the participant chooses again', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    await chooseStage(el, 3);
    await until(() => status(el).startsWith('Verstuurd'));
    round.reveal('student-advocate');
    round.revote('student-advocate');
    await until(() => $(el, '.revote') !== null);
    await settle(el);
    expect(text(el, '.revote')).to.contain('Het team stemt opnieuw over deze bouwsteen');
    expect(stageRadios(el).some((r) => r.checked)).to.equal(false);
    expect(status(el)).to.equal('Nog niet geplaatst.');
    await expect(el).to.be.accessible();
    await chooseStage(el, 2);
    await until(() => status(el).startsWith('Verstuurd'));
    expect($(el, '.revote')).to.equal(null);
    expect(round.ballotOf(round.tokensIssued[0]!)['student-advocate']).to.deep.equal({ generation: 1, current: 'integrated' });

    // A block the participant had not placed yet opens again without a notice: nothing was cleared.
    round.revote('prevention');
    await clickButton(el, 'Volgende bouwsteen');
    expect(text(el, '.position')).to.equal('Bouwsteen 2 van 3');
    expect($(el, '.revote')).to.equal(null);
  });

  it('thanks the participant when the round closes, and forgets the ballot on this device', async () => {
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    await chooseStage(el, 0);
    await until(() => status(el).startsWith('Verstuurd'));
    expect(localStorage.getItem(`poolster-vote:${round.code}`)).to.not.equal(null);
    round.close();
    await until(() => text(el, '#done-title') === 'Bedankt');
    expect(text(el, '.done p')).to.contain('De ronde is gesloten');
    expect(localStorage.getItem(`poolster-vote:${round.code}`)).to.equal(null);
    expect(round.watching).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
