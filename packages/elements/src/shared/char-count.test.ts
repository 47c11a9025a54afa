import { expect } from '@open-wc/testing';
import { countState, countText } from './char-count.js';

describe('character count', () => {
  it('is quiet below 80 % of the limit, near from 80 % up to the limit, over past it', () => {
    expect([0, 7999, 8000, 10000, 10001].map((n) => countState(n, 10000))).to.deep.equal(['quiet', 'quiet', 'near', 'near', 'over']);
    expect([15, 16, 20, 21].map((n) => countState(n, 20))).to.deep.equal(['quiet', 'near', 'near', 'over']);
    expect(countState(50000, 0), 'no limit, no counter').to.equal('quiet');
  });

  it('says how many are left or too many, in nl, fr and en, with the language\'s number format', () => {
    expect(countText(8000, 10000, 'nl')).to.equal('Nog 2.000 tekens');
    expect(countText(9999, 10000, 'nl')).to.equal('Nog 1 teken');
    expect(countText(10000, 10000, 'nl')).to.equal('Nog 0 tekens');
    expect(countText(10001, 10000, 'nl')).to.equal('1 teken te veel');
    expect(countText(12500, 10000, 'fr')).to.equal(`${(2500).toLocaleString('fr')} caractères de trop`);
    expect(countText(8000, 10000, 'en-GB')).to.equal('2,000 characters left');
    expect(countText(10, 10000, 'en')).to.equal('');
  });
});
