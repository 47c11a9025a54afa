import { expect } from '@open-wc/testing';
import { jsonErrorOffset } from '../../src/json-error-position.js';
import { parseJson } from '../../src/parse-json.js';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1,2.5e3,-0,"\\u00e9\\n",true,false,null]}')).to.deep.equal({
      ok: true,
      value: { a: [1, 2500, -0, 'é\n', true, false, null] },
    });
  });

  it('agrees with the engine on what is valid, and points at the first bad character', () => {
    const cases: Array<[string, number]> = [
      ['', 0],
      ['   ', 3],
      ['{"a":1,}', 7],
      ['[1 2]', 3],
      ['{"a" 1}', 5],
      ["{'a':1}", 1],
      ['[01]', 2],
      ['"\\x"', 2],
      ['"\\u12g4"', 5],
      ['tru', 3],
      ['{"a":1} x', 8],
      ['"line\nbreak"', 5],
      ['[-]', 2],
    ];
    for (const [text, offset] of cases) {
      expect(() => JSON.parse(text), text).to.throw();
      expect(jsonErrorOffset(text), JSON.stringify(text)).to.equal(offset);
    }
    for (const text of ['0', '"x"', ' {"a":{"b":[[],{}]}} ', '1e-7', 'null']) {
      expect(() => JSON.parse(text)).to.not.throw();
      expect(jsonErrorOffset(text), text).to.equal(-1);
    }
  });

  it('reports the line and column, and an early end separately', () => {
    const bad = parseJson('{\n  "a": 1,\n  "b": x\n}');
    expect(bad).to.deep.include({ ok: false });
    if (!bad.ok) expect(bad.issue).to.deep.include({ code: 'structure.invalid-json', params: { line: 3, column: 8, near: '"x\\n}"' } });
    const cut = parseJson('[1,\n2');
    if (!cut.ok) expect(cut.issue).to.deep.include({ code: 'structure.json-ends-early', params: { line: 2, column: 2 } });
    expect(cut.ok).to.equal(false);
  });
});
