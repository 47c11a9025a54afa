import { expect } from '@open-wc/testing';
import './define.js';
import { defineRoundElements } from './define-rounds.js';
import { PoolsterRound } from './round/round.js';
import { tagPrefix } from './shared/tags.js';

describe('define-rounds', () => {
  it("registers <poolster-round> under the copy's prefix, once; another prefix changes nothing", () => {
    expect(customElements.get('poolster-round')).to.equal(PoolsterRound);
    expect(defineRoundElements(), 'a second call is harmless').to.equal(true);
    expect(defineRoundElements({ prefix: 'other' })).to.equal(false);
    expect(customElements.get('other-round')).to.equal(undefined);
    expect(tagPrefix(), "the scan's prefix is left as it is").to.equal('poolster');
  });
});
