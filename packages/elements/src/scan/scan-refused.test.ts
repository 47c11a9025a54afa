import { expect, oneEvent } from '@open-wc/testing';
import { validateResponse, type Response as ScanResponse } from '@poolster/schema';
import { syntheticEntries } from '../compare/synthetic-entries.test-helpers.js';
import { $, clearDrafts, clickButton, focused, goInstrument, heading, mountScan, settle, stubApiFetch, tick, type ApiFetchStub } from './scan.test-helpers.js';
import type { Refusal } from './refusals.js';

/**
 * A server that checks what it receives refuses some answers: HTTP 400 with
 * `{ error, code, issues: [{ code, path, message }] }`. The scan shows each refused answer at its field
 * and in the error summary, with the server's message, instead of "code 400". The endpoint is faked the
 * way `stubApiFetch` fakes it (the elements' browser tests have no server of their own).
 */

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** A complete, valid GO! draft, as if the team had answered everything. */
async function completeDraft(): Promise<ScanResponse> {
  const instrument = await goInstrument();
  // The generator makes sent scans; the team's is a draft until the server takes it.
  const { submittedAt: _sent, ...response } = syntheticEntries(instrument, 1, 7)[0]!.response as ScanResponse;
  const draft: ScanResponse = { ...response, status: 'draft' };
  expect(validateResponse(instrument, draft).filter((i) => i.severity === 'error')).to.deep.equal([]);
  return draft;
}

const REFUSAL = {
  error: 'De antwoorden zijn niet aanvaard.',
  code: 'invalid-response',
  issues: [
    { code: 'answer.too-many', path: 'blocks.prevention.levers.choices', message: 'Kies er hoogstens 2 (zegt de server).' },
    { code: 'answer.too-long', path: 'blocks.prevention.levers.comment', message: 'Deze toelichting is te lang voor de server.' },
    { code: 'host.centre-unknown', path: 'context.centre-name', message: 'Dit centrum is niet gekend.' },
    { code: 'host.round-closed', path: 'submittedAt', message: 'De ronde is afgesloten.' },
  ],
};

describe('poolster-scan: answers the server refused', () => {
  let api: ApiFetchStub;
  beforeEach(() => {
    api = stubApiFetch();
  });
  afterEach(() => {
    api.restore();
    clearDrafts();
  });

  it('shows each refused answer at its field and in the summary, with the server\'s words, and sends again once fixed', async () => {
    const el = await mountScan(await goInstrument(), { action: '/api/responses' });
    el.value = await completeDraft();
    await settle(el);
    $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
    await settle(el);

    api.reply = () => new Response(JSON.stringify(REFUSAL), { status: 400, headers: { 'Content-Type': 'application/json' } });
    const failed = oneEvent(el, 'poolster-error');
    await clickButton(el, 'Antwoorden definitief verzenden');
    const { detail } = await failed;
    await settle(el);
    expect(new Headers(api.calls[0]!.init.headers).get('Accept-Language'), 'the server is asked to answer in the interface language').to.equal('nl');
    expect(detail.kind).to.equal('submit');
    expect((detail.refusals as Refusal[]).map((r) => r.path)).to.deep.equal([
      ['blocks', 'prevention', 'levers', 'choices'],
      ['blocks', 'prevention', 'levers', 'comment'],
      ['context', 'centre-name'],
      ['submittedAt'],
    ]);

    const problem = squash($(el, '.notice.problem').textContent);
    expect(problem).to.not.contain('code 400');
    expect(problem).to.contain('De server aanvaardde niet alle antwoorden');
    expect(problem, 'what is not about one field is said here').to.contain('De ronde is afgesloten.');
    const summary = $(el, 'poolster-error-summary');
    expect(focused(el)).to.equal('poolster-error-summary.summary');
    expect([...summary.shadowRoot!.querySelectorAll('a')].map((a) => squash(a.textContent))).to.deep.equal([
      // The server's words do not name the field: the field's own label does, as the page shows it.
      'Preventie – Ervaart ons centrum bepaalde hefbomen in de organisatiecontext die de huidige situering van ‘Preventie’ motiveren of kaderen? – Kies er hoogstens 2 (zegt de server).',
      'Preventie – Toelichting bij ‘Hefbomen’ – Deze toelichting is te lang voor de server.',
      'Naam van het centrum – Dit centrum is niet gekend.',
    ]);
    expect(el.value!.status, 'the draft stays a draft').to.equal('draft');
    await expect(el).to.be.accessible();

    summary.shadowRoot!.querySelector('a')!.click();
    await settle(el);
    expect(heading(el)).to.equal('4.3 Preventie');
    expect(focused(el)).to.equal('poolster-choice-group[block/prevention/levers]');
    const levers = $(el, '[data-field="block/prevention/levers"]');
    expect(squash(levers.shadowRoot!.querySelector('.error-message')!.textContent)).to.equal('Fout: Kies er hoogstens 2 (zegt de server).');
    const comment = $(el, '[data-field="block/prevention/levers/comment"]');
    expect(comment.getAttribute('aria-invalid')).to.equal('true');
    expect(squash(comment.closest('.text-field')!.querySelector('.error-message')!.textContent)).to.equal('Fout: Deze toelichting is te lang voor de server.');
    await expect(el).to.be.accessible();

    await tick(el, 'block/prevention/levers', 'neen');
    expect(levers.shadowRoot!.querySelector('.error-message') === null, 'a changed answer drops what the server said about it').to.equal(true);
    expect(comment.closest('.text-field')!.querySelector('.error-message'), 'the comment was not changed').to.not.equal(null);

    await clickButton(el, 'Terug naar verzenden');
    expect(heading(el)).to.equal('Verzenden');
    expect([...$(el, 'poolster-error-summary').shadowRoot!.querySelectorAll('a')].map((a) => squash(a.textContent)), 'what is still refused is listed again').to.deep.equal([
      'Preventie – Toelichting bij ‘Hefbomen’ – Deze toelichting is te lang voor de server.',
      'Naam van het centrum – Dit centrum is niet gekend.',
    ]);

    api.reply = () => new Response('{}', { status: 201 });
    const submitted = oneEvent(el, 'poolster-submitted');
    await clickButton(el, 'Antwoorden definitief verzenden');
    await submitted;
    await settle(el);
    expect(heading(el)).to.equal('Scan verstuurd');
    expect(api.calls).to.have.length(2);
  });

  it('says what the server said when it names no field, in the interface language asked for', async () => {
    const el = await mountScan(await goInstrument(), { action: '/api/responses', lang: 'en' });
    el.value = await completeDraft();
    await settle(el);
    $(el, 'poolster-progress-nav').dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' } }));
    await settle(el);
    api.reply = () =>
      new Response(JSON.stringify({ error: 'Not accepted.', code: 'not-submitted', issues: [{ code: 'host.not-submitted', path: 'status', message: 'Only sent scans are stored.' }] }), {
        status: 400,
      });
    const failed = oneEvent(el, 'poolster-error');
    await clickButton(el, 'Send answers for good');
    await failed;
    await settle(el);
    expect(new Headers(api.calls[0]!.init.headers).get('Accept-Language')).to.equal('en');
    expect(squash($(el, '.notice.problem').textContent)).to.equal(
      'Sending did not work: the server refused the answers: Only sent scans are stored. Your answers are still saved on this device. Try again.',
    );
    expect(el.shadowRoot!.querySelector('poolster-error-summary') === null, 'no error summary when the server names no field').to.equal(true);

    api.reply = () => new Response('not json', { status: 400 });
    const again = oneEvent(el, 'poolster-error');
    await clickButton(el, 'Try again');
    await again;
    await settle(el);
    expect(squash($(el, '.notice.problem').textContent), 'a 400 without issues reads as before').to.contain('(code 400)');
    await expect(el).to.be.accessible();
  });
});
