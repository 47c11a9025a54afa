/**
 * The value handed to a child element last time, when the new one is equal to it.
 *
 * The scan builds its step's template afresh on every answer, and with it new arrays for the stage cards,
 * the options, the chosen values and the progress navigation's steps. Lit compares a property by
 * identity, so each new array would make every control of the step draw itself again although only one
 * of them changed. Handing over the earlier array when its content is the same keeps that work to the
 * control that was answered.
 *
 * Entries are kept per owner (the scan element), by a key naming the binding (a field key and what it is).
 * A returned value is equal to the one asked for, so children never see anything but what they were meant
 * to; they must not change it in place (none does).
 */
export function stable<T>(owner: object, key: string, next: T): T {
  // Kept while the content, written out, is the same: memo compares its inputs as strings compare.
  return memo(owner, key, [JSON.stringify(next)], () => next);
}

const lastComputed = new WeakMap<object, Map<string, { inputs: readonly unknown[]; value: unknown }>>();

/**
 * The value computed last time under `key` while its inputs are the same ones (compared by identity, as lit's
 * guard compares), else `compute()`'s. For a value that is costly to build on every render and depends on a
 * few things only: the progress navigation's steps depend on the content, the words and the blocks' states,
 * not on every answer.
 */
export function memo<T>(owner: object, key: string, inputs: readonly unknown[], compute: () => T): T {
  let values = lastComputed.get(owner);
  if (!values) {
    values = new Map();
    lastComputed.set(owner, values);
  }
  const last = values.get(key);
  if (last && last.inputs.length === inputs.length && last.inputs.every((input, i) => Object.is(input, inputs[i]))) return last.value as T;
  const value = compute();
  values.set(key, { inputs, value });
  return value;
}
