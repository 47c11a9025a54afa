/**
 * The order in which the drop-in's entries (poolster.js, one per script tag) register their elements. Module
 * scripts start in the document's order, and the first to register decides: a copy loaded twice (once with
 * `?prefix=v2`, once without) takes the first tag's prefix, and of two copies the first claims the tags both
 * want. Each entry imports its core asynchronously, though, and the browser may finish those imports in any
 * order; so each entry's turn waits for the turns of the entries started before it.
 *
 * Page-wide, on globalThis under a registered symbol: two entries of one copy are two module instances (their
 * URLs differ by the query), and two copies share no module at all. A page with one drop-in waits for nothing.
 *
 * This file is part of poolster.js only: it imports nothing, so rollup keeps it out of the core.
 */
const TURNS = Symbol.for('poolster.drop-in.turns');

type WithTurns = { [TURNS]?: Promise<unknown> };

/** Runs `turn` once every entry started before this one has run its own (or failed: a failure is its entry's). */
export function inTurn<T>(turn: () => Promise<T>): Promise<T> {
  const page = globalThis as WithTurns;
  const mine = (page[TURNS] ?? Promise.resolve()).then(turn);
  page[TURNS] = mine.catch(() => undefined);
  return mine;
}
