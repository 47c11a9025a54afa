/**
 * Registers a custom element unless its tag is taken: a second copy of the bundle on a page, or a test
 * that registers what another test already did, must not throw.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
