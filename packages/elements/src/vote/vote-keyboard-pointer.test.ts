import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clickText, useLaptopViewport } from '../shared/pointer.test-helpers.js';
import { clearVotes, clickButton, deepActive, fakeRound, mountVote, picker, settle, stageRadios, status, text, until, $ } from './vote.test-helpers.js';

const pageWidth = (): number => document.documentElement.scrollWidth;

describe('poolster-vote: keyboard, pointer and a narrow phone', () => {
  beforeEach(clearVotes);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the whole participation works by keyboard only: code, stages, ambition, next block', async () => {
    const round = await fakeRound();
    const el = await mountVote(round);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('code');
    await sendKeys({ type: round.code.toLowerCase() });
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.id === 'block-title');
    await settle(el);

    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLInputElement).value).to.equal('fragmentary');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(stageRadios(el).find((r) => r.checked)?.value).to.equal('planned');
    await until(() => status(el).startsWith('Verstuurd'));

    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLInputElement).value).to.equal('keep');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    await until(() => round.ballotOf(round.tokensIssued[0]!)['student-advocate']?.ambition === 'evolve-integrated');

    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Volgende bouwsteen');
    await sendKeys({ press: 'Enter' });
    await until(() => text(el, '.position') === 'Bouwsteen 2 van 3');
    await until(() => deepActive()?.id === 'block-title');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await settle(el);
    await until(() => status(el).startsWith('Verstuurd'));
    expect(round.ballotOf(round.tokensIssued[0]!)).to.deep.equal({
      'student-advocate': { generation: 0, current: 'planned', ambition: 'evolve-integrated' },
      prevention: { generation: 0, current: 'fragmentary' },
    });
    // Back is reachable too: past the ambition (offered once the stage is chosen) comes "previous".
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Vorige bouwsteen');
    await sendKeys({ press: 'Enter' });
    await until(() => text(el, '.position') === 'Bouwsteen 1 van 3');
  });

  it('on a phone, a control that gets focus behind the status bar at the bottom is moved above it', async () => {
    await setViewport({ width: 320, height: 640 });
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => deepActive()?.id === 'block-title');
    await settle(el);
    const bar = $(el, '.bar')!;
    expect(getComputedStyle(bar).position).to.equal('sticky');
    // Some browsers scroll a focused control only just into view, which is behind the bar: set that scene.
    const radio = stageRadios(el)[2]!;
    window.scrollBy(0, radio.getBoundingClientRect().bottom - (window.innerHeight - 10));
    const behindBar = () => radio.getBoundingClientRect().bottom > bar.getBoundingClientRect().top;
    expect(behindBar(), 'the scene: the radio behind the bar').to.equal(true);
    radio.focus({ preventScroll: true });
    await until(() => !behindBar());
    expect(radio.getBoundingClientRect().bottom).to.be.at.most(bar.getBoundingClientRect().top);
  });

  it('a real pointer click on a stage description chooses that stage', async () => {
    await useLaptopViewport();
    const round = await fakeRound();
    const el = await mountVote(round, { code: round.code });
    await until(() => $(el, '#block-title') !== null);
    await settle(el);
    const description = picker(el).shadowRoot!.getElementById('desc-integrated')!;
    description.scrollIntoView({ block: 'center' });
    await clickText(description);
    await settle(el);
    expect(stageRadios(el).find((r) => r.checked)?.value).to.equal('integrated');
    await until(() => status(el).startsWith('Verstuurd'));
  });

  it('at 320 px wide nothing overflows: the join form, an error, a block with its ambition and status, the thank-you', async () => {
    await setViewport({ width: 320, height: 640 });
    const round = await fakeRound();
    const el = await mountVote(round);
    expect(pageWidth()).to.be.at.most(320);
    await clickButton(el, 'Deelnemen');
    expect(text(el, '.error-message')).to.not.equal('');
    expect(pageWidth()).to.be.at.most(320);

    const joined = await mountVote(round, { code: round.code });
    await until(() => $(joined, '#block-title') !== null);
    picker(joined).chooseAt(3);
    await settle(joined);
    await until(() => status(joined).startsWith('Verstuurd'));
    expect(joined.getBoundingClientRect().width).to.be.greaterThan(250);
    expect(pageWidth()).to.be.at.most(320);
    for (const button of joined.shadowRoot!.querySelectorAll('button')) {
      if (!button.hidden) expect(button.getBoundingClientRect().right).to.be.at.most(320);
    }
    round.close();
    await until(() => $(joined, '#done-title') !== null);
    expect(pageWidth()).to.be.at.most(320);
  });
});
