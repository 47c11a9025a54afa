import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds the styles of a part loaded when needed (the end's views, the presentation) to the scan's shadow root,
 * after its own: a Lit element's static styles are fixed when it first connects, so a late file's styles
 * could not be among them without being on the first path. Once per root; the order among late parts does
 * not matter (their selectors do not meet).
 */
export function addLateStyles(root: ShadowRoot, styles: CSSResult | undefined): void {
  if (!styles) return;
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  done.add(styles);
  added.set(root, done);
  if (supportsAdoptingStyleSheets && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  // Without constructable style sheets Lit writes <style> elements into the root; adoptStyles then only appends.
  else if (!supportsAdoptingStyleSheets) adoptStyles(root, [styles]);
}
