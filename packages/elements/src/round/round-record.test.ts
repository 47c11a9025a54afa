import { expect, oneEvent } from '@open-wc/testing';
import { validateResponse, type Response as ScanResponse } from '@poolster/schema';
import { FakeDraftServer } from '../drafts/fake-draft-server.test-helpers.js';
import { clearDrafts, goInstrument, storedDraft, stubApiFetch } from '../scan/scan.test-helpers.js';
import { sampleGoResponse } from '../shared/stories.js';
import { until } from '../shared/wait.test-helpers.js';
import { FakeRoundBackend, goToBlock, inRound, mountScanWithRound, settleRound } from './round.test-helpers.js';

/** Writes what the autosave still has pending, as leaving the page does. */
const flushAutosave = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));

async function press(round: HTMLElement, text: string): Promise<void> {
  const button = [...round.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}" in the round`);
  button.click();
}

/** A complete GO! draft: the team only has to record its round and send. */
async function completeDraft(): Promise<ScanResponse> {
  const { submittedAt: _s, ...rest } = sampleGoResponse(await goInstrument());
  return { ...rest, id: crypto.randomUUID(), status: 'draft' };
}

describe('poolster-scan recordTeamRound: the team round in the response', () => {
  afterEach(() => clearDrafts());

  it('a revealed block recorded with a note is in scan.value.team, survives a reload, and is in the sent response, which validates', async () => {
    const api = stubApiFetch();
    try {
      const instrument = await goInstrument();
      const backend = new FakeRoundBackend();
      const draftKey = `record-${Date.now()}`;
      const { scan, round } = await mountScanWithRound(instrument, backend, { draftKey });
      scan.value = await completeDraft();
      // Opening a draft given by the host may load its part first: the scan's update waits for it.
      await settleRound(scan);
      await goToBlock(scan, 'prevention');
      await press(round, 'Start a team round');
      await settleRound(scan);
      const id = backend.current.id;
      for (const stage of ['planned', 'planned', 'systematic', 'fragmentary']) backend.place(id, backend.join(id), 'prevention', stage);
      await settleRound(scan);
      await press(round, 'Reveal');
      await settleRound(scan);
      expect(inRound(round, '.spread').textContent).to.contain('wide spread');
      const note = inRound<HTMLTextAreaElement>(round, 'textarea');
      note.value = 'Systematisch voor de leerlingenbegeleiding, fragmentair voor de scholen.';
      note.dispatchEvent(new Event('input'));
      await press(round, 'Record');
      await settleRound(scan);
      const team = scan.value!.team!['prevention']!;
      expect(team.votes).to.deep.include({ participants: 4, current: { planned: 2, systematic: 1, fragmentary: 1 } });
      expect(team.note).to.equal('Systematisch voor de leerlingenbegeleiding, fragmentair voor de scholen.');

      flushAutosave();
      expect(storedDraft(scan)?.response.team, 'kept on the device').to.deep.equal(scan.value!.team);
      scan.remove();

      const again = await mountScanWithRound(instrument, backend, { draftKey });
      expect(again.scan.value!.team, 'after a reload').to.deep.equal({ prevention: team });
      expect(again.scan.value!.status).to.equal('draft');

      // Sent: through the confirmation step, as the team does.
      again.scan.action = '/api/scans';
      const nav = again.scan.shadowRoot!.querySelector('poolster-progress-nav')!;
      nav.dispatchEvent(new CustomEvent('poolster-navigate', { detail: { stepId: 'confirm' }, bubbles: true, composed: true }));
      await settleRound(again.scan);
      const submitted = oneEvent(again.scan, 'poolster-submitted');
      again.scan.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await submitted;
      expect(api.calls).to.have.length(1);
      const sent = JSON.parse(String(api.calls[0]!.init.body)) as ScanResponse;
      expect(sent.team).to.deep.equal({ prevention: team });
      expect(validateResponse(instrument, sent)).to.deep.equal([]);
    } finally {
      api.restore();
    }
  });

  it('the server draft carries the team round too', async () => {
    const server = new FakeDraftServer();
    try {
      const instrument = await goInstrument();
      const { scan } = await mountScanWithRound(instrument, new FakeRoundBackend());
      scan.draftUrl = server.url;
      scan.instrument = structuredClone(instrument);
      await settleRound(scan);
      scan.value = await completeDraft();
      await settleRound(scan);
      const votes = { participants: 3, current: { integrated: 3 }, revealedAt: '2026-12-04T10:00:00Z' };
      expect(scan.recordTeamRound('strong-teamwork', { votes, note: 'Eensgezind.' })).to.equal(true);
      flushAutosave();
      await until(() => server.draft?.response.team?.['strong-teamwork'] !== undefined, 'the draft reaches the server');
      expect(server.draft!.response.team).to.deep.equal({ 'strong-teamwork': { votes, note: 'Eensgezind.' } });
    } finally {
      server.restore();
    }
  });

  it('refuses what does not fit: an unknown block, unknown stages, counts above the participants, a read-only scan', async () => {
    const instrument = await goInstrument();
    const { scan } = await mountScanWithRound(instrument, new FakeRoundBackend());
    const votes = { participants: 2, current: { planned: 2 } };
    expect(scan.recordTeamRound('no-such-block', { votes })).to.equal(false);
    expect(scan.recordTeamRound('prevention', { votes: { participants: 2, current: { 'no-such-stage': 1 } } })).to.equal(false);
    expect(scan.recordTeamRound('prevention', { votes: { participants: 1, current: { planned: 2 } } })).to.equal(false);
    expect(scan.value!.team, 'nothing changed').to.equal(undefined);
    expect(scan.recordTeamRound('prevention', { votes }), 'the check can pass').to.equal(true);
    scan.readonly = true;
    expect(scan.recordTeamRound('prevention', { votes, note: 'later' })).to.equal(false);
    expect(scan.value!.team!['prevention']!.note).to.equal(undefined);
  });
});
