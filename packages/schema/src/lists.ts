/**
 * Lookups over lists of ids, each linear in the list: answers are checked entry by entry, so a search
 * per entry (`indexOf`, `find`) would make validation quadratic in what a sender controls.
 */

/** The entries that repeat an earlier one, as [index, value], in order: one pass with a set. */
export function* repeats(values: readonly string[]): Generator<[number, string]> {
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (seen.has(value)) yield [i, value];
    else seen.add(value);
  }
}

/** Options by id (the first option with an id wins), so each chosen id is found without a search. */
export function byId<O extends { id: string }>(options: readonly O[]): ReadonlyMap<string, O> {
  const index = new Map<string, O>();
  for (const option of options) if (!index.has(option.id)) index.set(option.id, option);
  return index;
}
