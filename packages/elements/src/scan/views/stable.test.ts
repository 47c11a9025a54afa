import { expect } from '@open-wc/testing';
import { memo, stable } from './stable.js';

describe('stable and memo: values kept from one render to the next', () => {
  it('stable hands back the earlier value while the new one is equal to it', () => {
    const owner = {};
    const first = stable(owner, 'k', ['a', 'b']);
    expect(stable(owner, 'k', ['a', 'b'])).to.equal(first);
    const changed = ['a', 'c'];
    expect(stable(owner, 'k', changed)).to.equal(changed);
  });

  it('memo computes again only when an input is another value, and keeps each owner and key apart', () => {
    const owner = {};
    const words = { a: 'A' };
    let computed = 0;
    const compute = () => [++computed];
    const first = memo(owner, 'steps', [words, 'nl', 'complete,'], compute);
    expect(memo(owner, 'steps', [words, 'nl', 'complete,'], compute)).to.equal(first);
    expect(computed).to.equal(1);

    // An equal object that is not the same one counts as new: inputs are compared by identity, as lit's guard does.
    const again = memo(owner, 'steps', [{ a: 'A' }, 'nl', 'complete,'], compute);
    expect(again).to.not.equal(first);
    expect(computed).to.equal(2);
    expect(memo(owner, 'steps', [words, 'nl', 'incomplete,'], compute)).to.deep.equal([3]);
    expect(memo(owner, 'steps', [words, 'nl'], compute)).to.deep.equal([4]);

    expect(memo(owner, 'other', [words, 'nl'], compute)).to.deep.equal([5]);
    expect(memo({}, 'steps', [words, 'nl'], compute)).to.deep.equal([6]);
  });
});
