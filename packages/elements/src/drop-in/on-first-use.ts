/**
 * Defines an element when a tag of its name first appears in the document, loading its class then.
 *
 * Why a MutationObserver and not a placeholder class: a custom element's tag can be defined only once,
 * so a light placeholder could never be replaced by the real class; it would have to wrap it, and the
 * page's properties, attributes and events would no longer reach the element the page holds. Leaving
 * the tag undefined until its class is loaded keeps the element the page holds: the browser upgrades it
 * in place when the class is defined, and Lit takes over the properties a page set before that
 * (the dashboard sets `instrument` and `entries` on a <poolster-compare> that may still be waiting).
 * `customElements.whenDefined` alone cannot help: it waits for a definition, it never asks for one.
 *
 * The observer sees the document's own tree, not the inside of other components' shadow roots; a page
 * that renders the element there calls `loadElement` (define-drop-in.ts) itself.
 */
export type Loader = () => Promise<CustomElementConstructor>;

export function defineOnFirstUse(loaders: ReadonlyMap<string, Loader>, define: (tag: string, element: CustomElementConstructor) => void, onError: (tag: string, error: unknown) => void): void {
  const pending = new Map(loaders);
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    loader().then((element) => define(tag, element), (error: unknown) => onError(tag, error));
  };
  const lookIn = (root: ParentNode) => {
    for (const tag of [...pending.keys()]) {
      if (customElements.get(tag)) pending.delete(tag); // another copy of Poolster defined it: keep that one
      else if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) lookIn(node);
    if (pending.size === 0) observer.disconnect();
  });
  lookIn(document);
  if (pending.size > 0) observer.observe(document, { childList: true, subtree: true });
}
