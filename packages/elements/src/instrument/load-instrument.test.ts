import { expect } from '@open-wc/testing';
import { parseJson } from '@poolster/schema';
import { loadInstrument } from './load-instrument.js';

/** A file served as it is, from a data: URL (no server needed for a text this small). */
const served = (text: string): string => `data:application/json,${encodeURIComponent(text)}`;

describe('loadInstrument: a broken file', () => {
  for (const text of ['{"format": "poolster-instrument", "id": ', '{"format": "poolster-instrument" "id": "x"}']) {
    it(`says where ${JSON.stringify(text)} breaks, with the issue the schema's parseJson gives (the CLI's and the server's)`, async () => {
      const result = await loadInstrument(served(text));
      const expected = parseJson(text);
      expect(expected.ok).to.equal(false);
      expect(result).to.deep.equal({ ok: false, reason: 'JSON', issues: [expected.ok ? undefined : expected.issue] });
    });
  }

  it('a sound file is parsed and checked as before: an empty object is no instrument', async () => {
    const result = await loadInstrument(served('{}'));
    expect(result.ok).to.equal(false);
    expect(result.ok ? '' : result.reason).to.equal('invalid');
  });
});
