/**
 * The scan's drop-in (poolster.js) carries only the scan's side of the team round: the `round` slot,
 * `recordTeamRound` and the team summary. The facilitator's panel and the QR code library belong to the
 * rounds' own drop-in, which only a page that runs rounds loads. Needs a build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dropInFiles } from '../../../../scripts/test/e2e-scan.js';

// Every file of the scan's drop-in: poolster.js, the core it imports and the files it loads on first use.
const dropIn = dropInFiles().map((file) => readFileSync(file, 'utf8')).join('\n');

describe('poolster.js and the team round', () => {
  it("has the scan's side: the round slot and recordTeamRound", () => {
    assert.ok(dropIn.includes('recordTeamRound'), 'recordTeamRound is missing');
    assert.ok(dropIn.includes('name="round"'), 'the round slot is missing');
  });

  it("has none of the facilitator's panel and none of lean-qr", () => {
    // The panel's attribute and its words; lean-qr's alphanumeric alphabet (its code tables are not minified away).
    for (const mark of ['rounds-url', 'Start a team round', 'Show large', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:']) {
      assert.equal(dropIn.includes(mark), false, `poolster.js contains "${mark}"`);
    }
  });
});
