import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineMessages, registerLanguage } from '../../src/index.js';

/**
 * A catalog's table keeps its identity while words are only added (the drop-in's late words), so that an
 * element that draws again when its words change (lit's guard on the table) does not draw for them; changed
 * texts give every catalog new tables. Catalogs of their own, so that no other test's words are touched.
 */
describe("a catalog's table as words arrive", () => {
  const first = defineMessages('identity-first', { en: { hello: 'Hello', bye: 'Bye' } });
  const second = defineMessages('identity-second', { en: { yes: 'Yes' } });

  it('keeps its identity when a table only adds keys, and reads the new ones', () => {
    registerLanguage('xa', { 'identity-first': { hello: 'Hallo' } });
    const before = first('xa');
    const other = second('xa');
    registerLanguage('xa', { 'identity-first': { late: 'Later' } as Record<string, string> });
    const after = first('xa');
    assert.equal(after, before);
    assert.equal((after as Record<string, unknown>)['late'], 'Later');
    assert.equal(after.hello, 'Hallo');
    assert.equal(second('xa'), other, "another catalog's table is left alone");
  });

  it("is renewed, with every catalog's, when a text changes", () => {
    const before = first('xb');
    const other = second('xb');
    assert.equal(before.bye, 'Bye');
    registerLanguage('xb', { 'identity-first': { bye: 'Tschüss' } });
    const after = first('xb');
    assert.notEqual(after, before);
    assert.equal(after.bye, 'Tschüss');
    assert.equal(before.bye, 'Bye', 'the table handed out before is not changed');
    assert.notEqual(second('xb'), other, "another catalog's table is renewed too: a template keyed on one may show the other's texts");
  });
});
