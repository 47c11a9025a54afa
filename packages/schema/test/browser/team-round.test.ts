import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { teamDisagreement } from '../../src/analysis/team-disagreement.js';
import { voteSpread } from '../../src/analysis/team-spread.js';
import type { Instrument } from '../../src/instrument.js';
import type { Response } from '../../src/response.js';
import type { Ballot, TeamVotes } from '../../src/team-round.js';
import { validateResponse } from '../../src/validate-response.js';
import { clone, pairs, threeStages, threeStagesResponse } from './fixtures.js';

/** The three-stage fixture's response with a team round on "listening": 5 people, 2 emerging and 3 developing. */
async function withTeam(votes: Partial<TeamVotes> = {}, note?: string): Promise<Response> {
  const response = clone(await threeStagesResponse());
  response.team = {
    listening: {
      votes: { participants: 5, current: { emerging: 2, developing: 3 }, ambition: { stay: 1, 'to-embedded': 4 }, revealedAt: '2026-10-01T09:40:00+02:00', ...votes },
      ...(note === undefined ? {} : { note }),
    },
  };
  return response;
}

const schemaErrors = (schema: string, document: unknown): Promise<string[]> => executeServerCommand('validate-json-schema', { schema, document });

describe('validateResponse: team rounds', () => {
  it('accepts a team entry with counts, an ambition and a note, and one with a note only', async () => {
    const response = await withTeam({}, 'We twijfelden tussen twee stadia.');
    response.team!.data = { note: 'No round for this one.' };
    expect(validateResponse(await threeStages(), response)).to.deep.equal([]);
  });

  it('accepts counts that add up to exactly the participants, refuses one more', async () => {
    const instrument = await threeStages();
    expect(validateResponse(instrument, await withTeam({ current: { emerging: 2, developing: 3 } }))).to.deep.equal([]);
    const over = validateResponse(instrument, await withTeam({ current: { emerging: 3, developing: 3 } }));
    expect(pairs(over)).to.deep.equal(['team.counts-above-participants @ team/listening/votes/current']);
    expect(over[0]).to.include({ severity: 'error' });
    expect(over[0]!.params).to.deep.equal({ total: 6, participants: 5 });
  });

  it('checks the ambition counts against the participants too', async () => {
    const issues = validateResponse(await threeStages(), await withTeam({ ambition: { stay: 3, 'to-embedded': 4 } }));
    expect(pairs(issues)).to.deep.equal(['team.counts-above-participants @ team/listening/votes/ambition']);
  });

  it('refuses an unknown stage and an unknown ambition option, at their paths', async () => {
    const issues = validateResponse(await threeStages(), await withTeam({ current: { developing: 3, expert: 1 }, ambition: { stay: 1, someday: 1 } }));
    expect(pairs(issues)).to.have.members(['answer.unknown-stage @ team/listening/votes/current/expert', 'answer.unknown-option @ team/listening/votes/ambition/someday']);
    expect(issues.find((i) => i.code === 'answer.unknown-stage')!.params).to.deep.equal({ stage: 'expert' });
    expect(issues.find((i) => i.code === 'answer.unknown-option')!.params).to.deep.equal({ option: 'someday' });
  });

  it('refuses a team entry for a block the instrument does not have', async () => {
    const response = await withTeam();
    response.team!.ghost = { votes: { participants: 1, current: { emerging: 1 } } };
    expect(pairs(validateResponse(await threeStages(), response))).to.deep.equal(['answer.unknown-block @ team/ghost']);
  });

  it('checks the structure: no participants below 1, no unknown fields, a note of at most 2,000 characters', async () => {
    const response = (await withTeam({ participants: 0 }, 'x'.repeat(2001))) as unknown as { team: Record<string, Record<string, unknown>> };
    response.team.listening!.who = 'Anna';
    const found = pairs(validateResponse(await threeStages(), response));
    expect(found).to.include('structure.too-small @ team/listening/votes/participants');
    expect(found).to.include('structure.too-big @ team/listening/note');
    expect(found).to.include('structure.unknown-key @ team/listening');
  });
});

describe('voteSpread', () => {
  let instrument: Instrument;
  before(async () => {
    instrument = await threeStages();
  });
  const votes = (current: Record<string, number>, participants = Object.values(current).reduce((a, b) => a + b, 0)): TeamVotes => ({ participants, current });

  it('calls one stage for everyone agreement', () => {
    expect(voteSpread(instrument, votes({ developing: 4 }))).to.deep.equal({
      participants: 4,
      counts: [0, 4, 0],
      lowest: 1,
      highest: 1,
      spread: 0,
      level: 'agreement',
      mostChosen: [{ stageId: 'developing', count: 4 }],
    });
  });

  it('calls neighbouring stages some divergence', () => {
    const spread = voteSpread(instrument, votes({ developing: 5, emerging: 2 }));
    expect([spread.counts, spread.lowest, spread.highest, spread.spread, spread.level]).to.deep.equal([[2, 5, 0], 0, 1, 1, 'some-divergence']);
    expect(spread.mostChosen).to.deep.equal([{ stageId: 'developing', count: 5 }]);
  });

  it('calls two or more stages apart wide divergence, and lists a tie in stage order', () => {
    const spread = voteSpread(instrument, votes({ embedded: 3, emerging: 3, developing: 1 }));
    expect([spread.spread, spread.level]).to.deep.equal([2, 'wide-divergence']);
    expect(spread.mostChosen).to.deep.equal([
      { stageId: 'emerging', count: 3 },
      { stageId: 'embedded', count: 3 },
    ]);
  });

  it('ignores unknown stage ids and zero counts', () => {
    const spread = voteSpread(instrument, votes({ ghost: 9, emerging: 0, embedded: 2 }, 11));
    expect([spread.participants, spread.counts, spread.spread, spread.level]).to.deep.equal([11, [0, 0, 2], 0, 'agreement']);
    expect(spread.mostChosen).to.deep.equal([{ stageId: 'embedded', count: 2 }]);
  });

  it('has no lowest, highest or most chosen when nobody chose a known stage', () => {
    const spread = voteSpread(instrument, votes({ ghost: 2 }));
    expect(spread).to.not.have.property('lowest');
    expect(spread).to.not.have.property('highest');
    expect([spread.spread, spread.mostChosen]).to.deep.equal([0, []]);
  });
});

describe('teamDisagreement', () => {
  /** A response whose team rounds have these current-stage counts, by block. */
  async function rounds(byBlock: Record<string, Record<string, number>>): Promise<Response> {
    const response = clone(await threeStagesResponse());
    response.team = Object.fromEntries(
      Object.entries(byBlock).map(([blockId, current]) => [blockId, { votes: { participants: Object.values(current).reduce((a, b) => a + b, 0), current } }]),
    );
    return response;
  }

  it('averages the spread per block over the scans with a round on it, counts wide rounds, most disagreed first', async () => {
    const instrument = await threeStages();
    const a = await rounds({ listening: { emerging: 2, embedded: 1 }, learning: { developing: 3 }, data: { developing: 2, embedded: 2 } });
    const b = await rounds({ listening: { developing: 4 }, data: { embedded: 5 } });
    const c = await rounds({ listening: { emerging: 1, developing: 1 } });
    const none = clone(await threeStagesResponse());
    const noteOnly = clone(await threeStagesResponse());
    noteOnly.team = { learning: { note: 'Geen stemming, wel besproken.' } };
    expect(teamDisagreement(instrument, [a, b, c, none, noteOnly])).to.deep.equal([
      { blockId: 'listening', rounds: 3, meanSpread: 1, maxSpread: 2, wide: 1 },
      { blockId: 'data', rounds: 2, meanSpread: 0.5, maxSpread: 1, wide: 0 },
      { blockId: 'learning', rounds: 1, meanSpread: 0, maxSpread: 0, wide: 0 },
    ]);
  });

  it('breaks ties by wide rounds, then by more rounds, then in the instrument order', async () => {
    const instrument = await threeStages();
    // listening: spreads 2 and 0 (mean 1, one wide); learning: 1 and 1 (mean 1, none wide); data: one round of 1.
    const a = await rounds({ listening: { emerging: 1, embedded: 1 }, learning: { emerging: 1, developing: 1 }, data: { developing: 1, embedded: 1 } });
    const b = await rounds({ listening: { developing: 2 }, learning: { developing: 1, embedded: 1 } });
    expect(teamDisagreement(instrument, [b, a]).map((r) => r.blockId)).to.deep.equal(['listening', 'learning', 'data']);
  });

  it('leaves out blocks without rounds, unknown blocks, and rounds where nobody chose a known stage', async () => {
    const instrument = await threeStages();
    const response = await rounds({ ghost: { emerging: 1, embedded: 1 }, data: { expert: 3 } });
    expect(teamDisagreement(instrument, [response])).to.deep.equal([]);
    expect(teamDisagreement(instrument, [])).to.deep.equal([]);
  });
});

describe('the committed JSON Schemas of format 1.1', () => {
  it('response: accepts a response with team rounds, refuses an unknown field in one', async () => {
    const response = await withTeam({}, 'Samen besproken.');
    expect(await schemaErrors('response', response)).to.deep.equal([]);
    (response.team!.listening as Record<string, unknown>).names = ['Anna'];
    expect((await schemaErrors('response', response)).join('\n')).to.contain('/team/listening must NOT have additional properties');
  });

  it('response: a response without team rounds (format 1.0) is still valid', async () => {
    expect(await schemaErrors('response', await threeStagesResponse())).to.deep.equal([]);
  });

  it('ballot: accepts a ballot, refuses one with an unknown key', async () => {
    const ballot: Ballot = { format: 'poolster-ballot', version: 1, placements: { listening: { current: 'developing', ambition: 'to-embedded', generation: 0 }, data: { generation: 2 } } };
    expect(await schemaErrors('ballot', ballot)).to.deep.equal([]);
    expect((await schemaErrors('ballot', { ...ballot, participant: 'Anna' })).join('\n')).to.contain('must NOT have additional properties');
    const placement = { ...ballot, placements: { listening: { current: 'developing', generation: 0, who: 'Anna' } } };
    expect((await schemaErrors('ballot', placement)).join('\n')).to.contain('/placements/listening must NOT have additional properties');
  });

  it('round and participant-round: accept what the facilitator and a participant see', async () => {
    const round = {
      id: '4b8f1c2e-9d3a-4e5f-8a6b-7c8d9e0f1a2b',
      code: 'K7P3QX',
      joinUrl: 'https://scan.example/join/K7P3QX',
      instrumentId: 'lumen-three-stage',
      instrumentVersion: '2.1.0',
      askAmbition: true,
      status: 'open',
      createdAt: '2026-10-01T09:00:00Z',
      participants: 5,
      blocks: [
        { blockId: 'listening', phase: 'revealed', generation: 1, voted: 5, votes: { participants: 5, current: { emerging: 2, developing: 3 } } },
        { blockId: 'data', phase: 'voting', generation: 0, voted: 2 },
      ],
    };
    expect(await schemaErrors('round', round)).to.deep.equal([]);
    expect(await schemaErrors('round', { ...round, status: 'paused' })).to.not.deep.equal([]);
    const participant = {
      roundId: round.id,
      instrumentId: round.instrumentId,
      instrumentVersion: round.instrumentVersion,
      askAmbition: true,
      status: 'open',
      blocks: round.blocks.map(({ blockId, phase, generation }) => ({ blockId, phase, generation })),
      ballot: { format: 'poolster-ballot', version: 1, placements: { data: { current: 'embedded', generation: 0 } } },
    };
    expect(await schemaErrors('participant-round', participant)).to.deep.equal([]);
    expect(await schemaErrors('participant-round', { ...participant, participants: 5 })).to.not.deep.equal([]);
  });
});
