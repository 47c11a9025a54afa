import { expect } from '@open-wc/testing';
import { ISSUE_CODES, formatPath } from '../../src/issues.js';
import { MESSAGES, formatIssue } from '../../src/messages/index.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('messages', () => {
  it('has nl, fr and en', () => {
    expect(Object.keys(MESSAGES)).to.have.members(['nl', 'fr', 'en']);
  });

  for (const [lang, table] of Object.entries(MESSAGES)) {
    it(`${lang} has a message for every issue code, and no other`, () => {
      expect(Object.keys(table)).to.have.members([...ISSUE_CODES]);
      for (const code of ISSUE_CODES) expect(table[code].trim(), code).to.not.equal('');
    });

    it(`${lang} uses the same placeholders as English in every message`, () => {
      for (const code of ISSUE_CODES) expect(placeholders(table[code]), `${lang} ${code}`).to.deep.equal(placeholders(MESSAGES.en![code]));
    });
  }

  it('fills params, joins lists and falls back to English for an unknown language', () => {
    const issue = { code: 'structure.unknown-key' as const, path: [], severity: 'error' as const, params: { keys: ['a', 'b'] } };
    expect(formatIssue(issue, 'nl')).to.equal('Onbekend veld: a, b.');
    expect(formatIssue(issue, 'nl-BE')).to.equal('Onbekend veld: a, b.');
    expect(formatIssue(issue, 'de')).to.equal('Unknown field: a, b.');
  });

  it('writes paths the way authors read them', () => {
    expect(formatPath(['clusters', 0, 'blocks', 2, 'title'])).to.equal('clusters[0].blocks[2].title');
    expect(formatPath(['blocks', 'student-advocate', 'levers', 'choices', 1])).to.equal('blocks.student-advocate.levers.choices[1]');
    expect(formatPath(['blocks', 'a.b', 'x'])).to.equal('blocks["a.b"].x');
    expect(formatPath([])).to.equal('(root)');
  });
});
