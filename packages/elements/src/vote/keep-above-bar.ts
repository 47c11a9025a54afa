/**
 * The vote's status bar stays at the bottom of the screen; a control that receives focus behind it (the
 * browser scrolls it only just into view) is moved up above the bar, so a keyboard user always sees where
 * they are. Call it on `focusin`; it measures after the browser's own scroll.
 */
export function keepFocusAboveBar(root: HTMLElement | DocumentFragment, barSelector = '.bar'): void {
  requestAnimationFrame(() => {
    const bar = root.querySelector(barSelector);
    let focused: Element | null = root instanceof ShadowRoot ? root.activeElement : null;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (!bar || !focused || bar.contains(focused)) return;
    const hidden = focused.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
    if (hidden > 0) window.scrollBy(0, hidden + 8);
  });
}
