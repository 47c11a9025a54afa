import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatPath, parseIssuePath, type IssuePath } from '../../src/index.js';

/**
 * `parseIssuePath` reads back what `formatPath` writes: a server sends issue paths as text, and the scan
 * must find the field each one names. The round trip must hold for every key a document can have.
 */
describe('parseIssuePath', () => {
  const roundTrips: Array<[string, IssuePath]> = [
    ['the root', []],
    ['one bare key', ['context']],
    ['bare keys with dashes and underscores', ['blocks', 'student-advocate', '_meta', 'levers']],
    ['indexes', ['clusters', 0, 'blocks', 12, 'title']],
    ['an index first', [3, 'id']],
    ['ids with dots', ['blocks', '4.1', 'levers', 'choices', 1]],
    ['ids that are digits', ['blocks', '4', 'current-stage']],
    ['ids with brackets', ['blocks', 'a[0]', 'x', '[]', ']']],
    ['ids with quotes and backslashes', ['blocks', 'say "hi"', "it's", 'back\\slash', '\\"']],
    ['ids with spaces, dashes first, or empty', ['blocks', 'two words', '-lead', '', 'x']],
    ['ids that look like the root or a path', ['(root)', 'a.b', '.c', 'd..e']],
    ['ids outside ASCII and control characters', ['blokken', 'één', '✓', 'tab\there', 'new\nline', '\u0000']],
    ['a lone surrogate', ['x', '\ud800']],
  ];
  for (const [what, path] of roundTrips) {
    it(`reads back what formatPath wrote: ${what}`, () => {
      expect(parseIssuePath(formatPath(path))).to.deep.equal(path);
    });
  }

  it('reads back what formatPath wrote, for any path', () => {
    const key = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.stringMatching(/^[A-Za-z_][\w-]{0,8}$/),
      fc.constantFrom('.', '[', ']', '"', '\\', '(root)', '0', '4.1'),
    );
    const path = fc.array(fc.oneof(key, fc.nat()), { maxLength: 8 });
    fc.assert(
      fc.property(path, (p) => {
        expect(parseIssuePath(formatPath(p))).to.deep.equal(p);
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });

  it('reads the paths the server writes', () => {
    expect(parseIssuePath('blocks.prevention.levers.choices')).to.deep.equal(['blocks', 'prevention', 'levers', 'choices']);
    expect(parseIssuePath('context.centre-name')).to.deep.equal(['context', 'centre-name']);
    expect(parseIssuePath('blocks["4.1"].levers.choices[1]')).to.deep.equal(['blocks', '4.1', 'levers', 'choices', 1]);
    expect(parseIssuePath('final.priorities.blocks.0')).to.deep.equal(['final', 'priorities', 'blocks', 0]);
    expect(parseIssuePath('(root)')).to.deep.equal([]);
    expect(parseIssuePath('blocks..x')).to.equal(undefined);
    expect(parseIssuePath('blocks["\\q"]')).to.equal(undefined);
  });

  it('reads an empty text as the root, and refuses text that is not a path', () => {
    expect(parseIssuePath('')).to.deep.equal([]);
    for (const text of ['blocks.', 'blocks[', 'blocks[x]', 'blocks[-1]', 'blocks["open', "blocks['x']", '1blocks', 'blocks x', 'a]']) {
      expect(parseIssuePath(text), text).to.equal(undefined);
    }
  });
});
