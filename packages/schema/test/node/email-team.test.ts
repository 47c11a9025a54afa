import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderOverviewEmail } from '../../src/email/render-overview-email.js';
import { stageInSentence } from '../../src/team-words.js';
import type { Instrument } from '../../src/instrument.js';
import { hasErrors } from '../../src/issues.js';
import type { Response } from '../../src/response.js';
import { validateResponse } from '../../src/validate-response.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const GO = read<Instrument>('../../../../content/go-clb/instrument.json');
const LUMEN = read<Instrument>('../fixtures/three-stages.instrument.json');
const LUMEN_RESPONSE = read<Response>('../fixtures/three-stages.response.json');

/** A GO! draft with team rounds on three blocks: agreement, a tie with wide spread, one person; a note alone on a fourth. */
function goWithTeams(note = 'We twijfelden tussen planmatig en geïntegreerd.'): Response {
  return {
    schemaVersion: 1,
    id: '2f0c7a3e-5b1d-4c8e-9a6f-0d1e2f3a4b5c',
    instrumentId: GO.id,
    instrumentVersion: GO.version,
    status: 'draft',
    createdAt: '2026-03-10T08:00:00Z',
    updatedAt: '2026-03-10T09:00:00Z',
    context: {},
    blocks: {},
    final: {},
    team: {
      'student-advocate': { votes: { participants: 7, current: { integrated: 5, planned: 2 } }, note },
      'integrated-core-processes': { votes: { participants: 7, current: { fragmentary: 1, planned: 3, integrated: 3 } } },
      prevention: { votes: { participants: 1, current: { systematic: 1 } } },
      'strong-teamwork': { note: 'Volgende keer met de hele staf.' },
    },
  };
}

/** The text between a block's heading and the next heading of the plain-text part. */
function textSection(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n${'-'.repeat(Array.from(heading).length)}\n`);
  assert.ok(start >= 0, heading);
  const next = text.indexOf('\n------', start + heading.length + 2 + heading.length + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

describe('renderOverviewEmail: team rounds', () => {
  it('the response is a valid draft (the premise)', () => {
    assert.equal(hasErrors(validateResponse(GO, goWithTeams(), { requireComplete: false })), false);
  });

  it('says per block how many chose the most chosen stage, the spread in a word, and the note, in the text part', () => {
    const { text } = renderOverviewEmail(GO, goWithTeams());
    assert.ok(textSection(text, '4.1 Behartiger van de leerling').includes(
      '\nTeamronde: 5 van 7 kozen geïntegreerd (enige spreiding).\nNotitie van het team: We twijfelden tussen planmatig en geïntegreerd.\n',
    ));
    assert.ok(text.includes('\nTeamronde: 3 van 7 kozen planmatig, 3 geïntegreerd (grote spreiding).\n'), 'a tie names both stages');
    assert.ok(text.includes('\nTeamronde: 1 van 1 koos systematisch (eensgezind).\n'), 'one person: singular');
    assert.ok(text.includes('\nNotitie van het team: Volgende keer met de hele staf.\n'), 'a note without a round');
    assert.equal(text.split('Teamronde:').length - 1, 3, 'only blocks with a round');
  });

  it('says the same in the HTML part, each line in its own paragraph under the block heading', () => {
    const { html } = renderOverviewEmail(GO, goWithTeams());
    const heading = html.indexOf('>4.1 Behartiger van de leerling</h3>');
    const line = html.indexOf('>Teamronde: 5 van 7 kozen geïntegreerd (enige spreiding).</p>');
    const firstPrompt = html.indexOf('Op welke wijze is ons centrum vandaag bezig met', heading);
    assert.ok(heading > 0 && heading < line && line < firstPrompt, 'between the heading and the first question');
    assert.ok(html.includes('>Notitie van het team: We twijfelden tussen planmatig en geïntegreerd.</p>'));
    assert.ok(html.includes('>Teamronde: 3 van 7 kozen planmatig, 3 geïntegreerd (grote spreiding).</p>'));
  });

  it('escapes the note in HTML and keeps it as typed in the text part', () => {
    const hostile = goWithTeams('<img src=x onerror=alert(1)> & "samen"\nregel twee');
    const { html, text } = renderOverviewEmail(GO, hostile);
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('Notitie van het team: &lt;img src=x onerror=alert(1)&gt; &amp; &quot;samen&quot;<br>regel twee</p>'));
    assert.ok(text.includes('Notitie van het team: <img src=x onerror=alert(1)> & "samen"\nregel twee\n'));
  });

  it('speaks French and English, with their plurals', () => {
    const response: Response = {
      ...structuredClone(LUMEN_RESPONSE),
      team: {
        listening: { votes: { participants: 4, current: { developing: 3, embedded: 1 } }, note: 'À revoir.' },
        learning: { votes: { participants: 2, current: { embedded: 1 } } },
        data: { votes: { participants: 3, current: { emerging: 2, developing: 1 } } },
      },
    };
    assert.equal(hasErrors(validateResponse(LUMEN, response)), false);
    const fr = renderOverviewEmail(LUMEN, response, 'fr').text;
    assert.ok(fr.includes('\nTour d’équipe : 3 sur 4 ont choisi en développement (avis un peu partagés).\nNote de l’équipe : À revoir.\n'));
    assert.ok(fr.includes('\nTour d’équipe : 1 sur 2 a choisi ancré (unanime).\n'));
    const en = renderOverviewEmail(LUMEN, response, 'en').text;
    assert.ok(en.includes('\nTeam round: 2 of 3 chose emerging (some spread).\n'));
    assert.ok(en.includes('\nTeam round: 1 of 2 chose embedded (in agreement).\n'));
  });

  it('says nothing about team rounds when the response has none (format 1.0)', () => {
    const { html, text } = renderOverviewEmail(LUMEN, LUMEN_RESPONSE, 'en');
    assert.ok(!text.includes('Team round') && !html.includes('Team round'));
    assert.ok(!text.includes('The team’s note'));
  });

  it('lowers a stage label inside a sentence, but not an abbreviation', () => {
    assert.deepEqual(['Geïntegreerd', 'PDCA-cyclus', 'É', '', 'planmatig'].map((l) => stageInSentence(l, 'nl')), ['geïntegreerd', 'PDCA-cyclus', 'é', '', 'planmatig']);
  });
});
