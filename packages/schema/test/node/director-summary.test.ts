import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { aspectQuestions, directorSummary, GAP_LIMIT } from '../../src/analysis/director-summary.js';
import type { Instrument } from '../../src/instrument.js';
import type { Response } from '../../src/response.js';
import { validateResponse } from '../../src/validate-response.js';
import { renderOverviewEmail } from '../../src/email/render-overview-email.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const GO = read<Instrument>('../../../../content/go-clb/instrument.json');
/** The GO! example: a sent scan of a fictitious centre, with a team round on four blocks. */
const EXAMPLE = read<Response>('../../../../content/go-clb/examples/response.json');
const LUMEN = read<Instrument>('../fixtures/three-stages.instrument.json');
const LUMEN_RESPONSE = read<Response>('../fixtures/three-stages.response.json');

const ids = (blocks: ReadonlyArray<{ blockId: string }>) => blocks.map((b) => b.blockId);

describe('the director’s summary of the GO! example', () => {
  const s = directorSummary(GO, EXAMPLE, 'nl');

  it('is a complete, valid scan (the example the report and the mail are tried on)', () => {
    assert.deepEqual(validateResponse(GO, EXAMPLE, { requireComplete: true }), []);
  });

  it('holds every block in the instrument’s order with its current stage and ambition: the chart’s data', () => {
    assert.equal(s.contentLang, 'nl');
    assert.deepEqual(s.stages, ['Fragmentair', 'Planmatig', 'Geïntegreerd', 'Systematisch']);
    assert.equal(s.blocks.length, 11);
    assert.deepEqual(s.blocks.slice(0, 3).map((b) => [b.label, b.placement.current, b.placement.ambition, b.placement.gap, b.placement.keep]), [
      ['4.1 Behartiger van de leerling', 'integrated', 'integrated', 0, true],
      ['4.2 Geïntegreerde benadering van de kernprocessen', 'planned', 'integrated', 1, false],
      ['4.3 Preventie', 'fragmentary', 'integrated', 2, false],
    ]);
    assert.equal(s.blocks[0]!.ambitionChoice, 'dit aanhouden', 'the chosen option, in words');
    assert.deepEqual(
      s.clusters.map((c) => [c.id, c.blockIds.length]),
      [['student-guidance', 3], ['partnerships', 3], ['policy', 5]],
    );
  });

  it('lists the priorities in the team’s order, each with its placement', () => {
    assert.deepEqual(ids(s.priorities!), ['prevention', 'professional-learning-community', 'informed-practice', 'integrated-core-processes']);
    assert.deepEqual(s.priorities!.map((b) => [b.placement.currentIndex, b.placement.ambitionIndex]), [[0, 2], [0, 1], [1, 2], [1, 2]]);
  });

  it('lists the largest gaps first, ties in the instrument’s order, at most GAP_LIMIT, and counts the rest', () => {
    assert.deepEqual(ids(s.gaps), ['prevention', 'integral-policy', 'inquiring-attitude', 'integrated-core-processes', 'strong-teamwork']);
    assert.deepEqual(s.gaps.map((b) => b.placement.gap), [2, 2, 2, 1, 1]);
    assert.equal(s.gaps.length, GAP_LIMIT);
    assert.equal(s.moreGaps, 3, 'external-network, professional-learning-community and informed-practice also move one stage');
    assert.ok(s.blocks.filter((b) => b.placement.gap === 0).every((b) => !ids(s.gaps).includes(b.blockId)), 'a kept stage is no gap');
  });

  it('counts levers and obstacles (the aspect questions), most named first; subgroup differences are not an aspect', () => {
    assert.deepEqual(aspectQuestions(GO).map((q) => q.id), ['levers', 'obstacles']);
    const [levers, obstacles] = s.aspects;
    assert.equal(levers!.label, 'Hefbomen');
    assert.deepEqual(levers!.options.map((o) => [o.id, o.count]), [['people-culture', 7], ['mission-vision-strategy', 5], ['systems-structure', 2]]);
    assert.deepEqual(obstacles!.options.map((o) => [o.id, o.count]), [['systems-structure', 6], ['people-culture', 3], ['mission-vision-strategy', 1]]);
    assert.deepEqual(obstacles!.options.at(-1)!.blockIds, ['prevention']);
    assert.equal(obstacles!.answered, 11, '"none" answers a block without naming an aspect');
  });

  it('names the inspiring practices with their placement, and the team’s comment', () => {
    assert.deepEqual(ids(s.inspiring!.blocks), ['student-advocate', 'shared-leadership']);
    assert.equal(s.inspiring!.none, false);
    assert.match(s.inspiring!.comment!, /leerlingenoverleg/);
  });

  it('shows where the team disagreed, widest first; a round that agreed counts but is not listed', () => {
    assert.equal(s.team!.rounds, 4);
    assert.deepEqual(
      s.team!.disagreements.map((d) => [d.blockId, d.spread, d.level, d.lowest, d.highest, d.participants]),
      [
        ['inquiring-attitude', 3, 'wide-divergence', 'Fragmentair', 'Systematisch', 6],
        ['prevention', 2, 'wide-divergence', 'Fragmentair', 'Geïntegreerd', 6],
        ['strong-teamwork', 1, 'some-divergence', 'Planmatig', 'Geïntegreerd', 6],
      ],
    );
  });
});

describe('the director’s summary in other cases', () => {
  it('has no team part when the response keeps no round, and empty lists for a draft with nothing chosen yet', () => {
    const { team: _team, ...withoutTeam } = EXAMPLE;
    const draft: Response = { ...withoutTeam, status: 'draft', final: {}, blocks: {} };
    const s = directorSummary(GO, draft, 'nl');
    assert.equal(s.team, undefined);
    assert.deepEqual(s.priorities, []);
    assert.deepEqual(s.inspiring, { blocks: [], none: false });
    assert.deepEqual(s.gaps, []);
    assert.equal(s.moreGaps, 0);
    assert.deepEqual(s.aspects.map((a) => [a.options.length, a.answered]), [[0, 0], [0, 0]]);
    assert.ok(s.blocks.every((b) => b.placement.currentIndex === undefined && b.ambitionChoice === undefined));
  });

  it('says "not yet" when the team chose it, and ignores blocks the instrument does not know', () => {
    const s = directorSummary(GO, { ...EXAMPLE, final: { 'inspiring-practices': { none: true }, priorities: { blocks: ['gone', 'prevention', 'prevention'] } } });
    assert.deepEqual(s.inspiring, { blocks: [], none: true });
    assert.deepEqual(ids(s.priorities!), ['prevention']);
  });

  it('works on another instrument’s continuum and language, without aspect questions there', () => {
    const s = directorSummary(LUMEN, LUMEN_RESPONSE, 'fr');
    assert.equal(s.contentLang, 'fr');
    assert.equal(s.stages.length, LUMEN.stages.length);
    assert.equal(s.blocks.length, LUMEN.clusters.flatMap((c) => c.blocks).length);
    assert.deepEqual(s.aspects, [], 'its one multiple-choice question shares its options with no other');
    assert.equal(s.team, undefined);
  });
});

describe('the overview mail’s summary is the director’s summary', () => {
  const mail = renderOverviewEmail(GO, EXAMPLE, 'nl');
  const model = directorSummary(GO, EXAMPLE, 'nl');
  /** The lines of one list of the plain text's summary, under its underlined title. */
  const list = (title: string): string[] => {
    const start = mail.text.indexOf(`\n${title}\n${'-'.repeat(Array.from(title).length)}\n`);
    assert.ok(start >= 0, `"${title}" in the text`);
    const body = mail.text.slice(start).split('\n').slice(3);
    return body.slice(0, body.findIndex((line) => line === '')).map((line) => line.trim());
  };

  it('lists the priorities in the model’s order, with each block’s current stage → ambition', () => {
    assert.deepEqual(list('Prioriteiten, in volgorde'), [
      '1. 4.3 Preventie: Fragmentair → Geïntegreerd',
      '2. 6.2 Ontwikkeling als professionele leergemeenschap (PLG): Fragmentair → Planmatig',
      '3. 6.5 Geïnformeerde praktijken: Planmatig → Geïntegreerd',
      '4. 4.2 Geïntegreerde benadering van de kernprocessen: Planmatig → Geïntegreerd',
    ]);
    assert.deepEqual(
      list('Prioriteiten, in volgorde').map((line) => line.replace(/^\d+\. /, '').split(':')[0]),
      model.priorities!.map((b) => b.label),
    );
  });

  it('lists the largest gaps, the most named lever and obstacle, the inspiring practices and the team’s disagreements', () => {
    assert.deepEqual(list('Grootste afstand tot de ambitie'), [
      '4.3 Preventie: Fragmentair → Geïntegreerd (+2)',
      '6.1 Integraal beleid: Planmatig → Systematisch (+2)',
      '6.4 Onderzoekende houding: Fragmentair → Geïntegreerd (+2)',
      '4.2 Geïntegreerde benadering van de kernprocessen: Planmatig → Geïntegreerd (+1)',
      '5.1 Sterk teamwerk: Geïntegreerd → Systematisch (+1)',
      'Nog 3 bouwstenen willen één stadium of meer hoger.',
    ]);
    const aspects = list('Meest genoemde hefbomen en knelpunten');
    assert.match(aspects[0]!, /^Hefbomen: gelinkt aan mensen en cultuur .* \(7 van 11 bouwstenen\)$/);
    assert.match(aspects[1]!, /^Knelpunten: gelinkt aan systemen en structuur .* \(6 van 11 bouwstenen\)$/);
    assert.deepEqual(list('Inspirerende praktijken'), ['4.1 Behartiger van de leerling: Geïntegreerd (aanhouden)', '6.3 Vanuit gedeeld leiderschap: Geïntegreerd (aanhouden)']);
    assert.deepEqual(list('Waar het team van mening verschilde'), [
      '6.4 Onderzoekende houding: van Fragmentair tot Systematisch (6 personen)',
      '4.3 Preventie: van Fragmentair tot Geïntegreerd (6 personen)',
      '5.1 Sterk teamwerk: van Planmatig tot Geïntegreerd (6 personen)',
    ]);
  });

  it('says the same in the HTML, before the context section, and leaves out lists with nothing in them', () => {
    for (const line of ['1. 4.3 Preventie: Fragmentair → Geïntegreerd', '6.4 Onderzoekende houding: van Fragmentair tot Systematisch (6 personen)']) {
      const at = mail.html.indexOf(`>${line}</p>`);
      assert.ok(at > 0 && at < mail.html.indexOf('>Context</h2>'), line);
    }
    const { team: _team, ...noTeam } = EXAMPLE;
    const plain = renderOverviewEmail(GO, { ...noTeam, final: {} }, 'nl');
    for (const title of ['Prioriteiten, in volgorde', 'Inspirerende praktijken', 'Waar het team van mening verschilde']) assert.equal(plain.text.includes(`\n${title}\n`), false, title);
    assert.ok(plain.text.includes('\nGrootste afstand tot de ambitie\n'));
  });
});
