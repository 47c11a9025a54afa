import { expect } from '@open-wc/testing';
import { teamDisagreement, validateResponse, type Instrument, type Response } from '@poolster/schema';
import { syntheticEntries } from './synthetic-entries.test-helpers.js';

async function load(path: string): Promise<Instrument> {
  return (await (await fetch(new URL(path, import.meta.url))).json()) as Instrument;
}

describe('syntheticEntries', () => {
  let go: Instrument;
  let three: Instrument;
  let six: Instrument;
  before(async () => {
    go = await load('../../../../content/go-clb/instrument.json');
    three = await load('../../../schema/test/fixtures/three-stages.instrument.json');
    six = await load('../../../schema/test/fixtures/six-stages.instrument.json');
  });

  it('makes 200 GO! responses that all pass validateResponse, complete and without warnings', () => {
    const entries = syntheticEntries(go, 200);
    expect(entries).to.have.length(200);
    const failing = entries
      .map((e, i) => ({ i, issues: validateResponse(go, e.response, { requireComplete: true }) }))
      .filter((r) => r.issues.length > 0);
    expect(JSON.stringify(failing.slice(0, 3))).to.equal('[]');
  });

  it('answers every block question of every block, with ambitions at or above the current stage', () => {
    const stageIndex = new Map(go.stages.map((s, i) => [s.id, i]));
    const ambition = go.blockQuestions.find((q) => q.type === 'ambition')!;
    const options = new Map('options' in ambition ? ambition.options.map((o) => [o.id, 'stage' in o ? o.stage : undefined]) : []);
    for (const { response } of syntheticEntries(go, 50, 7)) {
      const r = response as Response;
      for (const cluster of go.clusters) {
        for (const block of cluster.blocks) {
          const answers = r.blocks[block.id]!;
          expect(Object.keys(answers).sort()).to.deep.equal(go.blockQuestions.map((q) => q.id).sort());
          const target = options.get(answers['ambition']!.choice!);
          if (target !== undefined) expect(stageIndex.get(target)!).to.be.greaterThan(stageIndex.get(answers['current-stage']!.choice!)!);
        }
      }
      const priorities = r.final['priorities']!.blocks!;
      expect(priorities.length).to.be.within(3, 5);
      const pick = r.final['inspiring-practices']!;
      expect(pick.none === true || (pick.blocks!.length >= 1 && pick.blocks!.length <= 3)).to.equal(true);
    }
  });

  it('passes validateResponse for other instruments too (three and six stages)', () => {
    for (const instrument of [three, six]) {
      const issues = syntheticEntries(instrument, 60, 3).flatMap((e) => validateResponse(instrument, e.response, { requireComplete: true }));
      expect(JSON.stringify(issues.slice(0, 3))).to.equal('[]');
    }
  });

  it('gives about two in five scans team rounds: 3 to 9 people, every one counted once, blocks differing in agreement', () => {
    const responses = syntheticEntries(go, 200).map((e) => e.response as Response);
    const withRounds = responses.filter((r) => r.team !== undefined);
    expect(withRounds.length).to.be.within(50, 110);
    for (const r of withRounds) {
      for (const entry of Object.values(r.team!)) {
        expect(entry.votes!.participants).to.be.within(3, 9);
        expect(Object.values(entry.votes!.current).reduce((a, b) => a + b, 0)).to.equal(entry.votes!.participants);
      }
    }
    const spreads = teamDisagreement(go, responses).map((d) => d.meanSpread);
    expect(spreads.length).to.equal(11);
    expect(spreads[0]! - spreads.at(-1)!).to.be.greaterThan(0.3);
  });

  it('is deterministic: the same seed gives the same output, another seed another', () => {
    expect(JSON.stringify(syntheticEntries(go, 30, 42))).to.equal(JSON.stringify(syntheticEntries(go, 30, 42)));
    expect(JSON.stringify(syntheticEntries(go, 30, 42))).to.not.equal(JSON.stringify(syntheticEntries(go, 30, 43)));
    expect(JSON.stringify(syntheticEntries(go, 5))).to.equal(JSON.stringify(syntheticEntries(go, 5, 1)));
  });

  it('labels "Centrum n", dates in 2024–2026, some centres repeated, unique response ids', () => {
    const entries = syntheticEntries(go, 200);
    expect(entries[0]!.label).to.equal('Centrum 1');
    for (const e of entries) {
      expect(e.label).to.match(/^Centrum \d+$/);
      expect(e.date).to.match(/^202[456]-\d{2}-\d{2}$/);
    }
    const labels = new Set(entries.map((e) => e.label));
    expect(labels.size).to.be.lessThan(200);
    expect(labels.size).to.be.greaterThan(100);
    expect(new Set(entries.map((e) => (e.response as Response).id)).size).to.equal(200);
    const years = new Set(entries.map((e) => e.date!.slice(0, 4)));
    expect([...years].sort()).to.deep.equal(['2024', '2025', '2026']);
  });
});
