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
const lastValues = new WeakMap<object, Map<string, { json: string; value: unknown }>>();

export function stable<T>(owner: object, key: string, next: T): T {
  let values = lastValues.get(owner);
  if (!values) {
    values = new Map();
    lastValues.set(owner, values);
  }
  const json = JSON.stringify(next);
  const last = values.get(key);
  if (last && last.json === json) return last.value as T;
  values.set(key, { json, value: next });
  return next;
}
