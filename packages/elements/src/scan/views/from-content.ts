/**
 * Values a step builds from the instrument's content alone (a block's stage cards, a question's options), in
 * one content language. The scan draws its step afresh on every answer; these values do not change with the
 * answers, so each is built once per question, block (or instrument) and language and handed out as the same
 * object every time: the child it is bound to sees no change, and no text is looked up or compared again.
 * An instrument is never changed in place (a new instrument is a new object), so the cache cannot go stale.
 */
const built = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

export function fromContent<T>(what: object, where: object, lang: string, build: () => T): T {
  let byPlace = built.get(what);
  if (!byPlace) built.set(what, (byPlace = new WeakMap()));
  let byLang = byPlace.get(where);
  if (!byLang) byPlace.set(where, (byLang = new Map()));
  if (!byLang.has(lang)) byLang.set(lang, build());
  return byLang.get(lang) as T;
}
