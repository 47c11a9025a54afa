/**
 * Calls `leave` when the page is hidden (another tab or window, a laptop's lid closed) or closed: the last
 * moment a page can be sure to run code, so whatever waits to be saved is saved then. Returns the function
 * that stops listening.
 */
export function whenLeavingPage(leave: () => void): () => void {
  const onHide = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') leave();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
