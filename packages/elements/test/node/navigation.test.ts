import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { navigate, type NavigationState } from '../../src/scan/navigation.js';
import type { StepId } from '../../src/scan/steps.js';

const steps: StepId[] = ['intro', 'block:a', 'block:b', 'final', 'confirm'];
const at = (step: StepId, returnTo?: StepId): NavigationState => ({ steps, step, returnTo });

describe('the scan’s navigation (scan/navigation.ts)', () => {
  it('"next" and "previous" walk the steps in order, and stop at either end', () => {
    assert.equal(navigate(at('intro'), { type: 'next' }).step, 'block:a');
    assert.equal(navigate(at('block:b'), { type: 'back' }).step, 'block:a');
    const first = at('intro');
    assert.equal(navigate(first, { type: 'back' }), first);
    const last = at('confirm');
    assert.equal(navigate(last, { type: 'next' }), last);
  });

  it('a step the instrument does not have leads nowhere, and the state is the same object', () => {
    const state = at('block:a');
    assert.equal(navigate(state, { type: 'go', step: 'block:z' }), state);
    assert.equal(navigate(state, { type: 'change', step: 'submitted' }), state);
  });

  it('"change" in the check of all answers (on the send step) goes to the question and "next" comes back to it', () => {
    const changing = navigate(at('confirm'), { type: 'change', step: 'block:a' });
    assert.deepEqual([changing.step, changing.returnTo], ['block:a', 'confirm']);
    // Moving around meanwhile keeps the way back.
    const moved = navigate(changing, { type: 'go', step: 'block:b' });
    assert.equal(moved.returnTo, 'confirm');
    const back = navigate(moved, { type: 'next' });
    assert.deepEqual([back.step, back.returnTo], ['confirm', undefined]);
  });

  it('arriving at the step of the detour by another way ends the detour', () => {
    const changing = navigate(at('confirm'), { type: 'change', step: 'block:a' });
    const there = navigate(changing, { type: 'go', step: 'confirm' });
    assert.deepEqual([there.step, there.returnTo], ['confirm', undefined]);
    assert.equal(navigate(there, { type: 'next' }), there);
  });

  it('an error link from the send step leads back to it; from another step it does not', () => {
    const fixing = navigate(at('confirm'), { type: 'fix', step: 'block:b' });
    assert.deepEqual([fixing.step, fixing.returnTo], ['block:b', 'confirm']);
    assert.equal(navigate(fixing, { type: 'next' }).step, 'confirm');
    const elsewhere = navigate(at('final', 'confirm'), { type: 'fix', step: 'block:a' });
    assert.deepEqual([elsewhere.step, elsewhere.returnTo], ['block:a', undefined]);
  });

  it('does not change the state it was given', () => {
    const state = at('confirm');
    const frozen = Object.freeze({ ...state, steps: Object.freeze([...steps]) as StepId[] });
    navigate(frozen, { type: 'change', step: 'block:a' });
    assert.deepEqual(frozen, state);
  });
});
